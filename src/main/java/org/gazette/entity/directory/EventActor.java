package org.gazette.entity.directory;

/**
 * Who took part in an event, as the sentence names them.
 *
 * @param role {@code initiator} (who called, visited, stated, accused) or {@code partner}
 * @param entity the entity the actor was linked to, or null when it was not linked, or is hidden
 */
public record EventActor(String role, String name, String title, String country, ListedEntity entity) {}
