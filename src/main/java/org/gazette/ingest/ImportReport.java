package org.gazette.ingest;

import java.time.Duration;
import java.util.List;

/** What an import did: counts per outcome and every refused line. */
public record ImportReport(
        long lines, long created, long updated, long unchanged, List<LineError> errors, Duration elapsed) {

    public boolean succeeded() {
        return errors.isEmpty();
    }

    public long imported() {
        return created + updated + unchanged;
    }

    /** Imported lines per second. */
    public double rate() {
        double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
        return imported() / seconds;
    }

    public String summary() {
        return String.format(
                java.util.Locale.ROOT,
                "%d lines: %d created, %d updated, %d unchanged, %d refused in %.1f s (%.0f articles/s)",
                lines,
                created,
                updated,
                unchanged,
                errors.size(),
                elapsed.toMillis() / 1000.0,
                rate());
    }
}
