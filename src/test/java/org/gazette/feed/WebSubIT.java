package org.gazette.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.gazette.article.Article;
import org.gazette.article.ArticleRepository;
import org.gazette.ingest.JsonLinesImport;
import org.gazette.taxonomy.TermEditor;
import org.gazette.taxonomy.TermKind;
import org.gazette.testing.GazetteIntegrationTest;
import org.gazette.testing.Quiet;
import org.gazette.testing.SiteClient;
import org.gazette.testing.TestArticle;
import org.gazette.web.SiteLinks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With a WebSub hub configured, feeds name it and a changed story's feeds are announced to it. */
@GazetteIntegrationTest
class WebSubIT {

    /** A stand-in hub on the loopback interface that records every publish notification. */
    private static final HttpServer HUB;

    private static final Queue<String> NOTIFICATIONS = new ConcurrentLinkedQueue<>();

    static {
        try {
            HUB = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HUB.createContext("/hub", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                NOTIFICATIONS.add(URLDecoder.decode(
                        new String(body.readAllBytes(), StandardCharsets.UTF_8), StandardCharsets.UTF_8));
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        HUB.start();
    }

    @DynamicPropertySource
    static void hub(DynamicPropertyRegistry registry) {
        registry.add(
                "gazette.feeds.websub-hub",
                () -> "http://127.0.0.1:" + HUB.getAddress().getPort() + "/hub");
    }

    @AfterAll
    static void stopHub() {
        HUB.stop(0);
    }

    @LocalServerPort
    int port;

    @Autowired
    JsonLinesImport importer;

    @Autowired
    ArticleRepository articles;

    @Autowired
    TermEditor terms;

    @Test
    void feedsNameTheHubAndAChangedStorysFeedsAreAnnounced() throws IOException {
        String hub = "http://127.0.0.1:" + HUB.getAddress().getPort() + "/hub";
        TestArticle story = TestArticle.story("websub").with("tags", List.of("WebSub " + System.nanoTime()));
        importer.importLines(TestArticle.lines(story), new Quiet().stream());
        Article saved = articles.findByExternalId(story.id()).orElseThrow();
        String tagFeed = SiteLinks.tag(saved.lang(), saved.tags().get(0).slug()) + "/rss.xml";

        SiteClient site = new SiteClient(port);
        HttpResponse<String> rss = site.get(tagFeed);
        assertThat(rss.headers().firstValue("Link"))
                .hasValue("<" + hub + ">; rel=\"hub\", <http://localhost:8080" + tagFeed + ">; rel=\"self\"");
        assertThat(FeedChecks.wellFormed(rss.body())
                        .getElementsByTagNameNS(FeedChecks.ATOM_NS, "link")
                        .getLength())
                .isEqualTo(2);
        assertThat(rss.body()).contains("<atom:link rel=\"hub\" href=\"" + hub + "\" />");
        assertThat(site.get("/en/atom.xml").body()).contains("<link rel=\"hub\" href=\"" + hub + "\" />");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(NOTIFICATIONS)
                .contains(
                        "hub.mode=publish&hub.url=http://localhost:8080" + tagFeed,
                        "hub.mode=publish&hub.url=http://localhost:8080/en/feed.json",
                        "hub.mode=publish&hub.url=http://localhost:8080/atom.xml"));
    }

    @Test
    void renamingATagAnnouncesTheFeedsAtItsNewAddress() throws IOException {
        String name = "Hub rename " + System.nanoTime();
        TestArticle story = TestArticle.story("websub-rename").with("tags", List.of(name));
        importer.importLines(TestArticle.lines(story), new Quiet().stream());
        Article saved = articles.findByExternalId(story.id()).orElseThrow();
        long tagId = saved.tags().get(0).id();

        String newSlug = "hub-renamed-" + System.nanoTime();
        terms.update(TermKind.TAG, tagId, name + " (renamed)", newSlug, null);

        String newFeed = "http://localhost:8080" + SiteLinks.tag(saved.lang(), newSlug) + "/atom.xml";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(NOTIFICATIONS)
                .contains(
                        "hub.mode=publish&hub.url=" + newFeed,
                        "hub.mode=publish&hub.url=http://localhost:8080/ru/rss.xml"));
    }
}
