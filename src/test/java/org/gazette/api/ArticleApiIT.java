package org.gazette.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gazette.ingest.JsonLinesImport;
import org.gazette.testing.GazetteIntegrationTest;
import org.gazette.testing.Quiet;
import org.gazette.testing.SiteClient;
import org.gazette.testing.TestArticle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@GazetteIntegrationTest
class ArticleApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JsonLinesImport importer;

    SiteClient site;

    @BeforeEach
    void connect() {
        site = new SiteClient(port);
    }

    private JsonNode json(String path, int expectedStatus) {
        HttpResponse<String> response = site.get(path);
        assertThat(response.statusCode()).as("%s: %s", path, response.body()).isEqualTo(expectedStatus);
        return JSON.readTree(response.body());
    }

    @Test
    void articleByIdHasTheImportFieldsAndItsTranslations() {
        JsonNode article = json("/api/v1/articles/azertag-2024-09-16-blinken-aliyev-call", 200);
        assertThat(article.get("headline").asString()).contains("Blinken");
        assertThat(article.get("date").asString()).isEqualTo("2024-09-16T14:05:00Z");
        assertThat(article.get("lang").asString()).isEqualTo("en");
        assertThat(article.get("section").asString()).isEqualTo("politics");
        assertThat(article.get("source").asString()).isEqualTo("Azertag");
        assertThat(article.get("source_url").asString()).isEqualTo("https://azertag.az/en");
        assertThat(article.get("body").asString()).startsWith("<p>");
        assertThat(article.get("url").asString()).startsWith("http://localhost:8080/en/news/");
        List<String> languages = new ArrayList<>();
        article.get("translations").forEach(t -> languages.add(t.get("lang").asString()));
        assertThat(languages).containsExactlyInAnyOrder("ru", "az");
    }

    @Test
    void listsFilterByLanguageSectionTagSourceAndDates() throws IOException {
        String tag = "Api Tag " + System.nanoTime();
        String source = "Api Agency " + System.nanoTime();
        TestArticle inRange = TestArticle.story("api")
                .with("tags", List.of(tag))
                .with("source", source)
                .with("section", "culture")
                .with("lang", "ru")
                .with("date", "2020-02-10T09:00:00Z");
        TestArticle outOfRange = TestArticle.story("api")
                .with("tags", List.of(tag))
                .with("source", source)
                .with("section", "culture")
                .with("lang", "ru")
                .with("date", "2020-03-10T09:00:00Z");
        importer.importLines(TestArticle.lines(inRange, outOfRange), new Quiet().stream());
        String tagSlug = "api-tag-" + tag.substring(8);
        String sourceSlug = "api-agency-" + source.substring(11);

        assertThat(ids(json("/api/v1/articles?lang=ru&tag=" + tagSlug, 200)))
                .containsExactly(outOfRange.id(), inRange.id());
        assertThat(ids(json("/api/v1/articles?source=" + sourceSlug + "&from=2020-02-01&to=2020-02-29", 200)))
                .containsExactly(inRange.id());
        assertThat(ids(json("/api/v1/articles?lang=en&tag=" + tagSlug, 200))).isEmpty();
        assertThat(ids(json("/api/v1/articles?section=culture&tag=" + tagSlug + "&to=2020-03-10T09:00:00Z", 200)))
                .containsExactly(inRange.id());
        assertThat(ids(json("/api/v1/articles?tag=no-such-tag-at-all", 200))).isEmpty();
    }

    @Test
    void cursorPaginationWalksEveryStoryOnceNewestFirst() throws IOException {
        String tag = "Walk " + System.nanoTime();
        List<TestArticle> stories = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            // two stories share each publication time, so ties are ordered by id
            stories.add(TestArticle.story("walk")
                    .with("tags", List.of(tag))
                    .with("date", String.format(Locale.ROOT, "2019-05-0%dT10:00:00Z", 1 + i / 2)));
        }
        importer.importLines(TestArticle.lines(stories.toArray(TestArticle[]::new)), new Quiet().stream());

        List<String> seen = new ArrayList<>();
        String next = "/api/v1/articles?limit=3&tag=walk-" + tag.substring(5);
        int pages = 0;
        while (next != null) {
            JsonNode page = json(next.replace("http://localhost:8080", ""), 200);
            seen.addAll(ids(page));
            next = page.get("next").isNull() ? null : page.get("next").asString();
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(7);
        Set<String> unique = new HashSet<>(seen);
        assertThat(unique).hasSize(7);
        List<String> dates = new ArrayList<>();
        for (String id : seen) {
            dates.add(json("/api/v1/articles/" + id, 200).get("date").asString());
        }
        assertThat(dates).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "lang=fr|lang|must be one of en, ru, az, got 'fr'",
                "limit=abc|limit|must be an integer from 1 to 100, got 'abc'",
                "limit=0|limit|must be an integer from 1 to 100, got '0'",
                "limit=101|limit|must be an integer from 1 to 100, got '101'",
                "from=16.09.2024|from|must be a date (2024-09-16) or a date-time with a time zone",
                "to=2024-13-01|to|must be a date",
                "from=2024-09-20&to=2024-09-10|to|must be later than 'from'",
                "cursor=garbage|cursor|is not a cursor from a previous response",
                "section=Not%20A%20Slug|section|must be a slug",
            })
    void malformedParametersAnswer400NamingTheParameter(String query, String parameter, String reason) {
        HttpResponse<String> response = site.get("/api/v1/articles?" + query);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("parameter").asString()).isEqualTo(parameter);
        assertThat(problem.get("detail").asString()).startsWith("parameter '" + parameter + "' " + reason);
    }

    @Test
    void unknownArticleAndUnknownEndpointAreProblemDetails() {
        HttpResponse<String> missing = site.get("/api/v1/articles/no-such-article");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(missing.body()).get("detail").asString())
                .isEqualTo("No published article with id 'no-such-article'");
        HttpResponse<String> nowhere = site.get("/api/v1/nothing-here");
        assertThat(nowhere.statusCode()).isEqualTo(404);
        assertThat(nowhere.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }
}
