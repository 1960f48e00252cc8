package org.gazette.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WakeableLoopTest {

    private final Semaphore rounds = new Semaphore(0);
    private final AtomicInteger count = new AtomicInteger();

    private WakeableLoop loop(Duration poll) {
        return new WakeableLoop("test-loop", poll, () -> {
            count.incrementAndGet();
            rounds.release();
            return null;
        });
    }

    @Test
    void aRoundRunsAtStartAndAgainWhenNudgedLongBeforeThePollInterval() throws InterruptedException {
        WakeableLoop loop = loop(Duration.ofHours(1));
        loop.start();
        try {
            assertThat(rounds.tryAcquire(10, TimeUnit.SECONDS))
                    .as("first round")
                    .isTrue();
            loop.nudge();
            assertThat(rounds.tryAcquire(10, TimeUnit.SECONDS))
                    .as("round after the nudge")
                    .isTrue();
            assertThat(rounds.tryAcquire(200, TimeUnit.MILLISECONDS))
                    .as("no round without a nudge before the poll interval")
                    .isFalse();
        } finally {
            loop.stop();
        }
    }

    @Test
    void aNudgeDuringARoundIsNotLost() throws InterruptedException {
        Semaphore inRound = new Semaphore(0);
        Semaphore mayFinish = new Semaphore(0);
        WakeableLoop loop = new WakeableLoop("test-loop", Duration.ofHours(1), () -> {
            inRound.release();
            mayFinish.acquireUninterruptibly();
            return null;
        });
        loop.start();
        try {
            assertThat(inRound.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
            loop.nudge(); // while the first round still runs
            mayFinish.release();
            assertThat(inRound.tryAcquire(10, TimeUnit.SECONDS))
                    .as("the nudge made during the round starts the next one")
                    .isTrue();
        } finally {
            mayFinish.release(10);
            loop.stop();
        }
    }

    @Test
    void theWaitARoundAsksForReplacesThePollInterval() throws InterruptedException {
        WakeableLoop loop = new WakeableLoop("test-loop", Duration.ofHours(1), () -> {
            rounds.release();
            return Duration.ofMillis(20);
        });
        loop.start();
        try {
            assertThat(rounds.tryAcquire(3, 10, TimeUnit.SECONDS))
                    .as("three rounds, 20 ms apart")
                    .isTrue();
        } finally {
            loop.stop();
        }
    }

    @Test
    void stopEndsTheLoopAndItCanBeStartedAgain() throws InterruptedException {
        WakeableLoop loop = loop(Duration.ofHours(1));
        loop.start();
        assertThat(rounds.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
        loop.stop();
        assertThat(loop.running()).isFalse();
        int stoppedAt = count.get();
        loop.nudge();
        assertThat(rounds.tryAcquire(200, TimeUnit.MILLISECONDS))
                .as("no round after stop")
                .isFalse();
        assertThat(count.get()).isEqualTo(stoppedAt);

        loop.start();
        try {
            assertThat(rounds.tryAcquire(10, TimeUnit.SECONDS))
                    .as("a round after starting again")
                    .isTrue();
        } finally {
            loop.stop();
        }
    }

    @Test
    void aPollIntervalMustBePositive() {
        assertThatThrownBy(() -> loop(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("poll interval");
    }
}
