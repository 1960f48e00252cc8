package org.gazette.tagging;

import org.gazette.entity.EntityType;

/** One entity in the newsroom's list: its slug, type, name, how many stories name it, and the editors' flags. */
public record EntitySummary(
        long id, String slug, EntityType type, String name, long stories, boolean hidden, String mergedInto) {}
