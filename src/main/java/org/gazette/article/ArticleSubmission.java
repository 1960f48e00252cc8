package org.gazette.article;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * An article's content as a writer sent it, before any check: the fields of the import format as
 * text, whether they came from an import line, an API body, the newsroom form or a wire item.
 * {@link ArticleValidator#validate} turns it into an {@link ArticleInput} or refuses it; build one with
 * {@link #builder()}. A null field was not sent.
 *
 * @param format the body's format, or null to detect it (HTML when it holds a known tag, else text)
 */
public record ArticleSubmission(
        String externalId,
        String headline,
        String dek,
        String date,
        String updated,
        String body,
        BodyFormat format,
        String lang,
        String section,
        List<String> tags,
        List<String> authors,
        String source,
        String sourceUrl,
        String translationOf) {

    public ArticleSubmission {
        tags = tags == null ? List.of() : List.copyOf(tags);
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects the fields one by one; unset fields stay null (not sent). */
    public static final class Builder {

        private String externalId;
        private String headline;
        private String dek;
        private String date;
        private String updated;
        private String body;
        private BodyFormat format;
        private String lang;
        private String section;
        private List<String> tags = List.of();
        private List<String> authors = List.of();
        private String source;
        private String sourceUrl;
        private String translationOf;

        private Builder() {}

        public Builder externalId(String externalId) {
            this.externalId = externalId;
            return this;
        }

        public Builder headline(String headline) {
            this.headline = headline;
            return this;
        }

        public Builder dek(String dek) {
            this.dek = dek;
            return this;
        }

        /** The publication date as sent: ISO-8601 with a zone offset, such as {@code 2024-09-16T14:05:00Z}. */
        public Builder date(String date) {
            this.date = date;
            return this;
        }

        /** The publication date as an instant the writer already holds. */
        public Builder date(Instant date) {
            this.date = text(date);
            return this;
        }

        public Builder updated(String updated) {
            this.updated = updated;
            return this;
        }

        public Builder updated(Instant updated) {
            this.updated = text(updated);
            return this;
        }

        public Builder body(String body) {
            this.body = body;
            return this;
        }

        /** The body's format; without it the format is detected from the body. */
        public Builder format(BodyFormat format) {
            this.format = format;
            return this;
        }

        public Builder lang(String lang) {
            this.lang = lang;
            return this;
        }

        /** The section by name or slug. */
        public Builder section(String section) {
            this.section = section;
            return this;
        }

        public Builder tags(List<String> tags) {
            this.tags = tags;
            return this;
        }

        public Builder authors(List<String> authors) {
            this.authors = authors;
            return this;
        }

        /** The credited agency by name. */
        public Builder source(String source) {
            this.source = source;
            return this;
        }

        public Builder sourceUrl(String sourceUrl) {
            this.sourceUrl = sourceUrl;
            return this;
        }

        /** The external id of the story this one translates. */
        public Builder translationOf(String translationOf) {
            this.translationOf = translationOf;
            return this;
        }

        public ArticleSubmission build() {
            return new ArticleSubmission(
                    externalId,
                    headline,
                    dek,
                    date,
                    updated,
                    body,
                    format,
                    lang,
                    section,
                    tags,
                    authors,
                    source,
                    sourceUrl,
                    translationOf);
        }

        // ISO_INSTANT writes every year the parser reads back, including the out-of-range ones it must refuse
        private static String text(Instant instant) {
            return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(instant);
        }
    }
}
