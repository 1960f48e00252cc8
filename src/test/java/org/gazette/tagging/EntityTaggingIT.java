package org.gazette.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.gazette.article.Actor;
import org.gazette.article.ArticleRepository;
import org.gazette.article.ArticleStatus;
import org.gazette.article.ArticleStore;
import org.gazette.ingest.ImportReport;
import org.gazette.ingest.JsonLinesImport;
import org.gazette.testing.GazetteIntegrationTest;
import org.gazette.testing.Quiet;
import org.gazette.testing.TestArticle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stories are tagged with their entities through the queue by the running site's worker, on the run's
 * database; editors' corrections stick when stories are tagged again.
 */
@GazetteIntegrationTest
class EntityTaggingIT {

    private static final String REFERENCE = "azertag-2024-09-16-blinken-aliyev-call";

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
    EntityEditing editing;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void taggingWorksAgain() {
        tagger.failFor = id -> false;
    }

    void drained() throws InterruptedException {
        assertThat(worker.awaitDrained(Duration.ofMinutes(5)))
                .as("the tagging queue drains")
                .isTrue();
    }

    long importStory(TestArticle story) throws IOException {
        ImportReport report = importer.importLines(TestArticle.lines(story), new Quiet().stream());
        assertThat(report.errors()).isEmpty();
        return articles.findByExternalId(story.id()).orElseThrow().id();
    }

    long id(String externalId) {
        return articles.findByExternalId(externalId).orElseThrow().id();
    }

    /** The entities a story's mentions with these words link to. */
    Set<Long> entitiesNamed(long articleId, String... surfaces) {
        return jdbc
                .sql("select surface, entity_id from article_mentions where article_id = :id and entity_id is not null")
                .param("id", articleId)
                .query((rs, i) -> new Object[] {rs.getString(1), rs.getLong(2)})
                .list()
                .stream()
                .filter(row -> List.of(surfaces).stream().anyMatch(s -> ((String) row[0]).contains(s)))
                .map(row -> (Long) row[1])
                .collect(Collectors.toSet());
    }

    Set<Long> storyEntities(long articleId) {
        return Set.copyOf(jdbc.sql("select entity_id from article_entities where article_id = :id")
                .param("id", articleId)
                .query(Long.class)
                .list());
    }

    String slugOf(long entityId) {
        return jdbc.sql("select slug from entities where id = :id")
                .param("id", entityId)
                .query(String.class)
                .single();
    }

    @Test
    void theReferenceStoryNamesOneAliyevAndOneBlinkenInEnglishRussianAndAzerbaijani() throws Exception {
        drained();
        long en = id(REFERENCE);
        long ru = id(REFERENCE + "-ru");
        long az = id(REFERENCE + "-az");

        Set<Long> aliyev = new java.util.HashSet<>();
        Set<Long> blinken = new java.util.HashSet<>();
        for (long story : List.of(en, ru, az)) {
            Set<Long> aliyevHere = entitiesNamed(story, "Aliyev", "Алиев", "Əliyev");
            Set<Long> blinkenHere = entitiesNamed(story, "Blinken", "Блинкен", "Blinkenlə", "Blinkenin");
            assertThat(aliyevHere).as("Aliyev in story %d", story).hasSize(1);
            assertThat(blinkenHere).as("Blinken in story %d", story).hasSize(1);
            aliyev.addAll(aliyevHere);
            blinken.addAll(blinkenHere);
        }
        assertThat(aliyev).as("one Ilham Aliyev in three languages").hasSize(1);
        assertThat(blinken).as("one Antony Blinken in three languages").hasSize(1);
        assertThat(aliyev).doesNotContainAnyElementsOf(blinken);
        for (long story : List.of(en, ru, az)) {
            assertThat(storyEntities(story)).containsAll(aliyev).containsAll(blinken);
        }
    }

    @Test
    void aPublishedStoryIsTaggedAndAnEditTagsItAgain() throws Exception {
        TestArticle story = TestArticle.story("tag-edit")
                .with("body", "President Ilham Aliyev received Vladimir Putin in Baku on Monday.");
        long id = importStory(story);
        drained();
        assertThat(entitiesNamed(id, "Putin")).hasSize(1);
        assertThat(jdbc.sql("select count(*) from entity_queue where article_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isZero();

        importStory(TestArticle.story("x")
                .with("id", story.id())
                .with("body", "Chancellor Olaf Scholz visited Paris and met Emmanuel Macron."));
        drained();
        assertThat(entitiesNamed(id, "Putin")).isEmpty();
        assertThat(entitiesNamed(id, "Macron")).hasSize(1);
    }

    @Test
    void aStoryWhoseTaggingFailsIsPublishedAnywayAndTriedAgainLater() throws Exception {
        TestArticle story = TestArticle.story("tag-fail").with("body", "Ilham Aliyev spoke to Recep Tayyip Erdoğan.");
        tagger.failFor = articleId -> articles.findById(articleId)
                .map(a -> a.externalId().equals(story.id()))
                .orElse(false);
        long id = importStory(story);
        drained();

        assertThat(articles.findById(id).orElseThrow().status()).isEqualTo(ArticleStatus.PUBLISHED);
        var row = jdbc.sql("select attempts, next_attempt_at, last_error from entity_queue where article_id = :id")
                .param("id", id)
                .query((rs, i) -> new Object[] {rs.getInt(1), rs.getLong(2), rs.getString(3)})
                .single();
        assertThat((Integer) row[0]).isEqualTo(1);
        assertThat((Long) row[1]).isGreaterThan(System.currentTimeMillis() + 20_000);
        assertThat((String) row[2]).contains("failed on purpose");
        assertThat(storyEntities(id)).isEmpty();

        tagger.failFor = articleId -> false;
        jdbc.sql("update entity_queue set next_attempt_at = 0 where article_id = :id")
                .param("id", id)
                .update(); // the retry falls due
        drained();
        assertThat(entitiesNamed(id, "Erdoğan")).hasSize(1);
        assertThat(jdbc.sql("select count(*) from entity_queue where article_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theRetryWaitGrowsAndIsCapped() {
        assertThat(TaggingQueue.retryAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(TaggingQueue.retryAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(TaggingQueue.retryAfter(40)).isEqualTo(TaggingQueue.LONGEST_RETRY);
    }

    @Test
    void aDeletedOrUnpublishedStoryNamesNothing() throws Exception {
        long kept = importStory(TestArticle.story("tag-unpub").with("body", "Emmanuel Macron arrived in Berlin."));
        long gone = importStory(TestArticle.story("tag-del").with("body", "Emmanuel Macron arrived in Rome."));
        drained();
        assertThat(storyEntities(kept)).isNotEmpty();
        assertThat(storyEntities(gone)).isNotEmpty();

        store.changeStatus(kept, ArticleStatus.UNPUBLISHED, null, Actor.system("test"));
        store.delete(gone, Actor.system("test"));
        drained();

        assertThat(storyEntities(kept)).isEmpty();
        assertThat(storyEntities(gone)).isEmpty();
        assertThat(jdbc.sql("select count(*) from entity_queue where article_id in (:ids)")
                        .param("ids", List.of(kept, gone))
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aMentionMarkedNotAnEntityStaysUnlinkedWhenTheStoryIsTaggedAgain() throws Exception {
        TestArticle story = TestArticle.story("tag-ignore")
                .with("body", "Quantum Harbour Holdings said Emmanuel Macron visited Lyon.");
        long id = importStory(story);
        drained();
        int start = jdbc.sql("select start_at from article_mentions where article_id = :id and surface like '%Macron%'")
                .param("id", id)
                .query(Integer.class)
                .single();

        editing.ignoreMention(id, start, false, "editor@test");
        drained();
        assertThat(entitiesNamed(id, "Macron")).isEmpty();

        importStory(TestArticle.story("x")
                .with("id", story.id())
                .with("body", "Quantum Harbour Holdings said Emmanuel Macron visited Lyon again."));
        drained();
        assertThat(entitiesNamed(id, "Macron")).as("the correction sticks").isEmpty();
    }

    @Test
    void mergingLinksEveryStoryOfOneEntityToTheOtherAndSticks() throws Exception {
        long a = importStory(
                TestArticle.story("tag-merge-a").with("body", "Zorblax Kettlewright opened the fair in Baku."));
        long b = importStory(
                TestArticle.story("tag-merge-b").with("body", "Qarnival Tuppenwick closed the fair in Baku."));
        drained();
        long first = entitiesNamed(a, "Kettlewright").iterator().next();
        long second = entitiesNamed(b, "Tuppenwick").iterator().next();
        assertThat(first).isNotEqualTo(second);

        editing.merge(slugOf(second), slugOf(first));
        drained();
        assertThat(entitiesNamed(b, "Tuppenwick")).containsExactly(first);
        assertThat(storyEntities(b)).contains(first).doesNotContain(second);

        long c = importStory(
                TestArticle.story("tag-merge-c").with("body", "Qarnival Tuppenwick opened the fair in Sheki."));
        drained();
        assertThat(entitiesNamed(c, "Tuppenwick"))
                .as("a later story links the merged entity's name there")
                .containsExactly(first);
    }

    @Test
    void splittingMovesTheChosenStoriesToANewEntityAndSticks() throws Exception {
        TestArticle one = TestArticle.story("tag-split-a").with("body", "Professor Wexley Dunmore spoke in Oxford.");
        long a = importStory(one);
        long b = importStory(
                TestArticle.story("tag-split-b").with("body", "Professor Wexley Dunmore spoke in Oxford again."));
        drained();
        long entity = entitiesNamed(a, "Dunmore").iterator().next();
        assertThat(entitiesNamed(b, "Dunmore")).containsExactly(entity);

        String created = editing.split(slugOf(entity), List.of(b), "Wexley Dunmore (the younger)", "editor@test");
        drained();
        Set<Long> moved = entitiesNamed(b, "Dunmore");
        assertThat(moved).hasSize(1).doesNotContain(entity);
        assertThat(slugOf(moved.iterator().next())).isEqualTo(created);
        assertThat(entitiesNamed(a, "Dunmore")).containsExactly(entity);

        jdbc.sql("insert into entity_queue (article_id, queued_at, attempts, next_attempt_at) values (:id, 0, 0, 0)"
                        + " on conflict (article_id) do nothing")
                .param("id", b)
                .update();
        worker.nudge();
        drained();
        assertThat(entitiesNamed(b, "Dunmore")).as("the split sticks").isEqualTo(moved);
    }

    @Test
    void hidingAndRenamingAreKeptByReTagging() throws Exception {
        long a = importStory(
                TestArticle.story("tag-hide").with("body", "Minister Brannoch Velloway met farmers in Ganja."));
        drained();
        long entity = entitiesNamed(a, "Velloway").iterator().next();
        String slug = slugOf(entity);

        editing.hide(slug, true);
        editing.rename(slug, "en", "Brannoch Velloway (minister)");
        editing.retype(slug, "ORG");
        jdbc.sql("update entity_queue set next_attempt_at = 0").update();
        importStory(TestArticle.story("tag-hide-2").with("body", "Minister Brannoch Velloway met farmers in Ganja."));
        drained();

        EntityDetails details = editing.details(slug);
        assertThat(details.hidden()).isTrue();
        assertThat(details.names()).containsEntry("en", "Brannoch Velloway (minister)");
        assertThat(details.type().name()).isEqualTo("ORG");
        assertThat(details.stories()).hasSizeGreaterThanOrEqualTo(1);
    }

    @Test
    void badEditsAreRefusedAndChangeNothing() throws Exception {
        long a = importStory(TestArticle.story("tag-bad").with("body", "Tovren Maldegard visited Sheki."));
        drained();
        String slug = slugOf(entitiesNamed(a, "Maldegard").iterator().next());
        long before = jdbc.sql("select count(*) from entity_corrections")
                .query(Long.class)
                .single();

        assertThatThrownBy(() -> editing.merge(slug, slug)).isInstanceOf(InvalidEntityEditException.class);
        assertThatThrownBy(() -> editing.merge(slug, "no-such-entity-at-all"))
                .isInstanceOf(InvalidEntityEditException.class);
        assertThatThrownBy(() -> editing.rename(slug, "en", "  ")).isInstanceOf(InvalidEntityEditException.class);
        assertThatThrownBy(() -> editing.rename(slug, "fr", "Name")).isInstanceOf(InvalidEntityEditException.class);
        assertThatThrownBy(() -> editing.retype(slug, "THING")).isInstanceOf(InvalidEntityEditException.class);
        assertThatThrownBy(() -> editing.split(slug, List.of(a), "", "e"))
                .isInstanceOf(InvalidEntityEditException.class);
        assertThatThrownBy(() -> editing.ignoreMention(a, 99_999, false, "e"))
                .isInstanceOf(InvalidEntityEditException.class);

        assertThat(jdbc.sql("select count(*) from entity_corrections")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
        EntityDetails details = editing.details(slug);
        assertThat(details.mergedInto()).isNull();
        assertThat(details.namesEdited()).isFalse();
    }
}
