package org.gazette.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import org.gazette.text.Language;

/**
 * How a language writes dates on the page, in the site's time zone. The date line shows the ISO date
 * like the reference page ({@code 2024-09-16}); lists and bylines use the language's own month names.
 */
public final class DateFormats {

    private final ZoneId zone;
    private final DateTimeFormatter longDate;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter monthYear;
    private final DateTimeFormatter time;

    public DateFormats(Language lang, ZoneId zone) {
        this.zone = zone;
        this.longDate =
                DateTimeFormatter.ofPattern("d MMMM yyyy", lang.locale()).withZone(zone);
        this.dateTime =
                DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", lang.locale()).withZone(zone);
        this.monthYear = new DateTimeFormatterBuilder()
                .appendText(ChronoField.MONTH_OF_YEAR, TextStyle.FULL_STANDALONE)
                .appendLiteral(' ')
                .appendValue(ChronoField.YEAR)
                .toFormatter(lang.locale())
                .withZone(zone);
        this.time = DateTimeFormatter.ofPattern("HH:mm", lang.locale()).withZone(zone);
    }

    /** {@code 2024-09-16}: the date line of an article. */
    public String isoDate(Instant instant) {
        return DateTimeFormatter.ISO_LOCAL_DATE.withZone(zone).format(instant);
    }

    /** The machine-readable value of a {@code <time datetime>}. */
    public String machine(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(zone).format(instant);
    }

    public String longDate(Instant instant) {
        return longDate.format(instant);
    }

    public String dateTime(Instant instant) {
        return dateTime.format(instant);
    }

    public String monthYear(Instant instant) {
        String text = monthYear.format(instant);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    public String time(Instant instant) {
        return time.format(instant);
    }

    public ZoneId zone() {
        return zone;
    }
}
