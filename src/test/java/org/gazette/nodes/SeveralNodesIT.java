package org.gazette.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.testing.NewsroomClient;
import org.gazette.testing.OwnDatabase;
import org.gazette.testing.PackagedNode;
import org.gazette.testing.PostgresTestDatabases;
import org.gazette.testing.SiteClient;
import org.gazette.testing.TestArticle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two packaged nodes (target/gazette.jar, real processes) on two ports against one fresh PostgreSQL
 * database, as behind a load balancer: a change made through one is served by the other within two
 * seconds (page, search, feed), an editor signed in through one works through the other, and a
 * scheduled story goes live exactly once, on time, although the node holding the scheduler's lease is
 * killed with {@code kill -9} before its time. SQLite is one node: the SQLite run skips this test.
 */
class SeveralNodesIT {

    private static final String ADMIN = "chief@example.org";
    private static final String PASSWORD = "lantern harbour quiet 42";
    private static final Duration PROPAGATION = Duration.ofSeconds(2);
    private static final Pattern TOKEN = Pattern.compile("gzt_[A-Za-z0-9_-]{43}");
    private static final Pattern HOLDER = Pattern.compile("\"leaseHolder\":\"([^\"]+)\"");

    @TempDir
    Path dir;

    @RegisterExtension
    final OwnDatabase database = new OwnDatabase();

    private final List<PackagedNode> nodes = new ArrayList<>();

    @BeforeEach
    void startTwoNodes() throws Exception {
        Assumptions.assumeTrue(
                PostgresTestDatabases.selected(),
                "several nodes share a PostgreSQL database; the SQLite run is one node (skipped)");
        assertThat(PackagedNode.JAR)
                .as("the packaged application (mvn package)")
                .exists();
        // both start at once; only the first is told to create the admin, so they never race for it
        nodes.add(start("node-a", true));
        nodes.add(start("node-b", false));
        for (PackagedNode node : nodes) {
            node.awaitReady();
        }
    }

    @AfterEach
    void stopNodes() throws InterruptedException {
        for (PackagedNode node : nodes) {
            node.process().destroy();
        }
        for (PackagedNode node : nodes) {
            if (!node.process().waitFor(30, TimeUnit.SECONDS)) {
                node.process().destroyForcibly();
            }
        }
    }

    private PackagedNode start(String name, boolean createsAdmin) throws IOException {
        Map<String, String> environment = new HashMap<>(database.environment());
        if (createsAdmin) {
            environment.put("GAZETTE_ADMIN_EMAIL", ADMIN);
            environment.put("GAZETTE_ADMIN_PASSWORD", PASSWORD);
        }
        // quick ticks and a short lease, so the test sees a takeover in seconds
        return PackagedNode.start(
                name,
                dir,
                environment,
                List.of(
                        "--gazette.scheduler.interval=PT0.5S",
                        "--gazette.lease.ttl=PT4S",
                        "--gazette.lease.renew-every=PT1S",
                        "--gazette.search.poll-interval=PT0.5S"));
    }

    /**
     * One test for what needs no killing, since each test starts its own two nodes: sessions across
     * nodes, a change seen by the other node, and sign-in throttling across nodes (last: it locks the
     * account).
     */
    @Test
    void anEditorWorksThroughEitherNodeAndAChangeMadeThroughOneIsServedByTheOtherWithinTwoSeconds() throws Exception {
        PackagedNode a = nodes.get(0);
        PackagedNode b = nodes.get(1);
        anEditorSignedInThroughOneNodeKeepsWorkingThroughTheOther(a, b);
        String token = tokenThroughBothNodes(a, b);
        String word = "nodeword" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);
        String edited = "editedword" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);
        TestArticle story = TestArticle.story("nodes")
                .with(
                        "date",
                        Instant.now()
                                .minus(1, ChronoUnit.HOURS)
                                .truncatedTo(ChronoUnit.SECONDS)
                                .toString())
                .with("headline", "The " + word + " crosses the cluster")
                .with("body", "Told on one node, read on another: " + word + ".");

        assertThat(api(a, "POST", "/api/v1/articles", token, story.json()).statusCode())
                .isEqualTo(201);
        String page = "/en/news/" + slugOf(story.id());
        String search = "/en/search?q=" + word;
        String feed = "/en/rss.xml";
        // node B answers (and caches) each place before the story is published
        assertThat(b.site().get(page).statusCode()).isEqualTo(404);
        assertThat(b.site().get(feed).body()).doesNotContain(word);
        assertThat(b.site().get(search).body()).doesNotContain(page);
        assertThat(b.site().get("/en/").body()).doesNotContain(page);

        assertThat(api(a, "POST", "/api/v1/articles/" + story.id() + "/publish", token, null)
                        .statusCode())
                .isEqualTo(200);
        within(
                b,
                page,
                response -> response.statusCode() == 200 && response.body().contains(word));
        within(b, feed, response -> response.body().contains(word));
        within(b, search, response -> response.body().contains("href=\"" + page + "\""));
        within(b, "/en/", response -> response.body().contains("href=\"" + page + "\""));

        String newHeadline = "The " + edited + " crosses the cluster";
        assertThat(api(
                                a,
                                "PUT",
                                "/api/v1/articles/" + story.id(),
                                token,
                                story.with("headline", newHeadline).json())
                        .statusCode())
                .isEqualTo(200);
        String editedPage = "/en/news/" + slugOf(story.id());
        within(b, editedPage, response -> response.body().contains(newHeadline));
        within(b, feed, response -> response.body().contains(edited));
        within(b, "/en/search?q=" + edited, response -> response.body().contains("href=\"" + editedPage + "\""));

        assertThat(api(a, "POST", "/api/v1/articles/" + story.id() + "/unpublish", token, null)
                        .statusCode())
                .isEqualTo(200);
        within(b, editedPage, response -> response.statusCode() == 410);
        within(b, feed, response -> !response.body().contains(edited));
        within(b, "/en/search?q=" + edited, response -> !response.body().contains("href=\"" + editedPage + "\""));
        within(b, "/en/", response -> !response.body().contains("href=\"" + editedPage + "\""));

        theEntitiesOneNodeTagsReachTheOthersKeptPages(a, b, token);
        failedSignInsThroughEitherNodeCountTogether(a, b);
    }

    @Test
    void aStoryScheduledBeforeTheLeaseHolderIsKilledGoesLiveOnTimeExactlyOnce() throws Exception {
        PackagedNode a = nodes.get(0);
        PackagedNode b = nodes.get(1);
        String token = tokenThroughBothNodes(a, b);
        TestArticle story = TestArticle.story("scheduled-nodes");
        assertThat(api(a, "POST", "/api/v1/articles", token, story.json()).statusCode())
                .isEqualTo(201);
        long id = idOf(story.id());

        PackagedNode holder = awaitLeaseHolder(b);
        PackagedNode survivor = holder == a ? b : a;
        NewsroomClient editor = new NewsroomClient(survivor.port()).signedIn(ADMIN, PASSWORD);
        editor.get("/newsroom/articles/" + id);
        Instant at = Instant.now().plusSeconds(10).truncatedTo(ChronoUnit.SECONDS);
        HttpResponse<String> scheduled = editor.post(
                "/newsroom/articles/" + id + "/schedule",
                Map.of("at", LocalDateTime.ofInstant(at, ZoneOffset.UTC).toString()));
        assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(302);
        assertThat(statusOf(id)).isEqualTo("scheduled");

        // kill -9: no orderly stop, no lease handed back
        holder.kill();

        Instant seen = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
        while (seen == null && System.nanoTime() < deadline) {
            if ("published".equals(statusOf(id))) {
                seen = Instant.now();
            } else {
                Thread.sleep(100);
            }
        }
        assertThat(seen)
                .as("the survivor published the story; its log:%n%s", survivor.logText())
                .isNotNull();
        assertThat(seen).as("not before its time").isAfterOrEqualTo(at);
        assertThat(Duration.between(at, seen))
                .as("on time: the survivor took the lease over before the story fell due")
                .isLessThan(Duration.ofSeconds(3));
        Thread.sleep(2_000); // more scheduler runs on the survivor
        assertThat(count(
                        "select count(*) from audit_log where action = 'article-published' and target = ?",
                        "article " + id))
                .as("published exactly once")
                .isEqualTo(1);
        assertThat(survivor.site().get("/actuator/health/nodes").body())
                .contains("\"leaseHolder\":\"" + survivor.name() + "#");
    }

    private static void anEditorSignedInThroughOneNodeKeepsWorkingThroughTheOther(PackagedNode a, PackagedNode b) {
        NewsroomClient editor = new NewsroomClient(a.port()).signedIn(ADMIN, PASSWORD);
        HttpResponse<String> dashboard = editor.via(b.port()).get("/newsroom");
        assertThat(dashboard.statusCode()).as("the session reaches node B").isEqualTo(200);

        // a form read on B and posted on A: the CSRF token is the session's, on every node
        editor.get("/newsroom/profile");
        HttpResponse<String> saved =
                editor.via(a.port()).post("/newsroom/profile", Map.of("name", "Chief of the cluster", "uiLang", "en"));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(editor.via(b.port()).get("/newsroom/profile").body()).contains("Chief of the cluster");

        HttpResponse<String> forged = editor.via(b.port())
                .postRaw("/newsroom/profile", Map.of("name", "Forged", "uiLang", "en", "_csrf", "wrong"));
        assertThat(forged.statusCode()).isEqualTo(403);
    }

    private static void failedSignInsThroughEitherNodeCountTogether(PackagedNode a, PackagedNode b) {
        for (int i = 0; i < 5; i++) {
            PackagedNode node = i % 2 == 0 ? a : b;
            HttpResponse<String> refused =
                    new NewsroomClient(node.port()).from("203.0.113." + i).signIn(ADMIN, "not the password " + i);
            assertThat(refused.headers().firstValue("Location").orElse("")).contains("/newsroom/login?error");
        }
        HttpResponse<String> throttled =
                new NewsroomClient(b.port()).from("203.0.113.99").signIn(ADMIN, PASSWORD);
        assertThat(throttled.headers().firstValue("Location").orElse(""))
                .as("the sixth attempt, right password and all, is refused on either node")
                .contains("/newsroom/login?throttled");
    }

    /** Signs in on A, asks for a token on A, reads it on B (it travels in the session's flash). */
    private static String tokenThroughBothNodes(PackagedNode a, PackagedNode b) {
        NewsroomClient editor = new NewsroomClient(a.port()).signedIn(ADMIN, PASSWORD);
        editor.get("/newsroom/profile");
        HttpResponse<String> created = editor.post("/newsroom/profile/tokens", Map.of("name", "cluster test"));
        assertThat(created.statusCode()).isEqualTo(302);
        String profile = editor.via(b.port()).get("/newsroom/profile").body();
        Matcher token = TOKEN.matcher(profile);
        assertThat(token.find())
                .as("node B shows the token created through node A")
                .isTrue();
        return token.group();
    }

    private PackagedNode awaitLeaseHolder(PackagedNode asked) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            Matcher holder =
                    HOLDER.matcher(asked.site().get("/actuator/health/nodes").body());
            if (holder.find()) {
                for (PackagedNode node : nodes) {
                    if (holder.group(1).startsWith(node.name() + "#")) {
                        return node;
                    }
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no node took the scheduler lease");
    }

    /**
     * A story published through one node is tagged by whichever node holds the tagging lease; both nodes
     * kept its page before it was tagged (no "In this story" yet), and both then serve it naming its people,
     * so the node that did not tag heard of it. Its people are invented for the test.
     */
    private void theEntitiesOneNodeTagsReachTheOthersKeptPages(PackagedNode a, PackagedNode b, String token)
            throws Exception {
        TestArticle story = TestArticle.story("nodes-entities")
                .with(
                        "date",
                        Instant.now()
                                .minus(1, ChronoUnit.HOURS)
                                .truncatedTo(ChronoUnit.SECONDS)
                                .toString())
                .with("headline", "Mayor Lorenzo Quillfeather opens the Ostvale harbour library")
                .with(
                        "body",
                        "Mayor Lorenzo Quillfeather opened the new harbour library in Ostvale on Monday. "
                                + "Lorenzo Quillfeather said the reading rooms would stay open late in winter.");
        assertThat(api(a, "POST", "/api/v1/articles", token, story.json()).statusCode())
                .isEqualTo(201);
        assertThat(api(a, "POST", "/api/v1/articles/" + story.id() + "/publish", token, null)
                        .statusCode())
                .isEqualTo(200);
        String page = "/en/news/" + slugOf(story.id());
        within(a, page, response -> response.statusCode() == 200);
        within(b, page, response -> response.statusCode() == 200);
        String entityLink = "/en/entity/lorenzo-quillfeather";
        // the first story a node tags loads the models (seconds on a busy machine): a longer wait than a cache drop
        within(a, page, response -> response.body().contains(entityLink), Duration.ofSeconds(90));
        within(b, page, response -> response.body().contains(entityLink));
        within(
                b,
                entityLink,
                response -> response.statusCode() == 200 && response.body().contains(page));
    }

    private static void within(PackagedNode node, String path, Predicate<HttpResponse<String>> served)
            throws InterruptedException {
        within(node, path, served, PROPAGATION);
    }

    private static void within(
            PackagedNode node, String path, Predicate<HttpResponse<String>> served, Duration patience)
            throws InterruptedException {
        long started = System.nanoTime();
        long deadline = started + patience.toNanos();
        HttpResponse<String> last;
        do {
            last = node.site().get(path);
            if (served.test(last)) {
                return;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        throw new AssertionError(String.format(
                Locale.ROOT,
                "%s on %s still answered %d after %s: %s",
                path,
                node.name(),
                last.statusCode(),
                patience,
                last.body().length() > 500 ? last.body().substring(0, 500) : last.body()));
    }

    private static HttpResponse<String> api(PackagedNode node, String method, String path, String token, String body) {
        SiteClient client = node.site();
        HttpRequest.Builder request = client.request(path)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return client.send(request.build());
    }

    private Connection connect() throws SQLException {
        Map<String, String> environment = database.environment();
        return DriverManager.getConnection(environment.get("GAZETTE_DB_URL"), environment.get("GAZETTE_DB_USER"), "");
    }

    private String slugOf(String externalId) throws SQLException {
        return single("select slug from articles where external_id = ?", externalId);
    }

    private long idOf(String externalId) throws SQLException {
        return Long.parseLong(single("select id from articles where external_id = ?", externalId));
    }

    private String statusOf(long id) throws SQLException {
        return single("select status from articles where id = ?", id);
    }

    private long count(String sql, Object parameter) throws SQLException {
        return Long.parseLong(single(sql, parameter));
    }

    private String single(String sql, Object parameter) throws SQLException {
        try (Connection connection = connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).as(sql + " " + parameter).isTrue();
                return rows.getString(1);
            }
        }
    }
}
