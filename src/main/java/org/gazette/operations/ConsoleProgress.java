package org.gazette.operations;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Prints how far a copy has got: a line per table when it is done, and a line every few seconds while
 * a large one is under way, with the rate so an operator can tell how long the rest will take.
 */
final class ConsoleProgress implements TableCopy.Progress {

    private static final long EVERY_NANOS = 2_000_000_000L;

    private final PrintStream out;
    private String table;
    private long started;
    private long lastPrinted;
    private long startRows;

    ConsoleProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public void copied(Table copied, long done, long total) {
        long now = System.nanoTime();
        if (!copied.name().equals(table)) {
            table = copied.name();
            started = now;
            lastPrinted = now;
            startRows = done;
            if (done > 0) {
                out.printf(Locale.ROOT, "  %s: resuming after %d of %d rows%n", table, done, total);
            }
            return;
        }
        if (done >= total) {
            out.printf(Locale.ROOT, "  %s: %d rows (%s)%n", table, total, rate(done, now));
            table = null;
        } else if (now - lastPrinted >= EVERY_NANOS) {
            lastPrinted = now;
            out.printf(Locale.ROOT, "  %s: %d of %d rows (%s)%n", table, done, total, rate(done, now));
        }
    }

    private String rate(long done, long now) {
        double seconds = Math.max(1e-3, (now - started) / 1e9);
        return String.format(Locale.ROOT, "%.0f rows/s", (done - startRows) / seconds);
    }
}
