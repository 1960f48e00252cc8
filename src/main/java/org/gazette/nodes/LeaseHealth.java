package org.gazette.nodes;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.gazette.system.DatabaseOutages;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The scheduler's lease in {@code /actuator/health} (component {@code scheduler}; details at
 * {@code /actuator/health/nodes}): which node runs scheduled publishing and wire polling, since when and
 * until when, and whether it is this one. Always UP (UNKNOWN while the database cannot be reached): a
 * node that does not hold the lease serves readers as well as the one that does.
 */
@Component("scheduler")
class LeaseHealth implements HealthIndicator {

    private final DatabaseOutages outages;
    private final Leases leases;
    private final Clock clock;

    LeaseHealth(Leases leases, Clock clock, DatabaseOutages outages) {
        this.outages = outages;
        this.leases = leases;
        this.clock = clock;
    }

    @Override
    public Health health() {
        return outages.healthOf(this::probe);
    }

    private Health probe() {
        Optional<Leases.Holder> holder = leases.holder(Leases.SCHEDULER);
        Map<String, Object> details = new LinkedHashMap<>();
        boolean live = holder.isPresent() && holder.get().expires().isAfter(clock.instant());
        details.put("leaseHolder", live ? holder.get().node() : "none");
        if (live) {
            details.put("heldSince", holder.get().since().toString());
            details.put("expiresAt", holder.get().expires().toString());
        }
        details.put("thisNode", leases.self());
        details.put("thisNodeHolds", live && holder.get().node().equals(leases.self()));
        return Health.up().withDetails(details).build();
    }
}
