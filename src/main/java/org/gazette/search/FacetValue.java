package org.gazette.search;

/** One value of a facet: the key a filter uses (a slug, a language code, a year), its label and its count. */
public record FacetValue(String key, String label, long count) {}
