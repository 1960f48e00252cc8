package org.gazette.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gazette.GazetteApplication;
import org.gazette.article.Actor;
import org.gazette.article.Article;
import org.gazette.article.ArticleHistory;
import org.gazette.article.ArticleInput;
import org.gazette.article.ArticleRepository;
import org.gazette.article.ArticleStatus;
import org.gazette.article.ArticleStore;
import org.gazette.article.BodyFormat;
import org.gazette.testing.OwnDatabase;
import org.gazette.testing.TestArticle;
import org.gazette.text.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A scheduled story goes live at its time with nobody reading the site, also when the application was
 * down at that moment, and exactly once however many application instances share the database.
 */
class ScheduledPublishingIT {

    @RegisterExtension
    final OwnDatabase database = new OwnDatabase();

    private Path dataDir;

    @BeforeEach
    void storage() throws Exception {
        dataDir = Files.createTempDirectory("gazette-schedule-");
    }

    /** One application instance on the shared storage, without a web server; the scheduler runs when asked. */
    private ConfigurableApplicationContext start(boolean scheduler) {
        List<String> properties = new ArrayList<>(List.of(
                "gazette.data-dir=" + dataDir,
                "gazette.demo-content=false",
                "gazette.background-jobs=" + scheduler,
                "gazette.scheduler.initial-delay=PT0.2S",
                "gazette.scheduler.interval=PT0.3S",
                "spring.main.banner-mode=off"));
        properties.addAll(database.properties());
        // as command-line arguments: they outrank application.properties, default properties would not
        return new SpringApplicationBuilder(GazetteApplication.class)
                .web(WebApplicationType.NONE)
                .run(properties.stream().map(p -> "--" + p).toArray(String[]::new));
    }

    private static long draft(ArticleStore store) {
        TestArticle story = TestArticle.story("scheduled");
        return store.create(
                        new ArticleInput(
                                story.id(),
                                story.headline(),
                                null,
                                Instant.parse("2024-09-16T10:00:00Z"),
                                null,
                                "Body.",
                                BodyFormat.TEXT,
                                Language.of("en"),
                                null,
                                List.of(),
                                List.of(),
                                null,
                                null,
                                null,
                                ArticleStatus.DRAFT),
                        null,
                        Actor.system("test"))
                .articleId();
    }

    private static long publications(ConfigurableApplicationContext context, long articleId) {
        return context.getBean(ArticleHistory.class).revisions(articleId).stream()
                .filter(r -> r.summary().equals("status.published"))
                .count();
    }

    @Test
    void scheduledStoryThatFellDueWhileTheSiteWasDownGoesLiveOnceAfterTheRestart() throws Exception {
        long id;
        Instant scheduledFor;
        try (ConfigurableApplicationContext first = start(false)) {
            id = draft(first.getBean(ArticleStore.class));
            // the time is taken once the first instance runs: starting it may take longer than any margin
            scheduledFor = Instant.now().plusSeconds(2);
            first.getBean(ArticleStore.class)
                    .changeStatus(id, ArticleStatus.SCHEDULED, scheduledFor, Actor.system("test"));
        }
        Instant at = scheduledFor;
        await().atMost(Duration.ofSeconds(10)).until(() -> Instant.now().isAfter(at.plusMillis(200)));

        try (ConfigurableApplicationContext second = start(true)) {
            ArticleRepository articles = second.getBean(ArticleRepository.class);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> articles.findById(id).orElseThrow().status() == ArticleStatus.PUBLISHED);
            Article published = articles.findById(id).orElseThrow();
            assertThat(published.publishedAt()).isEqualTo(Instant.ofEpochMilli(at.toEpochMilli()));
            assertThat(published.publishAt()).isNull();
            Thread.sleep(1_000); // several more scheduler runs
            assertThat(publications(second, id)).isEqualTo(1);
            assertThat(second.getBean(JdbcClient.class)
                            .sql("select count(*) from audit_log where action = 'article-published' and target = :t")
                            .param("t", "article " + id)
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
        }
    }

    @Test
    void concurrentClaimsPublishEachStoryExactlyOnce() throws Exception {
        try (ConfigurableApplicationContext context = start(false)) {
            ArticleStore store = context.getBean(ArticleStore.class);
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                ids.add(draft(store));
            }
            Instant at = Instant.now().plusSeconds(2);
            for (long id : ids) {
                store.changeStatus(id, ArticleStatus.SCHEDULED, at, Actor.system("test"));
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> Instant.now().isAfter(at.plusMillis(100)));

            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<List<Long>>> claims = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Callable<List<Long>> claim = () -> store.publishDue(Actor.system("node"));
                claims.add(pool.submit(claim));
            }
            List<Long> claimed = new ArrayList<>();
            for (Future<List<Long>> claim : claims) {
                claimed.addAll(claim.get());
            }
            pool.shutdown();

            assertThat(claimed).containsExactlyInAnyOrderElementsOf(ids);
            for (long id : ids) {
                assertThat(publications(context, id)).isEqualTo(1);
            }
        }
    }

    @Test
    void schedulingInThePastIsRefusedWithTheTime() {
        try (ConfigurableApplicationContext context = start(false)) {
            ArticleStore store = context.getBean(ArticleStore.class);
            long id = draft(store);
            Instant past = Instant.parse("2020-01-01T00:00:00Z");
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> store.changeStatus(id, ArticleStatus.SCHEDULED, past, Actor.system("test")))
                    .hasMessage("a scheduled article needs a publication time in the future, got 2020-01-01T00:00:00Z");
        }
    }
}
