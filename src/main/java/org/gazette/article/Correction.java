package org.gazette.article;

import java.time.Instant;
import java.util.Locale;

/** A dated note under a story: a correction of an error, or an update with new facts. */
public record Correction(long id, long articleId, Kind kind, String note, Instant createdAt) {

    public static final int MAX_NOTE_CHARS = 2_000;

    public enum Kind {
        CORRECTION,
        UPDATE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Kind fromCode(String code) {
            for (Kind kind : values()) {
                if (kind.code().equals(code)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("a note is a 'correction' or an 'update', got '" + code + "'");
        }
    }
}
