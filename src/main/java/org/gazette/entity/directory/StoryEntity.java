package org.gazette.entity.directory;

/**
 * An entity one story names.
 *
 * @param central whether the story is about it (named in the headline, or among the most mentioned) rather
 *     than merely mentioning it: structured data says {@code about} for these and {@code mentions} for the rest
 */
public record StoryEntity(ListedEntity entity, int mentions, int firstStart, boolean central) {}
