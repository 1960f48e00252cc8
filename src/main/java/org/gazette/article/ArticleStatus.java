package org.gazette.article;

import java.util.Locale;

/** Where an article stands in the editorial workflow. Readers only ever see {@link #PUBLISHED}. */
public enum ArticleStatus {
    DRAFT,
    IN_REVIEW,
    SCHEDULED,
    PUBLISHED,
    UNPUBLISHED;

    /**
     * Whether the workflow lets an article move from this status to {@code next}: draft → in review →
     * scheduled or published → unpublished, with the ways back an editor needs (return a story to its
     * writer, take a scheduled story off the schedule, rework an unpublished one, publish it again).
     * Who may make each move is the newsroom's business; this is only what the states allow.
     */
    public boolean canMoveTo(ArticleStatus next) {
        return switch (this) {
            case DRAFT -> next == IN_REVIEW || next == SCHEDULED || next == PUBLISHED;
            case IN_REVIEW -> next == DRAFT || next == SCHEDULED || next == PUBLISHED;
            case SCHEDULED -> next == DRAFT || next == SCHEDULED || next == PUBLISHED;
            case PUBLISHED -> next == UNPUBLISHED;
            case UNPUBLISHED -> next == PUBLISHED || next == DRAFT;
        };
    }

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
