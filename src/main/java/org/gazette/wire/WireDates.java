package org.gazette.wire;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Reads the ISO 8601 dates of NewsML-G2 and ninjs; a date without a zone is taken as UTC. */
final class WireDates {

    private WireDates() {}

    /** The instant, or null for no text; a date that does not parse is an {@link InvalidItemException}. */
    static Instant iso(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            try {
                return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
                } catch (DateTimeParseException notADate) {
                    throw new InvalidItemException("invalid date in '" + field + "': '" + ItemText.clip(value) + "'");
                }
            }
        }
    }
}
