package org.gazette.pagecache;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drops the pages of a committed change whose full set of keys needs the database, when the database may
 * have gone away right after the commit (a server stopping, a pool with no connection to spare). The keys
 * that need no database go at once; the full set is worked out again on a background thread, waiting
 * longer each time up to a ceiling, until the database answers. Dropping every kept page instead would
 * take down the pages that keep the site up while the database is away.
 */
final class InvalidationRetry implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(InvalidationRetry.class);

    private final Duration first;
    private final Duration most;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "changed-pages-retry");
        thread.setDaemon(true);
        return thread;
    });

    /** Waits {@code first} before the first retry, doubling each time up to {@code most}. */
    InvalidationRetry(Duration first, Duration most) {
        if (first.isNegative() || first.isZero() || most.compareTo(first) < 0) {
            throw new IllegalArgumentException("retry waits must be positive and the ceiling at least the first");
        }
        this.first = first;
        this.most = most;
    }

    /**
     * Hands {@code keys} to {@code drop}; when working them out fails, hands {@code known} over at once and
     * tries {@code keys} again later until it succeeds.
     */
    void dropOrRetry(Set<String> known, Supplier<Set<String>> keys, Consumer<Set<String>> drop) {
        Set<String> all;
        try {
            all = keys.get();
        } catch (RuntimeException e) {
            log.warn(
                    "The pages a change affects could not be worked out ({}); dropping its own pages now and the"
                            + " lists it is on once the database answers",
                    e.toString());
            drop.accept(known);
            later(keys, drop, first);
            return;
        }
        drop.accept(all);
    }

    private void later(Supplier<Set<String>> keys, Consumer<Set<String>> drop, Duration wait) {
        try {
            retries.schedule(
                    () -> {
                        Set<String> all;
                        try {
                            all = keys.get();
                        } catch (RuntimeException e) {
                            Duration next = wait.multipliedBy(2);
                            later(keys, drop, next.compareTo(most) > 0 ? most : next);
                            return;
                        }
                        drop.accept(all);
                        log.info("The pages of a change made while the database was away are dropped now");
                    },
                    wait.toMillis(),
                    TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            // the application is stopping: its kept pages go with it
        }
    }

    @Override
    public void close() {
        retries.shutdownNow();
    }
}
