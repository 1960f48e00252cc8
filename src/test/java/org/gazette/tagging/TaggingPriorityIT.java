package org.gazette.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongPredicate;
import org.gazette.article.Actor;
import org.gazette.article.ArticleInput;
import org.gazette.article.ArticleRepository;
import org.gazette.article.ArticleStatus;
import org.gazette.article.ArticleStore;
import org.gazette.article.BodyFormat;
import org.gazette.ingest.ImportReport;
import org.gazette.ingest.JsonLinesImport;
import org.gazette.testing.GazetteIntegrationTest;
import org.gazette.testing.Quiet;
import org.gazette.testing.TestArticle;
import org.gazette.text.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A story changed one at a time (the newsroom, the scheduler, the wire desk) is tagged before the backlog a
 * bulk import or {@code tag-entities} left, on the run's database, by the real worker. The worker is stopped
 * while each test builds its queue, then started and watched: the order in which it tags is recorded.
 */
@GazetteIntegrationTest
class TaggingPriorityIT {

    private static final Actor EDITOR = Actor.system("newsroom test");

    @Autowired
    JsonLinesImport importer;

    @Autowired
    ArticleStore store;

    @Autowired
    ArticleRepository articles;

    @Autowired
    EntityTaggingWorker worker;

    @Autowired
    StoryTagger tagger;

    @Autowired
    TaggingQueue queue;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    /** The stories the worker tried to tag, in order. */
    final List<Long> tagged = new CopyOnWriteArrayList<>();

    @BeforeEach
    void stopTheWorker() throws InterruptedException {
        assertThat(worker.awaitDrained(Duration.ofMinutes(5))).isTrue();
        worker.stop();
    }

    @AfterEach
    void startTheWorkerAgain() {
        tagger.failFor = id -> false;
        if (!worker.isRunning()) {
            worker.start();
        }
    }

    /** Starts the worker, recording what it tags, failing for the stories {@code fails} names. */
    void tagEverything(LongPredicate fails) throws InterruptedException {
        tagger.failFor = id -> {
            tagged.add(id);
            return fails.test(id);
        };
        worker.start();
        assertThat(worker.awaitDrained(Duration.ofMinutes(5)))
                .as("the tagging queue drains")
                .isTrue();
    }

    List<Long> importInBulk(String prefix, int stories) throws IOException {
        TestArticle[] backlog = new TestArticle[stories];
        for (int i = 0; i < stories; i++) {
            backlog[i] = TestArticle.story(prefix).with("body", "Emmanuel Macron arrived in Berlin, story " + i + ".");
        }
        ImportReport report = importer.importLines(TestArticle.lines(backlog), new Quiet().stream());
        assertThat(report.errors()).isEmpty();
        List<Long> ids = new ArrayList<>();
        for (TestArticle story : backlog) {
            ids.add(articles.findByExternalId(story.id()).orElseThrow().id());
        }
        return ids;
    }

    ArticleInput input(String externalId, String body, ArticleStatus status) {
        return new ArticleInput(
                externalId,
                "Priority test " + externalId,
                null,
                Instant.parse("2024-09-16T10:00:00Z"),
                null,
                body,
                BodyFormat.TEXT,
                Language.of("en"),
                null,
                List.of(),
                List.of(),
                null,
                null,
                null,
                status);
    }

    /** An editor writes a draft and publishes it. */
    long editorPublishes(String body) {
        String externalId = TestArticle.story("tag-prio-editor").id();
        long id = store.create(input(externalId, body, ArticleStatus.DRAFT), null, EDITOR)
                .articleId();
        store.changeStatus(id, ArticleStatus.PUBLISHED, null, EDITOR);
        return id;
    }

    Integer priorityOf(long articleId) {
        return jdbc.sql("select priority from entity_queue where article_id = :id")
                .param("id", articleId)
                .query(Integer.class)
                .optional()
                .orElse(null);
    }

    long stillQueued(Collection<Long> ids) {
        return jdbc.sql("select count(*) from entity_queue where article_id in (:ids)")
                .param("ids", ids)
                .query(Long.class)
                .single();
    }

    Set<Long> storyEntities(long articleId) {
        return Set.copyOf(jdbc.sql("select entity_id from article_entities where article_id = :id")
                .param("id", articleId)
                .query(Long.class)
                .list());
    }

    /** The recorded order, narrowed to these stories. */
    List<Long> orderOf(Collection<Long> ids) {
        return tagged.stream().filter(ids::contains).toList();
    }

    @Test
    void aStoryAnEditorPublishesIsTaggedBeforeABacklogImportedEarlierAndTheBacklogIsTaggedToo() throws Exception {
        List<Long> backlog = importInBulk("tag-prio-backlog", 120);
        long published = editorPublishes("Olaf Scholz met Ilham Aliyev in Baku on Monday.");
        assertThat(priorityOf(backlog.get(0))).isEqualTo(TaggingQueue.Priority.BACKLOG.column);
        assertThat(priorityOf(published)).isEqualTo(TaggingQueue.Priority.INTERACTIVE.column);

        tagEverything(id -> false);

        List<Long> all = new ArrayList<>(backlog);
        all.add(published);
        List<Long> order = orderOf(all);
        assertThat(order.get(0)).as("the editor's story comes first").isEqualTo(published);
        assertThat(order.subList(1, order.size()))
                .as("then the backlog, in the order it was queued")
                .containsExactlyElementsOf(backlog);
        assertThat(storyEntities(published)).isNotEmpty();
        assertThat(storyEntities(backlog.get(backlog.size() - 1))).isNotEmpty();
        assertThat(stillQueued(all)).isZero();
    }

    @Test
    void aBacklogStoryEditedInTheNewsroomRisesAndABulkChangeNeverLowersAnEditorsStory() throws Exception {
        List<Long> backlog = importInBulk("tag-prio-raise", 60);
        long edited = backlog.get(40);
        String externalId = articles.findById(edited).orElseThrow().externalId();
        store.save(input(externalId, "Recep Tayyip Erdoğan spoke to Ilham Aliyev.", ArticleStatus.PUBLISHED), EDITOR);
        long published = editorPublishes("Antony Blinken called Ilham Aliyev on Monday.");
        String publishedId = articles.findById(published).orElseThrow().externalId();
        importer.importLines(
                TestArticle.lines(TestArticle.story("x")
                        .with("id", publishedId)
                        .with("body", "Antony Blinken called Ilham Aliyev again on Tuesday.")),
                new Quiet().stream());
        assertThat(priorityOf(edited)).isEqualTo(TaggingQueue.Priority.INTERACTIVE.column);
        assertThat(priorityOf(published))
                .as("imported again, the editor's story stays interactive")
                .isEqualTo(TaggingQueue.Priority.INTERACTIVE.column);

        tagEverything(id -> false);

        List<Long> all = new ArrayList<>(backlog);
        all.add(published);
        List<Long> order = orderOf(all);
        assertThat(order.subList(0, 2)).containsExactly(edited, published);
        assertThat(order).hasSize(all.size());
        assertThat(stillQueued(all)).isZero();
    }

    @Test
    void aFailingStoryWaitsOutItsRetryWhileTheBacklogIsTagged() throws Exception {
        List<Long> backlog = importInBulk("tag-prio-fail", 60);
        long failing = editorPublishes("Ilham Aliyev received Vladimir Putin in Baku.");

        tagEverything(id -> id == failing);

        List<Long> all = new ArrayList<>(backlog);
        all.add(failing);
        List<Long> order = orderOf(all);
        assertThat(order.get(0)).isEqualTo(failing);
        assertThat(order.stream().filter(id -> id == failing).count())
                .as("tried once, then left alone until its retry falls due")
                .isEqualTo(1);
        assertThat(stillQueued(backlog)).as("the backlog is tagged meanwhile").isZero();
        var row = jdbc.sql("select attempts, priority, next_attempt_at from entity_queue where article_id = :id")
                .param("id", failing)
                .query((rs, i) -> new long[] {rs.getInt(1), rs.getInt(2), rs.getLong(3)})
                .single();
        assertThat(row[0]).isEqualTo(1);
        assertThat(row[1]).isEqualTo(TaggingQueue.Priority.INTERACTIVE.column);
        assertThat(row[2]).isGreaterThan(System.currentTimeMillis() + 20_000);

        worker.stop();
        jdbc.sql("update entity_queue set next_attempt_at = 0 where article_id = :id")
                .param("id", failing)
                .update(); // the retry falls due
        tagEverything(id -> false);
        assertThat(storyEntities(failing)).isNotEmpty();
        assertThat(stillQueued(List.of(failing))).isZero();
    }

    @Test
    void tagEntitiesQueuesEveryStoryAsBacklogBehindAStoryAnEditorPublished() throws Exception {
        long published = editorPublishes("Emmanuel Macron met Olaf Scholz in Paris.");
        long other = importInBulk("tag-prio-all", 1).get(0);

        int queued = transactions.execute(status -> queue.queueAll());

        assertThat(queued).isGreaterThanOrEqualTo(2);
        assertThat(priorityOf(other)).isEqualTo(TaggingQueue.Priority.BACKLOG.column);
        assertThat(priorityOf(published))
                .as("still the editor's change, not backlog")
                .isEqualTo(TaggingQueue.Priority.INTERACTIVE.column);
        long interactive = jdbc.sql("select count(*) from entity_queue where priority = 0")
                .query(Long.class)
                .single();
        tagEverything(id -> false);
        assertThat(tagged.indexOf(published)).isBetween(0, (int) interactive - 1);
        assertThat(tagged.indexOf(other)).isGreaterThanOrEqualTo((int) interactive);
        assertThat(stillQueued(List.of(published, other))).isZero();
    }
}
