package org.gazette.tagging;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.gazette.nodes.Leases;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tag-entities}: tags every story again (after an upgrade, a new model, or for a database imported before
 * tagging existed), and measures how fast. Every story is queued first, in one transaction, so a run stopped
 * half-way leaves the rest for the site's worker. With {@code --queue-only} the command stops there and the
 * running site tags them; otherwise it tags them itself, holding the tagging lease meanwhile (a site that holds
 * it is told to use {@code --queue-only}, so that two processes never keep two catalogues of entities).
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(
        name = "tag-entities",
        description = "Tag every story with its people, organisations and places again, and print the rate.")
class TagEntitiesCommand implements Callable<Integer> {

    private static final int BATCH = 500;
    /** Threads that read stories and find their names: one a core; linking and storing take a thread more. */
    private static final int READERS = Math.max(1, Runtime.getRuntime().availableProcessors());

    /** CPU time the reader threads spent reading stories and finding their names. */
    private final AtomicLong readingCpu = new AtomicLong();

    @Option(names = "--queue-only", description = "Only queue every story; a running site's tagging worker tags them.")
    boolean queueOnly;

    private final TaggingQueue queue;
    private final StoryTagger tagger;
    private final Leases leases;
    private final TransactionTemplate transactions;
    private final Clock clock;

    TagEntitiesCommand(
            TaggingQueue queue, StoryTagger tagger, Leases leases, TransactionTemplate transactions, Clock clock) {
        this.queue = queue;
        this.tagger = tagger;
        this.leases = leases;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        int queued = transactions.execute(status -> queue.queueAll());
        System.out.println(String.format(Locale.ROOT, "queued %,d stories", queued));
        if (queueOnly) {
            return 0;
        }
        if (!leases.holds(EntityTaggingWorker.LEASE)) {
            System.err.println("gazette: a running site holds the " + EntityTaggingWorker.LEASE
                    + " lease and tags the queued stories itself (next time, use --queue-only)");
            return 1;
        }
        ExecutorService readers = Executors.newFixedThreadPool(READERS, runnable -> {
            Thread thread = new Thread(runnable, "tag-entities-reader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            return tagAll(readers);
        } finally {
            readers.shutdownNow();
        }
    }

    private int tagAll(ExecutorService readers) {
        long started = System.nanoTime();
        long cpuBefore = threadCpuNanos();
        readingCpu.set(0);
        long tagged = 0;
        long failed = 0;
        long mentions = 0;
        while (true) {
            long takenAt = clock.millis();
            List<TaggingQueue.Due> due = queue.due(BATCH);
            if (due.isEmpty()) {
                break;
            }
            if (!leases.holds(EntityTaggingWorker.LEASE)) {
                System.err.println("gazette: lost the " + EntityTaggingWorker.LEASE + " lease; the rest stays queued");
                return 1;
            }
            // the stories are read and their names found on every core, ahead of the one thread that links and
            // stores them in queue order
            List<Future<StoryTagger.Reading>> readings = due.stream()
                    .map(story -> readers.submit(() -> {
                        long before = threadCpuNanos();
                        try {
                            return tagger.read(story.articleId());
                        } finally {
                            readingCpu.addAndGet(threadCpuNanos() - before);
                        }
                    }))
                    .toList();
            for (int i = 0; i < due.size(); i++) {
                TaggingQueue.Due story = due.get(i);
                try {
                    mentions += tagger.tag(reading(readings.get(i)), takenAt).mentions();
                    tagged++;
                } catch (RuntimeException e) {
                    failed++;
                    System.err.println("story " + story.articleId() + " failed, stays queued: " + e);
                    transactions.executeWithoutResult(
                            status -> queue.failed(story.articleId(), story.attempts(), e.toString()));
                }
            }
            if (tagged % 10_000 < due.size()) {
                double seconds = (System.nanoTime() - started) / 1e9;
                System.out.println(
                        String.format(Locale.ROOT, "%,d stories, %.1f per second so far", tagged, tagged / seconds));
            }
        }
        tagger.saveEvidence(true);
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpu = (threadCpuNanos() - cpuBefore + readingCpu.get()) / 1e9;
        System.out.println(String.format(
                Locale.ROOT,
                "tagged %,d stories (%,d mentions) in %.1f s: %.1f stories per second, %.1f CPU seconds (reading and linking threads); %,d failed",
                tagged,
                mentions,
                seconds,
                seconds == 0 ? 0 : tagged / seconds,
                cpu,
                failed));
        return failed == 0 ? 0 : 1;
    }

    /** What a reader thread produced, or the exception it failed with, as tagging in this thread would throw. */
    private static StoryTagger.Reading reading(Future<StoryTagger.Reading> reading) {
        try {
            return reading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading a story", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        }
    }

    /** CPU time of the calling thread, or 0 where the JVM does not measure it. */
    private static long threadCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
    }
}
