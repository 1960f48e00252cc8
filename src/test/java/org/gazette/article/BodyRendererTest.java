package org.gazette.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.gazette.testing.SharedCorpus;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class BodyRendererTest {

    private final BodyRenderer renderer = new BodyRenderer();

    @Test
    void plainTextBecomesEscapedParagraphsSplitOnBlankLines() {
        String html =
                renderer.render("First <para> & more.\n\nSecond line one\nline two.\n\n\n\nThird.", BodyFormat.TEXT);
        assertThat(html)
                .isEqualTo(
                        "<p>First &lt;para&gt; &amp; more.</p><p>Second line one<br />line two.</p>" + "<p>Third.</p>");
    }

    @Test
    void inlineHtmlReadsAsAParagraphAndKeepsItsLinks() {
        String html = renderer.render(
                "At least <b><a href=\"https://example.org/x\" title=\"t\">100 people</a></b> met.", BodyFormat.HTML);
        assertThat(html)
                .startsWith("<p>")
                .endsWith("</p>")
                .contains("<a href=\"https://example.org/x\" title=\"t\" rel=\"noopener noreferrer\">");
    }

    @Test
    void scriptsHandlersAndDangerousUrlsAreRemoved() {
        String html = renderer.render(
                "<p onclick=\"x()\">Hi<script>alert(1)</script>"
                        + "<a href=\"javascript:alert(1)\">j</a><img src=\"data:text/html;base64,AAAA\" alt=\"d\">"
                        + "<iframe src=\"https://evil.example\"></iframe><h1>Big</h1></p>",
                BodyFormat.HTML);
        assertThat(html).doesNotContain("script", "onclick", "javascript", "iframe", "data:", "<h1");
        assertThat(html).contains("<h2>Big</h2>");
    }

    @Test
    void markdownBecomesSanitizedHtml() {
        String html = renderer.render(
                "# Heading\n\nSome **bold** and a [link](https://example.org/a).\n\n"
                        + "- one\n- two\n\n[bad](javascript:alert(1)) <script>alert(1)</script>",
                BodyFormat.MARKDOWN);
        assertThat(html)
                .contains(
                        "<h2>Heading</h2>",
                        "<strong>bold</strong>",
                        "<a href=\"https://example.org/a\" rel=\"noopener noreferrer\">link</a>",
                        "<li>one</li>");
        assertThat(html).doesNotContain("javascript", "<script");
    }

    @Test
    void detectsHtmlOnlyByKnownTags() {
        assertThat(BodyFormat.detect("Paragraph one.\n\nTwo < three and 5 > 4."))
                .isEqualTo(BodyFormat.TEXT);
        assertThat(BodyFormat.detect("A <a href=\"x\">link</a>")).isEqualTo(BodyFormat.HTML);
        assertThat(BodyFormat.detect("<P>upper case</P>")).isEqualTo(BodyFormat.HTML);
        assertThat(BodyFormat.detect("<script>alert(1)</script>")).isEqualTo(BodyFormat.HTML);
    }

    private static final Pattern DANGEROUS_URL =
            Pattern.compile("^\\s*(javascript|vbscript|data:text/html|data:)", Pattern.CASE_INSENSITIVE);
    private static final List<String> FORBIDDEN_ELEMENTS = List.of(
            "script",
            "iframe",
            "object",
            "embed",
            "meta",
            "base",
            "style",
            "link",
            "form",
            "svg",
            "math",
            "frame",
            "frameset",
            "applet");

    /** Every vector from the shared DOMPurify and PayloadsAllTheThings lists comes out inert. */
    @Test
    void everySharedXssVectorRendersInert() throws IOException {
        Path xss = SharedCorpus.require("xss");
        JsonMapper json = JsonMapper.builder().build();
        int checked = 0;
        for (String file : List.of("dompurify-expect.jsonl", "payloadsallthethings-xss.jsonl")) {
            for (String line : Files.readAllLines(xss.resolve(file))) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode record = json.readTree(line);
                String payload = record.get("payload").asString();
                for (BodyFormat format : BodyFormat.values()) {
                    assertInert(record.get("id").asString(), renderer.render(payload, format));
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(1000);
    }

    static void assertInert(String id, String html) {
        Document document = Jsoup.parseBodyFragment(html);
        for (Element element : document.body().getAllElements()) {
            assertThat(FORBIDDEN_ELEMENTS)
                    .as("element <%s> survived vector %s: %s", element.tagName(), id, html)
                    .doesNotContain(element.tagName());
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey().toLowerCase(Locale.ROOT))
                        .as("attribute %s survived vector %s: %s", attribute.getKey(), id, html)
                        .doesNotStartWith("on")
                        .isNotEqualTo("style")
                        .isNotEqualTo("srcdoc")
                        .isNotEqualTo("formaction");
                if (List.of("href", "src", "action", "cite", "background", "poster", "xlink:href")
                        .contains(attribute.getKey().toLowerCase(Locale.ROOT))) {
                    assertThat(DANGEROUS_URL.matcher(attribute.getValue()).find())
                            .as("URL %s survived vector %s: %s", attribute.getValue(), id, html)
                            .isFalse();
                }
            }
        }
    }
}
