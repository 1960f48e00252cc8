package org.gazette.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One fetch against a real local HTTP server: validators, 304, timeouts, redirects, limits, 5xx. */
class FeedFetcherTest {

    private static final String FEED =
            """
            <rss version="2.0"><channel><title>t</title><item><title>Story</title><guid>g-1</guid>
            <description>Text.</description></item></channel></rss>""";

    private MockWebServer server;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private FeedFetcher fetcher(AddressGuard guard) {
        // generous for a loaded test machine; the slow answers below take far longer
        return new FeedFetcher(guard, Duration.ofSeconds(5), Duration.ofSeconds(3), 10_000, 2);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getPort() + path;
    }

    @Test
    void sendsTheValidatorsOfTheLastAnswerAndTakesA304AsNotModified() throws Exception {
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .addHeader("ETag", "\"v1\"")
                .addHeader("Last-Modified", "Mon, 16 Sep 2024 14:05:00 GMT")
                .body(FEED)
                .build());
        server.enqueue(new MockResponse.Builder().code(304).build());
        FeedFetcher fetcher = fetcher(new AddressGuard(true));

        FetchResult first = fetcher.fetch(url("/feed"), null, null);
        FetchResult second = fetcher.fetch(url("/feed"), first.etag(), first.lastModified());

        assertThat(new String(first.body(), StandardCharsets.UTF_8)).isEqualTo(FEED);
        assertThat(first.etag()).isEqualTo("\"v1\"");
        assertThat(second.notModified()).isTrue();
        server.takeRequest();
        RecordedRequest conditional = server.takeRequest();
        assertThat(conditional.getHeaders().get("If-None-Match")).isEqualTo("\"v1\"");
        assertThat(conditional.getHeaders().get("If-Modified-Since")).isEqualTo("Mon, 16 Sep 2024 14:05:00 GMT");
    }

    @Test
    void aSlowAnswerFailsAtTheTimeoutAsRetryable() {
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .body(FEED)
                .headersDelay(12, TimeUnit.SECONDS)
                .build());
        long started = System.nanoTime();

        assertThatThrownBy(() -> fetcher(new AddressGuard(true)).fetch(url("/slow"), null, null))
                .isInstanceOfSatisfying(FetchException.class, e -> {
                    assertThat(e.getMessage()).contains("within");
                    assertThat(e.retryable()).isTrue();
                });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(9));
    }

    @Test
    void aBodyThatTricklesPastTheDeadlineFailsToo() {
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .body(FEED)
                .throttleBody(8, 500, TimeUnit.MILLISECONDS)
                .build());
        assertThatThrownBy(() -> fetcher(new AddressGuard(true)).fetch(url("/trickle"), null, null))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("within");
    }

    @Test
    void redirectsAreFollowedUpToTheLimit() {
        server.enqueue(new MockResponse.Builder()
                .code(301)
                .addHeader("Location", "/moved")
                .build());
        server.enqueue(new MockResponse.Builder().code(200).body(FEED).build());
        assertThat(fetcher(new AddressGuard(true))
                        .fetch(url("/old"), null, null)
                        .body())
                .isNotEmpty();

        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder()
                    .code(302)
                    .addHeader("Location", "/again" + i)
                    .build());
        }
        assertThatThrownBy(() -> fetcher(new AddressGuard(true)).fetch(url("/loop"), null, null))
                .isInstanceOf(FetchException.class)
                .hasMessage("more than 2 redirects");
    }

    @Test
    void aPrivateAddressIsRefusedDirectlyAndOnARedirect() {
        assertThatThrownBy(() -> fetcher(new AddressGuard(false)).fetch(url("/feed"), null, null))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("private address 127.0.0.1");
        assertThat(server.getRequestCount()).as("nothing was sent").isZero();

        // the first hop is let through as if public; the redirect target is checked like any address
        AddressGuard firstHopTrusted = new AddressGuard(false) {
            @Override
            public void check(URI uri) {
                if (!uri.getPath().equals("/public")) {
                    super.check(uri);
                }
            }
        };
        server.enqueue(new MockResponse.Builder()
                .code(302)
                .addHeader("Location", url("/internal"))
                .build());
        assertThatThrownBy(() -> fetcher(firstHopTrusted).fetch(url("/public"), null, null))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("private address");
        assertThat(server.getRequestCount()).as("only the first hop was sent").isEqualTo(1);
    }

    @Test
    void onlyHttpAndHttpsAreFetched() {
        assertThatThrownBy(() -> fetcher(new AddressGuard(true)).fetch("file:///etc/passwd", null, null))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("only http and https");
        server.enqueue(new MockResponse.Builder()
                .code(302)
                .addHeader("Location", "ftp://example.org/x")
                .build());
        assertThatThrownBy(() -> fetcher(new AddressGuard(true)).fetch(url("/ftp"), null, null))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("only http and https");
    }

    @Test
    void anOversizedDocumentIsRefusedWhetherItsLengthIsDeclaredOrNot() {
        String big = "<rss>" + "x".repeat(20_000) + "</rss>";
        server.enqueue(new MockResponse.Builder().code(200).body(big).build());
        server.enqueue(
                new MockResponse.Builder().code(200).chunkedBody(big, 1_000).build());
        FeedFetcher fetcher = fetcher(new AddressGuard(true));

        assertThatThrownBy(() -> fetcher.fetch(url("/big"), null, null))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("larger than the limit of 10000 bytes");
        assertThatThrownBy(() -> fetcher.fetch(url("/chunked"), null, null))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("larger than the limit of 10000 bytes");
    }

    @Test
    void serverErrorsAreRetryableAndClientErrorsAreNot() {
        server.enqueue(new MockResponse.Builder().code(503).build());
        server.enqueue(new MockResponse.Builder().code(404).build());
        FeedFetcher fetcher = fetcher(new AddressGuard(true));

        assertThatThrownBy(() -> fetcher.fetch(url("/down"), null, null))
                .isInstanceOfSatisfying(FetchException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("the source answered HTTP 503");
                    assertThat(e.retryable()).isTrue();
                });
        assertThatThrownBy(() -> fetcher.fetch(url("/gone"), null, null))
                .isInstanceOfSatisfying(
                        FetchException.class, e -> assertThat(e.retryable()).isFalse());
    }

    @Test
    void privateRangesAreRecognised() throws Exception {
        for (String address : new String[] {
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "::1",
            "fd00::1",
            "fe80::1"
        }) {
            assertThat(AddressGuard.isPrivate(InetAddress.getByName(address)))
                    .as(address)
                    .isTrue();
        }
        for (String address : new String[] {"8.8.8.8", "93.184.216.34", "2001:4860:4860::8888"}) {
            assertThat(AddressGuard.isPrivate(InetAddress.getByName(address)))
                    .as(address)
                    .isFalse();
        }
    }
}
