package org.gazette.newsroom;

import java.util.List;
import java.util.Locale;
import org.gazette.article.ArticleStatus;
import org.gazette.text.Language;

/**
 * The article list's filters and order, read from request parameters; unknown values are dropped
 * rather than refused, since they come from the list's own links and selects. The text is searched
 * with the search engine (see {@link ArticleListController}).
 */
public record ArticleQuery(
        ArticleStatus status,
        Language lang,
        String section,
        String author,
        Long sourceId,
        String text,
        Long createdBy,
        Sort sort,
        int page) {

    static final int PAGE_SIZE = 50;

    public enum Sort {
        MODIFIED("a.modified_at desc, a.id desc"),
        PUBLISHED("a.published_at desc, a.id desc"),
        HEADLINE("lower(a.headline) asc, a.id asc"),
        STATUS("a.status asc, a.modified_at desc, a.id desc"),
        SCHEDULED("a.publish_at asc, a.id asc"),
        /** Best match first, as the search engine ranks it; without text, the same as {@link #MODIFIED}. */
        RELEVANCE("a.modified_at desc, a.id desc");

        final String orderBy;

        Sort(String orderBy) {
            this.orderBy = orderBy;
        }

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static ArticleQuery from(
            String status,
            String lang,
            String section,
            String author,
            String source,
            String text,
            String sort,
            String page) {
        ArticleStatus s = null;
        for (ArticleStatus candidate : ArticleStatus.values()) {
            if (candidate.code().equals(status)) {
                s = candidate;
            }
        }
        String words = blank(text);
        // with text, best matches first unless another order is asked for
        Sort order = words != null ? Sort.RELEVANCE : Sort.MODIFIED;
        for (Sort candidate : Sort.values()) {
            if (candidate.code().equals(sort)) {
                order = candidate;
            }
        }
        return new ArticleQuery(
                s,
                Language.isSupported(lang) ? Language.of(lang) : null,
                blank(section),
                blank(author),
                parseLong(source),
                words,
                null,
                order,
                Math.max(
                        1,
                        Math.min(
                                10_000,
                                parseLong(page) == null ? 1 : parseLong(page).intValue())));
    }

    ArticleQuery ownedBy(long userId) {
        return new ArticleQuery(status, lang, section, author, sourceId, text, userId, sort, page);
    }

    public List<Sort> sorts() {
        return List.of(Sort.values());
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Long parseLong(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
