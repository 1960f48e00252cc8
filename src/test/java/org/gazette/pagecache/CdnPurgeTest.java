package org.gazette.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The CDN purge calls, received by a real HTTP server on loopback. */
class CdnPurgeTest {

    record Received(String method, String path, String surrogateKey, String authorization, String body) {}

    private HttpServer server;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();

    @BeforeEach
    void listen() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            received.add(new Received(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(),
                    exchange.getRequestHeaders().getFirst("Surrogate-Key"),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private CdnPurge purge(List<String> urls, String method, String token) {
        return new CdnPurge(new PageCacheProperties(
                true,
                DataSize.ofMegabytes(1),
                Duration.ofMinutes(1),
                Duration.ofSeconds(30),
                Duration.ofMinutes(5),
                Duration.ofMinutes(1),
                Duration.ofDays(1),
                urls,
                method,
                token));
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Test
    void oneCallCarriesAllKeysInTheUrlHeaderAndBody() throws Exception {
        CdnPurge purge = purge(List.of(base() + "/purge/{keys}"), "POST", "secret-token");
        purge.invalidate(new LinkedHashSet<>(List.of("a42", "s3", "h-en")));

        Received call = received.poll(10, TimeUnit.SECONDS);
        assertThat(call).isNotNull();
        assertThat(call.method()).isEqualTo("POST");
        assertThat(call.path()).isEqualTo("/purge/a42%20s3%20h-en");
        assertThat(call.surrogateKey()).isEqualTo("a42 s3 h-en");
        assertThat(call.authorization()).isEqualTo("Bearer secret-token");
        assertThat(call.body()).isEqualTo("{\"tags\":[\"a42\",\"s3\",\"h-en\"]}");
        purge.destroy();
    }

    @Test
    void aKeyTemplateGetsOneCallPerKeyWithTheMethodAsked() throws Exception {
        CdnPurge purge = purge(List.of(base() + "/key/{key}"), "PURGE", null);
        purge.invalidate(new LinkedHashSet<>(List.of("a1", "sitemaps")));

        Received first = received.poll(10, TimeUnit.SECONDS);
        Received second = received.poll(10, TimeUnit.SECONDS);
        assertThat(first).isNotNull();
        assertThat(second).isNotNull();
        assertThat(List.of(first.path(), second.path())).containsExactly("/key/a1", "/key/sitemaps");
        assertThat(first.method()).isEqualTo("PURGE");
        assertThat(first.authorization()).isNull();
        purge.destroy();
    }

    @Test
    void withoutUrlsNothingIsCalled() throws Exception {
        CdnPurge purge = purge(List.of(), "POST", null);
        purge.invalidate(Set.of("a1"));
        assertThat(received.poll(500, TimeUnit.MILLISECONDS)).isNull();
        purge.destroy();
    }
}
