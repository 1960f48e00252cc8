package org.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.gazette.article.Article;
import org.gazette.article.ArticleRepository;
import org.gazette.entity.EntitiesChanged;
import org.gazette.ingest.JsonLinesImport;
import org.gazette.testing.EntityRows;
import org.gazette.testing.GazetteIntegrationTest;
import org.gazette.testing.Quiet;
import org.gazette.testing.SiteClient;
import org.gazette.testing.TestArticle;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stories tagged after they were indexed are indexed again ({@link EntitiesChanged} through the outbox),
 * and then searches show an entity facet and narrow to {@code entity=slug}, on the page and in the API.
 */
@GazetteIntegrationTest
class EntitySearchIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonLinesImport importer;

    @Autowired
    ArticleRepository articles;

    @Autowired
    OutboxIndexer indexer;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void taggedStoriesGetAnEntityFacetAndAnEntityFilter() throws Exception {
        String word = "zq" + UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9]", "x");
        TestArticle named = TestArticle.story("entity-search").with("headline", "Summit " + word + " named");
        TestArticle other = TestArticle.story("entity-search").with("headline", "Summit " + word + " other");
        importer.importLines(TestArticle.lines(named, other), new Quiet().stream());
        Article story = articles.findByExternalId(named.id()).orElseThrow();
        Article unnamed = articles.findByExternalId(other.id()).orElseThrow();
        assertThat(indexer.awaitIdle(Duration.ofSeconds(30))).isTrue();

        EntityRows rows = new EntityRows(jdbc);
        long entity = rows.entity("facet-" + word, "ORG", Map.of("en", "Facet Council " + word));
        // outside the transaction below: on SQLite, waiting inside it would hold the lock the tagger needs
        rows.awaitTagged(story.id());
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            rows.names(story.id(), entity, 2, 0);
            events.publishEvent(new EntitiesChanged(Set.of(story.id()), Set.of(entity)));
        });
        indexer.nudge();
        assertThat(indexer.awaitIdle(Duration.ofSeconds(30))).isTrue();
        SiteClient site = new SiteClient(port);

        String page = site.get("/en/search?q=" + word).body();
        assertThat(page).contains("People, organisations, places", "Facet Council " + word);
        assertThat(page).contains("entity=facet-" + word);
        String filtered =
                site.get("/en/search?q=" + word + "&entity=facet-" + word).body();
        assertThat(filtered).contains("/en/news/" + story.slug()).doesNotContain("/en/news/" + unnamed.slug());
        assertThat(site.get("/en/search?q=" + word + "&entity=Not%20a%20slug").statusCode())
                .isEqualTo(400);

        HttpResponse<String> api = site.get("/api/v1/search?q=" + word + "&entity=facet-" + word);
        assertThat(api.statusCode()).isEqualTo(200);
        JsonNode json = JsonMapper.builder().build().readTree(api.body());
        assertThat(json.toString()).contains(story.slug()).doesNotContain(unnamed.slug());
        assertThat(json.get("facets").get("entity").toString()).contains("facet-" + word);
    }
}
