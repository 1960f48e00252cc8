package org.gazette.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.testing.OwnDatabase;
import org.gazette.testing.PackagedNode;
import org.gazette.testing.PostgresTestDatabases;
import org.gazette.testing.TestArticle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A packaged node killed with {@code kill -9} while editors publish through the API and an
 * {@code import} process loads stories into the same database (killed too): after a restart every
 * story is whole or absent. Whole means its body, a revision of its current version, its tags, its
 * search-outbox entry and, for a publish through the API, its audit entry; the search index, once
 * caught up, finds exactly the published ones; every create and publish the node acknowledged is there.
 * On SQLite and on PostgreSQL.
 */
class KilledMidPublishIT {

    private static final String ADMIN = "chief@example.org";
    private static final String PASSWORD = "lantern harbour quiet 42";
    private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");
    private static final Pattern LAG = Pattern.compile("\"lag\":(\\d+)");

    @RegisterExtension
    final OwnDatabase database = new OwnDatabase();

    private PackagedNode node;
    private Process importer;
    private ExecutorService editors;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @AfterEach
    void stopEverything() throws InterruptedException {
        if (editors != null) {
            editors.shutdownNow();
            editors.awaitTermination(30, TimeUnit.SECONDS);
        }
        if (importer != null) {
            importer.destroyForcibly();
        }
        if (node != null) {
            node.stop();
        }
    }

    @Test
    void aNodeKilledWhilePublishingAndImportingLeavesEveryStoryWholeOrAbsent() throws Exception {
        assertThat(PackagedNode.JAR)
                .as("the packaged application (mvn package)")
                .exists();
        Path dir = Files.createDirectories(Path.of("target", "it-nodes", "killed-" + System.currentTimeMillis()));
        Map<String, String> environment = new HashMap<>(database.environment());
        environment.put("GAZETTE_ADMIN_EMAIL", ADMIN);
        environment.put("GAZETTE_ADMIN_PASSWORD", PASSWORD);
        node = PackagedNode.start("killed-node", dir, environment, List.of("--gazette.search.poll-interval=PT0.5S"))
                .awaitReady();
        String token = node.newApiToken(ADMIN, PASSWORD);
        String word = "killword" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);

        Path lines = dir.resolve("import.jsonl");
        StringBuilder file = new StringBuilder();
        for (int i = 0; i < 3_000; i++) {
            file.append(story("kill-imp", word, i).json()).append('\n');
        }
        Files.writeString(lines, file);

        Set<String> created = ConcurrentHashMap.newKeySet();
        Set<String> published = ConcurrentHashMap.newKeySet();
        editors = Executors.newFixedThreadPool(2);
        for (int e = 0; e < 2; e++) {
            editors.submit(() -> {
                int n = 0;
                while (!Thread.currentThread().isInterrupted()) {
                    TestArticle story = story("kill-api", word, n++);
                    if (call("POST", "/api/v1/articles", token, story.json()) == 201) {
                        created.add(story.id());
                        if (call("POST", "/api/v1/articles/" + story.id() + "/publish", token, null) == 200) {
                            published.add(story.id());
                        }
                    }
                }
                return null;
            });
        }

        // the import: a process of its own, killed after its first batch commits (or 25 s, its first batch
        // then still open) on the same database (and, on SQLite, the same file)
        ProcessBuilder command = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-XX:TieredStopAtLevel=1",
                        "-jar",
                        PackagedNode.JAR.toString(),
                        "import",
                        lines.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("import.log").toFile());
        command.environment().putAll(database.environment());
        command.environment().put("GAZETTE_DATA_DIR", node.dataDir().toString());
        importer = command.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(25);
        while (count("select count(*) from articles where external_id like 'kill-imp-%'") == 0
                && importer.isAlive()
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(published).as("the editors are publishing").isNotEmpty();

        // kill -9, both at once, in the middle of it all
        importer.destroyForcibly();
        node.kill();
        assertThat(importer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        editors.shutdownNow();
        assertThat(editors.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        long imported = count("select count(*) from articles where external_id like 'kill-imp-%'");
        long viaApi = count("select count(*) from articles where external_id like 'kill-api-%'");
        System.out.printf(
                Locale.ROOT,
                "[gazette] killed mid-publish (%s): %d stories through the API (%d creates and %d publishes"
                        + " acknowledged), %d of 3000 imported%n",
                PostgresTestDatabases.selected() ? "PostgreSQL" : "SQLite",
                viaApi,
                created.size(),
                published.size(),
                imported);
        // on a loaded machine the first batch of 500 may still be open when the import is killed: then
        // nothing of it may show
        assertThat(imported).as("the import was killed before its end").isLessThan(3_000L);

        assertThat(rows("select external_id from articles a where not exists"
                        + " (select 1 from article_bodies b where b.article_id = a.id)"))
                .as("stories without their body")
                .isEmpty();
        assertThat(rows("select external_id from articles a where not exists (select 1 from article_revisions r"
                        + " where r.article_id = a.id and r.version = a.version)"))
                .as("stories without the revision of their current version")
                .isEmpty();
        assertThat(rows("select external_id from articles a where (select count(*) from article_tags t"
                        + " where t.article_id = a.id) <> 2"))
                .as("stories without both their tags")
                .isEmpty();
        assertThat(rows("select external_id from articles a where not exists"
                        + " (select 1 from search_outbox o where o.article_id = a.id)"))
                .as("stories the search outbox never heard of")
                .isEmpty();
        assertThat(
                        rows(
                                "select external_id from articles a where a.external_id like 'kill-api-%'"
                                        + " and a.status = 'published' and not exists (select 1 from audit_log l"
                                        + " where l.action = 'article-published' and l.target = a.external_id || ' (' || a.lang || ')')"))
                .as("stories published through the API without their audit entry")
                .isEmpty();
        assertThat(rows("select external_id from articles"))
                .as("every acknowledged create")
                .containsAll(created);
        assertThat(rows("select external_id from articles where status = 'published'"))
                .as("every acknowledged publish")
                .containsAll(published);

        node.restart();
        node.awaitReady();
        long caughtUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String health;
        do {
            Thread.sleep(250);
            health = node.site().get("/actuator/health/nodes").body();
        } while (!(health.contains("up to date") && lag(health) == 0) && System.nanoTime() < caughtUp);
        assertThat(health).as("the index catches up after the kill").contains("up to date");
        long inDatabase = count("select count(*) from articles a join article_bodies b on b.article_id = a.id"
                + " where a.status = 'published'");
        HttpResponse<String> search = http.send(
                HttpRequest.newBuilder(URI.create(node.site().base() + "/api/v1/search?q=" + word + "&limit=1"))
                        .header("Authorization", "Bearer " + token)
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Matcher total = TOTAL.matcher(search.body());
        assertThat(total.find()).as(search.body()).isTrue();
        assertThat(Long.parseLong(total.group(1)))
                .as("the search index finds exactly the published stories")
                .isEqualTo(inDatabase);
    }

    private static TestArticle story(String prefix, String word, int n) {
        return TestArticle.story(prefix)
                .with(
                        "date",
                        Instant.now()
                                .minus(2, ChronoUnit.HOURS)
                                .truncatedTo(ChronoUnit.SECONDS)
                                .toString())
                .with("body", "A story told while the node is killed, number " + n + ": " + word + ".")
                .with("tags", List.of("kill test", "batch " + (n % 7)));
    }

    private static long lag(String health) {
        Matcher lag = LAG.matcher(health);
        return lag.find() ? Long.parseLong(lag.group(1)) : -1;
    }

    private int call(String method, String path, String token, String body) {
        try {
            return http.send(
                            HttpRequest.newBuilder(URI.create(node.site().base() + path))
                                    .header("Authorization", "Bearer " + token)
                                    .header("Content-Type", "application/json")
                                    .method(
                                            method,
                                            body == null
                                                    ? HttpRequest.BodyPublishers.noBody()
                                                    : HttpRequest.BodyPublishers.ofString(body))
                                    .timeout(Duration.ofSeconds(30))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private Connection connect() throws SQLException {
        Map<String, String> environment = database.environment();
        if (environment.isEmpty()) {
            return DriverManager.getConnection("jdbc:sqlite:" + node.dataDir().resolve("gazette.db"));
        }
        return DriverManager.getConnection(environment.get("GAZETTE_DB_URL"), environment.get("GAZETTE_DB_USER"), "");
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private List<String> rows(String sql) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection connection = connect();
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                found.add(rows.getString(1));
            }
        }
        return found;
    }
}
