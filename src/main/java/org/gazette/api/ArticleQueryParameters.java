package org.gazette.api;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.gazette.article.ArticleCursor;
import org.gazette.article.PublicTerms;
import org.gazette.article.SiteDays;
import org.gazette.system.GazetteProperties;
import org.gazette.system.InvalidParameterException;
import org.gazette.taxonomy.TermKind;
import org.gazette.text.Abbreviation;
import org.gazette.text.Language;
import org.gazette.text.Slug;

/**
 * Reads the list parameters of {@code /api/v1/articles}, refusing a malformed one with its name:
 * {@code lang}, {@code section}, {@code tag}, {@code source} (slugs), {@code from} and {@code to}
 * (ISO dates or date-times; {@code to} as a date includes that whole day), {@code cursor} and
 * {@code limit} (1–100).
 */
final class ArticleQueryParameters {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    private ArticleQueryParameters() {}

    static Language language(String value, GazetteProperties site) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!site.serves(value)) {
            throw new InvalidParameterException(
                    "lang",
                    "must be one of " + String.join(", ", site.languages()) + ", got '" + Abbreviation.of(value) + "'");
        }
        return Language.of(value);
    }

    static String slug(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!Slug.isValid(value)) {
            throw new InvalidParameterException(
                    name,
                    "must be a slug (lower-case letters, digits and hyphens), got '" + Abbreviation.of(value) + "'");
        }
        return value;
    }

    /**
     * A {@code section}, {@code tag} or {@code source} parameter: checked like {@link #slug}, and a slug
     * the term gave up (renamed or merged) is read as the term's current one when readers may know that term.
     */
    static String termSlug(TermKind kind, String value, PublicTerms terms) {
        return terms.filterSlug(kind, slug(kind.code(), value));
    }

    /** A {@code from} date is the start of that day in the site's time zone; a date-time is taken as it is. */
    static Instant from(String value, SiteDays days) {
        return instant("from", value, false, days);
    }

    /** A {@code to} date includes that whole day of the site's time zone (the filter ends where the next begins). */
    static Instant to(String value, SiteDays days) {
        return instant("to", value, true, days);
    }

    static int limit(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value.strip());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidParameterException(
                "limit", "must be an integer from 1 to " + MAX_LIMIT + ", got '" + Abbreviation.of(value) + "'");
    }

    static ArticleCursor cursor(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ArticleCursor.decode(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(
                    "cursor",
                    "is not a cursor from a previous response (next_cursor), got '" + Abbreviation.of(value) + "'");
        }
    }

    private static Instant instant(String name, String value, boolean endOfDay, SiteDays days) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return endOfDay ? days.end(day) : days.start(day);
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            throw new InvalidParameterException(
                    name,
                    "must be a date (2024-09-16) or a date-time with a time zone " + "(2024-09-16T14:05:00Z), got '"
                            + Abbreviation.of(value) + "'");
        }
    }
}
