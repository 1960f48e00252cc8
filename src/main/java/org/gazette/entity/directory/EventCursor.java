package org.gazette.entity.directory;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import org.gazette.text.Abbreviation;

/**
 * A position in a newest-first list of events: the date an event happened and its id. Pages go by cursor,
 * as story lists do, so that "older events" shows the same events however many are added meanwhile.
 */
public record EventCursor(LocalDate occurredOn, long id) {

    public static EventCursor of(ReportedEvent event) {
        return new EventCursor(event.occurredOn(), event.id());
    }

    /** The opaque, URL-safe form used in links and in the API. */
    public String encode() {
        String plain = occurredOn + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    /** Reads a cursor made by {@link #encode()}; anything else is refused with a message for the reader. */
    public static EventCursor decode(String encoded) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.US_ASCII);
            int colon = plain.lastIndexOf(':');
            return new EventCursor(
                    LocalDate.parse(plain.substring(0, colon)), Long.parseLong(plain.substring(colon + 1)));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a cursor this site made: '" + Abbreviation.of(encoded, 40) + "'");
        }
    }
}
