package org.gazette.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps SQLite's query planner informed. Without statistics SQLite guesses that every index is
 * selective and, for instance, answers "these 40 ids, if published and in English" by scanning every
 * published English story. A sampled ANALYZE (a fraction of a second even on a large site) runs at
 * startup, after imports and every few hours. PostgreSQL keeps its own statistics (autovacuum).
 */
@Component
public class DatabaseStatistics {

    private static final Logger log = LoggerFactory.getLogger(DatabaseStatistics.class);
    /** Rows sampled per index; SQLite's own advice for keeping ANALYZE fast on large databases. */
    private static final int ANALYSIS_LIMIT = 1000;

    private final JdbcClient jdbc;
    private final DatabaseKind kind;

    DatabaseStatistics(JdbcClient jdbc, DatabaseKind kind) {
        this.jdbc = jdbc;
        this.kind = kind;
    }

    /** Refreshes the planner's statistics; cheap, and safe to call while the site serves. */
    public void refresh() {
        if (kind != DatabaseKind.SQLITE) {
            return;
        }
        long started = System.nanoTime();
        jdbc.sql("pragma analysis_limit = " + ANALYSIS_LIMIT)
                .query((rs, i) -> rs.getInt(1))
                .list();
        jdbc.sql("analyze").update();
        log.debug("SQLite statistics refreshed in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartup() {
        refresh();
    }

    @Scheduled(fixedDelayString = "PT6H", initialDelayString = "PT6H")
    void periodically() {
        refresh();
    }
}
