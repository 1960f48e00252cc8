package org.gazette.search;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * This node's search-outbox lag in Prometheus: {@code gazette_search_outbox_backlog_rows} (rows not yet
 * applied to its index), {@code gazette_search_outbox_lag_seconds} (the age of the oldest of them, 0
 * when there is none) and {@code gazette_search_outbox_applied_total} (rows applied since it started).
 * The backlog is read from the database at most once a second, however many gauges ask; while the
 * database cannot be reached the gauges have no value (NaN).
 */
@Component
class OutboxMetrics implements MeterBinder {

    private static final long FRESH_NANOS = 1_000_000_000L;

    private final OutboxIndexer indexer;
    private final Clock clock;
    private volatile Reading last;

    private record Reading(SearchOutbox.Backlog backlog, long readAt) {}

    OutboxMetrics(OutboxIndexer indexer, Clock clock) {
        this.indexer = indexer;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("gazette.search.outbox.backlog", this, metrics -> metrics.backlog()
                        .rows())
                .baseUnit("rows")
                .description("Search-outbox rows this node has yet to apply to its index")
                .register(registry);
        TimeGauge.builder("gazette.search.outbox.lag", this, TimeUnit.MILLISECONDS, OutboxMetrics::lagMillis)
                .description("Age of the oldest search-outbox row this node has yet to apply (0 when none)")
                .register(registry);
        FunctionCounter.builder("gazette.search.outbox.applied", indexer, OutboxIndexer::applied)
                .description("Search-outbox rows applied to this node's index since it started")
                .register(registry);
    }

    private double lagMillis() {
        SearchOutbox.Backlog backlog = backlog();
        if (backlog.rows() == 0 || backlog.oldestWrittenAt() == Long.MIN_VALUE) {
            return 0;
        }
        return Math.max(0, clock.millis() - backlog.oldestWrittenAt());
    }

    private SearchOutbox.Backlog backlog() {
        Reading reading = last;
        long now = System.nanoTime();
        if (reading == null || now - reading.readAt() > FRESH_NANOS) {
            reading = new Reading(indexer.backlog(), now);
            last = reading;
        }
        return reading.backlog();
    }
}
