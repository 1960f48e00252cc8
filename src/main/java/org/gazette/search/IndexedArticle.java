package org.gazette.search;

import java.time.Instant;
import java.util.List;
import org.gazette.article.ArticleStatus;
import org.gazette.text.Language;

/**
 * An article as the index sees it: its text and the terms readers filter by, whatever its status.
 * Terms are {@link Term}s (slug and display name); the body is plain text. {@code year} is the year of
 * publication in the site's time zone, what the year facet counts. {@code entities} are the people,
 * organisations and places the story names, by their names in its language (the entity facet).
 */
record IndexedArticle(
        long id,
        String externalId,
        Language lang,
        String slug,
        String headline,
        String dek,
        String bodyText,
        Instant publishedAt,
        int year,
        ArticleStatus status,
        Term section,
        Term source,
        List<Term> tags,
        List<Term> authors,
        List<Term> entities) {

    /** An article naming no entities (not tagged yet). */
    IndexedArticle(
            long id,
            String externalId,
            Language lang,
            String slug,
            String headline,
            String dek,
            String bodyText,
            Instant publishedAt,
            int year,
            ArticleStatus status,
            Term section,
            Term source,
            List<Term> tags,
            List<Term> authors) {
        this(
                id,
                externalId,
                lang,
                slug,
                headline,
                dek,
                bodyText,
                publishedAt,
                year,
                status,
                section,
                source,
                tags,
                authors,
                List.of());
    }

    /** A section, source, tag or author: the slug filters and links use, and the name readers see. */
    record Term(String slug, String name) {

        /** The doc value that carries both, so a facet needs no lookup to show its name. */
        String docValue() {
            return slug + IndexFields.SEPARATOR + name;
        }

        static Term fromDocValue(String value) {
            int split = value.indexOf(IndexFields.SEPARATOR);
            return split < 0 ? new Term(value, value) : new Term(value.substring(0, split), value.substring(split + 1));
        }
    }
}
