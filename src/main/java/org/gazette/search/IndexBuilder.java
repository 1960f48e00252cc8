package org.gazette.search;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Builds an index from the database: the whole of it, in id order and in chunks. {@link #rebuild} is
 * what {@code reindex} runs: it builds a new generation beside the one the site serves and, once that
 * is complete and closed, makes it current; the serving process then switches to it (see
 * {@link SearchIndex}). The site keeps answering from the old generation meanwhile.
 */
@Component
class IndexBuilder {

    static final int CHUNK = 500;
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(2);

    private final IndexSource source;
    private final Clock clock;
    private final Duration margin;

    /**
     * {@code margin}: how long before its start a rebuild still distrusts what it read, for transactions
     * that began earlier and committed while it read (see {@link SearchIndex#COVERS_UNTIL}).
     */
    IndexBuilder(IndexSource source, Clock clock, @Value("${gazette.search.rebuild-margin:PT10M}") Duration margin) {
        this.source = source;
        this.clock = clock;
        this.margin = margin;
    }

    /** What a rebuild did. */
    record Report(String generation, long articles, Duration took) {

        String summary() {
            double seconds = Math.max(took.toMillis(), 1) / 1000.0;
            return String.format(
                    Locale.ROOT,
                    "indexed %,d articles into %s in %.1f s (%,.0f articles a second)",
                    articles,
                    generation,
                    seconds,
                    articles / seconds);
        }
    }

    /** Something told how far a build has come. */
    interface Progress {
        void report(long done, long total, Duration elapsed);

        Progress NONE = (done, total, elapsed) -> {};
    }

    /**
     * Rebuilds into a new generation and makes it current. The time the build began, less the margin,
     * goes into the index's commit data: the serving process re-applies every article changed since
     * then when it switches over, which covers changes the build read too early, and drops outbox rows
     * written before it, which the build covers.
     */
    Report rebuild(IndexGenerations generations, PrintStream out) throws IOException {
        long coverage = coverageFrom();
        long started = clock.millis();
        String generation = generations.claimNext(true);
        boolean done = false;
        try {
            try (FSDirectory directory = FSDirectory.open(generations.directory(generation));
                    IndexWriter writer = new IndexWriter(
                            directory, SearchIndex.writerConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
                out.printf(Locale.ROOT, "building search index %s in %s%n", generation, generations.root());
                long articles = fill(writer, printing(out));
                // A bulk build ends as about ten segments the merge policy leaves alone, and every query then
                // looks each term up ten times: one segment answers the 225 queries of bench/search.sh
                // with about a fifth less CPU, and merging 100,000 articles takes seconds. The generation is
                // not live yet, so the merge costs readers nothing; later changes add small segments.
                writer.forceMerge(1);
                writer.setLiveCommitData(Map.of(
                                SearchIndex.COVERS_UNTIL,
                                Long.toString(coverage),
                                SearchIndex.ANALYSIS,
                                SearchAnalyzers.VERSION)
                        .entrySet());
                writer.commit();
                generations.makeCurrent(generation);
                done = true;
                return new Report(generation, articles, Duration.ofMillis(clock.millis() - started));
            }
        } finally {
            generations.unmark(generation);
            if (!done) {
                generations.delete(generation);
            }
        }
    }

    /** For a build starting now: the instant before which it is trusted to hold every change. */
    long coverageFrom() {
        return clock.millis() - margin.toMillis();
    }

    /**
     * Adds every article in the database to an empty index; returns how many. The next chunk is read
     * from the database while the last one is analysed, on as many threads as there are cores, since
     * analysis is the expensive part and an IndexWriter takes documents from several threads at once.
     */
    long fill(IndexWriter writer, Progress progress) throws IOException {
        long started = clock.millis();
        long lastReport = started;
        long total = source.count();
        long done = 0;
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService analysis = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "search-index-build");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> inFlight = new ArrayList<>();
            List<IndexedArticle> chunk = source.chunkAfter(0, CHUNK);
            while (!chunk.isEmpty()) {
                int share = (chunk.size() + threads - 1) / threads;
                for (int from = 0; from < chunk.size(); from += share) {
                    List<IndexedArticle> part = chunk.subList(from, Math.min(chunk.size(), from + share));
                    inFlight.add(analysis.submit(() -> {
                        for (IndexedArticle article : part) {
                            writer.addDocument(ArticleDocuments.of(article));
                        }
                        return null;
                    }));
                }
                List<IndexedArticle> next =
                        source.chunkAfter(chunk.get(chunk.size() - 1).id(), CHUNK);
                finish(inFlight);
                done += chunk.size();
                chunk = next;
                long now = clock.millis();
                if (now - lastReport >= PROGRESS_EVERY.toMillis()) {
                    lastReport = now;
                    progress.report(done, Math.max(total, done), Duration.ofMillis(now - started));
                }
            }
        } finally {
            analysis.shutdownNow();
        }
        progress.report(done, Math.max(total, done), Duration.ofMillis(clock.millis() - started));
        return done;
    }

    private static void finish(List<Future<?>> inFlight) throws IOException {
        try {
            for (Future<?> task : inFlight) {
                task.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while indexing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("indexing failed: " + e.getCause(), e.getCause());
        } finally {
            inFlight.clear();
        }
    }

    /** "… 12,000 of 100,000 articles, 4,100 a second, about 21 s left" */
    static Progress printing(PrintStream out) {
        return (done, total, elapsed) -> {
            double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
            double rate = done / seconds;
            long left = rate > 0 ? Math.round((total - done) / rate) : 0;
            out.printf(
                    Locale.ROOT,
                    "… %,d of %,d articles, %,.0f a second, about %s left%n",
                    done,
                    total,
                    rate,
                    left >= 60 ? (left / 60) + " min " + (left % 60) + " s" : left + " s");
        };
    }
}
