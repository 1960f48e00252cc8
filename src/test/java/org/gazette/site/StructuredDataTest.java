package org.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gazette.testing.XssVectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class StructuredDataTest {

    @Test
    void json_cannotCloseTheScriptElementItIsWrittenInto() {
        String hostile = "</script><script>alert(1)</script><!-- & \u2028";
        String json = StructuredData.json(Map.of("headline", hostile));
        assertThat(json).doesNotContain("<", ">", "&", "\u2028");
        assertThat(JsonMapper.builder().build().readTree(json).get("headline").asString())
                .isEqualTo(hostile);
    }

    /**
     * Every shared XSS vector, and the characters that trouble scripts and XML, as a headline, a keyword
     * and an author in a page's JSON-LD block: an HTML parser sees exactly the one script element, and
     * its data reads back as the same values.
     */
    @Test
    void json_keepsEverySharedVectorInsideItsScriptElement() {
        List<String> payloads =
                new ArrayList<>(List.of("</script>", "]]>", "<!--<script>", "\u2028\u2029", "\u0001\uFFFE"));
        XssVectors.all().forEach(vector -> payloads.add(vector.payload()));
        JsonMapper mapper = JsonMapper.builder().build();
        for (String payload : payloads) {
            String json = StructuredData.json(
                    Map.of("headline", payload, "keywords", List.of(payload), "author", Map.of("name", payload)));
            Document page = Jsoup.parse("<html><head><script type=\"application/ld+json\">" + json
                    + "</script></head><body><p id=\"after\">after</p></body></html>");
            List<Element> scripts = page.select("script");
            assertThat(scripts).as(payload).hasSize(1);
            assertThat(page.getElementById("after")).as(payload).isNotNull();
            var read = mapper.readTree(scripts.get(0).data());
            assertThat(read.get("headline").asString()).as(payload).isEqualTo(payload);
            assertThat(read.get("author").get("name").asString()).as(payload).isEqualTo(payload);
        }
    }
}
