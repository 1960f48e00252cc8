package org.gazette.article;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.gazette.text.Abbreviation;

/**
 * The instants a story's {@code date} and {@code updated} may name: from {@link #EARLIEST} up to
 * {@link #MARGIN} after now. News older than 1900 is not news Gazette publishes, and every page, feed and
 * sitemap can show any year in that range with four digits. The margin absorbs agency clocks and time
 * zones set wrong; a story meant for later is saved now and published by scheduling, which sets its date
 * when it goes live. Years such as 0, -1, 9999 or +99999 are refused before they reach the database.
 */
public record StoryDateRange(Instant earliest, Instant latest) {

    /** The first instant a story may be dated. */
    public static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    /** How far after now a story may be dated. */
    public static final Duration MARGIN = Duration.ofHours(24);

    /** The range as it stands at the clock's now. */
    public static StoryDateRange at(Clock clock) {
        return new StoryDateRange(EARLIEST, clock.instant().plus(MARGIN));
    }

    /**
     * Parses an ISO-8601 date-time with a zone offset and checks it lies in the range.
     *
     * @param field the import-format name of the field, for the message
     */
    public Instant parse(String field, String text) {
        Instant instant;
        try {
            instant = OffsetDateTime.parse(text.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    .toInstant();
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new InvalidArticleException(
                    field,
                    text,
                    "field '" + field + "' must be an ISO-8601 date-time"
                            + " with a time zone, such as 2024-09-16T14:05:00Z, got '" + Abbreviation.of(text)
                            + "'");
        }
        if (instant.isBefore(earliest) || instant.isAfter(latest)) {
            throw new InvalidArticleException(
                    field,
                    text,
                    "field '" + field + "' must lie between " + earliest
                            + " and " + MARGIN.toHours() + " hours from now (" + latest.truncatedTo(ChronoUnit.SECONDS)
                            + "); a later story is published by scheduling, got '" + Abbreviation.of(text.strip())
                            + "'");
        }
        return instant;
    }
}
