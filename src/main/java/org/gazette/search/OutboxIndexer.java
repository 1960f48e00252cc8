package org.gazette.search;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.gazette.article.ArticleChanged;
import org.gazette.taxonomy.TermChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Applies the search outbox to the live index, in the serving process only, on one thread of its own.
 * It wakes when a change commits in this process, and at least every {@code gazette.search.poll-interval}
 * (1 s) for changes other processes commit (an {@code import} on the command line). Each round reads
 * the oldest pending rows, re-reads those articles as they are now, updates or removes them in the
 * index, commits the index, and only then deletes the rows: a crash at any point leaves the rows
 * there, and the next start applies them again, which is harmless.
 */
@Component
class OutboxIndexer implements SmartLifecycle {

    static final int BATCH = 1000;
    private static final Logger log = LoggerFactory.getLogger(OutboxIndexer.class);

    private final SearchIndex index;
    private final SearchOutbox outbox;
    private final IndexSource source;
    private final boolean serving;
    private final Duration pollInterval;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private boolean nudged;
    private volatile boolean running;
    private volatile boolean idle;
    private long cleanedUpTo = Long.MIN_VALUE;
    private Thread thread;

    OutboxIndexer(
            SearchIndex index,
            SearchOutbox outbox,
            IndexSource source,
            @Value("${gazette.background-jobs:true}") boolean serving,
            @Value("${gazette.search.poll-interval:PT1S}") Duration pollInterval) {
        this.index = index;
        this.outbox = outbox;
        this.source = source;
        this.serving = serving;
        this.pollInterval = pollInterval;
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

    void nudge() {
        lock.lock();
        try {
            nudged = true;
            wake.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void run() {
        long backoff = 0;
        while (running) {
            try {
                if (index.needsBuild()) {
                    index.build();
                }
                index.followCurrent();
                while (running && applyBatch()) {
                    // keep going while there is a backlog
                }
                backoff = 0;
            } catch (RuntimeException | java.io.IOException e) {
                backoff = Math.min(30_000, Math.max(1_000, backoff * 2));
                log.warn("Search indexing failed; retrying in {} ms: {}", backoff, e.toString());
            }
            waitForWork(backoff);
        }
    }

    /** Applies one batch; returns whether there may be more. */
    private boolean applyBatch() throws java.io.IOException {
        long covered = index.coversUntil();
        if (covered != cleanedUpTo) {
            // a rebuilt index already holds these changes; applying them again would only cost time
            outbox.removeWrittenBefore(covered);
            cleanedUpTo = covered;
        }
        List<SearchOutbox.Entry> entries = outbox.next(BATCH);
        if (entries.isEmpty()) {
            idle = true;
            return false;
        }
        idle = false;
        Set<Long> ids = new LinkedHashSet<>();
        entries.forEach(entry -> ids.add(entry.articleId()));
        index.apply(ids, source.byIds(ids));
        index.commit();
        outbox.remove(entries);
        return entries.size() == BATCH;
    }

    private void waitForWork(long backoffMillis) {
        lock.lock();
        try {
            long wait = backoffMillis > 0 ? backoffMillis : pollInterval.toMillis();
            if (!nudged && running) {
                wake.await(wait, TimeUnit.MILLISECONDS);
            }
            nudged = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
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
            if (idle && outbox.pending() == 0 && !index.needsBuild()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::run, "search-indexer");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        nudge();
        if (thread != null) {
            try {
                thread.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
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
