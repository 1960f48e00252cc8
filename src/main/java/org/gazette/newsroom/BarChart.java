package org.gazette.newsroom;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Stories published per day as an SVG bar chart, laid out here so the page needs no script: one bar per
 * day, oldest on the left, each with its date and count as a tooltip and for screen readers.
 */
public record BarChart(int width, int height, int max, List<Bar> bars, String firstLabel, String lastLabel) {

    static final int WIDTH = 600;
    static final int HEIGHT = 160;
    static final int GAP = 2;

    /** One day. */
    public record Bar(int x, int y, int width, int height, String label, long count) {}

    static BarChart perDay(List<Instant> times, LocalDate lastDay, int days, ZoneId zone, Locale locale) {
        Map<LocalDate, Long> counts = new LinkedHashMap<>();
        for (int i = days - 1; i >= 0; i--) {
            counts.put(lastDay.minusDays(i), 0L);
        }
        for (Instant time : times) {
            counts.computeIfPresent(LocalDate.ofInstant(time, zone), (day, n) -> n + 1);
        }
        long max = Math.max(
                1, counts.values().stream().mapToLong(Long::longValue).max().orElse(1));
        int slot = WIDTH / days;
        DateTimeFormatter label = DateTimeFormatter.ofPattern("d MMM", locale);
        List<Bar> bars = new ArrayList<>();
        int i = 0;
        for (Map.Entry<LocalDate, Long> day : counts.entrySet()) {
            int h = (int) Math.round((double) day.getValue() / max * (HEIGHT - 10));
            bars.add(new Bar(i * slot, HEIGHT - h, slot - GAP, h, label.format(day.getKey()), day.getValue()));
            i++;
        }
        return new BarChart(
                WIDTH, HEIGHT, (int) max, bars, label.format(lastDay.minusDays(days - 1L)), label.format(lastDay));
    }

    public long total() {
        return bars.stream().mapToLong(Bar::count).sum();
    }
}
