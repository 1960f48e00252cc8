package org.gazette.taxonomy;

/** A byline. */
public record Author(long id, String slug, String name) {}
