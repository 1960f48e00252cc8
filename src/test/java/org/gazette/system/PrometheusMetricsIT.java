package org.gazette.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.account.Accounts;
import org.gazette.account.ApiTokens;
import org.gazette.account.Role;
import org.gazette.testing.GazetteIntegrationTest;
import org.gazette.testing.SiteClient;
import org.gazette.testing.Staff;
import org.gazette.testing.TestArticle;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What {@code /actuator/prometheus} tells an operator after some traffic: request latency per route
 * family, the page cache's hits and misses, stories saved by who saved them (the import and ingest
 * rate), the search outbox's lag, and the database pool.
 */
@GazetteIntegrationTest
class PrometheusMetricsIT {

    private static final Pattern SAMPLE = Pattern.compile("^([a-z_:]+)(?:\\{(.*)})? (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_]+)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    ApiTokens tokens;

    /** One line of the exposition: name, labels, value. */
    record Sample(String name, Map<String, String> labels, double value) {}

    @Test
    void afterSomeTrafficPrometheusShowsLatencyPerRouteFamilyCacheHitsSavedStoriesAndOutboxLag() throws Exception {
        SiteClient site = new SiteClient(port);
        String token = tokens.create(Staff.create(accounts, Role.EDITOR).id(), "metrics", null)
                .value();
        TestArticle story = TestArticle.story("metrics");
        assertThat(api(site, "POST", "/api/v1/articles", token, story.json()).statusCode())
                .isEqualTo(201);
        assertThat(api(site, "POST", "/api/v1/articles/" + story.id() + "/publish", token, null)
                        .statusCode())
                .isEqualTo(200);
        String page = site.get("/api/v1/articles/" + story.id(), Map.of("Authorization", "Bearer " + token))
                .body();
        Matcher url = Pattern.compile("\"url\":\"https?://[^/]+(/[^\"]+)\"").matcher(page);
        assertThat(url.find()).as(page).isTrue();
        for (int i = 0; i < 2; i++) {
            // the second of most is a hit of the page cache (the front page is kept for a moment only)
            assertThat(site.get(url.group(1)).statusCode()).isEqualTo(200);
            assertThat(site.get("/en/").statusCode()).isEqualTo(200);
            assertThat(site.get("/en/rss.xml").statusCode()).isEqualTo(200);
            assertThat(site.get("/sitemap.xml").statusCode()).isEqualTo(200);
        }
        assertThat(site.get("/en/search?q=story").statusCode()).isEqualTo(200);
        assertThat(site.get("/newsroom/login").statusCode()).isEqualTo(200);

        List<Sample> samples = scrape(site, token);

        for (String route : List.of("reader-article", "reader-list", "feed", "sitemap", "search", "api", "newsroom")) {
            assertThat(sum(samples, "http_server_requests_seconds_count", Map.of("route", route)))
                    .as("requests counted for route family %s", route)
                    .isGreaterThanOrEqualTo(1);
            assertThat(sum(samples, "http_server_requests_seconds_sum", Map.of("route", route)))
                    .as("time spent on route family %s", route)
                    .isGreaterThan(0);
        }
        assertThat(sum(
                        samples,
                        "http_server_requests_seconds_count",
                        Map.of("route", "reader-article", "status", "200")))
                .isGreaterThanOrEqualTo(2);
        assertThat(sum(samples, "gazette_page_cache_requests_total", Map.of("result", "hit")))
                .isGreaterThanOrEqualTo(1);
        assertThat(sum(samples, "gazette_page_cache_requests_total", Map.of("result", "miss")))
                .isGreaterThanOrEqualTo(1);
        assertThat(sum(samples, "gazette_articles_saved_total", Map.of("by", "editor", "change", "created")))
                .isGreaterThanOrEqualTo(1);
        assertThat(sum(samples, "gazette_search_outbox_backlog_rows", Map.of())).isGreaterThanOrEqualTo(0);
        assertThat(sum(samples, "gazette_search_outbox_lag_seconds", Map.of())).isGreaterThanOrEqualTo(0);
        assertThat(sum(samples, "hikaricp_connections_max", Map.of())).isGreaterThan(0);

        // the story's outbox row is applied to the index within moments
        long deadline = System.nanoTime() + 10_000_000_000L;
        double applied;
        do {
            applied = sum(scrape(site, token), "gazette_search_outbox_applied_total", Map.of());
            Thread.sleep(100);
        } while (applied < 1 && System.nanoTime() < deadline);
        assertThat(applied).isGreaterThanOrEqualTo(1);
    }

    private static HttpResponse<String> api(SiteClient site, String method, String path, String token, String body) {
        return site.send(site.request(path)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private static List<Sample> scrape(SiteClient site, String token) {
        HttpResponse<String> response = site.get("/actuator/prometheus", Map.of("Authorization", "Bearer " + token));
        assertThat(response.statusCode()).isEqualTo(200);
        List<Sample> samples = new ArrayList<>();
        for (String line : response.body().split("\n")) {
            Matcher sample = SAMPLE.matcher(line);
            if (line.startsWith("#") || !sample.matches()) {
                continue;
            }
            Map<String, String> labels = new LinkedHashMap<>();
            if (sample.group(2) != null) {
                Matcher label = LABEL.matcher(sample.group(2));
                while (label.find()) {
                    labels.put(label.group(1), label.group(2));
                }
            }
            samples.add(new Sample(sample.group(1), labels, Double.parseDouble(sample.group(3))));
        }
        return samples;
    }

    /** The sum of the samples of {@code name} whose labels include {@code labels}; NaN when there is none. */
    private static double sum(List<Sample> samples, String name, Map<String, String> labels) {
        List<Sample> matching = samples.stream()
                .filter(s -> s.name().equals(name) && s.labels().entrySet().containsAll(labels.entrySet()))
                .toList();
        assertThat(matching).as("samples of %s with %s", name, labels).isNotEmpty();
        return matching.stream().mapToDouble(Sample::value).sum();
    }
}
