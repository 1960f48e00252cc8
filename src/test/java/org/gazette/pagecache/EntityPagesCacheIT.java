package org.gazette.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
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
import org.gazette.web.SiteLinks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Entity and events pages are kept like other reader pages, under keys of their own, and an
 * {@link EntitiesChanged} published in the tagging transaction drops exactly the pages it names: the
 * stories', the entities' and the timeline, while other pages stay kept. It also queues the stories for
 * the search index.
 */
@GazetteIntegrationTest
class EntityPagesCacheIT {

    @LocalServerPort
    int port;

    @Autowired
    PageCache cache;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonLinesImport importer;

    @Autowired
    ArticleRepository articles;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    private SiteClient site;
    private EntityRows rows;
    private String word;

    @BeforeEach
    void connect() {
        site = new SiteClient(port);
        rows = new EntityRows(jdbc);
        word = UUID.randomUUID().toString().substring(0, 8);
    }

    private Article importStory(TestArticle story) throws IOException {
        importer.importLines(TestArticle.lines(story), new Quiet().stream());
        return articles.findByExternalId(story.id()).orElseThrow();
    }

    private String text(String path) {
        HttpResponse<String> response = site.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    @Test
    void entityAndEventsPagesCarryTheirOwnKeysAndReaderCaching() throws IOException {
        Article story = importStory(TestArticle.story("entity-cache").with("date", "2018-08-01T10:00:00Z"));
        long entity = rows.entity("keyed-" + word, "ORG", Map.of("en", "Keyed " + word));
        rows.names(story.id(), entity, 1, 0);

        HttpResponse<String> page = site.get("/en/entity/keyed-" + word);
        assertThat(page.headers().firstValue("Surrogate-Key")).hasValueSatisfying(keys -> assertThat(keys.split(" "))
                .contains(SurrogateKeys.entity(entity), SurrogateKeys.article(story.id()), SurrogateKeys.EVENTS));
        assertThat(page.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(control -> assertThat(control).contains("public", "max-age="));
        HttpResponse<String> timeline = site.get("/en/events");
        assertThat(timeline.headers().firstValue("Surrogate-Key"))
                .hasValueSatisfying(keys -> assertThat(keys.split(" ")).contains(SurrogateKeys.EVENTS));
    }

    @Test
    void entitiesChangedDropsTheStoryEntityAndTimelinePagesAndQueuesTheStoryForSearch() throws IOException {
        Article story = importStory(TestArticle.story("entity-cache")
                .with("headline", "Tagged story " + word)
                .with("date", "2018-08-02T10:00:00Z"));
        Article other = importStory(TestArticle.story("entity-cache").with("date", "2018-08-03T10:00:00Z"));
        long entity = rows.entity("renamed-" + word, "PER", Map.of("en", "Old Name " + word));
        rows.names(story.id(), entity, 2, 0);
        String storyPage = SiteLinks.article(story.lang(), story.slug());
        String entityPage = "/en/entity/renamed-" + word;
        String otherPage = SiteLinks.article(other.lang(), other.slug());
        String listOfTheStory = "/en/archive/2018/08/02";
        assertThat(text(listOfTheStory)).contains(storyPage);
        for (String path : List.of(storyPage, entityPage, otherPage, listOfTheStory, "/en/events")) {
            text(path);
            text(path);
        }
        long kept = cache.renders();
        text(otherPage);
        assertThat(cache.renders()).as("kept before the change").isEqualTo(kept);
        long outboxBefore = jdbc.sql("select count(*) from search_outbox where article_id = :id")
                .param("id", story.id())
                .query(Long.class)
                .single();

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            rows.rename(entity, "en", "New Name " + word);
            events.publishEvent(new EntitiesChanged(Set.of(story.id()), Set.of(entity)));
        });

        assertThat(text(entityPage)).contains("New Name " + word).doesNotContain("Old Name " + word);
        assertThat(text(storyPage)).contains("New Name " + word).doesNotContain("Old Name " + word);
        long renders = cache.renders();
        text(otherPage);
        assertThat(cache.renders())
                .as("a page not naming the entity stays kept")
                .isEqualTo(renders);
        text(listOfTheStory);
        assertThat(cache.renders())
                .as("a list showing the story stays kept: its cards name no entity")
                .isEqualTo(renders);
        assertThat(jdbc.sql("select count(*) from search_outbox where article_id = :id")
                        .param("id", story.id())
                        .query(Long.class)
                        .single())
                .isGreaterThan(outboxBefore);
    }

    @Test
    void theKeysOfAnEntityChangeNameTheStoriesEntitiesTimelineFeedsAndSitemaps() {
        assertThat(ChangedPages.keys(new EntitiesChanged(Set.of(7L), Set.of(9L))))
                .containsExactlyInAnyOrder(
                        SurrogateKeys.storyPage(7),
                        SurrogateKeys.entity(9),
                        SurrogateKeys.EVENTS,
                        SurrogateKeys.FEEDS,
                        SurrogateKeys.SITEMAPS);
    }
}
