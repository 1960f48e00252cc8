package org.gazette.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gazette.search.FacetValue;
import org.gazette.search.SearchHit;
import org.gazette.search.SearchResults;
import org.gazette.system.GazetteProperties;
import org.gazette.web.SiteLinks;

/**
 * A page of search results in the API. {@code headline_html} and {@code snippet} are HTML in which
 * everything is escaped except {@code <mark>} around matched words; {@code headline} is plain text.
 */
record SearchJson(
        String query,
        long total,
        int page,
        int limit,
        List<Item> items,
        Map<String, List<Facet>> facets,
        @JsonProperty("did_you_mean") String didYouMean,
        String next) {

    record Item(
            String id,
            String url,
            String headline,
            @JsonProperty("headline_html") String headlineHtml,
            String snippet,
            String date,
            String lang,
            String section,
            String source,
            @JsonProperty("also_from") List<String> alsoFrom) {}

    record Facet(String value, String label, long count) {}

    static SearchJson from(String query, SearchResults results, String next, GazetteProperties site) {
        List<Item> items = results.hits().stream().map(hit -> item(hit, site)).toList();
        Map<String, List<Facet>> facets = new LinkedHashMap<>();
        for (String name : SearchResults.FACETS) {
            facets.put(
                    name,
                    results.facets().getOrDefault(name, List.of()).stream()
                            .map(SearchJson::facet)
                            .toList());
        }
        return new SearchJson(
                query,
                results.total(),
                results.page(),
                results.pageSize(),
                items,
                facets,
                results.didYouMean(),
                next == null ? null : site.absolute(next));
    }

    private static Item item(SearchHit hit, GazetteProperties site) {
        return new Item(
                hit.externalId(),
                site.absolute(SiteLinks.article(hit.lang(), hit.slug())),
                plain(hit.headlineHtml()),
                hit.headlineHtml(),
                hit.snippetHtml(),
                hit.publishedAt().toString(),
                hit.lang().code(),
                hit.sectionSlug(),
                hit.sourceName(),
                hit.alsoFrom());
    }

    private static Facet facet(FacetValue value) {
        return new Facet(value.key(), value.label(), value.count());
    }

    /** The highlighted headline back to plain text: marks removed, the escapes the highlighter made undone. */
    private static String plain(String html) {
        return html.replace("<mark>", "")
                .replace("</mark>", "")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#x27;", "'")
                .replace("&#x2F;", "/")
                .replace("&amp;", "&");
    }
}
