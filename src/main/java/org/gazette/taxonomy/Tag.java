package org.gazette.taxonomy;

/** A subject tag, named as written in the article's language. */
public record Tag(long id, String slug, String name) {}
