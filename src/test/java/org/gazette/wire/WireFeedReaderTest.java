package org.gazette.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WireFeedReaderTest {

    private static final String RSS =
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Agency wire</title><link>https://agency.example/</link>
            <language>en</language>
            <item><title>Parliament passes the budget</title><guid>https://agency.example/1</guid>
              <link>https://agency.example/news/1</link><pubDate>Mon, 16 Sep 2024 14:05:00 GMT</pubDate>
              <description>&lt;p&gt;The vote was 80 to 20.&lt;/p&gt;</description>
              <source url="https://azertag.example/rss">Azertag</source>
              <enclosure url="https://agency.example/p/1.jpg" type="image/jpeg" length="1000"/></item>
            <item><guid>https://agency.example/2</guid><description>No headline here.</description></item>
            <item><title>Dated by nobody</title><guid>https://agency.example/3</guid>
              <pubDate>the thirty-second of Smarch</pubDate><description>Text.</description></item>
            <item><title>Second good story</title><guid isPermaLink="false">agency-4</guid>
              <description>Plain text &amp; more.</description></item>
            </channel></rss>
            """;

    @Test
    void goodRssItemsImportWhileBadOnesAreRefusedWithTheirReason() {
        FeedDocument document = WireFeedReader.read(RSS.getBytes(StandardCharsets.UTF_8));

        assertThat(document.format()).isEqualTo(FeedFormat.RSS);
        assertThat(document.items())
                .extracting(WireItem::title)
                .containsExactly("Parliament passes the budget", "Second good story");
        WireItem first = document.items().get(0);
        assertThat(first.guid()).isEqualTo("https://agency.example/1");
        assertThat(first.link()).isEqualTo("https://agency.example/news/1");
        assertThat(first.published()).isEqualTo(Instant.parse("2024-09-16T14:05:00Z"));
        assertThat(first.bodyHtml()).isEqualTo("<p>The vote was 80 to 20.</p>");
        assertThat(first.agency()).isEqualTo("Azertag");
        assertThat(first.language()).isEqualTo("en");
        assertThat(first.images()).containsExactly(new WireImage("https://agency.example/p/1.jpg", null, null));
        assertThat(document.refused())
                .extracting(RefusedItem::position, RefusedItem::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "has no title"),
                        org.assertj.core.groups.Tuple.tuple(
                                3, "invalid date in <pubDate>: 'the thirty-second of Smarch'"));
    }

    @Test
    void atomEntriesKeepTheirIdsAndUpdateTimes() {
        String atom =
                """
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><id>urn:feed</id>
                <updated>2024-09-16T15:00:00Z</updated>
                <entry><id>urn:agency:story:9</id><title type="html">Talks &lt;b&gt;resume&lt;/b&gt;</title>
                  <published>2024-09-16T12:00:00Z</published><updated>2024-09-16T14:30:00+02:00</updated>
                  <link href="https://agency.example/9"/>
                  <content type="text">First line.

                Second paragraph &lt;not a tag&gt;.</content></entry>
                </feed>""";
        FeedDocument document = WireFeedReader.read(atom.getBytes(StandardCharsets.UTF_8));

        assertThat(document.format()).isEqualTo(FeedFormat.ATOM);
        WireItem item = document.items().get(0);
        assertThat(item.guid()).isEqualTo("urn:agency:story:9");
        assertThat(item.title()).isEqualTo("Talks resume");
        assertThat(item.modified()).isEqualTo(Instant.parse("2024-09-16T12:30:00Z"));
        assertThat(item.bodyHtml()).isEqualTo("<p>First line.</p><p>Second paragraph &lt;not a tag&gt;.</p>");
    }

    @Test
    void newsMlG2MessagesCarryVersionsAndKills() {
        String newsMl =
                """
                <newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><header><sent>2024-09-16T12:00:00Z</sent>
                </header><itemSet>
                <newsItem guid="urn:newsml:agency.example:1" version="3" standard="NewsML-G2" xml:lang="ru">
                  <itemMeta><itemClass qcode="ninat:text"/><versionCreated>2024-09-16T12:00:00Z</versionCreated>
                  <pubStatus qcode="stat:usable"/></itemMeta>
                  <contentMeta><headline>Переговоры возобновились</headline>
                  <infoSource><name>ТАСС</name></infoSource></contentMeta>
                  <contentSet><inlineXML contenttype="application/xhtml+xml">
                    <html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title></head>
                    <body><p>Стороны <b>встретились</b>.</p><script>alert(1)</script></body></html>
                  </inlineXML></contentSet>
                </newsItem>
                <newsItem guid="urn:newsml:agency.example:2" version="7" standard="NewsML-G2">
                  <itemMeta><itemClass qcode="ninat:text"/><versionCreated>2024-09-16T13:00:00Z</versionCreated>
                  <pubStatus qcode="stat:canceled"/></itemMeta>
                </newsItem>
                <newsItem guid="urn:newsml:agency.example:3" version="1" standard="NewsML-G2">
                  <itemMeta><versionCreated>yesterday</versionCreated></itemMeta>
                  <contentMeta><headline>Bad date</headline></contentMeta>
                </newsItem>
                </itemSet></newsMessage>""";
        FeedDocument document = WireFeedReader.read(newsMl.getBytes(StandardCharsets.UTF_8));

        assertThat(document.format()).isEqualTo(FeedFormat.NEWSML_G2);
        assertThat(document.items()).hasSize(2);
        WireItem story = document.items().get(0);
        assertThat(story.version()).isEqualTo(3L);
        assertThat(story.title()).isEqualTo("Переговоры возобновились");
        assertThat(story.agency()).isEqualTo("ТАСС");
        assertThat(story.language()).isEqualTo("ru");
        assertThat(story.bodyHtml()).isEqualTo("<p>Стороны <b>встретились</b>.</p>");
        WireItem kill = document.items().get(1);
        assertThat(kill.status()).isEqualTo(PubStatus.CANCELED);
        assertThat(kill.version()).isEqualTo(7L);
        assertThat(document.refused()).singleElement().satisfies(refused -> assertThat(refused.reason())
                .contains("invalid date")
                .contains("yesterday"));
    }

    @Test
    void ninjsOneKeepsItsFieldsAndAssociatedPictures() {
        String ninjs =
                """
                {"uri": "urn:agency:ninjs:5", "version": "4", "pubstatus": "usable", "language": "en",
                 "versioncreated": "2024-09-16T10:00:00Z", "firstcreated": "2024-09-16T09:00:00Z",
                 "headline": "Floods reach the capital", "body_text": "Water rose overnight.\\n\\nRoads closed.",
                 "infosources": [{"name": "Azertag"}],
                 "associations": {"featureimage": {"type": "picture", "uri": "urn:pic",
                   "renditions": {"original": {"href": "https://cdn.agency.example/flood.jpg"}},
                   "byline": "A. Photographer", "copyrightholder": "Agency Photo",
                   "description_text": "A flooded street"}}}""";
        FeedDocument document = WireFeedReader.read(ninjs.getBytes(StandardCharsets.UTF_8));

        WireItem item = document.items().get(0);
        assertThat(item.guid()).isEqualTo("urn:agency:ninjs:5");
        assertThat(item.version()).isEqualTo(4L);
        assertThat(item.published()).isEqualTo(Instant.parse("2024-09-16T09:00:00Z"));
        assertThat(item.modified()).isEqualTo(Instant.parse("2024-09-16T10:00:00Z"));
        assertThat(item.bodyHtml()).isEqualTo("<p>Water rose overnight.</p><p>Roads closed.</p>");
        assertThat(item.agency()).isEqualTo("Azertag");
        assertThat(item.images())
                .containsExactly(
                        new WireImage("https://cdn.agency.example/flood.jpg", "Agency Photo", "A flooded street"));
    }

    @Test
    void ninjsCanceledItemNeedsNoHeadline() {
        FeedDocument document = WireFeedReader.read(
                """
                {"uri": "urn:agency:ninjs:5", "version": "5", "pubstatus": "canceled"}"""
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(document.items()).singleElement().satisfies(item -> assertThat(item.status())
                .isEqualTo(PubStatus.CANCELED));
    }

    @Test
    void externalEntitiesAndEntityExpansionAreRefused() {
        String xxe =
                """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <rss version="2.0"><channel><title>x</title><item><title>&secret;</title>
                <description>x</description></item></channel></rss>""";
        String laughs =
                """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
                <rss version="2.0"><channel><title>&lol3;</title></channel></rss>""";
        assertThatThrownBy(() -> WireFeedReader.read(xxe.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableFeedException.class)
                .hasMessageContaining("DTD");
        assertThatThrownBy(() -> WireFeedReader.read(laughs.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableFeedException.class)
                .hasMessageContaining("DTD");
    }

    @Test
    void truncatedAndWronglyEncodedDocumentsAreRefusedWhole() {
        byte[] truncated = RSS.substring(0, RSS.length() / 2).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> WireFeedReader.read(truncated))
                .isInstanceOf(UnreadableFeedException.class)
                .hasMessageStartingWith("truncated");

        // Latin-1 bytes in a document that declares (by default) UTF-8
        byte[] latin1 = RSS.replace("Parliament", "Parlement élu").getBytes(Charset.forName("ISO-8859-1"));
        assertThatThrownBy(() -> WireFeedReader.read(latin1))
                .isInstanceOf(UnreadableFeedException.class)
                .hasMessageContaining("UTF-8");

        byte[] truncatedJson = "{\"uri\": \"urn:x\", \"headline\": \"Cut".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> WireFeedReader.read(truncatedJson))
                .isInstanceOf(UnreadableFeedException.class)
                .hasMessageStartingWith("truncated");
    }

    @Test
    void aDeclaredEncodingOtherThanUtf8IsHonoured() {
        String declared = RSS.replace("encoding=\"UTF-8\"", "encoding=\"windows-1251\"")
                .replace("Second good story", "Вторая новость");
        FeedDocument document = WireFeedReader.read(declared.getBytes(Charset.forName("windows-1251")));
        assertThat(document.items()).extracting(WireItem::title).contains("Вторая новость");
    }

    @Test
    void documentsThatAreNoFeedAreRefusedWithTheirRootElement() {
        assertThatThrownBy(() -> WireFeedReader.read("<opml version=\"2.0\"/>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableFeedException.class)
                .hasMessageContaining("<opml>");
        assertThatThrownBy(() -> WireFeedReader.read(" \n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableFeedException.class)
                .hasMessage("is empty");
    }
}
