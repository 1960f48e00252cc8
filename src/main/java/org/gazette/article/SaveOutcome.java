package org.gazette.article;

/** What saving an article did. */
public record SaveOutcome(long articleId, Change change) {

    public enum Change {
        CREATED,
        UPDATED,
        /** The stored article already said exactly this; nothing was written. */
        UNCHANGED
    }
}
