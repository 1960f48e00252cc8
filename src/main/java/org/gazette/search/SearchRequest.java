package org.gazette.search;

import java.time.Instant;
import org.gazette.text.Abbreviation;
import org.gazette.text.Language;

/**
 * One search: the text, the filters (each null when unused; {@code to} is exclusive; {@code entity} the
 * slug of a person, organisation or place the stories name), the order, the page (1-based) and its size,
 * and whose search it is.
 */
public record SearchRequest(
        SearchText text,
        Language lang,
        String section,
        String tag,
        String source,
        Instant from,
        Instant to,
        SearchSort sort,
        int page,
        int pageSize,
        SearchScope scope,
        String entity) {

    /** Results beyond this depth are not served: nobody reads them, and collapsing duplicates costs more. */
    public static final int MAX_DEPTH = 1000;

    public SearchRequest {
        if (text == null) {
            throw new IllegalArgumentException("text must not be null; use SearchText.from(\"\")");
        }
        sort = sort == null ? SearchSort.RELEVANCE : sort;
        scope = scope == null ? SearchScope.READERS : scope;
        if (pageSize < 1 || pageSize > 100) {
            throw new InvalidSearchException("limit", "must be from 1 to 100, got " + pageSize);
        }
        if (page < 1 || (long) page * pageSize > MAX_DEPTH) {
            throw new InvalidSearchException("page", "must be from 1 to " + (MAX_DEPTH / pageSize) + ", got " + page);
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidSearchException("to", "must be later than 'from'");
        }
    }

    /** A search not narrowed to an entity. */
    public SearchRequest(
            SearchText text,
            Language lang,
            String section,
            String tag,
            String source,
            Instant from,
            Instant to,
            SearchSort sort,
            int page,
            int pageSize,
            SearchScope scope) {
        this(text, lang, section, tag, source, from, to, sort, page, pageSize, scope, null);
    }

    /** The same search narrowed to the stories naming one entity (its slug), or not narrowed (null). */
    public SearchRequest withEntity(String slug) {
        return new SearchRequest(text, lang, section, tag, source, from, to, sort, page, pageSize, scope, slug);
    }

    /**
     * The number in a {@code page} parameter: 1 when it is absent or blank. Its range is checked when the
     * request is made, against the page size.
     */
    public static int pageNumber(String value) {
        if (value == null || value.isBlank()) {
            return 1;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidSearchException("page", "must be a number from 1, got '" + Abbreviation.of(value) + "'");
        }
    }

    public static SearchRequest of(String text, Language lang) {
        return new SearchRequest(
                SearchText.from(text),
                lang,
                null,
                null,
                null,
                null,
                null,
                SearchSort.RELEVANCE,
                1,
                20,
                SearchScope.READERS);
    }

    public SearchRequest withSort(SearchSort newSort) {
        return new SearchRequest(text, lang, section, tag, source, from, to, newSort, page, pageSize, scope, entity);
    }

    public SearchRequest withScope(SearchScope newScope) {
        return new SearchRequest(text, lang, section, tag, source, from, to, sort, page, pageSize, newScope, entity);
    }

    public SearchRequest withLanguage(Language newLang) {
        return new SearchRequest(text, newLang, section, tag, source, from, to, sort, page, pageSize, scope, entity);
    }

    public SearchRequest withPage(int newPage) {
        return new SearchRequest(text, lang, section, tag, source, from, to, sort, newPage, pageSize, scope, entity);
    }

    public SearchRequest withFilters(
            String newSection, String newTag, String newSource, Instant newFrom, Instant newTo) {
        return new SearchRequest(
                text, lang, newSection, newTag, newSource, newFrom, newTo, sort, page, pageSize, scope, entity);
    }
}
