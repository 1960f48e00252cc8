package org.gazette.system;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * When this node last found the database unreachable ({@link DatabaseOutage}), so that health
 * components which read the database can say "unknown" at once during an outage rather than each wait
 * for the pool's connection timeout in turn: {@code /actuator/health} answers within one timeout
 * instead of several.
 */
@Component
public class DatabaseOutages {

    /** How long after the last failure the database is taken to be still unreachable without asking it. */
    private static final long RECENT_NANOS = 3_000_000_000L;

    private final AtomicLong lastSeen = new AtomicLong(Long.MIN_VALUE);

    /** Notes that a request or a job just failed to reach the database. */
    public void seen() {
        lastSeen.set(System.nanoTime());
    }

    /**
     * A health component that reads the database: {@code probe}'s health, or UNKNOWN at once while the
     * database is known to be unreachable, and UNKNOWN when the probe finds it so. Health is public: it
     * says why, without the exception's text.
     */
    public Health healthOf(Supplier<Health> probe) {
        if (recent()) {
            return unreachable();
        }
        try {
            return probe.get();
        } catch (RuntimeException e) {
            if (DatabaseOutage.of(e) == null) {
                throw e;
            }
            seen();
            return unreachable();
        }
    }

    private static Health unreachable() {
        return Health.unknown()
                .withDetail("state", "unknown: the database cannot be reached")
                .build();
    }

    /** Whether the database was found unreachable within the last three seconds. */
    public boolean recent() {
        long last = lastSeen.get();
        return last != Long.MIN_VALUE && System.nanoTime() - last < RECENT_NANOS;
    }
}
