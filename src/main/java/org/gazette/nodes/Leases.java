package org.gazette.nodes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Leases in the {@code leases} table: a named piece of background work that one node at a time may do
 * (the {@link #SCHEDULER} lease covers scheduled publishing and wire polling). A node takes a lease that
 * is free or expired, and keeps it by renewing it well before it expires; a node that dies (even
 * {@code kill -9}) stops renewing, and another takes the lease over once it has expired, at most
 * {@code gazette.lease.ttl} (20 s) later. A node stopped in an orderly way hands its leases back at once.
 * <p>
 * Taking and renewing is one upsert that only succeeds for the holder or over an expired lease, so two
 * nodes never both succeed. Expiry is compared on each node's own clock: nodes are expected to keep their
 * clocks in step (NTP), to well within the lease's length. A holder counts its lease from the moment it
 * asked, so it stops believing it holds the lease before any other node may take it.
 */
@Component
public class Leases implements DisposableBean {

    /** The lease of the scheduled jobs: publishing stories that fell due, polling the wire sources. */
    public static final String SCHEDULER = "scheduler";

    private static final Logger log = LoggerFactory.getLogger(Leases.class);

    /** Succeeds (one row) for a free lease, an expired one, or one this node holds; the same on both engines. */
    private static final String TAKE_OR_RENEW =
            """
            insert into leases (name, holder, acquired_at, expires_at) values (:name, :node, :now, :until)
            on conflict (name) do update set
                holder = excluded.holder,
                acquired_at = case when leases.holder = excluded.holder then leases.acquired_at
                                   else excluded.acquired_at end,
                expires_at = excluded.expires_at
            where leases.holder = excluded.holder or leases.expires_at < :now
            """;

    /** Who holds a lease and until when, as the database says. */
    public record Holder(String node, Instant since, Instant expires) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final NodeName node;
    private final long ttl;
    private final Set<String> wanted = ConcurrentHashMap.newKeySet();
    private final Map<String, Long> heldUntil = new ConcurrentHashMap<>();

    Leases(
            JdbcClient jdbc,
            Clock clock,
            NodeName node,
            @Value("${gazette.lease.ttl:PT20S}") Duration ttl,
            @Value("${gazette.lease.renew-every:PT5S}") Duration renewEvery) {
        if (renewEvery.isNegative()
                || renewEvery.isZero()
                || renewEvery.multipliedBy(2).compareTo(ttl) >= 0) {
            throw new IllegalArgumentException("gazette.lease.renew-every must be positive and less than half of "
                    + "gazette.lease.ttl, got " + renewEvery + " and " + ttl);
        }
        this.jdbc = jdbc;
        this.clock = clock;
        this.node = node;
        this.ttl = ttl.toMillis();
    }

    /**
     * Whether this node holds the lease now, taking or renewing it if it may. A caller asks before each
     * run of its work and skips the run when the answer is no; from the first question on, the lease is
     * also renewed in the background, so it does not lapse between runs.
     */
    public boolean holds(String name) {
        wanted.add(name);
        Long until = heldUntil.get(name);
        if (until != null && until - clock.millis() > ttl / 2) {
            return true;
        }
        return acquire(name);
    }

    @Scheduled(
            initialDelayString = "${gazette.lease.renew-every:PT5S}",
            fixedDelayString = "${gazette.lease.renew-every:PT5S}")
    void renew() {
        wanted.forEach(this::acquire);
    }

    private boolean acquire(String name) {
        long asked = clock.millis();
        boolean held;
        try {
            held = jdbc.sql(TAKE_OR_RENEW)
                            .param("name", name)
                            .param("node", node.id())
                            .param("now", asked)
                            .param("until", asked + ttl)
                            .update()
                    == 1;
        } catch (RuntimeException e) {
            log.warn(
                    "Renewing the {} lease failed; this node stops its work until it holds it again: {}",
                    name,
                    e.toString());
            held = false;
        }
        Long before = held ? heldUntil.put(name, asked + ttl) : heldUntil.remove(name);
        if (held && before == null) {
            log.info("This node ({}) now holds the {} lease", node.id(), name);
        } else if (!held && before != null) {
            log.warn("This node ({}) no longer holds the {} lease", node.id(), name);
        }
        return held;
    }

    /** Who holds the lease, if anyone ever took it (an expired holder is still named: see its expiry). */
    public Optional<Holder> holder(String name) {
        return jdbc.sql("select holder, acquired_at, expires_at from leases where name = :name")
                .param("name", name)
                .query((rs, i) -> new Holder(
                        rs.getString(1), Instant.ofEpochMilli(rs.getLong(2)), Instant.ofEpochMilli(rs.getLong(3))))
                .optional();
    }

    /** This node's id, as leases name it. */
    public String self() {
        return node.id();
    }

    /** Hands the leases back on an orderly stop, so another node takes them over at once. */
    @Override
    public void destroy() {
        if (heldUntil.isEmpty()) {
            return;
        }
        heldUntil.clear();
        wanted.clear();
        try {
            jdbc.sql("delete from leases where holder = :node")
                    .param("node", node.id())
                    .update();
        } catch (RuntimeException e) {
            log.warn("Handing back this node's leases failed; they expire by themselves: {}", e.toString());
        }
    }
}
