package org.gazette.pagecache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

class InvalidationRetryTest {

    private static final Set<String> OWN = Set.of("a42", "lang-en", "feeds", "sitemaps");
    private static final Set<String> ALL = Set.of("a42", "lang-en", "feeds", "sitemaps", "s3", "t7", "d-en-2024-09-16");

    /** Answers like a database that is away for the first {@code failures} questions, then back. */
    private static Supplier<Set<String>> databaseAwayFor(int failures, AtomicInteger asked) {
        return () -> {
            if (asked.incrementAndGet() <= failures) {
                throw new DataAccessResourceFailureException("Connection refused");
            }
            return ALL;
        };
    }

    @Test
    void aChangeWhoseKeysCanBeReadDropsThemAllAtOnce() {
        List<Set<String>> dropped = new CopyOnWriteArrayList<>();
        try (InvalidationRetry retry = new InvalidationRetry(Duration.ofMillis(5), Duration.ofMillis(20))) {
            retry.dropOrRetry(OWN, databaseAwayFor(0, new AtomicInteger()), dropped::add);
        }
        assertThat(dropped).containsExactly(ALL);
    }

    @Test
    void whileTheDatabaseIsAwayTheStorysOwnPagesGoAtOnceAndItsListsOnceItAnswers() throws InterruptedException {
        List<Set<String>> dropped = new CopyOnWriteArrayList<>();
        CountDownLatch allDropped = new CountDownLatch(1);
        AtomicInteger asked = new AtomicInteger();
        try (InvalidationRetry retry = new InvalidationRetry(Duration.ofMillis(5), Duration.ofMillis(20))) {
            retry.dropOrRetry(OWN, databaseAwayFor(3, asked), keys -> {
                dropped.add(keys);
                if (keys.equals(ALL)) {
                    allDropped.countDown();
                }
            });
            assertThat(dropped).as("dropped before any retry").containsExactly(OWN);

            assertThat(allDropped.await(10, TimeUnit.SECONDS))
                    .as("the full set dropped once the database answered")
                    .isTrue();
        }
        // the first try at the commit and two retries failed; the third retry read the keys and was the last
        assertThat(asked).hasValue(4);
        assertThat(dropped).containsExactly(OWN, ALL);
    }

    @Test
    void noRetryRunsOnceTheApplicationHasStopped() throws InterruptedException {
        List<Set<String>> dropped = new CopyOnWriteArrayList<>();
        AtomicInteger asked = new AtomicInteger();
        InvalidationRetry retry = new InvalidationRetry(Duration.ofMillis(50), Duration.ofMillis(50));
        retry.dropOrRetry(OWN, databaseAwayFor(1, asked), dropped::add);
        retry.close();
        Thread.sleep(200);
        assertThat(asked).hasValue(1);
        assertThat(dropped).containsExactly(OWN);
        // and a change committed while stopping is not refused with an exception
        retry.dropOrRetry(OWN, databaseAwayFor(1, new AtomicInteger()), dropped::add);
        assertThat(dropped).containsExactly(OWN, OWN);
    }

    @Test
    void waitsMustBePositiveAndTheCeilingNoShorterThanTheFirst() {
        assertThatThrownBy(() -> new InvalidationRetry(Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InvalidationRetry(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
