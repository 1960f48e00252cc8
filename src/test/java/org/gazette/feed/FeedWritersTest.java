package org.gazette.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gazette.testing.XssVectors;
import org.gazette.text.Language;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;

/** The three writers on a feed built by hand: one plain story, one with everything, one with hostile text. */
class FeedWritersTest {

    private static final String BASE = "https://news.example.com";
    private static final String HOSTILE =
            "Bad\u0000 \u0007text\uFFFF ]]> </script><script>alert(1)</script> & \uD800 done";

    private static FeedItem plain() {
        return new FeedItem(
                "tag:news.example.com,2024:article:plain-1",
                BASE + "/en/news/plain",
                "Plain story",
                "A summary.",
                null,
                Instant.parse("2024-09-16T14:05:00Z"),
                Instant.parse("2024-09-16T14:05:00Z"),
                Language.of("en"),
                List.of(),
                null,
                List.of(),
                null,
                null);
    }

    private static FeedItem rich() {
        return new FeedItem(
                "tag:news.example.com,2024:article:rich-1",
                BASE + "/ru/news/rich",
                "Богатая история",
                "Дек истории.",
                "<p>Первый абзац.</p><p>Второй.</p>",
                Instant.parse("2024-09-15T09:00:00Z"),
                Instant.parse("2024-09-16T09:30:00Z"),
                Language.of("ru"),
                List.of(new FeedItem.Term("Leyla Hasanova", "leyla-hasanova", BASE + "/ru/author/leyla-hasanova")),
                new FeedItem.Term("Политика", "politics", BASE + "/ru/section/politics"),
                List.of(new FeedItem.Term("Баку", "baku", BASE + "/ru/tag/baku")),
                new FeedItem.Credit("Azertag", "https://azertag.az", "https://azertag.az/story/1"),
                new FeedItem.Image(
                        BASE + "/media/7-1600.jpg",
                        "image/jpeg",
                        12345,
                        1600,
                        1067,
                        "Ferry at the pier",
                        "Caption",
                        "Photographer"));
    }

    private static FeedItem hostile() {
        return new FeedItem(
                "tag:news.example.com,2024:article:hostile-1",
                BASE + "/en/news/hostile",
                HOSTILE,
                HOSTILE,
                "<p>" + HOSTILE.replace("<", "&lt;") + "</p>",
                Instant.parse("2024-09-14T09:00:00Z"),
                Instant.parse("2024-09-14T09:00:00Z"),
                Language.of("en"),
                List.of(new FeedItem.Term(HOSTILE, "x", BASE + "/en/author/x")),
                new FeedItem.Term(HOSTILE, "s", BASE + "/en/section/s"),
                List.of(new FeedItem.Term(HOSTILE, "t", BASE + "/en/tag/t")),
                new FeedItem.Credit(HOSTILE, null, "https://agency.example/x"),
                null);
    }

    private static Feed feed(Language lang, String hub) {
        return new Feed(
                "tag:news.example.com,2024:feed:/",
                "Gazette " + HOSTILE,
                "Latest news",
                lang,
                BASE + "/",
                "/",
                BASE,
                "Gazette",
                Instant.parse("2024-09-16T15:00:00Z"),
                List.of(plain(), rich(), hostile()),
                BASE + "/assets/favicon.svg",
                BASE + "/assets/logo.png",
                hub);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void rss_meetsTheStructuralRulesAndCarriesEveryField() {
        String xml = text(new RssWriter().write(feed(null, "https://hub.example.com/")));
        Channel channel = FeedChecks.rss(xml);
        assertThat(channel.getItems()).hasSize(3);
        Item rich = channel.getItems().get(1);
        assertThat(rich.getGuid().getValue()).isEqualTo("tag:news.example.com,2024:article:rich-1");
        assertThat(rich.getContent().getValue()).isEqualTo("<p>Первый абзац.</p><p>Второй.</p>");
        assertThat(rich.getSource().getUrl()).isEqualTo("https://azertag.az/story/1");
        assertThat(rich.getSource().getValue()).isEqualTo("Azertag");
        assertThat(rich.getEnclosures()).singleElement().satisfies(e -> {
            assertThat(e.getUrl()).isEqualTo(BASE + "/media/7-1600.jpg");
            assertThat(e.getLength()).isEqualTo(12345);
            assertThat(e.getType()).isEqualTo("image/jpeg");
        });
        assertThat(channel.getItems().get(0).getEnclosures()).isEmpty();
        assertThat(rich.getCategories()).extracting(c -> c.getValue()).containsExactly("Политика", "Баку");
        assertThat(xml)
                .contains(
                        "<dc:creator>Leyla Hasanova</dc:creator>",
                        "<dc:language>ru</dc:language>",
                        "<media:content url=\"" + BASE + "/media/7-1600.jpg\"",
                        "width=\"1600\"",
                        "height=\"1067\"",
                        "<media:description type=\"plain\">Ferry at the pier</media:description>",
                        "<media:title type=\"plain\">Caption</media:title>",
                        "<media:credit>Photographer</media:credit>",
                        "rel=\"hub\"",
                        "<pubDate>Sun, 15 Sep 2024 09:00:00 GMT</pubDate>");
        // the plain summary is HTML-escaped once for feed readers, and once more by XML
        assertThat(channel.getItems().get(2).getDescription().getValue()).contains("&lt;/script&gt;");
    }

    @Test
    void atom_meetsTheStructuralRulesAndCarriesEveryField() {
        String xml = text(new AtomWriter().write(feed(Language.of("en"), null)));
        com.rometools.rome.feed.atom.Feed atom = FeedChecks.atom(xml);
        assertThat(FeedChecks.wellFormed(xml)
                        .getDocumentElement()
                        .getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"))
                .isEqualTo("en");
        Entry rich = atom.getEntries().get(1);
        assertThat(rich.getId()).isEqualTo("tag:news.example.com,2024:article:rich-1");
        assertThat(rich.getContents().get(0).getType()).isEqualTo("html");
        assertThat(rich.getContributors()).singleElement().satisfies(p -> assertThat(p.getName())
                .isEqualTo("Azertag"));
        assertThat(rich.getOtherLinks()).extracting(l -> l.getRel()).containsExactly("via", "enclosure");
        assertThat(rich.getOtherLinks().get(1)).satisfies(l -> {
            assertThat(l.getHref()).isEqualTo(BASE + "/media/7-1600.jpg");
            assertThat(l.getType()).isEqualTo("image/jpeg");
            assertThat(l.getLength()).isEqualTo(12345);
        });
        assertThat(atom.getEntries().get(0).getOtherLinks()).isEmpty();
        assertThat(rich.getAuthors()).extracting(p -> p.getName()).containsExactly("Leyla Hasanova");
        assertThat(rich.getCategories()).extracting(c -> c.getTerm()).containsExactly("politics", "baku");
        assertThat(xml)
                .contains("<published>2024-09-15T09:00:00Z</published>", "<updated>2024-09-16T09:30:00Z</updated>");
    }

    @Test
    void atom_marksEachEntryWithItsLanguageInTheWholeSiteFeed() {
        String xml = text(new AtomWriter().write(feed(null, null)));
        Document dom = FeedChecks.wellFormed(xml);
        var entries = dom.getElementsByTagNameNS(FeedChecks.ATOM_NS, "entry");
        assertThat(((org.w3c.dom.Element) entries.item(1))
                        .getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"))
                .isEqualTo("ru");
    }

    @Test
    void jsonFeed_meetsTheStructuralRulesAndCarriesEveryField() {
        String json = text(new JsonFeedWriter().write(feed(Language.of("en"), "https://hub.example.com/")));
        JsonNode feed = FeedChecks.jsonFeed(json);
        assertThat(feed.get("language").asString()).isEqualTo("en");
        assertThat(feed.get("hubs").get(0).get("type").asString()).isEqualTo("WebSub");
        JsonNode plain = feed.get("items").get(0);
        assertThat(plain.get("content_text").asString()).isEqualTo("A summary.");
        assertThat(plain.has("_gazette")).isFalse();
        JsonNode rich = feed.get("items").get(1);
        assertThat(rich.get("content_html").asString()).startsWith("<p>Первый");
        assertThat(rich.get("date_published").asString()).isEqualTo("2024-09-15T09:00:00Z");
        assertThat(rich.get("authors").get(0).get("name").asString()).isEqualTo("Leyla Hasanova");
        assertThat(rich.get("tags").get(0).asString()).isEqualTo("Баку");
        assertThat(rich.get("image").asString()).isEqualTo(BASE + "/media/7-1600.jpg");
        assertThat(rich.get("attachments").get(0).get("mime_type").asString()).isEqualTo("image/jpeg");
        assertThat(rich.get("attachments").get(0).get("size_in_bytes").asLong()).isEqualTo(12345);
        assertThat(plain.has("image")).isFalse();
        assertThat(plain.has("attachments")).isFalse();
        assertThat(rich.get("_gazette").get("source").get("name").asString()).isEqualTo("Azertag");
        assertThat(rich.get("_gazette").get("source").get("original_url").asString())
                .isEqualTo("https://azertag.az/story/1");
        assertThat(rich.get("_gazette").get("section").get("slug").asString()).isEqualTo("politics");
    }

    @Test
    void hostileText_leavesEveryXmlFeedWellFormedAndLosesOnlyForbiddenCharacters() {
        for (FeedWriter writer : List.of(new RssWriter(), new AtomWriter())) {
            String xml = text(writer.write(feed(null, null)));
            Document dom = FeedChecks.wellFormed(xml);
            assertThat(dom.getDocumentElement().getTextContent())
                    .contains("Bad text ]]> </script><script>alert(1)</script> &  done")
                    .doesNotContain("\u0000", "\u0007", "\uFFFF");
        }
    }

    @Test
    void rss_channelDescriptionIsPlainTextEscapedForReadersThatTreatItAsHtml() {
        Feed feed = new Feed(
                "tag:news.example.com,2024:feed:/en/tag/x",
                "Gazette",
                "Stories tagged " + HOSTILE,
                Language.of("en"),
                BASE + "/en/tag/x",
                "/en/tag/x",
                BASE,
                "Gazette",
                Instant.parse("2024-09-16T15:00:00Z"),
                List.of(plain()),
                null,
                null,
                null);
        Document dom = FeedChecks.wellFormed(text(new RssWriter().write(feed)));
        // the channel's own description comes before any item's
        String description = dom.getElementsByTagName("description").item(0).getTextContent();
        // the parsed text is HTML: no live markup in it, and reading it as HTML gives the name back
        assertThat(description)
                .doesNotContain("<script>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&amp;");
        assertThat(HtmlUtils.htmlUnescape(description)).contains("<script>alert(1)</script>");
    }

    private static final String UNCARRIABLE = "\u0001\uFFFE\uD800";

    /**
     * Stored names and addresses holding what XML cannot carry (java.net.URI accepts U+FFFE and lone
     * surrogates in a path, so such a {@code source_url} passed input): every format still writes, and
     * only those characters are lost.
     */
    @Test
    void uncarriableCharactersInNamesAndAddresses_leaveEveryFormatReadable() {
        String bad = UNCARRIABLE;
        FeedItem item = new FeedItem(
                "tag:news.example.com,2024:article:bad-1" + bad,
                BASE + "/en/news/bad" + bad,
                "Title" + bad,
                "Summary" + bad,
                "<p>Body" + bad + "</p>",
                Instant.parse("2024-09-14T09:00:00Z"),
                Instant.parse("2024-09-14T09:00:00Z"),
                Language.of("en"),
                List.of(new FeedItem.Term("Writer" + bad, "w", BASE + "/en/author/w" + bad)),
                new FeedItem.Term("Section" + bad, "s", BASE + "/en/section/s" + bad),
                List.of(new FeedItem.Term("Tag" + bad, "t", BASE + "/en/tag/t" + bad)),
                new FeedItem.Credit(
                        "Agency" + bad, "https://agency.example" + bad, "https://agency.example/story" + bad),
                new FeedItem.Image(
                        BASE + "/media/1-1600.jpg" + bad,
                        "image/jpeg",
                        10,
                        1600,
                        900,
                        "Alt" + bad,
                        "Caption" + bad,
                        "Credit" + bad));
        Feed feed = new Feed(
                "tag:news.example.com,2024:feed:/en/tag/t/" + bad,
                "Gazette" + bad,
                "Tagged" + bad,
                Language.of("en"),
                BASE + "/en/tag/t" + bad,
                "/en/tag/t/",
                BASE,
                "Gazette" + bad,
                Instant.parse("2024-09-16T15:00:00Z"),
                List.of(item),
                BASE + "/assets/favicon.svg",
                BASE + "/assets/logo.png",
                null);
        for (FeedWriter writer : List.of(new RssWriter(), new AtomWriter())) {
            String xml = text(writer.write(feed));
            FeedChecks.wellFormed(xml);
            assertThat(xml)
                    .contains("https://agency.example/story", "Writer", "Agency", "Alt")
                    .doesNotContain("\u0001", "\uFFFE", "\uFFFD");
        }
        String json = text(new JsonFeedWriter().write(feed));
        JsonNode read = FeedChecks.jsonFeed(json);
        JsonNode first = read.get("items").get(0);
        assertThat(first.get("title").asString()).isEqualTo("Title");
        assertThat(first.get("_gazette").get("source").get("original_url").asString())
                .isEqualTo("https://agency.example/story");
        assertThat(json).doesNotContain("\\u0001", "\\ud800", "\\uD800", "\uFFFE");
    }

    /**
     * Every shared XSS vector as a headline, summary, byline, tag and credited agency: each format
     * parses, and each reads back as the very text (less what XML cannot carry, and the outer
     * whitespace the indented XML trims), never as markup. RSS descriptions are HTML, so they read back
     * once unescaped.
     */
    @Test
    void everySharedXssVector_readsBackAsTheSameTextInEveryFormat() {
        List<String> payloads = new ArrayList<>();
        for (XssVectors.Vector vector : XssVectors.all()) {
            if (!xmlTrim(XmlText.clean(vector.payload())).isEmpty()) {
                payloads.add(vector.payload());
            }
        }
        List<FeedItem> items = new ArrayList<>();
        for (int i = 0; i < payloads.size(); i++) {
            String payload = payloads.get(i);
            items.add(new FeedItem(
                    "tag:news.example.com,2024:article:xss-" + i,
                    BASE + "/en/news/xss-" + i,
                    payload,
                    payload,
                    null,
                    Instant.parse("2024-09-14T09:00:00Z"),
                    Instant.parse("2024-09-14T09:00:00Z"),
                    Language.of("en"),
                    List.of(new FeedItem.Term(payload, "w", BASE + "/en/author/w")),
                    null,
                    List.of(new FeedItem.Term(payload, "t", BASE + "/en/tag/t")),
                    new FeedItem.Credit(payload, null, "https://agency.example/" + i),
                    null));
        }
        Feed feed = new Feed(
                "tag:news.example.com,2024:feed:/en/",
                "Gazette",
                "Latest",
                Language.of("en"),
                BASE + "/en/",
                "/en/",
                BASE,
                "Gazette",
                Instant.parse("2024-09-16T15:00:00Z"),
                items,
                null,
                null,
                null);

        Document rss = FeedChecks.wellFormed(text(new RssWriter().write(feed)));
        NodeList rssItems = rss.getElementsByTagName("item");
        Document atom = FeedChecks.wellFormed(text(new AtomWriter().write(feed)));
        NodeList entries = atom.getElementsByTagNameNS(FeedChecks.ATOM_NS, "entry");
        JsonNode json = FeedChecks.jsonFeed(text(new JsonFeedWriter().write(feed)));
        assertThat(rssItems.getLength()).isEqualTo(payloads.size());
        assertThat(entries.getLength()).isEqualTo(payloads.size());
        for (int i = 0; i < payloads.size(); i++) {
            String expected = XmlText.clean(payloads.get(i));
            String asXml = xmlTrim(expected);
            Element item = (Element) rssItems.item(i);
            assertThat(child(item, null, "title")).as(payloads.get(i)).isEqualTo(asXml);
            assertThat(xmlTrim(HtmlUtils.htmlUnescape(child(item, null, "description"))))
                    .as(payloads.get(i))
                    .isEqualTo(asXml);
            assertThat(child(item, null, "source")).as(payloads.get(i)).isEqualTo(asXml);
            assertThat(child(item, null, "category")).as(payloads.get(i)).isEqualTo(asXml);
            Element entry = (Element) entries.item(i);
            assertThat(child(entry, FeedChecks.ATOM_NS, "title"))
                    .as(payloads.get(i))
                    .isEqualTo(asXml);
            assertThat(child(entry, FeedChecks.ATOM_NS, "summary"))
                    .as(payloads.get(i))
                    .isEqualTo(asXml);
            JsonNode jsonItem = json.get("items").get(i);
            assertThat(jsonItem.get("title").asString()).as(payloads.get(i)).isEqualTo(expected);
            assertThat(jsonItem.get("tags").get(0).asString())
                    .as(payloads.get(i))
                    .isEqualTo(expected);
            assertThat(jsonItem.get("authors").get(0).get("name").asString())
                    .as(payloads.get(i))
                    .isEqualTo(expected);
        }
    }

    /** The text of an element's first child of that name, with line ends as an XML parser reads them. */
    private static String child(Element parent, String namespace, String name) {
        NodeList children =
                namespace == null ? parent.getElementsByTagName(name) : parent.getElementsByTagNameNS(namespace, name);
        return xmlTrim(children.item(0).getTextContent());
    }

    /** What the indented XML output and an XML parser make of text: line ends as LF, outer whitespace trimmed. */
    private static String xmlTrim(String text) {
        String lines = text.replace("\r\n", "\n").replace('\r', '\n');
        int start = 0;
        int end = lines.length();
        while (start < end && " \t\n".indexOf(lines.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && " \t\n".indexOf(lines.charAt(end - 1)) >= 0) {
            end--;
        }
        return lines.substring(start, end);
    }
}
