package org.gazette.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;
import org.gazette.account.Accounts;
import org.gazette.account.Role;
import org.gazette.article.Actor;
import org.gazette.article.Article;
import org.gazette.article.ArticleRepository;
import org.gazette.article.ArticleStatus;
import org.gazette.article.ArticleStore;
import org.gazette.ingest.ImportReport;
import org.gazette.ingest.JsonLinesImport;
import org.gazette.testing.GazetteIntegrationTest;
import org.gazette.testing.NewsroomClient;
import org.gazette.testing.Quiet;
import org.gazette.testing.SiteClient;
import org.gazette.testing.Staff;
import org.gazette.testing.TestArticle;
import org.gazette.web.SiteLinks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What readers and editors see of a story cluster, over real HTTP: "Also reported by" on the story's page,
 * one story per cluster on the front page, section pages and search (page and API), and the newsroom's
 * cluster view. Each test dates its stories days apart from the others', so clusters never mix tests.
 */
@GazetteIntegrationTest
class ClusterPagesIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JsonLinesImport importer;

    @Autowired
    ArticleRepository articles;

    @Autowired
    ArticleStore store;

    @Autowired
    Accounts accounts;

    SiteClient site;

    @BeforeEach
    void client() {
        site = new SiteClient(port);
    }

    void importStories(TestArticle... stories) throws IOException {
        ImportReport report = importer.importLines(TestArticle.lines(stories), new Quiet().stream());
        assertThat(report.errors()).isEmpty();
    }

    String url(TestArticle story) {
        Article article = articles.findByExternalId(story.id()).orElseThrow();
        return SiteLinks.article(article.lang(), article.slug());
    }

    /** A made-up word only this test's stories carry, for finding them by search. */
    static String word() {
        return "qz" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    static TestArticle withWord(TestArticle story, String word) {
        return story.with("headline", word + " " + ClusterStories.HARBOUR_HEADLINE);
    }

    @Test
    void aStoryPageNamesTheOtherAgenciesThatReportedItWithLinks() throws IOException {
        Instant at = Instant.now().minus(20, ChronoUnit.DAYS);
        TestArticle first = ClusterStories.harbour("clp-page-a", "Harbour Agency", at);
        TestArticle second = ClusterStories.harbourEdited("clp-page-b", "Coast Press", at.plusSeconds(300));
        TestArticle alone = ClusterStories.library("clp-page-c", "Island Radio", at.plusSeconds(600));
        importStories(first, second, alone);

        String page = site.get(url(first)).body();
        assertThat(page).contains("Also reported by");
        assertThat(section(page, "story__reports"))
                .contains("href=\"" + url(second) + "\"")
                .contains("Coast Press")
                .doesNotContain("Harbour Agency");
        assertThat(section(site.get(url(second)).body(), "story__reports"))
                .contains("href=\"" + url(first) + "\"")
                .contains("Harbour Agency");
        assertThat(site.get(url(alone)).body()).doesNotContain("story__reports");
    }

    @Test
    void aReportJoiningOrLeavingTheClusterChangesTheCachedPagesOfTheOthersAtOnce() throws IOException {
        Instant at = Instant.now().minus(30, ChronoUnit.DAYS);
        TestArticle first = ClusterStories.harbour("clp-cache-a", "Harbour Agency", at);
        importStories(first);
        // served while it stands alone, so the page cache holds it without a word of the second report
        assertThat(site.get(url(first)).body()).doesNotContain("story__reports");
        assertThat(site.get(url(first)).body()).doesNotContain("story__reports");

        TestArticle second = ClusterStories.harbourEdited("clp-cache-b", "Coast Press", at.plusSeconds(300));
        importStories(second);
        assertThat(section(site.get(url(first)).body(), "story__reports")).contains("Coast Press");

        store.changeStatus(
                articles.findByExternalId(second.id()).orElseThrow().id(),
                ArticleStatus.UNPUBLISHED,
                null,
                Actor.system("test"));
        assertThat(site.get(url(first)).body()).doesNotContain("story__reports").doesNotContain("Coast Press");
    }

    @Test
    void theFrontPageAndTheSectionShowOneStoryPerCluster() throws IOException {
        Instant at = Instant.now().minus(2, ChronoUnit.MINUTES);
        String section = "Harbours " + word();
        TestArticle older =
                ClusterStories.harbour("clp-home-a", "Harbour Agency", at).with("section", section);
        TestArticle newer = ClusterStories.harbourEdited("clp-home-b", "Coast Press", at.plusSeconds(60))
                .with("section", section);
        importStories(older, newer);

        String home = site.get("/en/").body();
        assertThat(home).contains("href=\"" + url(newer) + "\"").doesNotContain("href=\"" + url(older) + "\"");
        assertThat(home).contains("Also reported by Harbour Agency");

        Article stored = articles.findByExternalId(newer.id()).orElseThrow();
        String sectionPage = site.get(
                        SiteLinks.section(stored.lang(), stored.section().slug()))
                .body();
        assertThat(sectionPage)
                .contains("href=\"" + url(newer) + "\"")
                .doesNotContain("href=\"" + url(older) + "\"")
                .contains("Also reported by Harbour Agency");
    }

    @Test
    void searchShowsOneStoryPerClusterNamingTheOtherAgencies() throws Exception {
        Instant at = Instant.now().minus(40, ChronoUnit.DAYS);
        String word = word();
        TestArticle first = withWord(ClusterStories.harbour("clp-search-a", "Harbour Agency", at), word);
        TestArticle second =
                withWord(ClusterStories.harbourEdited("clp-search-b", "Coast Press", at.plusSeconds(60)), word);
        importStories(first, second);

        JsonNode found = searchUntilIndexed(word, 2);
        assertThat(found.get("items")).hasSize(1);
        JsonNode item = found.get("items").get(0);
        String other = item.get("source").asString().equals("Harbour Agency") ? "Coast Press" : "Harbour Agency";
        assertThat(item.get("also_from")).extracting(JsonNode::asString).containsExactly(other);

        String page = site.get("/en/search?q=" + word).body();
        assertThat(page).contains("Also reported by " + other);
        assertThat(page.split("class=\"search-result\"", -1)).hasSize(2);
    }

    @Test
    void theNewsroomListsClustersWithTheirReports() throws IOException {
        Instant at = Instant.now().minus(50, ChronoUnit.DAYS);
        TestArticle first = ClusterStories.harbour("clp-nr-a", "Harbour Agency", at);
        TestArticle second = ClusterStories.harbourEdited("clp-nr-b", "Coast Press", at.plusSeconds(60));
        importStories(first, second);
        long firstId = articles.findByExternalId(first.id()).orElseThrow().id();

        NewsroomClient editor = new NewsroomClient(port)
                .signedIn(Staff.create(accounts, Role.EDITOR).email(), Staff.PASSWORD);
        // the newest changes come first: the row of the story, and the cluster it links in its last column
        String list = editor.get("/newsroom/articles?sort=modified").body();
        int row = list.indexOf("href=\"/newsroom/articles/" + firstId + "\"");
        assertThat(row).as("the story is in the article list").isPositive();
        int badge = list.indexOf("/newsroom/clusters/", row);
        assertThat(badge).as("its row links its cluster").isPositive().isLessThan(list.indexOf("</tr>", row));
        String clusterPath = list.substring(badge, list.indexOf('"', badge));

        HttpResponse<String> cluster = editor.get(clusterPath);
        assertThat(cluster.statusCode()).isEqualTo(200);
        assertThat(cluster.body())
                .contains("/newsroom/articles/" + firstId)
                .contains("Harbour Agency")
                .contains("Coast Press");
        assertThat(editor.get("/newsroom/clusters").body()).contains(clusterPath);
        assertThat(editor.get("/newsroom/clusters/999999999").statusCode()).isEqualTo(404);
    }

    /** The search API's answer once the index holds {@code total} matches (the indexer runs behind the save). */
    private JsonNode searchUntilIndexed(String word, int total) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode answer = null;
        while (System.nanoTime() < deadline) {
            answer = JSON.readTree(site.get("/api/v1/search?q=" + word).body());
            if (answer.get("total").asLong() >= total) {
                return answer;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(String.format(Locale.ROOT, "search for %s never found %d: %s", word, total, answer));
    }

    /** The HTML of the element with this class, from its start to the end of the page section. */
    private static String section(String page, String cssClass) {
        int start = page.indexOf("class=\"" + cssClass + "\"");
        assertThat(start).as("the page has %s", cssClass).isPositive();
        int end = page.indexOf("</section>", start);
        return page.substring(start, end);
    }
}
