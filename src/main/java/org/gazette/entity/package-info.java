/**
 * People, organisations and places named in stories: {@code Mention}s of an {@code EntityType} found in a
 * text, and the entities they name across spellings and languages.
 */
package org.gazette.entity;
