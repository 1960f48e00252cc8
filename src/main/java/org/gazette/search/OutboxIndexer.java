package org.gazette.search;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.gazette.article.ArticleChanged;
import org.gazette.taxonomy.TermChanged;
import org.gazette.work.WakeableLoop;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Applies the search outbox to the live index, in the serving process only, on one thread of its own.
 * It wakes when a change commits in this process or another node announces one, and at least every
 * {@code gazette.search.poll-interval} (1 s) for changes other processes commit (an {@code import} on the
 * command line). Each round reads the next rows after this node's position, re-reads those articles as
 * they are now, updates or removes them in the index, and commits the index with the position reached.
 * A crash at any point leaves the position where the last commit put it, and the next start applies
 * the rows after it again, which is harmless.
 * <p>
 * Every node applies every row to its own index; rows stay in the table and are pruned by age
 * ({@code gazette.search.outbox-retention}, 7 days), by any node, once an hour. A transaction may take
 * its row's id before another's and commit after it: an id this node passed while it was missing is a
 * <em>gap</em>, asked for again in each round until its row appears or {@code gazette.search.gap-wait}
 * (10 min, far longer than any transaction here) has passed. The position committed with the index is
 * the one before the oldest open gap.
 * <p>
 * A node whose position is behind what pruning deleted (an index restored from an old copy, a node
 * stopped for longer than the retention) has missed changes: it rebuilds its index from the articles in
 * the background and serves the old one meanwhile. Health shows it catching up ({@link SearchHealth}).
 */
@Component
class OutboxIndexer implements SmartLifecycle {

    static final int BATCH = 1000;
    /** Open gaps kept at most; beyond this, ids skipped in one jump are not waited for. */
    private static final int MAX_GAPS = 10_000;

    private static final Duration PRUNE_EVERY = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(OutboxIndexer.class);

    private final SearchIndex index;
    private final SearchOutbox outbox;
    private final IndexSource source;
    private final boolean serving;
    private final Duration retention;
    private final Duration gapWait;
    private final Clock clock;
    /** Outbox rows applied to this node's index since it started (for the metrics). */
    private final AtomicLong applied = new AtomicLong();

    private final WakeableLoop loop;
    private volatile boolean idle;
    /** The indexer thread's own: the wait after a failed round, doubling up to 30 s; 0 after a good one. */
    private long backoff;

    // the indexer thread's own: where this node has come to in the outbox
    private String positionOf;
    private long position;
    private final TreeMap<Long, Long> gaps = new TreeMap<>();
    private long prunedAt;
    /** What other threads (health, tests) see of the position: after each round. */
    private volatile Reached reached = new Reached(Long.MIN_VALUE, List.of());

    /** The position reached and the open gaps below it. */
    record Reached(long position, List<Long> gaps) {}

    OutboxIndexer(
            SearchIndex index,
            SearchOutbox outbox,
            IndexSource source,
            @Value("${gazette.background-jobs:true}") boolean serving,
            @Value("${gazette.search.poll-interval:PT1S}") Duration pollInterval,
            @Value("${gazette.search.outbox-retention:P7D}") Duration retention,
            @Value("${gazette.search.gap-wait:PT10M}") Duration gapWait,
            Clock clock) {
        if (retention.compareTo(Duration.ofHours(1)) < 0 || gapWait.compareTo(retention) >= 0) {
            throw new IllegalArgumentException("gazette.search.outbox-retention must be at least an hour and longer "
                    + "than gazette.search.gap-wait, got " + retention + " and " + gapWait);
        }
        this.retention = retention;
        this.gapWait = gapWait;
        this.clock = clock;
        this.index = index;
        this.outbox = outbox;
        this.source = source;
        this.serving = serving;
        this.loop = new WakeableLoop("search-indexer", pollInterval, this::round);
    }

    /** After a change commits in this process, apply it now rather than at the next poll. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void changed(ArticleChanged change) {
        nudge();
    }

    /** After a term change that queued articles commits, apply it now. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void changed(TermChanged change) {
        if (!change.articleIds().isEmpty()) {
            nudge();
        }
    }

    /** After stories were tagged again (their entity facets changed), apply it now. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void changed(org.gazette.entity.EntitiesChanged change) {
        if (!change.articleIds().isEmpty()) {
            nudge();
        }
    }

    void nudge() {
        loop.nudge();
    }

    /** Builds or follows the index when it must, then applies the outbox while there is a backlog. */
    private Duration round() {
        try {
            if (index.needsBuild()) {
                index.build();
                positionOf = null;
            }
            if (index.followCurrent()) {
                positionOf = null;
            }
            startFromIndex();
            pruneNowAndThen();
            while (loop.running() && applyBatch()) {
                // keep going while there is a backlog
            }
            backoff = 0;
            return null;
        } catch (RuntimeException | java.io.IOException e) {
            backoff = Math.min(30_000, Math.max(1_000, backoff * 2));
            log.warn("Search indexing failed; retrying in {} ms: {}", backoff, e.toString());
            return Duration.ofMillis(backoff);
        }
    }

    /** Takes the position the live generation recorded, once per generation; notices missed changes. */
    private void startFromIndex() {
        String generation = index.generation();
        if (generation == null || generation.equals(positionOf)) {
            return;
        }
        long recorded = index.outboxPosition();
        position = recorded != Long.MIN_VALUE ? recorded : outbox.positionFrom(index.coversUntil());
        gaps.clear();
        positionOf = generation;
        publish();
        if (recorded != Long.MIN_VALUE && recorded < outbox.prunedThrough()) {
            index.rebuildMissedChanges();
        }
    }

    private void pruneNowAndThen() {
        long now = clock.millis();
        if (now - prunedAt >= PRUNE_EVERY.toMillis()) {
            prunedAt = now;
            outbox.prune(now - retention.toMillis());
        }
    }

    /** Applies one batch; returns whether there may be more. */
    private boolean applyBatch() throws java.io.IOException {
        long now = clock.millis();
        gaps.values().removeIf(seen -> now - seen > gapWait.toMillis());
        List<SearchOutbox.Entry> entries = outbox.after(position, gaps.keySet(), BATCH);
        if (entries.isEmpty()) {
            publish();
            idle = true;
            return false;
        }
        idle = false;
        Set<Long> ids = new LinkedHashSet<>();
        entries.forEach(entry -> ids.add(entry.articleId()));
        index.apply(ids, source.byIds(ids));
        for (SearchOutbox.Entry entry : entries) {
            if (entry.id() <= position) {
                gaps.remove(entry.id());
                continue;
            }
            for (long skipped = position + 1; skipped < entry.id() && gaps.size() < MAX_GAPS; skipped++) {
                gaps.put(skipped, now);
            }
            position = entry.id();
        }
        index.commit(gaps.isEmpty() ? position : gaps.firstKey() - 1);
        applied.addAndGet(entries.size());
        publish();
        return entries.size() == BATCH;
    }

    private void publish() {
        reached = new Reached(position, List.copyOf(gaps.keySet()));
    }

    /** Where this node has come to in the outbox. */
    Reached reached() {
        return reached;
    }

    /** The rows this node has yet to apply. */
    /** Outbox rows applied to this node's index since the process started. */
    long applied() {
        return applied.get();
    }

    SearchOutbox.Backlog backlog() {
        Reached now = reached;
        return outbox.backlog(now.position(), now.gaps());
    }

    /**
     * Waits until every change committed so far is searchable: the outbox is empty and nothing is being
     * applied. For tests and for callers that must read their own writes.
     */
    boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            idle = false;
            nudge();
            while (!idle && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            if (idle && backlog().rows() == 0 && !index.needsBuild()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void start() {
        loop.start();
    }

    @Override
    public void stop() {
        loop.stop();
    }

    @Override
    public boolean isRunning() {
        return loop.running();
    }

    @Override
    public boolean isAutoStartup() {
        return serving;
    }

    @Override
    public int getPhase() {
        // after the index opens, before it closes
        return 1;
    }
}
