/**
 * How articles come in from outside: JSON Lines import files (the contract's import format) and, with
 * the wire desk, agency feeds. Everything arriving here is checked field by field before anything is
 * written; a bad item is reported with its line and reason and changes nothing.
 */
package org.gazette.ingest;
