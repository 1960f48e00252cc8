package org.gazette.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.gazette.testing.PackagedNode;
import org.gazette.testing.PostgresTestDatabases;
import org.gazette.testing.TestArticle;
import org.gazette.testing.ThrowawayPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A packaged node on a PostgreSQL cluster of the test's own, serving readers and taking writes while
 * that server is stopped ({@code pg_ctlcluster stop -m fast}) and started again: requests that need the
 * database are answered 503 with Retry-After within a few seconds (never a 500, never a hang), kept
 * pages go on being served, health says the database is DOWN, the site recovers by itself once the
 * server is back, and every write the node acknowledged is in the database afterwards. Runs in the
 * PostgreSQL pass; skipped, with the reason, where pg_createcluster cannot be used (not root, not
 * Debian's postgresql-common), unless {@code -Dgazette.test.postgres.required=true}.
 */
class PostgresRestartIT {

    private static final String ADMIN = "chief@example.org";
    private static final String PASSWORD = "lantern harbour quiet 42";
    /** The pool's wait for a connection (3 s) and some slack for a loaded machine. */
    private static final Duration FAST = Duration.ofSeconds(6);

    private static final Duration DOWN_FOR = Duration.ofSeconds(6);
    private static final Duration RECOVERS_WITHIN = Duration.ofSeconds(10);

    private ThrowawayPostgres cluster;
    private PackagedNode node;
    private ExecutorService load;

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** One answer during the run: when it was asked and answered, what, and how. */
    record Outcome(
            String kind,
            String path,
            long startedNanos,
            long endedNanos,
            int status,
            String retryAfter,
            String policy,
            String body) {

        Duration took() {
            return Duration.ofNanos(endedNanos - startedNanos);
        }

        boolean within(long from, long to) {
            return startedNanos >= from && endedNanos <= to;
        }

        @Override
        public String toString() {
            return kind + " " + path + " -> " + status + " in " + took().toMillis() + " ms"
                    + (retryAfter == null ? "" : " Retry-After " + retryAfter) + ": "
                    + (body.length() > 200 ? body.substring(0, 200) : body);
        }
    }

    @BeforeEach
    void startNodeOnAClusterOfItsOwn() throws Exception {
        Assumptions.assumeTrue(
                PostgresTestDatabases.selected(), "restarts a PostgreSQL server: runs in the PostgreSQL pass");
        String reason = ThrowawayPostgres.unavailableReason();
        if (reason != null) {
            if (PostgresTestDatabases.required()) {
                throw new IllegalStateException(reason + " (gazette.test.postgres.required=true)");
            }
            System.err.println("[gazette] PostgresRestartIT skipped: " + reason);
            Assumptions.abort(reason);
        }
        assertThat(PackagedNode.JAR)
                .as("the packaged application (mvn package)")
                .exists();
        cluster = ThrowawayPostgres.start();
        Map<String, String> environment = new HashMap<>(cluster.environment());
        environment.put("GAZETTE_ADMIN_EMAIL", ADMIN);
        environment.put("GAZETTE_ADMIN_PASSWORD", PASSWORD);
        node = PackagedNode.start(
                        "restart-node", nodeDir(), environment, List.of("--gazette.search.poll-interval=PT0.5S"))
                .awaitReady();
    }

    /** Under target/, so that the node's log outlives a failed run. */
    private static Path nodeDir() throws java.io.IOException {
        return java.nio.file.Files.createDirectories(
                Path.of("target", "it-nodes", "restart-" + System.currentTimeMillis()));
    }

    @AfterEach
    void stopEverything() throws Exception {
        if (load != null) {
            load.shutdownNow();
            load.awaitTermination(30, TimeUnit.SECONDS);
        }
        if (node != null) {
            node.stop();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void whilePostgresRestartsRequestsFailFastWith503KeptPagesAreServedAndTheSiteRecoversWithEveryAcknowledgedWrite()
            throws Exception {
        String token = node.newApiToken(ADMIN, PASSWORD);
        // a Russian story and front page: kept in the page cache, and untouched by the English writes below
        TestArticle russian = TestArticle.story("restart-ru")
                .with("lang", "ru")
                .with("headline", "Сервер базы данных перезапускается")
                .with(
                        "date",
                        Instant.now()
                                .minus(1, ChronoUnit.HOURS)
                                .truncatedTo(ChronoUnit.SECONDS)
                                .toString());
        assertThat(api("POST", "/api/v1/articles", token, russian.json()).status())
                .isEqualTo(201);
        assertThat(api("POST", "/api/v1/articles/" + russian.id() + "/publish", token, null)
                        .status())
                .isEqualTo(200);
        String keptStory = "/ru/news/" + slugOf(russian.id());
        String uncachedStory = keptStory + "?r=";
        // tagging the story with its entities drops its kept page once: wait for it before keeping the page
        awaitTagged(russian.id());
        assertThat(get("kept", keptStory).status()).isEqualTo(200);
        assertThat(get("kept", "/ru/").status()).isEqualTo(200);

        Queue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        Set<String> created = ConcurrentHashMap.newKeySet();
        Set<String> published = ConcurrentHashMap.newKeySet();
        AtomicInteger counter = new AtomicInteger();
        load = Executors.newFixedThreadPool(6);
        load.submit(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                TestArticle story = TestArticle.story("restart")
                        .with(
                                "date",
                                Instant.now()
                                        .minus(1, ChronoUnit.HOURS)
                                        .truncatedTo(ChronoUnit.SECONDS)
                                        .toString());
                Outcome create = api("POST", "/api/v1/articles", token, story.json());
                outcomes.add(create);
                if (create.status() == 201) {
                    created.add(story.id());
                    Outcome publish = api("POST", "/api/v1/articles/" + story.id() + "/publish", token, null);
                    outcomes.add(publish);
                    if (publish.status() == 200) {
                        published.add(story.id());
                    }
                }
            }
            return null;
        });
        for (String kept : List.of(keptStory, "/ru/")) {
            load.submit(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    outcomes.add(get("kept", kept));
                    Thread.sleep(50);
                }
                return null;
            });
        }
        load.submit(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                outcomes.add(get("page", uncachedStory + counter.incrementAndGet()));
            }
            return null;
        });
        load.submit(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                outcomes.add(api("GET", "/api/v1/articles?limit=5", token, null));
            }
            return null;
        });
        load.submit(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                // the sign-in page: a new session (its CSRF token), saved in the database
                outcomes.add(get("newsroom", "/newsroom/login"));
                Thread.sleep(200);
            }
            return null;
        });

        Thread.sleep(3_000);
        Set<String> createdBeforeStop = Set.copyOf(created);
        Set<String> publishedBeforeStop = Set.copyOf(published);
        cluster.stopServer();
        long down = System.nanoTime();
        Thread.sleep(1_000);
        Outcome health = get("health", "/actuator/health");
        Outcome databaseHealth = get("health", "/actuator/health/db");
        Thread.sleep(Math.max(
                0,
                DOWN_FOR.toMillis() - Duration.ofNanos(System.nanoTime() - down).toMillis()));
        long restarting = System.nanoTime();
        cluster.startServer();
        long up = System.nanoTime();

        // recovery: the writer's next create and a page that needs the database, without any restart
        AtomicReference<Outcome> firstWrite = new AtomicReference<>();
        AtomicReference<Outcome> firstPage = new AtomicReference<>();
        long deadline = up + RECOVERS_WITHIN.toNanos();
        while ((firstWrite.get() == null || firstPage.get() == null) && System.nanoTime() < deadline) {
            for (Outcome outcome : outcomes) {
                if (outcome.startedNanos() >= up && outcome.status() < 300) {
                    if (outcome.kind().equals("api POST") && firstWrite.get() == null) {
                        firstWrite.set(outcome);
                    } else if (outcome.kind().equals("page") && firstPage.get() == null) {
                        firstPage.set(outcome);
                    }
                }
            }
            Thread.sleep(100);
        }
        Thread.sleep(1_000);
        load.shutdownNow();
        assertThat(load.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        Outcome healthAfter = get("health", "/actuator/health");

        List<Outcome> all = new ArrayList<>(outcomes);
        List<Outcome> whileDown =
                all.stream().filter(o -> o.within(down, restarting)).toList();
        Map<String, Long> statuses = whileDown.stream()
                .collect(Collectors.groupingBy(o -> o.kind() + " " + o.status(), Collectors.counting()));
        long slowest = all.stream().mapToLong(o -> o.took().toMillis()).max().orElse(0);
        System.out.printf(
                Locale.ROOT,
                "[gazette] PostgreSQL down %d ms: %d requests meanwhile %s; slowest request of the run %d ms;"
                        + " health while down %s in %d ms, db %s in %d ms; recovered: first write %s, first page %s after the start;"
                        + " %d creates and %d publishes acknowledged before the stop, %d and %d in all%n",
                Duration.ofNanos(restarting - down).toMillis(),
                whileDown.size(),
                statuses,
                slowest,
                health.status(),
                health.took().toMillis(),
                databaseHealth.status(),
                databaseHealth.took().toMillis(),
                firstWrite.get() == null
                        ? "never"
                        : Duration.ofNanos(firstWrite.get().endedNanos() - up).toMillis() + " ms",
                firstPage.get() == null
                        ? "never"
                        : Duration.ofNanos(firstPage.get().endedNanos() - up).toMillis() + " ms",
                createdBeforeStop.size(),
                publishedBeforeStop.size(),
                created.size(),
                published.size());

        assertThat(all.stream().filter(o -> o.status() < 0 || (o.status() >= 500 && o.status() != 503)))
                .as(
                        "no request failed other than with 503, none went unanswered; the node's log is in %s",
                        node.dataDir())
                .isEmpty();
        assertThat(all.stream().filter(o -> o.took().compareTo(FAST) >= 0))
                .as("every request answered within %s", FAST)
                .isEmpty();
        List<Outcome> refused =
                whileDown.stream().filter(o -> o.status() == 503).toList();
        assertThat(whileDown.stream().filter(o -> !o.kind().equals("kept")))
                .as("what needs the database is refused while it is down")
                .isNotEmpty()
                .allSatisfy(o -> assertThat(o.status()).as(o.toString()).isEqualTo(503));
        assertThat(refused).allSatisfy(o -> {
            assertThat(o.retryAfter()).as(o.toString()).isEqualTo("5");
            assertThat(o.policy()).as(o.toString()).contains("frame-ancestors 'none'");
            assertThat(o.body())
                    .as(o.toString())
                    .contains(
                            switch (o.kind()) {
                                case "newsroom" -> "Back in a moment";
                                case "page" -> "Скоро вернёмся";
                                default -> "database";
                            });
        });
        assertThat(whileDown.stream().filter(o -> o.kind().equals("kept")))
                .as("kept pages are served while the database is down")
                .isNotEmpty()
                .allSatisfy(o -> assertThat(o.status()).as(o.toString()).isEqualTo(200));
        assertThat(health.status()).as(health.toString()).isEqualTo(503);
        assertThat(health.body()).contains("\"db\":{\"status\":\"DOWN\"");
        assertThat(health.took())
                .as("the components that read the database do not each wait for a connection")
                .isLessThan(FAST);
        assertThat(databaseHealth.status()).as(databaseHealth.toString()).isEqualTo(503);
        assertThat(databaseHealth.body()).contains("DOWN");

        assertThat(firstWrite.get())
                .as("a write succeeds again without restarting the node")
                .isNotNull();
        assertThat(firstPage.get())
                .as("a page that needs the database is served again")
                .isNotNull();
        assertThat(healthAfter.status()).as(healthAfter.toString()).isEqualTo(200);

        assertThat(createdBeforeStop).isNotEmpty();
        assertThat(existing(created, "select status from articles where external_id = ?"))
                .as("every acknowledged create is in the database")
                .containsOnlyKeys(created);
        assertThat(existing(published, "select status from articles where external_id = ?"))
                .as("every acknowledged publish is published")
                .containsOnlyKeys(published)
                .allSatisfy((id, status) -> assertThat(status).isEqualTo("published"));
    }

    private Outcome get(String kind, String path) {
        return send(
                kind,
                HttpRequest.newBuilder(URI.create("http://localhost:" + node.port() + path))
                        .GET());
    }

    private Outcome api(String method, String path, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + node.port() + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return send("api " + method, request);
    }

    private Outcome send(String kind, HttpRequest.Builder request) {
        HttpRequest built = request.timeout(Duration.ofSeconds(20)).build();
        long started = System.nanoTime();
        try {
            HttpResponse<String> response =
                    http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Outcome(
                    kind,
                    built.uri().getRawPath(),
                    started,
                    System.nanoTime(),
                    response.statusCode(),
                    response.headers().firstValue("Retry-After").orElse(null),
                    response.headers().firstValue("Content-Security-Policy").orElse(""),
                    response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(kind, built.uri().getRawPath(), started, started, 0, null, "", "interrupted");
        } catch (java.io.IOException e) {
            return new Outcome(kind, built.uri().getRawPath(), started, System.nanoTime(), -1, null, "", e.toString());
        }
    }

    private String slugOf(String externalId) throws SQLException {
        return existing(Set.of(externalId), "select slug from articles where external_id = ?")
                .get(externalId);
    }

    /** Waits (at most two minutes) until the story is off the entity tagging queue. */
    private void awaitTagged(String externalId) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        String queued = "select q.article_id from entity_queue q join articles a on a.id = q.article_id"
                + " where a.external_id = ?";
        while (!existing(Set.of(externalId), queued).isEmpty()) {
            assertThat(System.nanoTime())
                    .as("story %s tagged within two minutes", externalId)
                    .isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    /** The value of {@code sql}'s first column for each id that has a row. */
    private Map<String, String> existing(Set<String> ids, String sql) throws SQLException {
        Map<String, String> found = new HashMap<>();
        try (Connection connection = cluster.connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (String id : ids) {
                statement.setString(1, id);
                try (ResultSet rows = statement.executeQuery()) {
                    if (rows.next()) {
                        found.put(id, rows.getString(1));
                    }
                }
            }
        }
        return found;
    }
}
