package org.gazette.taxonomy;

/** A section of the site (politics, sport...), with its name in the language it is shown in. */
public record Section(long id, String slug, String name) {}
