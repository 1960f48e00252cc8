package org.gazette.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.gazette.article.Actor;
import org.gazette.article.ArticleRepository;
import org.gazette.article.ArticleStatus;
import org.gazette.article.ArticleStore;
import org.gazette.article.ArticleSummary;
import org.gazette.ingest.ImportReport;
import org.gazette.ingest.JsonLinesImport;
import org.gazette.testing.GazetteIntegrationTest;
import org.gazette.testing.Quiet;
import org.gazette.testing.TestArticle;
import org.gazette.text.Language;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stories are placed in clusters as they are imported, edited, unpublished and deleted, on the run's
 * database. Each test dates its stories in a month of its own, so stories of other tests (three days
 * apart at the most to be one story) never join its clusters.
 */
@GazetteIntegrationTest
class StoryClustersIT {

    private static final AtomicInteger MONTH = new AtomicInteger();
    private static final Language EN = Language.of("en");

    @Autowired
    JsonLinesImport importer;

    @Autowired
    ArticleStore store;

    @Autowired
    ArticleRepository articles;

    @Autowired
    StoryClusters clusters;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    /** A moment in a month no other test of this class uses. */
    static Instant ownMonth() {
        return Instant.parse("2021-01-10T08:00:00Z").plus(40L * MONTH.incrementAndGet(), ChronoUnit.DAYS);
    }

    void importStories(TestArticle... stories) throws IOException {
        ImportReport report = importer.importLines(TestArticle.lines(stories), new Quiet().stream());
        assertThat(report.errors()).isEmpty();
    }

    long id(TestArticle story) {
        return articles.findByExternalId(story.id()).orElseThrow().id();
    }

    List<String> otherReports(TestArticle story) {
        return clusters.otherReports(id(story), EN).stream()
                .map(ArticleSummary::externalId)
                .toList();
    }

    @Test
    void twoAgenciesVersionsOfAStoryAreOneCluster() throws IOException {
        Instant at = ownMonth();
        TestArticle first = ClusterStories.harbour("cl-two-a", "Harbour Agency", at);
        TestArticle second = ClusterStories.harbourEdited("cl-two-b", "Coast Press", at.plusSeconds(3600));
        importStories(first, second);

        assertThat(otherReports(first)).containsExactly(second.id());
        assertThat(otherReports(second)).containsExactly(first.id());
        assertThat(clusters.otherSources(List.of(id(first))).get(id(first))).containsExactly("Coast Press");
    }

    @Test
    void aResendWithSmallEditsJoinsTheClusterOfItsStory() throws IOException {
        Instant at = ownMonth();
        TestArticle first = ClusterStories.harbour("cl-resend-a", "Harbour Agency", at);
        TestArticle other = ClusterStories.harbour("cl-resend-b", "Coast Press", at.plusSeconds(600));
        importStories(first, other);
        // the same agency sends the story again under a new id, a day later, with a figure and words changed
        TestArticle resent = ClusterStories.harbourEdited("cl-resend-c", "Harbour Agency", at.plus(1, ChronoUnit.DAYS));
        importStories(resent);

        assertThat(otherReports(resent)).containsExactlyInAnyOrder(first.id(), other.id());
        assertThat(otherReports(first)).containsExactlyInAnyOrder(other.id(), resent.id());
    }

    @Test
    void unrelatedStoriesOfTheSameDayStayApart() throws IOException {
        Instant at = ownMonth();
        TestArticle harbour = ClusterStories.harbour("cl-apart-a", "Harbour Agency", at);
        TestArticle library = ClusterStories.library("cl-apart-b", "Coast Press", at.plusSeconds(60));
        importStories(harbour, library);

        assertThat(otherReports(harbour)).isEmpty();
        assertThat(otherReports(library)).isEmpty();
    }

    @Test
    void theNewsroomsOwnStoriesStandAloneHoweverCloseTheirWords() throws IOException {
        Instant at = ownMonth();
        // two reporters' stories of one event, in nearly the same words, neither credited to an agency
        TestArticle first =
                ClusterStories.harbour("cl-own-a", "Harbour Agency", at).with("source", null);
        TestArticle second = ClusterStories.harbourEdited("cl-own-b", "Coast Press", at.plusSeconds(600))
                .with("source", null);
        TestArticle wire = ClusterStories.harbour("cl-own-c", "Harbour Agency", at.plusSeconds(1200));
        importStories(first, second, wire);

        assertThat(otherReports(first)).isEmpty();
        assertThat(otherReports(second)).isEmpty();
        assertThat(otherReports(wire)).isEmpty();
    }

    @Test
    void theSameStoryAWeekLaterIsNotTheSameStory() throws IOException {
        Instant at = ownMonth();
        TestArticle first = ClusterStories.harbour("cl-week-a", "Harbour Agency", at);
        TestArticle later = ClusterStories.harbour("cl-week-b", "Coast Press", at.plus(7, ChronoUnit.DAYS));
        importStories(first, later);

        assertThat(otherReports(first)).isEmpty();
    }

    @Test
    void translationsAndOtherLanguagesAreNeverClustered() throws IOException {
        Instant at = ownMonth();
        TestArticle english = ClusterStories.harbour("cl-lang-en", "Harbour Agency", at);
        // a translation, and the very same words filed under another language: neither is the same story
        TestArticle russian = TestArticle.story("cl-lang-ru")
                .with("lang", "ru")
                .with("headline", "Шторм затопил старую гавань, паромы второй день стоят в порту")
                .with("body", "Зимний шторм перехлестнул через стены старой гавани во вторник ночью.")
                .with("date", at.plusSeconds(1200).toString())
                .with("source", "Coast Press")
                .with("translation_of", english.id());
        TestArticle sameWords = ClusterStories.harbour("cl-lang-az", "Coast Press", at.plusSeconds(2400))
                .with("lang", "az");
        importStories(english, russian, sameWords);

        assertThat(otherReports(english)).isEmpty();
        assertThat(clusters.clustersOf(List.of(id(english), id(russian), id(sameWords))))
                .isEmpty();
        assertThat(articles.translations(articles.findById(id(english)).orElseThrow()))
                .extracting(ArticleSummary::externalId)
                .as("the translation is still linked")
                .contains(russian.id());
    }

    @Test
    void everyStoryIsInOneClusterAtMost() throws IOException {
        Instant at = ownMonth();
        TestArticle harbourA = ClusterStories.harbour("cl-one-a", "Harbour Agency", at);
        TestArticle harbourB = ClusterStories.harbourEdited("cl-one-b", "Coast Press", at.plusSeconds(60));
        TestArticle libraryA = ClusterStories.library("cl-one-c", "Harbour Agency", at.plusSeconds(120));
        TestArticle libraryB = ClusterStories.library("cl-one-d", "Coast Press", at.plusSeconds(180));
        // both stories in one: like each cluster in part
        TestArticle both = TestArticle.story("cl-one-e")
                .with("headline", ClusterStories.HARBOUR_HEADLINE)
                .with("body", ClusterStories.HARBOUR_BODY + "\n\n" + ClusterStories.LIBRARY_BODY)
                .with("date", at.plusSeconds(240).toString())
                .with("source", "Island Radio");
        importStories(harbourA, harbourB, libraryA, libraryB, both);

        List<Long> ids = List.of(id(harbourA), id(harbourB), id(libraryA), id(libraryB), id(both));
        assertThat(clusters.clustersOf(ids).get(id(harbourA)))
                .isNotEqualTo(clusters.clustersOf(ids).get(id(libraryA)));
        List<Long> placed = new ArrayList<>();
        for (StoryClusters.Cluster cluster : clusters.newest(EN, 1000)) {
            cluster.reports().forEach(report -> placed.add(report.id()));
        }
        assertThat(placed.stream().filter(ids::contains)).doesNotHaveDuplicates();
    }

    @Test
    void anEditThatChangesTheStoryTakesItOutAndAnotherBringsItBack() throws IOException {
        Instant at = ownMonth();
        TestArticle first = ClusterStories.harbour("cl-edit-a", "Harbour Agency", at);
        TestArticle second = ClusterStories.harbourEdited("cl-edit-b", "Coast Press", at.plusSeconds(60));
        importStories(first, second);
        assertThat(otherReports(first)).containsExactly(second.id());

        importStories(
                ClusterStories.library("x", "Coast Press", at.plusSeconds(60)).with("id", second.id()));
        assertThat(otherReports(first)).isEmpty();
        assertThat(clusters.clustersOf(List.of(id(first), id(second))))
                .as("a cluster of one is no cluster")
                .isEmpty();

        importStories(ClusterStories.harbourEdited("x", "Coast Press", at.plusSeconds(60))
                .with("id", second.id()));
        assertThat(otherReports(first)).containsExactly(second.id());
    }

    @Test
    void unpublishingOrDeletingAStoryTakesItOutOfItsCluster() throws IOException {
        Instant at = ownMonth();
        TestArticle first = ClusterStories.harbour("cl-gone-a", "Harbour Agency", at);
        TestArticle second = ClusterStories.harbourEdited("cl-gone-b", "Coast Press", at.plusSeconds(60));
        TestArticle third = ClusterStories.harbourEdited("cl-gone-c", "Island Radio", at.plusSeconds(120));
        importStories(first, second, third);
        assertThat(otherReports(first)).containsExactlyInAnyOrder(second.id(), third.id());

        store.changeStatus(id(second), ArticleStatus.UNPUBLISHED, null, Actor.system("test"));
        assertThat(otherReports(first)).containsExactly(third.id());

        store.delete(id(third), Actor.system("test"));
        assertThat(otherReports(first)).isEmpty();
        assertThat(clusters.clustersOf(List.of(id(first)))).isEmpty();

        store.changeStatus(id(second), ArticleStatus.PUBLISHED, null, Actor.system("test"));
        assertThat(otherReports(first)).as("published again, it is found again").containsExactly(second.id());
    }

    @Test
    void theClusterCommandPlacesStoriesStoredBeforeClustersExisted() throws Exception {
        Instant at = ownMonth();
        TestArticle first = ClusterStories.harbour("cl-cmd-a", "Harbour Agency", at);
        TestArticle second = ClusterStories.harbourEdited("cl-cmd-b", "Coast Press", at.plusSeconds(60));
        importStories(first, second);
        // as a database written before the migration that made clusters: no signature, no cluster
        for (long id : List.of(id(first), id(second))) {
            jdbc.sql("delete from story_bands where article_id = :id")
                    .param("id", id)
                    .update();
            jdbc.sql("delete from story_signatures where article_id = :id")
                    .param("id", id)
                    .update();
        }
        assertThat(otherReports(first)).isEmpty();

        assertThat(context.getBean(ClusterCommand.class).call()).isZero();
        assertThat(otherReports(first)).containsExactly(second.id());
    }
}
