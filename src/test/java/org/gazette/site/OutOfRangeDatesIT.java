package org.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gazette.ingest.JsonLinesImport;
import org.gazette.testing.GazetteIntegrationTest;
import org.gazette.testing.Quiet;
import org.gazette.testing.SiteClient;
import org.gazette.testing.TestArticle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Stories whose dates are out of range already in the database (put there by SQL, as an older version or
 * a hand-edited database could): years 99999, -1, 0 and 9999. Input refuses such dates now; what is
 * stored must still never break a public page, and such a story is not shown on any of them.
 */
@GazetteIntegrationTest
// stories dated in year 99999 would top every other test's front page: an application of its own
@TestPropertySource(properties = "gazette.test.context=out-of-range-dates")
@DirtiesContext
class OutOfRangeDatesIT {

    private static final Map<String, Instant> DATES = new LinkedHashMap<>();

    static {
        DATES.put("far", Instant.parse("+99999-01-01T00:00:00Z"));
        DATES.put("minus", Instant.parse("-0001-06-01T00:00:00Z"));
        DATES.put("zero", Instant.parse("0000-01-01T00:00:00Z"));
        DATES.put("edge", Instant.parse("9999-12-31T23:59:59Z"));
    }

    @LocalServerPort
    int port;

    @Autowired
    JsonLinesImport importer;

    @Autowired
    JdbcClient jdbc;

    SiteClient site;
    final Map<String, TestArticle> stories = new LinkedHashMap<>();

    @BeforeEach
    void storeStoriesWithHostileDates() throws IOException {
        site = new SiteClient(port);
        for (Map.Entry<String, Instant> date : DATES.entrySet()) {
            TestArticle story = TestArticle.story("range-" + date.getKey())
                    .with("headline", "Out of range " + date.getKey())
                    .with("section", "world")
                    .with("tags", List.of("Range " + date.getKey()))
                    .with("source", "Range Wire")
                    .with("authors", List.of("Range Writer"));
            importer.importLines(TestArticle.lines(story), new Quiet().stream());
            long millis = date.getValue().toEpochMilli();
            jdbc.sql("update articles set published_at = :t, first_published_at = :t where external_id = :id")
                    .param("t", millis)
                    .param("id", story.id())
                    .update();
            jdbc.sql("update article_tags set published_at = :t where article_id = "
                            + "(select id from articles where external_id = :id)")
                    .param("t", millis)
                    .param("id", story.id())
                    .update();
            stories.put(date.getKey(), story);
        }
    }

    private String slugOf(TestArticle story) {
        return jdbc.sql("select slug from articles where external_id = :id")
                .param("id", story.id())
                .query(String.class)
                .single();
    }

    @Test
    void everyPublicPageAnswersWithoutTheStory() {
        List<String> paths = new ArrayList<>(List.of(
                "/",
                "/en/",
                "/en/section/world",
                "/en/source/range-wire",
                "/en/author/range-writer",
                "/sitemap.xml",
                "/news-sitemap.xml",
                "/rss.xml",
                "/atom.xml",
                "/feed.json",
                "/en/rss.xml",
                "/en/atom.xml",
                "/en/feed.json",
                "/en/section/world/rss.xml",
                "/en/source/range-wire/atom.xml",
                "/api/v1/articles?lang=en",
                "/api/v1/articles?lang=en&limit=100",
                "/en/archive/9999/12",
                "/en/archive/9999/12/31",
                "/en/archive/0000/01",
                "/en/search?q=range",
                "/api/v1/search?q=range&lang=en",
                "/robots.txt"));
        List<String> failures = new ArrayList<>();
        for (String path : paths) {
            HttpResponse<String> response = site.get(path);
            if (response.statusCode() >= 500) {
                failures.add(path + " answered " + response.statusCode());
            }
            for (String name : DATES.keySet()) {
                if (response.body().contains("Out of range " + name)) {
                    failures.add(path + " shows the story dated " + name);
                }
            }
            for (String year : List.of("99999", "-0001", ">0001", "0000-", "9999-", "1 January 0001")) {
                if (response.body().contains(year)) {
                    failures.add(path + " writes the year " + year);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void theSitemapIndexListsNoMonthItCannotServe() {
        String index = site.get("/sitemap.xml").body();
        for (String loc : index.split("<loc>")) {
            if (loc.contains("</loc>")) {
                String url = loc.substring(0, loc.indexOf("</loc>"));
                String path = url.replaceFirst("^https?://[^/]+", "");
                assertThat(site.get(path).statusCode()).as(path).isEqualTo(200);
            }
        }
    }

    @Test
    void aStoryDatedOutOfRangeHasNoPublicPage() {
        for (Map.Entry<String, TestArticle> story : stories.entrySet()) {
            String path = "/en/news/" + slugOf(story.getValue());
            HttpResponse<String> response = site.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            HttpResponse<String> api =
                    site.get("/api/v1/articles/" + story.getValue().id());
            assertThat(api.statusCode()).as("API %s", story.getKey()).isEqualTo(404);
            assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        }
    }

    /**
     * Completions read the search index, which learns a changed date only from the outbox: the stories
     * are queued again here, as a reindex would read them, and once indexed with their hostile dates
     * no completion names them, their tags or their bylines.
     */
    @Test
    void completionsNameNoStoryDatedOutOfRange() throws InterruptedException {
        // every test stored such stories: all of them, not only this test's
        jdbc.sql("insert into search_outbox (article_id, created_at)"
                        + " select id, 0 from articles where external_id like 'range-%'")
                .update();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (jdbc.sql("select count(*) from search_outbox").query(Long.class).single() > 0
                && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        for (String typed : List.of("out+of+ran", "range+wri", "range+fa", "range+ze")) {
            String body = site.get("/api/v1/search/suggest?lang=en&q=" + typed).body();
            assertThat(body).as(typed).doesNotContain("Out of range", "Range far", "Range zero", "Range Writer");
        }
    }
}
