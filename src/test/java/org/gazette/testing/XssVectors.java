package org.gazette.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shared XSS vectors ({@code ../shared/xss}) and the check that a whole rendered page is inert:
 * no script but the site's own files and JSON-LD data, no event handler attribute, no frame, object or
 * embed, and no javascript:, vbscript: or data: URL in a link or source.
 */
public final class XssVectors {

    public record Vector(String id, String payload) {}

    private static final Pattern DANGEROUS_URL =
            Pattern.compile("^\\s*(javascript|vbscript|data):", Pattern.CASE_INSENSITIVE);
    private static final List<String> FORBIDDEN = List.of(
            "iframe", "frame", "frameset", "object", "embed", "applet", "base", "svg", "math", "style", "portal");
    private static final List<String> URL_ATTRIBUTES =
            List.of("href", "src", "action", "formaction", "xlink:href", "background", "poster", "cite", "data");

    private XssVectors() {}

    /** Every vector of both lists; skips the calling test where ../shared is absent. */
    public static List<Vector> all() {
        Path xss = SharedCorpus.require("xss");
        JsonMapper json = JsonMapper.builder().build();
        List<Vector> vectors = new ArrayList<>();
        try {
            for (String file : List.of("dompurify-expect.jsonl", "payloadsallthethings-xss.jsonl")) {
                for (String line : Files.readAllLines(xss.resolve(file))) {
                    if (!line.isBlank()) {
                        JsonNode record = json.readTree(line);
                        // PostgreSQL text cannot hold NUL, and every Gazette input refuses it anyway
                        vectors.add(new Vector(
                                record.get("id").asString(),
                                record.get("payload").asString().replace('\0', '?')));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return vectors;
    }

    /** Asserts that nothing on the page can run code. */
    public static void assertInert(String where, Document page) {
        for (Element element : page.getAllElements()) {
            String tag = element.tagName().toLowerCase(Locale.ROOT);
            assertThat(FORBIDDEN).as("<%s> on %s", tag, where).doesNotContain(tag);
            if (tag.equals("script")) {
                boolean ownFile = element.attr("src").startsWith("/assets/") && element.childNodeSize() == 0;
                boolean data = element.attr("type").equals("application/ld+json") && !element.hasAttr("src");
                assertThat(ownFile || data)
                        .as("script %s on %s", element.outerHtml(), where)
                        .isTrue();
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertThat(name)
                        .as("attribute %s on <%s> at %s", name, tag, where)
                        .doesNotStartWith("on")
                        .isNotEqualTo("style")
                        .isNotEqualTo("srcdoc");
                if (URL_ATTRIBUTES.contains(name)) {
                    assertThat(DANGEROUS_URL.matcher(attribute.getValue()).find())
                            .as("URL %s in %s on <%s> at %s", attribute.getValue(), name, tag, where)
                            .isFalse();
                }
            }
        }
    }
}
