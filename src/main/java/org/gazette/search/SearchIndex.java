package org.gazette.search;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.gazette.system.GazetteProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The live search index of the serving process: one long-lived {@code IndexWriter} on the current
 * generation (see {@link IndexGenerations}) and a {@code SearcherManager} refreshed near real time after
 * every applied batch. It opens only where background jobs run, the serving process; a command-line
 * run never opens it, so two processes never hold a writer on one directory.
 *
 * <p>Changes arrive through {@link OutboxIndexer}, on its one thread; searches run on request threads
 * against whichever generation is live when they start.
 */
@Component
class SearchIndex implements SmartLifecycle {

    /**
     * Commit data of a rebuilt generation: an instant (epoch ms) before which every change is in it.
     * The rebuild began reading the database a margin later, to allow for transactions that began
     * before it and committed while it read.
     */
    static final String COVERS_UNTIL = "covers_until";

    /**
     * Commit data of every generation: the version of the analysis that built it
     * ({@link SearchAnalyzers#VERSION}). A generation without it predates the versions.
     */
    static final String ANALYSIS = "analysis";

    /**
     * Commit data: the search outbox id up to which this node has applied every row (see
     * {@link OutboxIndexer}). Each node keeps its own, in its own index, so every node applies every row.
     */
    static final String OUTBOX_POSITION = "outbox_position";

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    private final IndexGenerations generations;
    private final IndexSource source;
    private final IndexBuilder builder;
    private final boolean serving;
    private volatile Generation live;
    private volatile boolean needsBuild;
    private volatile Thread upgrade;

    @Autowired
    SearchIndex(
            GazetteProperties properties,
            IndexSource source,
            IndexBuilder builder,
            @Value("${gazette.background-jobs:true}") boolean serving) {
        this(new IndexGenerations(properties.dataDir().resolve("search")), source, builder, serving);
    }

    SearchIndex(IndexGenerations generations, IndexSource source, IndexBuilder builder, boolean serving) {
        this.generations = generations;
        this.source = source;
        this.builder = builder;
        this.serving = serving;
    }

    static IndexWriterConfig writerConfig() {
        IndexWriterConfig config = new IndexWriterConfig(SearchAnalyzers.perField());
        config.setRAMBufferSizeMB(64);
        return config;
    }

    /**
     * A generation opened for writing and searching; {@code analysis} is the analysis version it was
     * built with, null if it predates the versions.
     */
    private record Generation(
            String name,
            FSDirectory directory,
            IndexWriter writer,
            SearcherManager searchers,
            long coversUntil,
            String analysis,
            long outboxPosition) {

        Generation withCoverage(long until) {
            return new Generation(name, directory, writer, searchers, until, analysis, Long.MIN_VALUE);
        }

        /** Commits the writer with this generation's commit data and the outbox position reached. */
        void commit(long position) throws IOException {
            Map<String, String> data = new HashMap<>();
            if (analysis != null) {
                data.put(ANALYSIS, analysis);
            }
            if (coversUntil != Long.MIN_VALUE) {
                data.put(COVERS_UNTIL, Long.toString(coversUntil));
            }
            if (position != Long.MIN_VALUE) {
                data.put(OUTBOX_POSITION, Long.toString(position));
            }
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
        }

        static Generation open(String name, Path path, IndexWriterConfig.OpenMode mode) throws IOException {
            FSDirectory directory = FSDirectory.open(path);
            try {
                long coversUntil = Long.MIN_VALUE;
                long position = Long.MIN_VALUE;
                String analysis = SearchAnalyzers.VERSION;
                if (mode == IndexWriterConfig.OpenMode.APPEND) {
                    Map<String, String> data =
                            SegmentInfos.readLatestCommit(directory).getUserData();
                    String value = data.get(COVERS_UNTIL);
                    coversUntil = value == null ? Long.MIN_VALUE : Long.parseLong(value);
                    String reached = data.get(OUTBOX_POSITION);
                    position = reached == null ? Long.MIN_VALUE : Long.parseLong(reached);
                    analysis = data.get(ANALYSIS);
                }
                IndexWriter writer = new IndexWriter(directory, writerConfig().setOpenMode(mode));
                if (mode == IndexWriterConfig.OpenMode.CREATE) {
                    writer.setLiveCommitData(
                            Map.of(ANALYSIS, SearchAnalyzers.VERSION).entrySet());
                }
                return new Generation(
                        name,
                        directory,
                        writer,
                        new SearcherManager(writer, FacetOrdinals.searchers()),
                        coversUntil,
                        analysis,
                        position);
            } catch (IOException | RuntimeException e) {
                directory.close();
                throw e;
            }
        }

        void close() throws IOException {
            try {
                searchers.close();
                writer.close();
            } finally {
                directory.close();
            }
        }
    }

    /** Something to do with a searcher over the live generation. */
    interface SearcherWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    /** Runs a search against the live generation, holding its searcher only for the duration. */
    <T> T search(SearcherWork<T> work) {
        for (int attempt = 0; ; attempt++) {
            Generation generation = live;
            if (generation == null) {
                throw new IllegalStateException("the search index is open only in the serving process");
            }
            IndexSearcher searcher;
            try {
                searcher = generation.searchers().acquire();
            } catch (AlreadyClosedException e) {
                if (attempt < 3) {
                    continue; // switched to a new generation just now
                }
                throw e;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try {
                return work.run(searcher);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                try {
                    generation.searchers().release(searcher);
                } catch (IOException e) {
                    log.debug("releasing a searcher failed", e);
                }
            }
        }
    }

    String generation() {
        Generation generation = live;
        return generation == null ? null : generation.name();
    }

    /** The analysis version the live generation was built with; null if it predates the versions. */
    String analysis() {
        Generation generation = live;
        return generation == null ? null : generation.analysis();
    }

    /**
     * The search outbox id up to which the live generation holds every change, as last committed; or
     * {@code Long.MIN_VALUE} when it has not recorded one (built before positions were kept, or just built).
     */
    long outboxPosition() {
        Generation generation = live;
        return generation == null ? Long.MIN_VALUE : generation.outboxPosition();
    }

    /** The instant (epoch ms) before which every change is in the live generation, if it was rebuilt. */
    long coversUntil() {
        Generation generation = live;
        return generation == null ? Long.MIN_VALUE : generation.coversUntil();
    }

    // ---- the indexer thread's side ----

    /** Puts the current state of these articles into the index: present ones updated, missing ones removed. */
    void apply(Collection<Long> ids, List<IndexedArticle> current) throws IOException {
        apply(live, ids, current);
        live.searchers().maybeRefreshBlocking();
    }

    private static void apply(Generation generation, Collection<Long> ids, List<IndexedArticle> current)
            throws IOException {
        Set<Long> present = new HashSet<>();
        for (IndexedArticle article : current) {
            generation.writer().updateDocument(ArticleDocuments.key(article.id()), ArticleDocuments.of(article));
            present.add(article.id());
        }
        for (long id : ids) {
            if (!present.contains(id)) {
                generation.writer().deleteDocuments(ArticleDocuments.key(id));
            }
        }
    }

    /** Commits what was applied, with the outbox position it reaches. */
    void commit(long outboxPosition) throws IOException {
        live.commit(outboxPosition);
    }

    /** Whether the live generation was created empty and still has to be filled from the database. */
    boolean needsBuild() {
        return needsBuild;
    }

    /**
     * Fills a new, empty live generation from the database (first start, or a lost index). Like a
     * rebuild, it records the instant before which it holds every change, so the outbox indexer applies
     * only the rows written since.
     */
    void build() throws IOException {
        Generation generation = live.withCoverage(builder.coverageFrom());
        log.info("Building the search index {} from the database", generation.name());
        long articles = builder.fill(generation.writer(), (done, total, elapsed) -> {
            try {
                generation.searchers().maybeRefresh();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            log.info("Search index: {} of {} articles", done, total);
        });
        generation.commit(Long.MIN_VALUE);
        generation.searchers().maybeRefreshBlocking();
        generations.makeCurrent(generation.name());
        live = generation;
        needsBuild = false;
        log.info("Search index {} holds {} articles", generation.name(), articles);
    }

    /**
     * Switches to the generation {@code current} names, when a rebuild has made a new one current: opens
     * it, re-applies the articles changed since the rebuild began and removes those deleted since, then
     * serves from it and deletes the old one. Returns whether it switched.
     */
    boolean followCurrent() throws IOException {
        String named = generations.current().orElse(null);
        Generation old = live;
        if (named == null || old == null || named.equals(old.name()) || needsBuild) {
            return false;
        }
        Path path = generations.directory(named);
        if (!hasIndex(path)) {
            return false;
        }
        Generation next = Generation.open(named, path, IndexWriterConfig.OpenMode.APPEND);
        try {
            if (next.coversUntil() != Long.MIN_VALUE) {
                catchUp(next, next.coversUntil());
            }
            next.writer().commit();
            next.searchers().maybeRefreshBlocking();
        } catch (IOException | RuntimeException e) {
            next.close();
            throw e;
        }
        live = next;
        needsBuild = false;
        old.close();
        generations.deleteUnused(named);
        log.info("Search now serves index generation {} (was {})", named, old.name());
        return true;
    }

    private void catchUp(Generation generation, long since) throws IOException {
        List<Long> changed = source.modifiedSince(since);
        for (int from = 0; from < changed.size(); from += IndexBuilder.CHUNK) {
            List<Long> ids = changed.subList(from, Math.min(changed.size(), from + IndexBuilder.CHUNK));
            apply(generation, ids, source.byIds(ids));
        }
        Set<Long> existing = new HashSet<>(source.allIds());
        try (DirectoryReader reader = DirectoryReader.open(generation.writer())) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Terms terms = leaf.reader().terms(IndexFields.ID);
                if (terms == null) {
                    continue;
                }
                TermsEnum ids = terms.iterator();
                for (BytesRef id = ids.next(); id != null; id = ids.next()) {
                    if (!existing.contains(Long.parseLong(id.utf8ToString()))) {
                        generation
                                .writer()
                                .deleteDocuments(
                                        new org.apache.lucene.index.Term(IndexFields.ID, BytesRef.deepCopyOf(id)));
                    }
                }
            }
        }
    }

    private static boolean hasIndex(Path path) throws IOException {
        if (!java.nio.file.Files.isDirectory(path)) {
            return false;
        }
        try (FSDirectory directory = FSDirectory.open(path)) {
            return DirectoryReader.indexExists(directory);
        }
    }

    // ---- lifecycle ----

    @Override
    public void start() {
        // the Russian dictionary takes seconds to load: not on the first Russian search or story
        Thread dictionary = new Thread(RussianDictionary::get, "search-dictionary-load");
        dictionary.setDaemon(true);
        dictionary.start();
        try {
            String name = generations.current().orElse(null);
            if (name != null && hasIndex(generations.directory(name))) {
                live = Generation.open(name, generations.directory(name), IndexWriterConfig.OpenMode.APPEND);
                if (!SearchAnalyzers.VERSION.equals(live.analysis())) {
                    generations.deleteUnused(name);
                    upgrade(name, live.analysis());
                    return;
                }
            } else {
                name = generations.claimNext(false);
                Generation created =
                        Generation.open(name, generations.directory(name), IndexWriterConfig.OpenMode.CREATE);
                created.writer().commit();
                // made current only once built (see build): a crash halfway leaves no half index behind
                live = created;
                needsBuild = true;
            }
            generations.deleteUnused(name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + generations.root(), e);
        }
    }

    /**
     * Rebuilds an index built with an older analysis, in the background: the site serves the old
     * generation meanwhile (words analysed the old way may be missed), and {@link #followCurrent} switches
     * to the new one once it is complete, as after a {@code reindex}.
     */
    private void upgrade(String generation, String analysis) {
        log.info(
                "Search index {} was built with analysis version {}, this version reads text as version {}: "
                        + "rebuilding it in the background, searches use {} meanwhile",
                generation,
                analysis == null ? "1" : analysis,
                SearchAnalyzers.VERSION,
                generation);
        rebuildInBackground(generation);
    }

    /**
     * Whether a rebuild runs in the background (an upgrade of the analysis, or an index that fell
     * behind the pruned outbox); the live generation serves until it is done.
     */
    boolean rebuilding() {
        Thread rebuild = upgrade;
        return rebuild != null && rebuild.isAlive();
    }

    /**
     * Rebuilds a live index that missed changes no longer in the outbox (it was stopped, or restored
     * from an old copy, for longer than the outbox keeps rows), in the background like an upgrade.
     */
    void rebuildMissedChanges() {
        if (rebuilding()) {
            return;
        }
        String generation = generation();
        log.info(
                "Search index {} has missed changes that are no longer in the outbox: rebuilding it in the "
                        + "background, searches use {} meanwhile",
                generation,
                generation);
        rebuildInBackground(generation);
    }

    private void rebuildInBackground(String generation) {
        Thread thread = new Thread(
                () -> {
                    try {
                        IndexBuilder.Report report = builder.rebuild(
                                generations,
                                new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8));
                        log.info("Search index rebuilt: {}", report.summary());
                    } catch (IOException | RuntimeException e) {
                        if (upgrade != null) {
                            log.error(
                                    "Rebuilding the search index failed; searches keep using {}. "
                                            + "Run `java -jar gazette.jar reindex` to retry.",
                                    generation,
                                    e);
                        }
                    }
                },
                "search-index-rebuild");
        thread.setDaemon(true);
        upgrade = thread;
        thread.start();
    }

    @Override
    public void stop() {
        Thread rebuilding = upgrade;
        upgrade = null;
        if (rebuilding != null) {
            rebuilding.interrupt(); // the rebuild gives up and deletes its unfinished generation
        }
        Generation generation = live;
        live = null;
        if (generation != null) {
            try {
                generation.writer().commit();
                generation.close();
            } catch (IOException | RuntimeException e) {
                log.warn("Closing the search index failed: {}", e.toString());
            }
        }
    }

    @Override
    public boolean isRunning() {
        return live != null;
    }

    @Override
    public boolean isAutoStartup() {
        return serving;
    }

    @Override
    public int getPhase() {
        return 0;
    }
}
