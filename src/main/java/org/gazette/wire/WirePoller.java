package org.gazette.wire;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.gazette.nodes.Leases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Polls the wire desk's sources. {@link #pollDue()} is the one scheduling entry point (it runs only in
 * the serving process: commands switch scheduling off), and of several nodes only the holder of the
 * scheduler lease polls ({@link Leases}). Each poll runs on a small bounded pool: a slow or dead source holds one thread up to its
 * timeouts and never delays the others, and a source is never polled twice at once. A fetch is retried
 * with backoff when that may help; a source that keeps failing gets its circuit opened (Resilience4j)
 * and is left alone for a while.
 */
@Component
public class WirePoller implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(WirePoller.class);

    private final WireSources sources;
    private final WireDesk desk;
    private final FeedFetcher fetcher;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Leases leases;
    private final CircuitBreakerRegistry breakers;
    private final RetryConfig retryConfig;
    private final ThreadPoolExecutor pool;
    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();

    WirePoller(
            WireSources sources,
            WireDesk desk,
            WireProperties properties,
            Clock clock,
            MeterRegistry meters,
            Leases leases) {
        this.sources = sources;
        this.leases = leases;
        this.desk = desk;
        this.clock = clock;
        this.meters = meters;
        this.fetcher = new FeedFetcher(
                new AddressGuard(properties.allowPrivateHosts()),
                properties.connectTimeout(),
                properties.readTimeout(),
                properties.maxBytes(),
                properties.maxRedirects());
        this.breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(3)
                .minimumNumberOfCalls(3)
                .failureRateThreshold(100)
                .waitDurationInOpenState(properties.breakerOpen())
                .permittedNumberOfCallsInHalfOpenState(1)
                .build());
        this.retryConfig = RetryConfig.custom()
                .maxAttempts(properties.attempts())
                .intervalFunction(IntervalFunction.ofExponentialBackoff(properties.backoff(), 2.0))
                .retryOnException(e -> e instanceof FetchException fetch && fetch.retryable())
                .build();
        AtomicInteger threads = new AtomicInteger();
        ThreadFactory factory = task -> {
            Thread thread = new Thread(task, "wire-poll-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        this.pool = new ThreadPoolExecutor(
                properties.threads(),
                properties.threads(),
                60,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(1_000),
                factory,
                new ThreadPoolExecutor.AbortPolicy());
        this.pool.allowCoreThreadTimeOut(true);
    }

    /** Starts a poll of every enabled source whose interval has passed. The only scheduled entry point. */
    @Scheduled(initialDelayString = "${gazette.wire.first-tick:PT2S}", fixedDelayString = "${gazette.wire.tick:PT5S}")
    public void pollDue() {
        if (!leases.holds(Leases.SCHEDULER)) {
            return;
        }
        try {
            for (long id : sources.due(clock.instant())) {
                submit(id);
            }
        } catch (RuntimeException e) {
            log.warn("Looking for wire sources to poll failed: {}", e.getMessage());
        }
    }

    /**
     * Polls a source as soon as a thread is free (a new or resumed source, or an editor's "poll now"),
     * giving it a fresh circuit. Returns false when it is already being polled or the queue is full.
     */
    public boolean pollSoon(long sourceId) {
        breakers.circuitBreaker(name(sourceId)).reset();
        return submit(sourceId);
    }

    private boolean submit(long sourceId) {
        if (!inFlight.add(sourceId)) {
            return false;
        }
        try {
            pool.execute(() -> {
                try {
                    poll(sourceId);
                } catch (RuntimeException e) {
                    log.warn("Polling wire source {} failed: {}", sourceId, e.toString());
                } finally {
                    inFlight.remove(sourceId);
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            inFlight.remove(sourceId);
            return false;
        }
    }

    /** Polls one source now, on the calling thread, and records the outcome in its status. */
    void poll(long sourceId) {
        WireSource source = sources.find(sourceId).orElse(null);
        if (source == null || !source.enabled()) {
            return;
        }
        CircuitBreaker breaker = breakers.circuitBreaker(name(sourceId));
        if (!breaker.tryAcquirePermission()) {
            sources.recordFailure(
                    sourceId,
                    clock.instant(),
                    WireSources.CIRCUIT_OPEN,
                    "not polled: the last polls failed, so the source rests until "
                            + clock.instant().plus(breakerWait(breaker)) + " at the latest");
            count("skipped");
            return;
        }
        long started = System.nanoTime();
        try {
            Retry retry = Retry.of(name(sourceId), retryConfig);
            FetchResult result = Retry.decorateSupplier(
                            retry, () -> fetcher.fetch(source.feedUrl(), source.etag(), source.lastModified()))
                    .get();
            if (result.notModified()) {
                breaker.onSuccess(System.nanoTime() - started, TimeUnit.NANOSECONDS);
                sources.recordSuccess(
                        sourceId,
                        clock.instant(),
                        WireSources.NOT_MODIFIED,
                        0,
                        0,
                        result.etag(),
                        result.lastModified());
                count("not_modified");
                return;
            }
            FeedDocument document = WireFeedReader.read(result.body());
            WireDesk.Receipt receipt = desk.receive(source, document);
            breaker.onSuccess(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            sources.recordSuccess(
                    sourceId,
                    clock.instant(),
                    WireSources.OK,
                    receipt.imported(),
                    receipt.refused().size(),
                    result.etag(),
                    result.lastModified());
            count("ok");
            meters.counter("gazette.wire.items", "outcome", "imported").increment(receipt.imported());
            meters.counter("gazette.wire.items", "outcome", "refused")
                    .increment(receipt.refused().size());
            meters.counter("gazette.wire.items", "outcome", "unchanged").increment(receipt.ignored());
        } catch (FetchException | UnreadableFeedException e) {
            breaker.onError(System.nanoTime() - started, TimeUnit.NANOSECONDS, e);
            String reason = e instanceof UnreadableFeedException ? "the document " + e.getMessage() : e.getMessage();
            sources.recordFailure(sourceId, clock.instant(), WireSources.FAILED, reason);
            count("failed");
        } catch (RuntimeException e) {
            breaker.onError(System.nanoTime() - started, TimeUnit.NANOSECONDS, e);
            sources.recordFailure(sourceId, clock.instant(), WireSources.FAILED, "failed: " + e);
            count("failed");
            throw e;
        }
    }

    /** Whether the source's circuit is open (it failed repeatedly and is resting). */
    public boolean circuitOpen(long sourceId) {
        return breakers.find(name(sourceId))
                .map(b -> b.getState() == CircuitBreaker.State.OPEN)
                .orElse(false);
    }

    private static java.time.Duration breakerWait(CircuitBreaker breaker) {
        return breaker.getCircuitBreakerConfig().getWaitIntervalFunctionInOpenState() == null
                ? java.time.Duration.ZERO
                : java.time.Duration.ofMillis(breaker.getCircuitBreakerConfig()
                        .getWaitIntervalFunctionInOpenState()
                        .apply(1));
    }

    private void count(String outcome) {
        meters.counter("gazette.wire.fetches", "outcome", outcome).increment();
    }

    private static String name(long sourceId) {
        return "wire-source-" + sourceId;
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
