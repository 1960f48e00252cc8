package org.gazette.testing;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * One article in the import format, for tests that need stories of their own. Ids get a random
 * suffix so tests sharing an application never see each other's data.
 */
public final class TestArticle {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Map<String, Object> fields = new LinkedHashMap<>();

    private TestArticle(String idPrefix) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        fields.put("id", idPrefix + "-" + unique);
        fields.put("headline", "Test story " + unique);
        fields.put("dek", null);
        fields.put("date", "2024-09-16T10:00:00Z");
        fields.put("updated", null);
        fields.put("body", "First paragraph of story " + unique + ".\n\nSecond paragraph.");
        fields.put("lang", "en");
        fields.put("section", null);
        fields.put("tags", List.of());
        fields.put("authors", List.of());
        fields.put("source", null);
        fields.put("source_url", null);
        fields.put("translation_of", null);
    }

    public static TestArticle story(String idPrefix) {
        return new TestArticle(idPrefix);
    }

    public TestArticle with(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    public String id() {
        return (String) fields.get("id");
    }

    public String headline() {
        return (String) fields.get("headline");
    }

    public String json() {
        return JSON.writeValueAsString(fields);
    }

    /** JSON Lines of the given articles, as an import stream. */
    public static InputStream lines(TestArticle... articles) {
        List<String> lines = new ArrayList<>();
        for (TestArticle article : articles) {
            lines.add(article.json());
        }
        return new ByteArrayInputStream((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    public static InputStream text(String jsonLines) {
        return new ByteArrayInputStream(jsonLines.getBytes(StandardCharsets.UTF_8));
    }
}
