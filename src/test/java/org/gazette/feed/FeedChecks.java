package org.gazette.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.WireFeedInput;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The structural rules of each feed format, as assertions: what RSS 2.0, Atom 1.0 (RFC 4287) and JSON
 * Feed 1.1 require of a feed and of each item, that dates have the format's syntax (RFC 822 for RSS,
 * RFC 3339 for Atom and JSON Feed), and that item ids are present and unique. Every check first parses
 * the bytes with a strict XML parser, so a feed that is not well-formed fails even where Rome would be
 * lenient.
 */
final class FeedChecks {

    static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FeedChecks() {}

    static Document wellFormed(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
        }
    }

    /** RSS 2.0: the channel's title, link and description; each item's title or description; guids; RFC 822 dates. */
    static Channel rss(String xml) {
        Document dom = wellFormed(xml);
        assertThat(dom.getDocumentElement().getLocalName()).isEqualTo("rss");
        assertThat(dom.getDocumentElement().getAttribute("version")).isEqualTo("2.0");
        Channel channel = (Channel) parse(xml);
        assertThat(channel.getFeedType()).isEqualTo("rss_2.0");
        assertThat(channel.getTitle()).isNotBlank();
        assertThat(channel.getLink()).startsWith("http");
        assertThat(channel.getDescription()).isNotBlank();
        Set<String> guids = new HashSet<>();
        for (Item item : channel.getItems()) {
            assertThat(item.getTitle() != null || item.getDescription() != null)
                    .as("title or description")
                    .isTrue();
            assertThat(item.getGuid()).as("guid of %s", item.getTitle()).isNotNull();
            assertThat(item.getGuid().isPermaLink()).isFalse();
            assertThat(guids.add(item.getGuid().getValue()))
                    .as("unique guid %s", item.getGuid().getValue())
                    .isTrue();
            assertThat(item.getLink()).startsWith("http");
        }
        for (String date : texts(dom, null, "pubDate")) {
            rfc822(date);
        }
        for (String date : texts(dom, null, "lastBuildDate")) {
            rfc822(date);
        }
        List<Element> selfLinks = elements(dom, ATOM_NS, "link").stream()
                .filter(link -> "self".equals(link.getAttribute("rel")))
                .toList();
        assertThat(selfLinks).as("atom:link rel=self").hasSize(1);
        return channel;
    }

    /** Atom 1.0: feed id, title, updated and an author for every entry; each entry's id, title, updated and link. */
    static com.rometools.rome.feed.atom.Feed atom(String xml) {
        Document dom = wellFormed(xml);
        assertThat(dom.getDocumentElement().getNamespaceURI()).isEqualTo(ATOM_NS);
        assertThat(dom.getDocumentElement().getLocalName()).isEqualTo("feed");
        com.rometools.rome.feed.atom.Feed feed = (com.rometools.rome.feed.atom.Feed) parse(xml);
        assertThat(feed.getId()).isNotBlank();
        assertThat(URI.create(feed.getId()).isAbsolute()).isTrue();
        assertThat(feed.getTitle()).isNotBlank();
        assertThat(feed.getUpdated()).isNotNull();
        assertThat(feed.getOtherLinks())
                .anySatisfy(link -> assertThat(link.getRel()).isEqualTo("self"));
        Set<String> ids = new HashSet<>();
        for (com.rometools.rome.feed.atom.Entry entry : feed.getEntries()) {
            assertThat(entry.getId()).isNotBlank();
            assertThat(URI.create(entry.getId()).isAbsolute())
                    .as("id %s is an IRI", entry.getId())
                    .isTrue();
            assertThat(ids.add(entry.getId())).as("unique id %s", entry.getId()).isTrue();
            assertThat(entry.getTitle()).isNotBlank();
            assertThat(entry.getUpdated()).isNotNull();
            assertThat(entry.getPublished()).isNotNull();
            assertThat(!entry.getAuthors().isEmpty() || !feed.getAuthors().isEmpty())
                    .as("an author")
                    .isTrue();
            assertThat(entry.getAlternateLinks()).isNotEmpty();
            assertThat(!entry.getContents().isEmpty() || entry.getSummary() != null)
                    .as("content or summary")
                    .isTrue();
        }
        for (String name : List.of("updated", "published")) {
            for (String date : texts(dom, ATOM_NS, name)) {
                rfc3339(date);
            }
        }
        return feed;
    }

    /** JSON Feed 1.1: version, title and items; each item's unique id, content and RFC 3339 dates. */
    static JsonNode jsonFeed(String json) {
        JsonNode feed = JSON.readTree(json);
        assertThat(feed.get("version").asString()).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(feed.get("title").asString()).isNotBlank();
        assertThat(feed.get("items").isArray()).isTrue();
        assertThat(feed.get("feed_url").asString()).startsWith("http");
        Set<String> ids = new HashSet<>();
        for (JsonNode item : feed.get("items")) {
            assertThat(item.get("id").isString()).as("id is a string").isTrue();
            assertThat(ids.add(item.get("id").asString())).as("unique id").isTrue();
            assertThat(item.has("content_html") || item.has("content_text"))
                    .as("content")
                    .isTrue();
            assertThat(item.get("url").asString()).startsWith("http");
            rfc3339(item.get("date_published").asString());
            if (item.has("date_modified")) {
                rfc3339(item.get("date_modified").asString());
            }
        }
        return feed;
    }

    static List<String> ids(com.rometools.rome.feed.atom.Feed atom) {
        return atom.getEntries().stream()
                .map(com.rometools.rome.feed.atom.Entry::getId)
                .toList();
    }

    private static WireFeed parse(String xml) {
        try {
            WireFeedInput input = new WireFeedInput();
            input.setXmlHealerOn(false);
            return input.build(new StringReader(xml));
        } catch (Exception e) {
            throw new AssertionError("Rome cannot read the feed: " + e.getMessage() + "\n" + xml, e);
        }
    }

    static ZonedDateTime rfc822(String date) {
        return ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME);
    }

    static OffsetDateTime rfc3339(String date) {
        assertThat(date).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");
        return OffsetDateTime.parse(date);
    }

    private static List<String> texts(Document dom, String namespace, String name) {
        List<String> texts = new ArrayList<>();
        for (Element element : elements(dom, namespace, name)) {
            texts.add(element.getTextContent().strip());
        }
        return texts;
    }

    private static List<Element> elements(Document dom, String namespace, String name) {
        NodeList nodes =
                namespace == null ? dom.getElementsByTagNameNS("*", name) : dom.getElementsByTagNameNS(namespace, name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element element = (Element) nodes.item(i);
            if (namespace != null || element.getNamespaceURI() == null) {
                elements.add(element);
            }
        }
        return elements;
    }
}
