package org.gazette.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.gazette.account.Accounts;
import org.gazette.account.ApiTokens;
import org.gazette.account.Role;
import org.gazette.testing.GazetteIntegrationTest;
import org.gazette.testing.SiteClient;
import org.gazette.testing.Staff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The poller against a real local feed server: status per source, conditional GETs, retries and the
 * circuit breaker, a slow source beside a fast one, hostile and oversized documents, and the API's
 * poll, pause and resume.
 */
@GazetteIntegrationTest
@TestPropertySource(
        properties = {
            "gazette.wire.allow-private-hosts=true",
            "gazette.wire.first-tick=PT1H",
            "gazette.wire.tick=PT1H",
            "gazette.wire.read-timeout=PT3S",
            "gazette.wire.backoff=PT0.05S",
            "gazette.wire.attempts=2",
            "gazette.wire.max-bytes=50000",
            "gazette.wire.breaker-open=PT1H"
        })
class WirePollingIT {

    @LocalServerPort
    int port;

    @Autowired
    WirePoller poller;

    @Autowired
    WireSources sources;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    ApiTokens tokens;

    private MockWebServer server;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private WireSource source(String path, boolean autoPublish) {
        return sources.create(new WireSources.Draft(
                "Feed " + run + path,
                null,
                "http://127.0.0.1:" + server.getPort() + path + "?" + run,
                "rss",
                60,
                "en",
                null,
                autoPublish));
    }

    private String rss(String guid, String title) {
        return """
                <rss version="2.0"><channel><title>Agency</title>
                <item><title>%s</title><guid>%s</guid><description>Story text.</description></item>
                <item><guid>no-title-%s</guid><description>Refused.</description></item>
                </channel></rss>"""
                .transform(t -> String.format(java.util.Locale.ROOT, t, title, guid, run));
    }

    private WireSource reload(WireSource source) {
        return sources.find(source.id()).orElseThrow();
    }

    private WireSource await(WireSource source, Predicate<WireSource> condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            WireSource current = reload(source);
            if (condition.test(current)) {
                return current;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("source " + source.id() + " never reached the expected state: " + reload(source));
    }

    @Test
    void aPollImportsItemsRecordsRefusalsAndAnUnchangedFeedCostsA304() throws Exception {
        String guid = "guid-" + run;
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .addHeader("ETag", "\"e1\"")
                .body(rss(guid, "First"))
                .build());
        server.enqueue(new MockResponse.Builder().code(304).build());
        WireSource source = source("/ok", true);

        poller.poll(source.id());
        WireSource polled = reload(source);
        assertThat(polled.state()).isEqualTo("ok");
        assertThat(polled.itemsImported()).isEqualTo(1);
        assertThat(polled.itemsRefused()).isEqualTo(1);
        assertThat(polled.lastError()).isNull();
        assertThat(polled.lastSuccessAt()).isNotNull();
        assertThat(polled.etag()).isEqualTo("\"e1\"");
        assertThat(sources.refusals(source.id(), 5)).singleElement().satisfies(refused -> assertThat(refused.reason())
                .isEqualTo("has no title"));

        poller.poll(source.id());
        assertThat(reload(source).state()).isEqualTo("not modified");
        server.takeRequest();
        assertThat(server.takeRequest().getHeaders().get("If-None-Match")).isEqualTo("\"e1\"");
        assertThat(jdbc.sql("select count(*) from wire_items where guid = :g")
                        .param("g", guid)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void serverErrorsAreRetriedThenRecordedAndRepeatedFailuresOpenTheCircuit() throws Exception {
        for (int i = 0; i < 6; i++) {
            server.enqueue(new MockResponse.Builder().code(500).build());
        }
        WireSource source = source("/down", true);

        poller.poll(source.id());
        WireSource failed = reload(source);
        assertThat(failed.state()).isEqualTo("failed");
        assertThat(failed.lastError()).isEqualTo("the source answered HTTP 500");
        assertThat(server.getRequestCount()).as("retried once").isEqualTo(2);

        poller.poll(source.id());
        poller.poll(source.id());
        assertThat(server.getRequestCount()).isEqualTo(6);
        poller.poll(source.id());
        assertThat(reload(source).state()).isEqualTo("circuit open");
        assertThat(server.getRequestCount()).as("an open circuit sends nothing").isEqualTo(6);
    }

    @Test
    void aSlowSourceNeverDelaysAFastOne() throws Exception {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (request.getTarget().startsWith("/slow")) {
                    return new MockResponse.Builder()
                            .code(200)
                            .body(rss("slow-" + run, "Slow"))
                            .headersDelay(20, TimeUnit.SECONDS)
                            .build();
                }
                return new MockResponse.Builder()
                        .code(200)
                        .body(rss("fast-" + run, "Fast"))
                        .build();
            }
        });
        WireSource slow = source("/slow", true);
        WireSource fast = source("/fast", true);

        long started = System.nanoTime();
        assertThat(poller.pollSoon(slow.id())).isTrue();
        assertThat(poller.pollSoon(fast.id())).isTrue();
        await(fast, s -> "ok".equals(s.lastStatus()));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(12));

        WireSource timedOut = await(slow, s -> s.lastStatus() != null);
        assertThat(timedOut.state()).isEqualTo("failed");
        assertThat(timedOut.lastError()).contains("within");
    }

    @Test
    void hostileAndOversizedDocumentsFailWithTheirReason() throws Exception {
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .body(
                        """
                <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <rss version="2.0"><channel><title>&x;</title></channel></rss>""")
                .build());
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .body("<rss>" + "x".repeat(60_000) + "</rss>")
                .build());
        WireSource hostile = source("/hostile", true);
        WireSource big = source("/big", true);

        poller.poll(hostile.id());
        poller.poll(big.id());

        assertThat(reload(hostile).lastError()).startsWith("the document declares a DTD");
        assertThat(reload(big).lastError()).contains("larger than the limit of 50000 bytes");
    }

    @Test
    void editorsPauseResumeAndPollASourceThroughTheApi() throws Exception {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse.Builder()
                        .code(200)
                        .body(rss("api-" + run, "Api story"))
                        .build();
            }
        });
        String token = tokens.create(Staff.create(accounts, Role.EDITOR).id(), "wire test", null)
                .value();
        SiteClient api = new SiteClient(port);
        String body =
                """
                {"name": "Api %s", "feed_url": "http://127.0.0.1:%d/api?%s", "format": "rss", "interval_seconds": 600,
                 "lang": "en", "auto_publish": true}"""
                        .transform(t -> String.format(java.util.Locale.ROOT, t, run, server.getPort(), run));
        HttpResponse<String> created = api.send(api.request("/api/v1/sources")
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = Long.parseLong(
                created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", ""));
        WireSource source = sources.find(id).orElseThrow();
        await(source, s -> "ok".equals(s.lastStatus()));
        assertThat(server.getRequestCount())
                .as("a new source is polled at once")
                .isEqualTo(1);

        HttpResponse<String> paused = post(api, "/api/v1/sources/" + id + "/pause", token);
        assertThat(paused.statusCode()).isEqualTo(200);
        assertThat(paused.body()).contains("\"state\":\"paused\"");
        assertThat(post(api, "/api/v1/sources/" + id + "/poll", token).statusCode())
                .isEqualTo(400);

        assertThat(post(api, "/api/v1/sources/" + id + "/resume", token).statusCode())
                .isEqualTo(200);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (server.getRequestCount() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(server.getRequestCount())
                .as("a resumed source is polled at once")
                .isEqualTo(2);

        assertThat(post(api, "/api/v1/sources/" + id + "/poll", token).statusCode())
                .isEqualTo(202);
        assertThat(post(api, "/api/v1/sources/999999999/poll", token).statusCode())
                .isEqualTo(404);

        HttpResponse<String> health = api.get("/actuator/health/wire-desk");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").contains("Api " + run);
    }

    private static HttpResponse<String> post(SiteClient api, String path, String token) {
        return api.send(api.request(path)
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    }
}
