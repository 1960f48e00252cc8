package org.gazette.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Predicate;
import org.gazette.ingest.JsonLinesImport;
import org.gazette.testing.GazetteIntegrationTest;
import org.gazette.testing.Quiet;
import org.gazette.testing.SiteClient;
import org.gazette.testing.TestArticle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * A site in Baku (UTC+4) counts its days from Baku's midnight: a story published at 22:30 UTC on the 15th
 * is a story of the 16th in the archive, the API's date filter, search's date filter and year facet, and the
 * monthly sitemaps.
 */
@GazetteIntegrationTest
@TestPropertySource(properties = "gazette.time-zone=Asia/Baku")
class SiteTimeZoneDaysIT {

    private static final String BASE = "http://localhost:8080";

    @LocalServerPort
    int port;

    @Autowired
    JsonLinesImport importer;

    @Autowired
    ArticleRepository articles;

    SiteClient site;

    @BeforeEach
    void connect() {
        site = new SiteClient(port);
    }

    /** A word of its own, so search finds this test's stories only. */
    private static String uniqueWord() {
        return "bakuday" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);
    }

    private Article importStory(String date, String word) throws IOException {
        TestArticle story = TestArticle.story("baku-day")
                .with("date", date)
                .with("body", "The " + word + " story, published late in the evening, UTC.");
        importer.importLines(TestArticle.lines(story), new Quiet().stream());
        return articles.findByExternalId(story.id()).orElseThrow();
    }

    private String body(String path) {
        HttpResponse<String> response = site.get(path);
        assertThat(response.statusCode())
                .as("status of %s: %s", path, response.body())
                .isEqualTo(200);
        return response.body();
    }

    /** Search follows the database through an outbox; asks until the answer holds, for up to 30 s. */
    private String eventually(String path, Predicate<String> holds) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        String body = body(path);
        while (!holds.test(body) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            body = body(path);
        }
        return body;
    }

    @Test
    void aStoryOfTenThirtyPmUtcIsInTheNextDaysArchiveAndDateFilters() throws Exception {
        String word = uniqueWord();
        Article story = importStory("2024-09-15T22:30:00Z", word);
        String page = "/en/news/" + story.slug();

        assertThat(body("/en/archive/2024/09/16")).contains(page);
        assertThat(body("/en/archive/2024/09/15")).doesNotContain(page);

        assertThat(body("/api/v1/articles?lang=en&from=2024-09-16&to=2024-09-16&limit=100"))
                .contains("\"" + story.externalId() + "\"");
        assertThat(body("/api/v1/articles?lang=en&from=2024-09-15&to=2024-09-15&limit=100"))
                .doesNotContain("\"" + story.externalId() + "\"");

        assertThat(eventually("/en/search?q=" + word + "&from=2024-09-16&to=2024-09-16", b -> b.contains(page)))
                .contains(page);
        assertThat(body("/en/search?q=" + word + "&from=2024-09-15&to=2024-09-15"))
                .doesNotContain(page);
        assertThat(body("/api/v1/search?q=" + word + "&from=2024-09-16")).contains("\"" + story.externalId() + "\"");
        assertThat(body("/api/v1/search?q=" + word + "&to=2024-09-15"))
                .doesNotContain("\"" + story.externalId() + "\"");
    }

    @Test
    void aStoryOfTheLastEveningOfAMonthInUtcIsInTheNextMonthsSitemap() throws Exception {
        Article story = importStory("2024-09-30T22:30:00Z", uniqueWord());
        String url = BASE + "/en/news/" + story.slug();

        assertThat(body("/sitemap.xml")).contains(BASE + "/sitemaps/2024-10-1.xml");
        assertThat(body("/sitemaps/2024-10-1.xml")).contains(url);
        assertThat(body("/sitemaps/2024-09-1.xml")).doesNotContain(url);
        assertThat(body("/en/archive/2024/10/01")).contains("/en/news/" + story.slug());
    }

    @Test
    void theYearFacetCountsTheStoryInTheYearItWasPublishedInBaku() throws Exception {
        String word = uniqueWord();
        importStory("2024-12-31T22:30:00Z", word);

        String results = eventually("/api/v1/search?q=" + word, b -> b.contains("\"total\":1"));
        assertThat(results)
                .contains("\"total\":1")
                .contains("\"value\":\"2025\"")
                .doesNotContain("\"value\":\"2024\"");
    }
}
