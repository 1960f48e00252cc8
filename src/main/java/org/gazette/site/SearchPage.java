package org.gazette.site;

import java.util.List;
import org.gazette.web.Link;

/**
 * The search page: the query, what went wrong with it (or null), the results of this page, the facets
 * to narrow them, the active filters (each a link that removes it), the sort links, a "did you mean"
 * link and links to the neighbouring pages. {@code searched} is false before any query is typed.
 */
public record SearchPage(
        Frame frame,
        String query,
        String error,
        boolean searched,
        String summary,
        List<Result> results,
        List<FacetBlock> facets,
        List<Link> activeFilters,
        List<SortLink> sorts,
        Link didYouMean,
        String previousUrl,
        String nextUrl,
        String from,
        String to,
        List<Hidden> hiddenFields) {

    /**
     * One result. {@code headlineHtml} and {@code snippetHtml} are escaped HTML with {@code <mark>}
     * around matched words, and are the only values the template writes unescaped.
     */
    public record Result(
            String url,
            String headlineHtml,
            String snippetHtml,
            String dateMachine,
            String dateText,
            String langCode,
            String sectionName,
            String sectionUrl,
            String sourceName,
            String alsoFrom) {}

    /** A facet: its title and its values, each a link that applies (or, when selected, removes) it. */
    public record FacetBlock(String name, String title, List<FacetLink> values) {}

    public record FacetLink(String label, long count, String url, boolean selected) {}

    public record SortLink(String label, String url, boolean current) {}

    /** A parameter the search form carries along unchanged (the language, filters and sort in use). */
    public record Hidden(String name, String value) {}
}
