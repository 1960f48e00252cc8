package org.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.gazette.GazetteApplication;
import org.gazette.ingest.JsonLinesImport;
import org.gazette.testing.OwnDatabase;
import org.gazette.testing.PostgresTestDatabases;
import org.gazette.testing.Quiet;
import org.gazette.testing.TestArticle;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The index follows the database across processes and crashes: applications started and stopped over
 * one data directory and one database, as a site and its commands are.
 */
class OutboxRecoveryIT {

    @TempDir
    Path dataDir;

    @RegisterExtension
    final OwnDatabase database = new OwnDatabase();

    private final List<String> properties = new ArrayList<>();

    @BeforeEach
    void configure() {
        properties.add("gazette.data-dir=" + dataDir);
        properties.add("gazette.demo-content=false");
        properties.add("spring.main.banner-mode=off");
        properties.addAll(database.properties());
    }

    /** The site: background jobs on, so it owns the index and runs the indexer. */
    private ConfigurableApplicationContext site() {
        return start("gazette.background-jobs=true");
    }

    /**
     * A process that writes articles but never indexes them, like a command; stopping it right after
     * a commit is the crash between "committed" and "indexed".
     */
    private ConfigurableApplicationContext command() {
        return start("gazette.background-jobs=false");
    }

    private ConfigurableApplicationContext start(String backgroundJobs, String... more) {
        List<String> all = new ArrayList<>(properties);
        all.add(backgroundJobs);
        for (String property : more) {
            // one value per property: Spring would join two into a list
            String name = property.substring(0, property.indexOf('=') + 1);
            all.removeIf(p -> p.startsWith(name));
            all.add(property);
        }
        // as arguments, so they win over application.properties and the environment
        return new SpringApplicationBuilder(GazetteApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(all.stream().map(p -> "--" + p).toArray(String[]::new));
    }

    private static void importStories(ConfigurableApplicationContext context, TestArticle... stories)
            throws IOException {
        context.getBean(JsonLinesImport.class).importLines(TestArticle.lines(stories), new Quiet().stream());
    }

    private static long pending(ConfigurableApplicationContext context) {
        return context.getBean(JdbcClient.class)
                .sql("select count(*) from search_outbox")
                .query(Long.class)
                .single();
    }

    /** The stories the outbox names (tagging a story with its entities may add a row for a story named already). */
    private static long pendingStories(ConfigurableApplicationContext context) {
        return context.getBean(JdbcClient.class)
                .sql("select count(distinct article_id) from search_outbox")
                .query(Long.class)
                .single();
    }

    private static List<String> found(ConfigurableApplicationContext context, String query) {
        return context.getBean(ArticleSearch.class).search(SearchRequest.of(query, null)).hits().stream()
                .map(SearchHit::externalId)
                .toList();
    }

    private static void awaitIndexed(ConfigurableApplicationContext context) throws InterruptedException {
        assertThat(context.getBean(OutboxIndexer.class).awaitIdle(Duration.ofSeconds(60)))
                .isTrue();
    }

    @Test
    void aChangeCommittedButNotIndexedBeforeACrashIsIndexedOnTheNextStart() throws Exception {
        TestArticle first = TestArticle.story("recover").with("headline", "Axolotl pond restored");
        try (ConfigurableApplicationContext site = site()) {
            importStories(site, first);
            awaitIndexed(site);
            assertThat(found(site, "axolotl")).containsExactly(first.id());
        }
        TestArticle second = TestArticle.story("recover").with("headline", "Axolotl eggs hatch in the pond");
        try (ConfigurableApplicationContext command = command()) {
            importStories(command, second);
            assertThat(pendingStories(command))
                    .as("both stories' changes stay in the outbox: every node applies each")
                    .isEqualTo(2);
        }
        try (ConfigurableApplicationContext site = site()) {
            awaitIndexed(site);
            assertThat(found(site, "axolotl")).containsExactlyInAnyOrder(first.id(), second.id());
            assertThat(site.getBean(OutboxIndexer.class).backlog().rows())
                    .as("nothing is left for this node")
                    .isZero();
        }
    }

    @Test
    void aNodeWhoseIndexMissedChangesThatWerePrunedRebuildsItAndSaysSoInHealth() throws Exception {
        TestArticle first = TestArticle.story("pruned").with("headline", "Okapi calf born at dawn");
        try (ConfigurableApplicationContext site = site()) {
            importStories(site, first);
            awaitIndexed(site);
        }
        TestArticle missed = TestArticle.story("pruned").with("headline", "Okapi keepers win an award");
        try (ConfigurableApplicationContext command = command()) {
            importStories(command, missed);
            // the node stayed away longer than the outbox keeps rows
            command.getBean(SearchOutbox.class).prune(Long.MAX_VALUE);
            assertThat(pending(command)).isZero();
        }
        try (ConfigurableApplicationContext site = site()) {
            long deadline = System.currentTimeMillis() + 60_000;
            while (found(site, "okapi").size() < 2 && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            assertThat(found(site, "okapi")).containsExactlyInAnyOrder(first.id(), missed.id());
        }
    }

    @Test
    void twoNodesOnOneDatabaseEachApplyEveryChangeToTheirOwnIndex() throws Exception {
        Assumptions.assumeTrue(
                PostgresTestDatabases.selected(), "several nodes share a PostgreSQL database; SQLite is one node");
        TestArticle story = TestArticle.story("nodes").with("headline", "Pangolin rescued from traffickers");
        try (ConfigurableApplicationContext a =
                        start("gazette.background-jobs=true", "gazette.data-dir=" + dataDir.resolve("a"));
                ConfigurableApplicationContext b =
                        start("gazette.background-jobs=true", "gazette.data-dir=" + dataDir.resolve("b"))) {
            importStories(a, story);
            awaitIndexed(a);
            awaitIndexed(b);
            assertThat(found(a, "pangolin")).containsExactly(story.id());
            assertThat(found(b, "pangolin")).containsExactly(story.id());

            importStories(b, story.with("headline", "Armadillo rescued from traffickers"));
            awaitIndexed(a);
            awaitIndexed(b);
            assertThat(found(a, "pangolin")).isEmpty();
            assertThat(found(a, "armadillo")).containsExactly(story.id());
            assertThat(found(b, "armadillo")).containsExactly(story.id());
            assertThat(pending(a)).as("rows stay for other nodes").isGreaterThanOrEqualTo(2);
            assertThat(pendingStories(a)).as("rows stay for other nodes").isEqualTo(1);
        }
    }

    @Test
    void aSiteWhoseIndexIsLostRebuildsItFromTheDatabase() throws Exception {
        TestArticle story = TestArticle.story("rebuild").with("headline", "Capybara family moves to the zoo");
        try (ConfigurableApplicationContext command = command()) {
            importStories(command, story);
            command.getBean(JdbcClient.class).sql("delete from search_outbox").update();
        }
        try (ConfigurableApplicationContext site = site()) {
            awaitIndexed(site);
            assertThat(found(site, "capybara")).containsExactly(story.id());
        }
    }

    @Test
    void reindexBuildsANewGenerationThatTheRunningSiteSwitchesToAndCatchesUpWith() throws Exception {
        TestArticle before = TestArticle.story("reindex").with("headline", "Ibex herd seen on the ridge");
        TestArticle during = TestArticle.story("reindex").with("headline", "Ibex kids born this spring");
        try (ConfigurableApplicationContext site = site()) {
            importStories(site, before);
            // enough stories for the build's analysis threads to write segments of their own
            TestArticle[] others = new TestArticle[40];
            for (int i = 0; i < others.length; i++) {
                others[i] = TestArticle.story("reindex-other");
            }
            importStories(site, others);
            awaitIndexed(site);
            SearchIndex index = site.getBean(SearchIndex.class);
            String old = index.generation();

            ByteArrayOutputStream output = new ByteArrayOutputStream();
            IndexBuilder.Report report;
            try (ConfigurableApplicationContext command = command()) {
                IndexGenerations generations = new IndexGenerations(dataDir.resolve("search"));
                report = command.getBean(IndexBuilder.class)
                        .rebuild(generations, new PrintStream(output, true, StandardCharsets.UTF_8));
                // a story saved after the rebuild read the database, before the site switched
                importStories(command, during);
            }
            assertThat(output.toString(StandardCharsets.UTF_8))
                    .contains("of 41 articles")
                    .contains("a second");
            assertThat(report.generation()).isNotEqualTo(old);
            try (DirectoryReader built = DirectoryReader.open(
                    FSDirectory.open(dataDir.resolve("search").resolve(report.generation())))) {
                assertThat(built.leaves())
                        .as("a rebuilt generation is merged into one segment: each query looks a term up once")
                        .hasSize(1);
            }

            long deadline = System.currentTimeMillis() + 20_000;
            while (!report.generation().equals(index.generation()) && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            assertThat(index.generation()).isEqualTo(report.generation());
            awaitIndexed(site);
            assertThat(found(site, "ibex")).containsExactlyInAnyOrder(before.id(), during.id());
            assertThat(Files.exists(dataDir.resolve("search").resolve(old)))
                    .as("the old generation is deleted")
                    .isFalse();
        }
    }

    @Test
    void aSiteWhoseIndexWasBuiltWithAnOlderAnalysisRebuildsItInTheBackgroundWhileServing() throws Exception {
        TestArticle story =
                TestArticle.story("upgrade").with("lang", "az").with("headline", "Bakıda yeni metro stansiyası açılıb");
        String old;
        try (ConfigurableApplicationContext site = site()) {
            importStories(site, story);
            awaitIndexed(site);
            old = site.getBean(SearchIndex.class).generation();
            assertThat(site.getBean(SearchIndex.class).analysis()).isEqualTo(SearchAnalyzers.VERSION);
        }
        // the index as a release before analysis versions left it: no version in its commit data
        Path oldIndex = dataDir.resolve("search").resolve(old);
        try (FSDirectory directory = FSDirectory.open(oldIndex);
                IndexWriter writer = new IndexWriter(
                        directory, SearchIndex.writerConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            writer.setLiveCommitData(Map.<String, String>of().entrySet());
            writer.commit();
        }

        try (ConfigurableApplicationContext site = site()) {
            SearchIndex index = site.getBean(SearchIndex.class);
            // serving at once, from the old generation, while the new one is built beside it
            assertThat(found(site, "Bakıda")).containsExactly(story.id());
            long deadline = System.currentTimeMillis() + 60_000;
            while (old.equals(index.generation()) && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            assertThat(index.generation()).as("a new generation serves").isNotEqualTo(old);
            assertThat(index.analysis()).isEqualTo(SearchAnalyzers.VERSION);
            awaitIndexed(site);
            assertThat(found(site, "Bakının")).containsExactly(story.id());
            assertThat(Files.exists(oldIndex))
                    .as("the old generation is deleted")
                    .isFalse();
        }
        String upgraded;
        try (ConfigurableApplicationContext site = site()) {
            upgraded = site.getBean(SearchIndex.class).generation();
            Thread.sleep(1_500);
            assertThat(site.getBean(SearchIndex.class).generation())
                    .as("a current index is not rebuilt again")
                    .isEqualTo(upgraded);
            try (var entries = Files.list(dataDir.resolve("search"))) {
                assertThat(entries.map(p -> p.getFileName().toString())
                                .filter(name -> name.startsWith("gen-"))
                                .toList())
                        .containsExactly(upgraded);
            }
        }
    }
}
