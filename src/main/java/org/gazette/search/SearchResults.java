package org.gazette.search;

import java.util.List;
import java.util.Map;

/**
 * A page of results. {@code total} counts every matching story, before near-duplicates are folded
 * together; {@code facets} counts them per language, section, source, tag and year (keys of
 * {@link #FACETS}); {@code didYouMean} is a respelled query that finds more, or null.
 */
public record SearchResults(
        long total,
        int page,
        int pageSize,
        boolean hasMore,
        List<SearchHit> hits,
        Map<String, List<FacetValue>> facets,
        String didYouMean) {

    /** The facet names, in the order pages show them. */
    public static final List<String> FACETS = List.of("lang", "section", "source", "tag", "entity", "year");

    public static SearchResults empty(int pageSize) {
        return new SearchResults(0, 1, pageSize, false, List.of(), Map.of(), null);
    }
}
