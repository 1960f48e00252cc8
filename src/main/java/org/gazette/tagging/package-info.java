/**
 * Tagging stories with the people, organisations and places they name, through a queue: a story's change
 * writes an {@code entity_queue} row in its own transaction ({@link org.gazette.tagging.TaggingQueue}), and
 * one node's background worker ({@link org.gazette.tagging.EntityTaggingWorker}) recognises, links and stores
 * the story's entities later, so tagging never holds up or fails publishing. Editors' corrections
 * ({@link org.gazette.tagging.EntityEditing}) are stored apart from what the tagger writes and applied each
 * time a story is tagged, so they stick.
 */
package org.gazette.tagging;
