/**
 * Day-two operations on a whole site: {@code migrate} (a SQLite site into PostgreSQL), {@code backup} and
 * {@code restore}. They work on tables as the schema describes them, read from the database itself, so a
 * table added by a later migration is copied, counted and checked without anyone listing it here. Every
 * copy ends with a check: rows and a SHA-256 per table, on both sides.
 */
package org.gazette.operations;
