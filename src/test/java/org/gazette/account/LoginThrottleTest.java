package org.gazette.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(3, 5, Duration.ofMinutes(15), clock);

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
