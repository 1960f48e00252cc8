package org.gazette.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gazette.article.Article;
import org.gazette.article.ArticleRepository;
import org.gazette.ingest.JsonLinesImport;
import org.gazette.testing.EntityRows;
import org.gazette.testing.GazetteIntegrationTest;
import org.gazette.testing.Quiet;
import org.gazette.testing.SharedCorpus;
import org.gazette.testing.SiteClient;
import org.gazette.testing.TestArticle;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The entities a story names, in its NewsArticle JSON-LD ({@code about}/{@code mentions}), its ninjs
 * ({@code subjects}/{@code places}) and its JSON; and the events API with its filters, paging and problems.
 * Rows are written into the V9 tables as the tagger and the event extractor write them.
 */
@GazetteIntegrationTest
class EntitiesAndEventsApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonLinesImport importer;

    @Autowired
    ArticleRepository articles;

    private SiteClient site;
    private EntityRows rows;
    private String word;
    private Article story;
    private long aliyev;
    private long blinken;

    @BeforeEach
    void storyNamingFourEntities() throws IOException {
        site = new SiteClient(port);
        rows = new EntityRows(jdbc);
        word = UUID.randomUUID().toString().substring(0, 8);
        TestArticle input = TestArticle.story("entities-api")
                .with("headline", "Aliyev receives a call " + word)
                .with("date", "2024-09-16T14:05:00Z");
        importer.importLines(TestArticle.lines(input), new Quiet().stream());
        story = articles.findByExternalId(input.id()).orElseThrow();
        aliyev = rows.entity("ilham-aliyev-" + word, "PER", Map.of("en", "Ilham Aliyev", "az", "İlham Əliyev"));
        blinken = rows.entity("antony-blinken-" + word, "PER", Map.of("en", "Antony Blinken"));
        long country = rows.entity("azerbaijan-" + word, "LOC", Map.of("en", "Azerbaijan"));
        long ministry = rows.entity("state-department-" + word, "ORG", Map.of("en", "State Department"));
        long hidden = rows.entity("hidden-" + word, "ORG", Map.of("en", "Hidden Body " + word));
        rows.hide(hidden);
        rows.names(story.id(), aliyev, 2, 0);
        rows.names(story.id(), blinken, 3, 10);
        rows.names(story.id(), country, 1, 40);
        rows.names(story.id(), ministry, 1, 60);
        rows.names(story.id(), hidden, 1, 80);
    }

    private JsonNode json(String path, Map<String, String> headers, int status) {
        HttpResponse<String> response = site.get(path, headers);
        assertThat(response.statusCode()).as("%s: %s", path, response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    private static List<String> parties(JsonNode list) {
        List<String> found = new ArrayList<>();
        if (list != null) {
            list.forEach(p -> found.add(p.get("@type").asString() + " "
                    + p.get("name").asString() + " " + p.get("url").asString()));
        }
        return found;
    }

    @Test
    void theNewsArticleIsAboutTheCentralEntitiesAndMentionsTheOthers() {
        String html = site.get("/en/news/" + story.slug()).body();
        JsonNode article = null;
        for (Element script : Jsoup.parse(html).select("script[type=application/ld+json]")) {
            JsonNode block = JSON.readTree(script.data());
            if ("NewsArticle".equals(block.path("@type").asString(""))) {
                article = block;
            }
        }
        assertThat(article).isNotNull();
        assertThat(parties(article.get("about")))
                .extracting(p -> p.replaceAll("https?://[^/ ]+", ""))
                .containsExactly(
                        "Person Antony Blinken /en/entity/antony-blinken-" + word,
                        "Person Ilham Aliyev /en/entity/ilham-aliyev-" + word);
        assertThat(parties(article.get("mentions")))
                .extracting(p -> p.replaceAll("https?://[^/ ]+", ""))
                .containsExactly(
                        "Place Azerbaijan /en/entity/azerbaijan-" + word,
                        "Organization State Department /en/entity/state-department-" + word);
        assertThat(html).contains("In this story", "href=\"/en/entity/azerbaijan-" + word + "\"");
        assertThat(html).doesNotContain("Hidden Body " + word);
    }

    @Test
    void ninjsNamesPeopleAndOrganisationsAsSubjectsAndPlacesAsPlacesWithTheirPages() throws IOException {
        JsonNode item = json("/api/v1/articles/" + story.externalId(), Map.of("Accept", "application/ninjs+json"), 200);
        Path schemaFile = SharedCorpus.require("feeds/ninjs/schema/ninjs-schema_2.1.json");
        try (InputStream in = Files.newInputStream(schemaFile)) {
            assertThat(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                            .getSchema(in)
                            .validate(
                                    item,
                                    context -> context.executionConfig(config -> config.formatAssertionsEnabled(true))))
                    .isEmpty();
        }
        List<String> subjects = new ArrayList<>();
        item.get("subjects")
                .forEach(s -> subjects.add(s.path("rel").asString("") + " "
                        + s.get("name").asString() + " " + s.path("uri").asString("")));
        assertThat(subjects)
                .extracting(s -> s.replaceAll("https?://[^/ ]+", ""))
                .contains(
                        "about Ilham Aliyev /en/entity/ilham-aliyev-" + word,
                        "mentions State Department /en/entity/state-department-" + word);
        assertThat(item.get("places").get(0).get("name").asString()).isEqualTo("Azerbaijan");
        assertThat(item.get("places").get(0).get("uri").asString()).endsWith("/en/entity/azerbaijan-" + word);
    }

    @Test
    void theArticleJsonListsItsShownEntities() {
        JsonNode article = json("/api/v1/articles/" + story.externalId(), Map.of(), 200);
        List<String> entities = new ArrayList<>();
        article.get("entities")
                .forEach(e -> entities.add(
                        e.get("slug").asString() + " " + e.get("type").asString()));
        assertThat(entities)
                .containsExactly(
                        "antony-blinken-" + word + " PER",
                        "ilham-aliyev-" + word + " PER",
                        "azerbaijan-" + word + " LOC",
                        "state-department-" + word + " ORG");
        assertThat(article.get("entities").get(0).get("url").asString()).endsWith("/en/entity/antony-blinken-" + word);
    }

    @Test
    void theEventsApiFiltersByEntityDateAndTypeAndPagesByCursor() {
        rows.event(
                story.id(),
                "en",
                "CALL",
                "2024-09-16",
                "Blinken called Aliyev " + word + ".",
                List.of(
                        new EntityRows.Actor(
                                "initiator", "Antony Blinken", "Secretary of State", "United States", blinken),
                        new EntityRows.Actor("partner", "Ilham Aliyev", "President", "Azerbaijan", aliyev)),
                List.of("peace-process", "cop29"));
        rows.event(
                story.id(),
                "en",
                "MEET",
                "2024-10-01",
                "Aliyev met envoys " + word + ".",
                List.of(new EntityRows.Actor("initiator", "Ilham Aliyev", null, null, aliyev)),
                List.of());
        String entity = "ilham-aliyev-" + word;

        JsonNode all = json("/api/v1/events?entity=" + entity, Map.of(), 200);
        assertThat(all.get("items")).hasSize(2);
        assertThat(all.get("items").get(0).get("type").asString()).isEqualTo("MEET");

        JsonNode september =
                json("/api/v1/events?entity=" + entity + "&from=2024-09-01&to=2024-09-30&lang=en", Map.of(), 200);
        assertThat(september.get("items")).hasSize(1);
        JsonNode call = september.get("items").get(0);
        assertThat(call.get("type").asString()).isEqualTo("CALL");
        assertThat(call.get("date").asString()).isEqualTo("2024-09-16");
        assertThat(call.get("lang").asString()).isEqualTo("en");
        assertThat(call.get("story").get("id").asString()).isEqualTo(story.externalId());
        assertThat(call.get("story").get("url").asString()).endsWith("/en/news/" + story.slug());
        assertThat(call.get("actors").get(0).get("role").asString()).isEqualTo("initiator");
        assertThat(call.get("actors").get(0).get("title").asString()).isEqualTo("Secretary of State");
        assertThat(call.get("actors").get(1).get("entity").asString()).isEqualTo(entity);
        assertThat(call.get("actors").get(1).get("url").asString()).endsWith("/en/entity/" + entity);
        assertThat(call.get("topics").toString()).contains("peace-process", "cop29");

        assertThat(json("/api/v1/events?entity=" + entity + "&type=meet", Map.of(), 200)
                        .get("items"))
                .hasSize(1);
        assertThat(json("/api/v1/events?entity=" + entity + "&lang=ru", Map.of(), 200)
                        .get("items"))
                .isEmpty();

        JsonNode first = json("/api/v1/events?entity=" + entity + "&limit=1", Map.of(), 200);
        assertThat(first.get("items").get(0).get("type").asString()).isEqualTo("MEET");
        String cursor = first.get("next_cursor").asString();
        JsonNode second = json("/api/v1/events?entity=" + entity + "&limit=1&cursor=" + cursor, Map.of(), 200);
        assertThat(second.get("items").get(0).get("type").asString()).isEqualTo("CALL");
        assertThat(second.path("next_cursor").isNull()
                        || second.path("next_cursor").isMissingNode())
                .isTrue();
    }

    @Test
    void badEventFiltersAre400ProblemsAndAnUnknownEntityIsA404Problem() {
        for (String query : List.of(
                "from=2024-13-01",
                "to=yesterday",
                "from=2024-09-30&to=2024-09-01",
                "type=PHONE",
                "cursor=%00",
                "limit=0",
                "lang=xx")) {
            HttpResponse<String> response = site.get("/api/v1/events?" + query);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type"))
                    .as(query)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        }
        HttpResponse<String> unknown = site.get("/api/v1/events?entity=nobody-" + word);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(site.get("/api/v1/events?entity=hidden-" + word).statusCode())
                .isEqualTo(404);
        assertThat(site.get("/api/v1/entities/nobody-" + word).statusCode()).isEqualTo(404);
        JsonNode entity = json("/api/v1/entities/ilham-aliyev-" + word + "?lang=az", Map.of(), 200);
        assertThat(entity.get("name").asString()).isEqualTo("İlham Əliyev");
        assertThat(entity.get("url").asString()).endsWith("/az/entity/ilham-aliyev-" + word);
    }
}
