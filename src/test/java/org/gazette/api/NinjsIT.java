package org.gazette.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
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
import org.gazette.article.Article;
import org.gazette.article.ArticleRepository;
import org.gazette.article.ArticleStore;
import org.gazette.article.LeadImage;
import org.gazette.media.ImageLibrary;
import org.gazette.testing.GazetteIntegrationTest;
import org.gazette.testing.SharedCorpus;
import org.gazette.testing.SiteClient;
import org.gazette.testing.TestImages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Articles as IPTC ninjs 2.1, validated against IPTC's JSON Schema read from {@code ../shared}. */
@GazetteIntegrationTest
class NinjsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String REFERENCE = "azertag-2024-09-16-blinken-aliyev-call";
    private static final Map<String, String> NINJS = Map.of("Accept", "application/ninjs+json");

    @LocalServerPort
    int port;

    @Autowired
    ImageLibrary images;

    @Autowired
    ArticleStore store;

    @Autowired
    ArticleRepository articles;

    SiteClient site;

    @BeforeEach
    void connect() {
        site = new SiteClient(port);
    }

    private static Schema schema() throws IOException {
        Path file = SharedCorpus.require("feeds/ninjs/schema/ninjs-schema_2.1.json");
        try (InputStream in = Files.newInputStream(file)) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(in);
        }
    }

    private static List<String> violations(Schema schema, JsonNode document) {
        List<Error> errors = schema.validate(
                document, context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
        return errors.stream()
                .map(e -> e.getInstanceLocation() + ": " + e.getMessage())
                .toList();
    }

    private JsonNode ninjs(String path, Map<String, String> headers) {
        HttpResponse<String> response = site.get(path, headers);
        assertThat(response.statusCode()).as("%s: %s", path, response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/ninjs+json"));
        return JSON.readTree(response.body());
    }

    @Test
    void acceptHeaderGivesANinjsItemWithVersionsLanguageSubjectsBylineAndAgency() throws IOException {
        JsonNode item = ninjs("/api/v1/articles/" + REFERENCE, NINJS);
        assertThat(violations(schema(), item)).isEmpty();
        assertThat(item.get("uri").asString()).isEqualTo("tag:localhost,2024:article:" + REFERENCE);
        assertThat(item.get("standard").get("version").asString()).isEqualTo("2.1");
        assertThat(item.get("type").asString()).isEqualTo("text");
        assertThat(Integer.parseInt(item.get("version").asString())).isPositive();
        assertThat(item.get("firstcreated").asString()).endsWith("Z");
        assertThat(item.get("versioncreated").asString()).endsWith("Z");
        assertThat(item.get("contentcreated").asString()).isEqualTo("2024-09-16T14:05:00Z");
        assertThat(item.get("language").asString()).isEqualTo("en");
        assertThat(item.get("headlines").get(0).get("role").asString()).isEqualTo("main");
        assertThat(item.get("headlines").get(0).get("value").asString()).contains("Blinken");
        assertThat(item.get("bodies").get(0).get("contenttype").asString()).isEqualTo("text/html");
        assertThat(item.get("bodies").get(0).get("value").asString()).startsWith("<p>");
        List<String> subjects = new ArrayList<>();
        item.get("subjects")
                .forEach(s -> subjects.add(
                        s.get("rel").asString() + ":" + s.get("literal").asString()));
        assertThat(subjects).contains("section:politics");
        assertThat(subjects).anySatisfy(s -> assertThat(s).startsWith("tag:"));
        JsonNode agency = item.get("infosources").get(0);
        assertThat(agency.get("name").asString()).isEqualTo("Azertag");
        assertThat(agency.get("role").asString()).endsWith("/originatingparty");
        List<String> altids = new ArrayList<>();
        item.get("altids")
                .forEach(a -> altids.add(
                        a.get("role").asString() + "=" + a.get("value").asString()));
        assertThat(altids).contains("externalid=" + REFERENCE, "originalurl=https://azertag.az/en");
    }

    @Test
    void ninjsSuffixGivesTheSameItemAndPlainJsonStaysTheImportFormat() {
        JsonNode byHeader = ninjs("/api/v1/articles/" + REFERENCE, NINJS);
        JsonNode bySuffix = ninjs("/api/v1/articles/" + REFERENCE + ".ninjs", Map.of());
        assertThat(bySuffix).isEqualTo(byHeader);
        JsonNode plain = JSON.readTree(site.get("/api/v1/articles/" + REFERENCE).body());
        assertThat(plain.has("headline")).isTrue();
        assertThat(plain.has("headlines")).isFalse();
    }

    @Test
    void everyDemoStoryValidatesAgainstTheNinjsSchema() throws IOException {
        Schema schema = schema();
        JsonNode list = JSON.readTree(site.get("/api/v1/articles?limit=100").body());
        int checked = 0;
        for (JsonNode summary : list.get("items")) {
            JsonNode item = ninjs("/api/v1/articles/" + summary.get("id").asString() + ".ninjs", Map.of());
            assertThat(violations(schema, item))
                    .as(summary.get("id").asString())
                    .isEmpty();
            checked++;
        }
        assertThat(checked).isGreaterThan(10);
    }

    @Test
    void leadImageIsAnAssociatedPictureWithARenditionPerWidthAndStillValidates() throws IOException {
        LeadImage image = TestImages.upload(images, "Cranes over the new port");
        Article story = TestImages.illustratedStory(store, articles, image, "Ninjs pictures " + System.nanoTime());
        JsonNode item = ninjs("/api/v1/articles/" + story.externalId() + ".ninjs", Map.of());
        assertThat(violations(schema(), item)).isEmpty();
        JsonNode picture = item.get("associations").get(0);
        assertThat(picture.get("name").asString()).isEqualTo("leadimage");
        assertThat(picture.get("type").asString()).isEqualTo("picture");
        assertThat(picture.get("uri").asString()).isEqualTo("tag:localhost,2024:image:" + image.id());
        assertThat(picture.get("by").asString()).isEqualTo("Gazette photo");
        assertThat(picture.get("descriptions").get(0).get("role").asString()).isEqualTo("alt");
        assertThat(picture.get("descriptions").get(0).get("value").asString()).isEqualTo("Cranes over the new port");
        List<String> renditions = new ArrayList<>();
        for (JsonNode rendition : picture.get("renditions")) {
            String href = rendition.get("href").asString();
            assertThat(href).startsWith("http://localhost:8080/media/" + image.id() + "-");
            long served = site.get(href.substring("http://localhost:8080".length()))
                    .headers()
                    .firstValueAsLong("Content-Length")
                    .orElseThrow();
            assertThat(rendition.get("sizeinbytes").asLong()).isEqualTo(served);
            assertThat(rendition.get("contenttype").asString()).isEqualTo("image/jpeg");
            renditions.add(rendition.get("width").asInt() + "x"
                    + rendition.get("height").asInt());
        }
        assertThat(renditions).containsExactly("320x213", "640x427", "1024x683", "1600x1067");

        Article plain = TestImages.illustratedStory(store, articles, null, "Ninjs plain " + System.nanoTime());
        assertThat(ninjs("/api/v1/articles/" + plain.externalId() + ".ninjs", Map.of())
                        .has("associations"))
                .isFalse();
        // the import-format JSON names the image by its number, which the write API takes back
        JsonNode json =
                JSON.readTree(site.get("/api/v1/articles/" + story.externalId()).body());
        assertThat(json.get("lead_image").get("id").asLong()).isEqualTo(image.id());
        assertThat(json.get("lead_image").get("url").asString())
                .isEqualTo("http://localhost:8080/media/" + image.id() + "-1600.jpg");
    }

    @Test
    void unknownArticleIsA404ProblemInNinjsToo() {
        HttpResponse<String> response = site.get("/api/v1/articles/no-such-article", NINJS);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(site.get("/api/v1/articles/no-such-article.ninjs").statusCode())
                .isEqualTo(404);
    }
}
