package org.gazette.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.gazette.text.Language;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;
import org.w3c.dom.Document;
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
}
