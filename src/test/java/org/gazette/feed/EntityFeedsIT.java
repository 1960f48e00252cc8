package org.gazette.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.rss.Channel;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.gazette.article.Article;
import org.gazette.article.ArticleRepository;
import org.gazette.ingest.JsonLinesImport;
import org.gazette.testing.EntityRows;
import org.gazette.testing.GazetteIntegrationTest;
import org.gazette.testing.Quiet;
import org.gazette.testing.SiteClient;
import org.gazette.testing.TestArticle;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An entity's RSS, Atom and JSON feeds meet their formats' rules and list the stories that name it. */
@GazetteIntegrationTest
class EntityFeedsIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonLinesImport importer;

    @Autowired
    ArticleRepository articles;

    @Test
    void anEntitysThreeFeedsAreValidAndListItsStories() throws IOException {
        String word = UUID.randomUUID().toString().substring(0, 8);
        TestArticle input = TestArticle.story("entity-feed")
                .with("headline", "Fed story " + word)
                .with("date", "2018-08-05T10:00:00Z");
        importer.importLines(TestArticle.lines(input), new Quiet().stream());
        Article story = articles.findByExternalId(input.id()).orElseThrow();
        EntityRows rows = new EntityRows(jdbc);
        long entity = rows.entity("fed-" + word, "LOC", Map.of("en", "Fed Place " + word));
        rows.names(story.id(), entity, 1, 0);
        SiteClient site = new SiteClient(port);
        String base = "/en/entity/fed-" + word + "/";

        HttpResponse<String> rss = site.get(base + "rss.xml");
        assertThat(rss.statusCode()).isEqualTo(200);
        Channel channel = FeedChecks.rss(rss.body());
        assertThat(channel.getTitle()).contains("Fed Place " + word);
        assertThat(channel.getItems()).extracting(item -> item.getTitle()).containsExactly("Fed story " + word);
        HttpResponse<String> atom = site.get(base + "atom.xml");
        assertThat(atom.statusCode()).isEqualTo(200);
        assertThat(FeedChecks.atom(atom.body()).getEntries()).hasSize(1);
        HttpResponse<String> json = site.get(base + "feed.json");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(FeedChecks.jsonFeed(json.body()).get("items")).hasSize(1);
        assertThat(site.get("/en/entity/none-" + word + "/rss.xml").statusCode())
                .isEqualTo(404);
    }
}
