package org.gazette.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gazette.article.ArticleRepository;
import org.gazette.testing.GazetteIntegrationTest;
import org.gazette.testing.SiteClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a reader who follows Azerbaijani diplomacy gets from the demo site with nothing but the running
 * pipeline: the reference story, loaded in English, Russian and Azerbaijani as the site starts, is tagged
 * by the worker, and then Ilham Aliyev has one page per language listing that language's report, the call
 * is on the events timeline and in the events API exactly as the story tells it (16 September 2024,
 * Antony Blinken calling Ilham Aliyev about the peace process, border delimitation and COP29), and the
 * article's structured data names both men with links to their pages.
 */
@GazetteIntegrationTest
class UnderstandingJourneyIT {

    private static final String REFERENCE = "azertag-2024-09-16-blinken-aliyev-call";
    private static final Map<String, String> VERSIONS =
            Map.of("en", REFERENCE, "ru", REFERENCE + "-ru", "az", REFERENCE + "-az");

    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    ArticleRepository articles;

    @Test
    void theReferenceCallIsOnAliyevsPagesTheTimelineAndTheEventsApiInThreeLanguages() throws Exception {
        SiteClient site = new SiteClient(port);
        Map<String, JsonNode> calls = callsByLanguage(site);

        assertThat(calls).as("one call per language version").containsOnlyKeys("en", "ru", "az");
        for (Map.Entry<String, JsonNode> found : calls.entrySet()) {
            String lang = found.getKey();
            JsonNode call = found.getValue();
            assertThat(call.path("date").asText()).as(lang).isEqualTo("2024-09-16");
            assertThat(call.path("story").path("id").asText()).as(lang).isEqualTo(VERSIONS.get(lang));
            JsonNode actors = call.path("actors");
            assertThat(actors.size()).as("%s actors: %s", lang, actors).isEqualTo(2);
            assertThat(actors.get(0).path("entity").asText()).as(lang).isEqualTo("antony-blinken");
            assertThat(actors.get(0).path("role").asText()).as(lang).isEqualTo("initiator");
            assertThat(actors.get(0).path("country").asText()).as(lang).isEqualTo("US");
            assertThat(actors.get(1).path("entity").asText()).as(lang).isEqualTo("ilham-aliyev");
            assertThat(actors.get(1).path("role").asText()).as(lang).isEqualTo("partner");
            assertThat(actors.get(1).path("country").asText()).as(lang).isEqualTo("AZ");
            List<String> topics = new ArrayList<>();
            call.path("topics").forEach(topic -> topics.add(topic.asText()));
            assertThat(topics).as(lang).contains("peace-process", "border-delimitation", "cop29");
        }

        for (String lang : List.of("en", "ru", "az")) {
            String headline =
                    articles.findByExternalId(VERSIONS.get(lang)).orElseThrow().headline();
            HttpResponse<String> aliyev = site.get("/" + lang + "/entity/ilham-aliyev");
            assertThat(aliyev.statusCode()).as(lang).isEqualTo(200);
            assertThat(aliyev.body())
                    .as("Aliyev's %s page lists the %s report", lang, lang)
                    .contains(escaped(headline));

            HttpResponse<String> timeline = site.get("/" + lang + "/events?entity=ilham-aliyev&type=CALL");
            assertThat(timeline.statusCode()).as(lang).isEqualTo(200);
            assertThat(timeline.body())
                    .as("the %s timeline links the report", lang)
                    .contains(escaped(headline));
        }

        String slug = articles.findByExternalId(REFERENCE).orElseThrow().slug();
        String page = site.get("/en/news/" + slug).body();
        assertThat(page)
                .as("the article's JSON-LD names both men with their pages")
                .contains("\"@type\":\"Person\"")
                .contains("/en/entity/ilham-aliyev")
                .contains("/en/entity/antony-blinken");
    }

    /** The calls of 16 September 2024 with Aliyev, once the worker has tagged the three versions (at most 2 min). */
    private Map<String, JsonNode> callsByLanguage(SiteClient site) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        Map<String, JsonNode> calls = new HashMap<>();
        while (Instant.now().isBefore(deadline)) {
            calls.clear();
            HttpResponse<String> answer =
                    site.get("/api/v1/events?entity=ilham-aliyev&type=CALL&from=2024-09-16&to=2024-09-16");
            if (answer.statusCode() == 200) {
                for (JsonNode event : json.readTree(answer.body()).path("items")) {
                    String lang = event.path("lang").asText();
                    assertThat(calls.put(lang, event))
                            .as("a second call in %s: %s", lang, event)
                            .isNull();
                }
                if (calls.size() == 3) {
                    return calls;
                }
            }
            Thread.sleep(500);
        }
        return calls;
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&#34;");
    }
}
