package org.gazette.search;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gazette.system.DatabaseOutages;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * This node's search index in {@code /actuator/health} (component {@code search}; details at
 * {@code /actuator/health/nodes}): whether it is up to date with the outbox or catching up, and by how
 * much (outbox rows not yet applied here, and the age of the oldest). Always UP while the index is open
 * (UNKNOWN while the database cannot be reached): a node that is catching up still serves every page,
 * and its searches miss only the newest changes.
 */
@Component("search")
class SearchHealth implements HealthIndicator {

    private final DatabaseOutages outages;
    private final SearchIndex index;
    private final OutboxIndexer indexer;
    private final Clock clock;

    SearchHealth(SearchIndex index, OutboxIndexer indexer, Clock clock, DatabaseOutages outages) {
        this.outages = outages;
        this.index = index;
        this.indexer = indexer;
        this.clock = clock;
    }

    @Override
    public Health health() {
        return outages.healthOf(this::probe);
    }

    private Health probe() {
        if (index.generation() == null) {
            return Health.unknown()
                    .withDetail("state", "not open in this process")
                    .build();
        }
        SearchOutbox.Backlog backlog = indexer.backlog();
        Map<String, Object> details = new LinkedHashMap<>();
        String state;
        if (index.needsBuild()) {
            state = "catching up: building the index from the articles";
        } else if (index.rebuilding()) {
            state = "catching up: rebuilding the index in the background";
        } else {
            state = backlog.rows() == 0 ? "up to date" : "catching up";
        }
        details.put("state", state);
        details.put("lag", backlog.rows());
        details.put(
                "lagSeconds",
                backlog.rows() == 0 || backlog.oldestWrittenAt() == Long.MIN_VALUE
                        ? 0
                        : Math.max(0, (clock.millis() - backlog.oldestWrittenAt()) / 1000));
        details.put("generation", index.generation());
        OutboxIndexer.Reached reached = indexer.reached();
        if (reached.position() != Long.MIN_VALUE) {
            details.put("outboxPosition", reached.position());
        }
        return Health.up().withDetails(details).build();
    }
}
