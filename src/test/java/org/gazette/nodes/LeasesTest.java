package org.gazette.nodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sqlite.SQLiteDataSource;

/** Leases between "nodes" (instances) over a real SQLite database with the site's schema. */
class LeasesTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock();
    private JdbcClient jdbc;

    @BeforeEach
    void database() {
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + dir.resolve("gazette.db"));
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/sqlite")
                .load()
                .migrate();
        jdbc = JdbcClient.create(dataSource);
    }

    private Leases node(String name) {
        return new Leases(jdbc, clock, new NodeName(name), Duration.ofSeconds(20), Duration.ofSeconds(5));
    }

    @Test
    void oneNodeHoldsTheLeaseAndTheOthersAreRefusedWhileItRenews() {
        Leases a = node("a");
        Leases b = node("b");
        assertThat(a.holds(Leases.SCHEDULER)).isTrue();
        assertThat(b.holds(Leases.SCHEDULER)).isFalse();
        for (int i = 0; i < 10; i++) {
            clock.advance(Duration.ofSeconds(5));
            a.renew();
            b.renew();
            assertThat(a.holds(Leases.SCHEDULER)).isTrue();
            assertThat(b.holds(Leases.SCHEDULER)).isFalse();
        }
        assertThat(b.holder(Leases.SCHEDULER).orElseThrow().node()).isEqualTo(a.self());
    }

    @Test
    void aHolderThatStopsRenewingLosesTheLeaseToAnotherOnceItExpires() {
        Leases a = node("a");
        Leases b = node("b");
        assertThat(a.holds(Leases.SCHEDULER)).isTrue();
        // a dies: no more renewals
        clock.advance(Duration.ofSeconds(19));
        assertThat(b.holds(Leases.SCHEDULER)).as("not yet expired").isFalse();
        clock.advance(Duration.ofSeconds(2));
        assertThat(b.holds(Leases.SCHEDULER)).as("expired: taken over").isTrue();
        assertThat(a.holds(Leases.SCHEDULER))
                .as("the old holder knows it lost it")
                .isFalse();
        assertThat(a.holder(Leases.SCHEDULER).orElseThrow().node()).isEqualTo(b.self());
    }

    @Test
    void aNodeStoppedInOrderHandsItsLeaseBackAtOnce() {
        Leases a = node("a");
        Leases b = node("b");
        assertThat(a.holds(Leases.SCHEDULER)).isTrue();
        a.destroy();
        assertThat(b.holds(Leases.SCHEDULER)).isTrue();
    }

    @Test
    void twoNodesGivenTheSameNameStillNeverShareALease() {
        Leases first = node("web");
        Leases second = node("web");
        assertThat(first.holds(Leases.SCHEDULER)).isTrue();
        assertThat(second.holds(Leases.SCHEDULER)).isFalse();
    }

    @Test
    void aRenewalIntervalNotWellInsideTheLeaseIsRefusedWithBothValues() {
        assertThatThrownBy(
                        () -> new Leases(jdbc, clock, new NodeName("a"), Duration.ofSeconds(8), Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("gazette.lease.renew-every must be positive and less than half of gazette.lease.ttl, "
                        + "got PT5S and PT8S");
    }

    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
