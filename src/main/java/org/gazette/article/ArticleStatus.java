package org.gazette.article;

import java.util.Locale;

/** Where an article stands in the editorial workflow. Readers only ever see {@link #PUBLISHED}. */
public enum ArticleStatus {
    DRAFT,
    IN_REVIEW,
    SCHEDULED,
    PUBLISHED,
    UNPUBLISHED;

    /** The value stored in the database and used in URLs and JSON. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ArticleStatus fromCode(String code) {
        for (ArticleStatus status : values()) {
            if (status.code().equals(code)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown article status '" + code + "'");
    }
}
