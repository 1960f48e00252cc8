package org.gazette.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.gazette.account.Accounts;
import org.gazette.account.Role;
import org.gazette.article.Actor;
import org.gazette.testing.GazetteIntegrationTest;
import org.gazette.testing.NewsroomClient;
import org.gazette.testing.Staff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@GazetteIntegrationTest
class WireDeskIT {

    @Autowired
    WireDesk desk;

    @Autowired
    WireSources sources;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @LocalServerPort
    int port;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private WireSource source(boolean autoPublish) {
        return sources.create(new WireSources.Draft(
                "Agency " + run + (autoPublish ? " live" : " review"),
                "https://agency.example/",
                "https://agency.example/" + run + (autoPublish ? "/live" : "/review"),
                "newsml-g2",
                300,
                "en",
                "World",
                autoPublish));
    }

    private static String newsItem(String guid, int version, String status, String headline, String body) {
        return """
                <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="%s" version="%d" standard="NewsML-G2">
                  <itemMeta><itemClass qcode="ninat:text"/><versionCreated>2024-09-16T1%d:00:00Z</versionCreated>
                  <pubStatus qcode="stat:%s"/></itemMeta>
                  <contentMeta><contentCreated>2024-09-16T10:00:00Z</contentCreated><headline>%s</headline>
                  <infoSource><name>Azertag</name></infoSource></contentMeta>
                  <contentSet><inlineXML contenttype="application/nitf+xml"><nitf><body><body.content>
                  <p>%s</p></body.content></body></nitf></inlineXML></contentSet>
                </newsItem>"""
                .transform(
                        t -> String.format(java.util.Locale.ROOT, t, guid, version, version, status, headline, body));
    }

    private static FeedDocument read(String xml) {
        return WireFeedReader.read(xml.getBytes(StandardCharsets.UTF_8));
    }

    private Map<String, Object> article(String guid, WireSource source) {
        return jdbc.sql(
                        """
                        select a.headline, a.status, a.lang, a.source_url, s.name as source, b.body_html,
                            (select count(*) from articles where external_id = a.external_id) as copies
                        from articles a join sources s on s.id = a.source_id
                            join article_bodies b on b.article_id = a.id
                        where a.external_id = :id""")
                .param("id", WireDesk.externalId("source:" + source.id(), guid))
                .query()
                .singleRow();
    }

    @Test
    void aNewerVersionUpdatesTheArticleAndAnOlderOneIsIgnored() {
        WireSource source = source(true);
        String guid = "urn:newsml:agency.example:" + run;

        WireDesk.Receipt first = desk.receive(source, read(newsItem(guid, 2, "usable", "Talks begin", "Day one.")));
        assertThat(first.created()).isEqualTo(1);
        assertThat(article(guid, source))
                .containsEntry("headline", "Talks begin")
                .containsEntry("status", "published")
                .containsEntry("source", "Azertag")
                .containsEntry("lang", "en")
                .containsEntry("source_url", "https://agency.example/");

        WireDesk.Receipt same = desk.receive(source, read(newsItem(guid, 2, "usable", "Talks begin", "Day one.")));
        assertThat(same.ignored()).isEqualTo(1);
        WireDesk.Receipt newer = desk.receive(source, read(newsItem(guid, 3, "usable", "Talks end", "Day two.")));
        assertThat(newer.updated()).isEqualTo(1);
        WireDesk.Receipt older = desk.receive(source, read(newsItem(guid, 1, "usable", "Talks planned", "Soon.")));
        assertThat(older.ignored()).isEqualTo(1);

        Map<String, Object> article = article(guid, source);
        assertThat(article).containsEntry("headline", "Talks end");
        assertThat(((Number) article.get("copies")).longValue())
                .as("one article per item")
                .isEqualTo(1);
        assertThat((String) article.get("body_html")).contains("Day two.");
        assertThat(jdbc.sql("select count(*) from wire_item_versions v join wire_items i on i.id = v.item_id"
                                + " where i.guid = :g")
                        .param("g", guid)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void aCanceledItemUnpublishesItsArticle() {
        WireSource source = source(true);
        String guid = "urn:newsml:agency.example:kill:" + run;
        desk.receive(source, read(newsItem(guid, 1, "usable", "Minister resigns", "He left.")));
        assertThat(article(guid, source)).containsEntry("status", "published");

        WireDesk.Receipt kill = desk.receive(source, read(newsItem(guid, 2, "canceled", "KILL", "Withdrawn.")));

        assertThat(kill.withdrawn()).isEqualTo(1);
        assertThat(article(guid, source))
                .containsEntry("status", "unpublished")
                .containsEntry("headline", "Minister resigns");
    }

    @Test
    void aReviewSourceQueuesItemsUntilAnEditorTakesOneIntoADraft() {
        WireSource source = source(false);
        String guid = "urn:newsml:agency.example:queue:" + run;

        WireDesk.Receipt receipt = desk.receive(source, read(newsItem(guid, 1, "usable", "Quake hits", "Strong.")));

        assertThat(receipt.queued()).isEqualTo(1);
        Map<String, Object> item = jdbc.sql("select id, state, article_id from wire_items where guid = :g")
                .param("g", guid)
                .query()
                .singleRow();
        assertThat(item).containsEntry("state", "queued").containsEntry("article_id", null);
        assertThat(jdbc.sql("select count(*) from articles where external_id = :id")
                        .param("id", WireDesk.externalId("source:" + source.id(), guid))
                        .query(Long.class)
                        .single())
                .isZero();

        long articleId = desk.takeIntoDraft(((Number) item.get("id")).longValue(), Actor.system("editor"));

        assertThat(article(guid, source)).containsEntry("status", "draft").containsEntry("headline", "Quake hits");
        assertThat(jdbc.sql("select state from wire_items where guid = :g")
                        .param("g", guid)
                        .query(String.class)
                        .single())
                .isEqualTo("taken");
        desk.receive(source, read(newsItem(guid, 2, "usable", "Quake kills 12", "Update.")));
        assertThat(jdbc.sql("select state from wire_items where guid = :g")
                        .param("g", guid)
                        .query(String.class)
                        .single())
                .as("a new version comes back to the queue")
                .isEqualTo("queued");
        assertThat(jdbc.sql("select count(*) from wire_item_versions v join wire_items i on i.id = v.item_id"
                                + " where i.guid = :g")
                        .param("g", guid)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThat(articleId).isPositive();
    }

    @Test
    void editorsSeeTheQueueSanitisedAndTakeAnItemIntoTheEditor() {
        WireSource source = source(false);
        String guid = "urn:newsml:agency.example:page:" + run;
        desk.receive(source, read(newsItem(guid, 1, "usable", "Storm warning " + run, "Winds rise.")));
        desk.receive(
                source,
                read(newsItem(guid, 2, "usable", "Storm hits " + run, "Winds &lt;script&gt;x&lt;/script&gt; rose.")));
        NewsroomClient editor = new NewsroomClient(port)
                .signedIn(Staff.create(accounts, Role.EDITOR).email(), Staff.PASSWORD);

        HttpResponse<String> queue = editor.get("/newsroom/wire");

        assertThat(queue.statusCode()).isEqualTo(200);
        assertThat(queue.body())
                .contains("Storm hits " + run)
                .contains("Storm warning " + run)
                .contains("Agency " + run + " review")
                .doesNotContain("<script>");
        long itemId = jdbc.sql("select id from wire_items where guid = :g")
                .param("g", guid)
                .query(Long.class)
                .single();
        HttpResponse<String> taken = editor.post("/newsroom/wire/" + itemId + "/take", Map.of());
        assertThat(taken.statusCode()).isEqualTo(302);
        long articleId = jdbc.sql("select article_id from wire_items where id = :id")
                .param("id", itemId)
                .query(Long.class)
                .single();
        assertThat(taken.headers().firstValue("Location").orElse("")).endsWith("/newsroom/articles/" + articleId);
        assertThat(editor.get("/newsroom/wire").body()).doesNotContain("Storm hits " + run);

        HttpResponse<String> sourcesPage = editor.get("/newsroom/sources");
        assertThat(sourcesPage.statusCode()).isEqualTo(200);
        assertThat(sourcesPage.body())
                .contains("Agency " + run + " review")
                .contains("/newsroom/sources/" + source.id() + "/pause");
    }

    @Test
    void aBadItemIsRefusedWithItsReasonAndTheOthersStillImport() {
        WireSource source = source(true);
        String good = "urn:newsml:agency.example:good:" + run;
        String bad = "urn:newsml:agency.example:bad:" + run;
        String message =
                """
                <newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><itemSet>%s%s</itemSet></newsMessage>"""
                        .transform(t -> String.format(
                                java.util.Locale.ROOT,
                                t,
                                newsItem(bad, 1, "usable", "x".repeat(600), "Too long a headline."),
                                newsItem(good, 1, "usable", "Fine story", "Fine.")))
                        .replace("<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\"", "<newsItem");

        WireDesk.Receipt receipt = desk.receive(source, read(message));

        assertThat(receipt.created()).isEqualTo(1);
        assertThat(receipt.refused()).singleElement().satisfies(refused -> {
            assertThat(refused.guid()).isEqualTo(bad);
            assertThat(refused.reason()).contains("headline");
        });
        assertThat(jdbc.sql("select count(*) from wire_items where guid = :g")
                        .param("g", bad)
                        .query(Long.class)
                        .single())
                .as("nothing partial is stored")
                .isZero();
        assertThat(jdbc.sql("select reason from wire_refusals where source_id = :s")
                        .param("s", source.id())
                        .query(String.class)
                        .single())
                .contains("headline");
        assertThat(article(good, source)).containsEntry("headline", "Fine story");
    }

    @Test
    void itemsFromAFilePublishInTheirOwnLanguage() {
        String guid = "urn:agency:ninjs:" + run;
        FeedDocument document = WireFeedReader.read(
                ("""
                {"uri": "%s", "version": "1", "language": "ru-RU", "headline": "Новости дня",
                 "body_html": "<p>Текст <script>alert(1)</script>новости.</p>", "firstcreated": "2024-09-16T09:00:00Z"}
                """
                                .transform(t -> String.format(java.util.Locale.ROOT, t, guid)))
                        .getBytes(StandardCharsets.UTF_8));

        WireDesk.Receipt receipt = desk.receive(null, document);

        assertThat(receipt.created()).isEqualTo(1);
        Map<String, Object> article = jdbc.sql(
                        """
                        select a.lang, a.status, b.body_html
                        from articles a join article_bodies b on b.article_id = a.id
                        where a.external_id = :id""")
                .param("id", WireDesk.externalId(WireDesk.FILE_SOURCE, guid))
                .query()
                .singleRow();
        assertThat(article).containsEntry("lang", "ru").containsEntry("status", "published");
        assertThat((String) article.get("body_html")).contains("Текст").doesNotContain("script");
        assertThatThrownBy(() -> desk.takeIntoDraft(-1, Actor.system("editor")))
                .isInstanceOf(RuntimeException.class)
                .hasMessageContaining("no wire item");
    }
}
