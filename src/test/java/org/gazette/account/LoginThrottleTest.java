package org.gazette.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sqlite.SQLiteDataSource;

/** The throttle against a real SQLite database with the site's schema; each instance stands for a node. */
class LoginThrottleTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock();
    private JdbcClient jdbc;
    private LoginThrottle throttle;

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
        throttle = node();
    }

    private LoginThrottle node() {
        return new LoginThrottle(3, 5, Duration.ofMinutes(15), clock, jdbc);
    }

    @Test
    void accountIsBlockedAfterItsLimitAndFreedWhenTheWindowPasses() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.blocked("ann@example.org", "10.0.0." + i)).isFalse();
            throttle.failed("ann@example.org", "10.0.0." + i);
        }
        assertThat(throttle.blocked("ANN@example.org", "10.0.0.99")).isTrue();
        clock.advance(Duration.ofMinutes(16));
        assertThat(throttle.blocked("ann@example.org", "10.0.0.99")).isFalse();
    }

    @Test
    void addressIsBlockedAfterFailuresAcrossAccounts() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("user" + i + "@example.org", "192.0.2.1");
        }
        assertThat(throttle.blocked("someone@example.org", "192.0.2.1")).isTrue();
        assertThat(throttle.blocked("someone@example.org", "192.0.2.2")).isFalse();
    }

    @Test
    void successClearsTheAccountButNotTheAddress() {
        throttle.failed("bob@example.org", "192.0.2.9");
        throttle.failed("bob@example.org", "192.0.2.9");
        throttle.succeeded("bob@example.org");
        throttle.failed("bob@example.org", "192.0.2.9");
        assertThat(throttle.blocked("bob@example.org", null)).isFalse();
    }

    @Test
    void failuresOnOneNodeBlockTheAccountOnAnother() {
        LoginThrottle other = node();
        throttle.failed("cem@example.org", "198.51.100.1");
        other.failed("cem@example.org", "198.51.100.2");
        throttle.failed("cem@example.org", "198.51.100.3");
        assertThat(other.blocked("cem@example.org", "198.51.100.4")).isTrue();
        other.succeeded("cem@example.org");
        assertThat(throttle.blocked("cem@example.org", "198.51.100.4")).isFalse();
    }

    @Test
    void failuresOlderThanTheWindowArePrunedWhenAnotherIsRecorded() {
        throttle.failed("dana@example.org", "203.0.113.5");
        clock.advance(Duration.ofMinutes(20));
        throttle.failed("erin@example.org", "203.0.113.6");
        assertThat(jdbc.sql("select count(*) from login_failures where throttle_key like '%dana%'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2025-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
