package org.gazette.tagging;

import java.util.List;

/** One page of the newsroom's entity list (pages count from 1), and whether there is a next one. */
public record EntityListing(List<EntitySummary> entities, int page, boolean more) {}
