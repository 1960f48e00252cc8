package org.gazette.entity.directory;

import java.util.Locale;
import java.util.Optional;

/** The kinds of event the extractor reports, as stored in {@code events.type} (CAMEO/PLOVER based). */
public enum EventType {
    /** A telephone call (CAMEO 041). */
    CALL,
    /** A meeting or visit (CAMEO 042, 043, 044). */
    MEET,
    STATEMENT,
    AGREEMENT,
    ACCUSATION;

    /** The type a request names, in any case; empty for anything else. */
    public static Optional<EventType> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The lower-case code used in message keys and CSS classes. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
