package org.gazette.search;

import java.io.IOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facets a results page shows, from the counts of every match: languages by count, sections,
 * sources and tags by count then name (the top few only), years newest first. The keys are
 * {@link SearchResults#FACETS}.
 */
final class ShownFacets {

    private ShownFacets() {}

    static Map<String, List<FacetValue>> of(FacetCounts.Counts counts) throws IOException {
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        facets.put(
                "lang",
                values(
                        counts.top(IndexFields.LANG, Integer.MAX_VALUE),
                        false,
                        10,
                        Comparator.comparing(FacetValue::count).reversed()));
        // order by count first and name only the values shown: a tag facet may hold thousands
        facets.put("section", values(counts.top(IndexFields.SECTION, 20), true, 20, byCount()));
        facets.put("source", values(counts.top(IndexFields.SOURCE, 10), true, 10, byCount()));
        facets.put("tag", values(counts.top(IndexFields.TAG, 12), true, 12, byCount()));
        facets.put("entity", values(counts.top(IndexFields.ENTITY, 12), true, 12, byCount()));
        facets.put(
                "year",
                values(
                        counts.top(IndexFields.YEAR, Integer.MAX_VALUE),
                        false,
                        20,
                        Comparator.comparing(FacetValue::key).reversed()));
        return facets;
    }

    private static Comparator<FacetValue> byCount() {
        return Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::label);
    }

    /** Values most counted first (as {@link FacetCounts.Counts#top}), in the order shown. */
    private static List<FacetValue> values(
            List<Map.Entry<String, Long>> counts, boolean named, int limit, Comparator<FacetValue> order) {
        return counts.stream()
                .map(e -> {
                    if (named) {
                        IndexedArticle.Term term = IndexedArticle.Term.fromDocValue(e.getKey());
                        return new FacetValue(term.slug(), term.name(), e.getValue());
                    }
                    return new FacetValue(e.getKey(), e.getKey(), e.getValue());
                })
                .sorted(order)
                .limit(limit)
                .toList();
    }
}
