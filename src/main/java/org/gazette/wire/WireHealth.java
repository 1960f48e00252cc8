package org.gazette.wire;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gazette.system.DatabaseOutages;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The wire desk in {@code /actuator/health} (component {@code wire}; its details at
 * {@code /actuator/health/wire-desk}): each source's state, when it last succeeded and how many items it
 * brought or had refused. Always UP (UNKNOWN while the database cannot be reached): an agency that is
 * down is the agency's problem, and must not take this node out of a load balancer. No URLs or error texts, since health is public.
 */
@Component("wire")
class WireHealth implements HealthIndicator {

    private final DatabaseOutages outages;
    private final WireSources sources;

    WireHealth(WireSources sources, DatabaseOutages outages) {
        this.outages = outages;
        this.sources = sources;
    }

    @Override
    public Health health() {
        return outages.healthOf(this::probe);
    }

    private Health probe() {
        List<WireSource> all = sources.all();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("sources", all.size());
        details.put(
                "failing",
                all.stream()
                        .filter(s -> s.enabled()
                                && (WireSources.FAILED.equals(s.lastStatus())
                                        || WireSources.CIRCUIT_OPEN.equals(s.lastStatus())))
                        .count());
        details.put("paused", all.stream().filter(s -> !s.enabled()).count());
        Map<String, Object> each = new LinkedHashMap<>();
        for (WireSource source : all) {
            Map<String, Object> status = new LinkedHashMap<>();
            status.put("state", source.state());
            status.put(
                    "lastPolledAt",
                    source.lastPolledAt() == null ? null : source.lastPolledAt().toString());
            status.put(
                    "lastSuccessAt",
                    source.lastSuccessAt() == null
                            ? null
                            : source.lastSuccessAt().toString());
            status.put("itemsImported", source.itemsImported());
            status.put("itemsRefused", source.itemsRefused());
            each.put(source.id() + " " + source.name(), status);
        }
        details.put("bySource", each);
        return Health.up().withDetails(details).build();
    }
}
