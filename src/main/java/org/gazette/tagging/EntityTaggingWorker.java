package org.gazette.tagging;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.gazette.article.ArticleChanged;
import org.gazette.nodes.Leases;
import org.gazette.work.WakeableLoop;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works through the tagging queue in the serving process, on one thread of its own, on the node that holds the
 * {@value #LEASE} lease (so two nodes never tag the same story at once, nor keep two catalogues that disagree).
 * It wakes when a story change commits in this process, and at least every {@code gazette.tagging.poll-interval}
 * (2 s) for rows other processes wrote (an {@code import} on the command line, another node). It takes due rows
 * in batches, changes made one at a time before a bulk backlog ({@link TaggingQueue.Priority}); a change made
 * one at a time in this process cuts the batch short, so it waits for one story at most, not for a batch of
 * backlog. A story that fails is logged with its id, counted, and tried again later with a growing wait
 * ({@link TaggingQueue#retryAfter}); it stays published all along, since publishing never waited for it.
 * <p>
 * Metrics: {@code gazette.tagging.queue} (stories waiting), {@code gazette.tagging.tagged} and
 * {@code gazette.tagging.failures} (since the process started).
 */
@Component
class EntityTaggingWorker implements SmartLifecycle, MeterBinder {

    static final String LEASE = "entity-tagger";
    private static final int BATCH = 50;
    private static final Logger log = LoggerFactory.getLogger(EntityTaggingWorker.class);

    private final TaggingQueue queue;
    private final StoryTagger tagger;
    private final Leases leases;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final boolean serving;
    private final AtomicLong tagged = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();

    /** Set when a change made one at a time commits: the batch at hand stops, so the next one takes it. */
    private final AtomicBoolean interactiveWaiting = new AtomicBoolean();

    private final WakeableLoop loop;
    private volatile boolean holding;

    EntityTaggingWorker(
            TaggingQueue queue,
            StoryTagger tagger,
            Leases leases,
            TransactionTemplate transactions,
            Clock clock,
            @Value("${gazette.background-jobs:true}") boolean serving,
            @Value("${gazette.tagging.poll-interval:PT2S}") Duration pollInterval) {
        this.queue = queue;
        this.tagger = tagger;
        this.leases = leases;
        this.transactions = transactions;
        this.clock = clock;
        this.serving = serving;
        this.loop = new WakeableLoop("entity-tagger", pollInterval, this::round);
    }

    /** After a story change commits in this process, tag it now rather than at the next poll. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void changed(ArticleChanged change) {
        if (!change.fromAnotherNode()) {
            if (!change.bulk()) {
                interactiveWaiting.set(true);
            }
            nudge();
        }
    }

    /** An editor's action re-queues stories; tag them now. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void changed(TaggingRequested request) {
        interactiveWaiting.set(true);
        nudge();
    }

    void nudge() {
        loop.nudge();
    }

    /** Tags due stories while this node holds the lease and there are any. */
    private Duration round() {
        try {
            boolean holds = leases.holds(LEASE);
            if (holds && !holding) {
                tagger.forgetCatalogue(); // another node may have tagged while this one did not hold the lease
            }
            holding = holds;
            while (loop.running() && holding && tagBatch()) {
                holding = leases.holds(LEASE);
            }
        } catch (RuntimeException e) {
            log.warn("Entity tagging stopped for a while: {}", e.toString());
        }
        return null;
    }

    /**
     * Tags one batch of due stories; returns whether there may be more. A change made one at a time that
     * commits meanwhile ends the batch early: the rest stays queued, and the next batch starts with it.
     */
    private boolean tagBatch() {
        long takenAt = clock.millis();
        interactiveWaiting.set(false);
        List<TaggingQueue.Due> due = queue.due(BATCH);
        for (TaggingQueue.Due story : due) {
            if (!loop.running()) {
                return false;
            }
            try {
                tagger.tag(story.articleId(), takenAt);
                tagged.incrementAndGet();
            } catch (RuntimeException e) {
                failures.incrementAndGet();
                log.warn(
                        "Tagging story {} failed (attempt {}); it stays published and is tried again later: {}",
                        story.articleId(),
                        story.attempts() + 1,
                        e.toString());
                transactions.executeWithoutResult(
                        status -> queue.failed(story.articleId(), story.attempts(), e.toString()));
            }
            if (interactiveWaiting.get()) {
                return true; // after one story at least, so that a busy newsroom cannot stall the worker
            }
        }
        if (due.size() < BATCH) {
            tagger.saveEvidence(true); // caught up: a quiet moment to save what the linker learnt
        }
        return due.size() == BATCH;
    }

    /** Waits until no story is due (for tests and callers that must read what tagging wrote). */
    boolean awaitDrained(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            nudge();
            if (queue.dueNow() == 0) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("gazette.tagging.queue", queue, TaggingQueue::length)
                .description("Stories waiting to be tagged with their entities")
                .register(registry);
        FunctionCounter.builder("gazette.tagging.tagged", tagged, AtomicLong::get)
                .description("Stories tagged with their entities since the process started")
                .register(registry);
        FunctionCounter.builder("gazette.tagging.failures", failures, AtomicLong::get)
                .description("Stories whose tagging failed (and is tried again later)")
                .register(registry);
    }

    @Override
    public void start() {
        loop.start();
    }

    /** Stops after the story in hand, and saves what the linker learnt when this node was tagging. */
    @Override
    public void stop() {
        loop.stop();
        if (holding) {
            try {
                tagger.saveEvidence(true);
            } catch (RuntimeException e) {
                log.warn("Saving what the entity linker learnt failed on stopping: {}", e.toString());
            }
        }
    }

    @Override
    public boolean isRunning() {
        return loop.running();
    }

    @Override
    public boolean isAutoStartup() {
        return serving;
    }
}
