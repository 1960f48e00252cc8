package org.gazette.article;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What "a day" is on this site: a day, month or year of the site's time zone ({@code GAZETTE_TIME_ZONE}),
 * never of UTC or of the server. The date archive, the search and API date filters, the search's year
 * facet and the monthly sitemaps all count with it, so a story published at 22:30 UTC on the 15th on a
 * site in Baku (UTC+4) is a story of the 16th in every one of them.
 */
public record SiteDays(ZoneId zone) {

    public SiteDays {
        Objects.requireNonNull(zone, "zone");
    }

    /** The first instant of a day. */
    public Instant start(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** The first instant after a day: the end of a half-open range, for filters whose upper bound is exclusive. */
    public Instant end(LocalDate day) {
        return start(day.plusDays(1));
    }

    /** The first instant of a month. */
    public Instant start(YearMonth month) {
        return start(month.atDay(1));
    }

    /** The first instant after a month. */
    public Instant end(YearMonth month) {
        return start(month.plusMonths(1));
    }

    /** The day an instant falls on. */
    public LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    /** The month an instant falls in. */
    public YearMonth monthOf(Instant instant) {
        return YearMonth.from(dayOf(instant));
    }

    /** The year an instant falls in. */
    public int yearOf(Instant instant) {
        return dayOf(instant).getYear();
    }

    /** Midday of a day: an instant safely inside it, for formatting the day's date. */
    public Instant middayOf(LocalDate day) {
        return day.atTime(12, 0).atZone(zone).toInstant();
    }
}
