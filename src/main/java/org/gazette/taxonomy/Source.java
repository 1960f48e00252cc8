package org.gazette.taxonomy;

/** A news agency or outlet an article credits ("reports citing ..."), with its home page when known. */
public record Source(long id, String slug, String name, String homepage) {}
