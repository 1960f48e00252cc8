package org.gazette.search;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
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

    IndexBuilder(IndexSource source, Clock clock) {
        this.source = source;
        this.clock = clock;
    }

    /** What a rebuild did. */
    record Report(String generation, long articles, Duration took) {

        String summary() {
            double seconds = Math.max(took.toMillis(), 1) / 1000.0;
            return String.format("indexed %,d articles into %s in %.1f s (%,.0f articles a second)", articles,
                    generation, seconds, articles / seconds);
        }
    }

    /** Something told how far a build has come. */
    interface Progress {
        void report(long done, long total, Duration elapsed);

        Progress NONE = (done, total, elapsed) -> {
        };
    }

    /**
     * Rebuilds into a new generation and makes it current. The time the build began goes into the
     * index's commit data: the serving process re-applies every article changed since then when it
     * switches over, which covers changes the build read too early.
     */
    Report rebuild(IndexGenerations generations, PrintStream out) throws IOException {
        long started = clock.millis();
        String generation = generations.claimNext(true);
        boolean done = false;
        try {
            try (FSDirectory directory = FSDirectory.open(generations.directory(generation));
                    IndexWriter writer = new IndexWriter(directory, SearchIndex.writerConfig()
                            .setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
                out.printf("building search index %s in %s%n", generation, generations.root());
                long articles = fill(writer, printing(out));
                writer.setLiveCommitData(Map.of(SearchIndex.BUILT_FROM, Long.toString(started)).entrySet());
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

    /** Adds every article in the database to the writer; returns how many. */
    long fill(IndexWriter writer, Progress progress) throws IOException {
        long started = clock.millis();
        long lastReport = started;
        long total = source.count();
        long done = 0;
        long after = 0;
        while (true) {
            List<IndexedArticle> chunk = source.chunkAfter(after, CHUNK);
            if (chunk.isEmpty()) {
                break;
            }
            for (IndexedArticle article : chunk) {
                writer.updateDocument(ArticleDocuments.key(article.id()), ArticleDocuments.of(article));
            }
            after = chunk.get(chunk.size() - 1).id();
            done += chunk.size();
            long now = clock.millis();
            if (now - lastReport >= PROGRESS_EVERY.toMillis()) {
                lastReport = now;
                progress.report(done, Math.max(total, done), Duration.ofMillis(now - started));
            }
        }
        progress.report(done, Math.max(total, done), Duration.ofMillis(clock.millis() - started));
        return done;
    }

    /** "… 12,000 of 100,000 articles, 4,100 a second, about 21 s left" */
    static Progress printing(PrintStream out) {
        return (done, total, elapsed) -> {
            double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
            double rate = done / seconds;
            long left = rate > 0 ? Math.round((total - done) / rate) : 0;
            out.printf("… %,d of %,d articles, %,.0f a second, about %s left%n", done, total, rate,
                    left >= 60 ? (left / 60) + " min " + (left % 60) + " s" : left + " s");
        };
    }
}
