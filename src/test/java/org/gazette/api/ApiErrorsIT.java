package org.gazette.api;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.gazette.account.Accounts;
import org.gazette.account.ApiTokens;
import org.gazette.account.Role;
import org.gazette.testing.GazetteIntegrationTest;
import org.gazette.testing.SiteClient;
import org.gazette.testing.Staff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Errors raised before any API controller ran (an address or query the container or the firewall
 * refuses, no such endpoint, a method or body type the endpoint does not take) answer as every other API
 * error: RFC 9457 problem details with a status and a detail in Gazette's words, never an HTML page or
 * Spring's default JSON, whatever the client accepts; and bad input is never logged as an error. Reader
 * pages keep their HTML error pages.
 */
@GazetteIntegrationTest
class ApiErrorsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    ApiTokens tokens;

    SiteClient site;
    ListAppender<ILoggingEvent> logged;

    @BeforeEach
    void listen() {
        site = new SiteClient(port);
        logged = new ListAppender<>();
        logged.start();
        root().addAppender(logged);
    }

    @AfterEach
    void stopListening() {
        root().detachAppender(logged);
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    /** A problem detail of that status whose detail says something, and no error logged for it. */
    private JsonNode problem(HttpResponse<String> response, int status, String request) {
        assertThat(response.statusCode()).as(request).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .as(request)
                .startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).as(request).isEqualTo(status);
        assertThat(problem.get("detail").asString()).as(request).isNotBlank().doesNotContain("tools.jackson", "org.");
        return problem;
    }

    private void nothingLoggedAsAnError() {
        assertThat(logged.list.stream()
                        .filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))
                        .map(e -> e.getLoggerName() + ": " + e.getFormattedMessage())
                        .toList())
                .isEmpty();
        assertThat(logged.list.stream()
                        .filter(e -> e.getThrowableProxy() != null)
                        .map(ILoggingEvent::getFormattedMessage)
                        .toList())
                .as("logged with a stack trace")
                .isEmpty();
    }

    @Test
    void anAddressOrQueryTheContainerCannotReadIsA400ProblemLoggedAtMostAsAWarning() {
        for (String path : List.of(
                "/api/v1/articles/%00",
                "/api/v1/articles/a%2Fb",
                "/api/v1/articles/%ff",
                "/api/v1/articles?section=%ff",
                "/api/v1/articles?section=%e2%82",
                "/api/v1/search?q=%ff%fe",
                "/api/v1/search/suggest?q=%c3")) {
            for (Map<String, String> accept : List.of(
                    Map.<String, String>of(), Map.of("Accept", "text/html"), Map.of("Accept", "application/xml"))) {
                problem(site.get(path, accept), 400, path + " " + accept);
            }
        }
        assertThat(problem(site.get("/api/v1/articles?section=%ff"), 400, "?section=%ff")
                        .get("detail")
                        .asString())
                .contains("query string");
        nothingLoggedAsAnError();
    }

    @Test
    void anUnknownApiAddressIsA404ProblemWhateverTheClientAccepts() {
        for (Map<String, String> accept :
                List.of(Map.<String, String>of(), Map.of("Accept", "text/html"), Map.of("Accept", "application/xml"))) {
            JsonNode problem = problem(site.get("/api/v1/no-such-thing", accept), 404, "unknown " + accept);
            assertThat(problem.get("detail").asString()).contains("/api/v1/no-such-thing");
        }
        nothingLoggedAsAnError();
    }

    @Test
    void aMethodOrBodyTypeAnEndpointDoesNotTakeIsA405Or415Problem() {
        String token = tokens.create(Staff.create(accounts, Role.EDITOR).id(), "errors", null)
                .value();
        problem(site.get("/api/v1/articles/some-id/publish"), 405, "GET on a POST endpoint");
        HttpResponse<String> plainText = site.send(site.request("/api/v1/sources")
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hello"))
                .build());
        problem(plainText, 415, "text/plain body");
        HttpResponse<String> xml = site.get("/api/v1/articles?lang=en", Map.of("Accept", "application/xml"));
        assertThat(xml.statusCode()).isIn(200, 406);
        if (xml.statusCode() == 406) {
            problem(xml, 406, "asks for XML");
        }
        nothingLoggedAsAnError();
    }

    @Test
    void readerPagesKeepTheirHtmlErrorPages() {
        for (String path : List.of("/en/search?q=%ff", "/en/tag/x?before=%e2%82", "/en/no-such-page")) {
            HttpResponse<String> page = site.get(path, Map.of("Accept", "text/html"));
            assertThat(page.statusCode()).as(path).isIn(400, 404);
            assertThat(page.headers().firstValue("Content-Type").orElse(""))
                    .as(path)
                    .startsWith("text/html");
            assertThat(page.body()).as(path).contains("<form class=\"search-form");
        }
        // refused by Tomcat before the application sees it: its own short page, without version or trace
        for (String path : List.of("/en/%00", "/en/news/a%2Fb")) {
            HttpResponse<String> page = site.get(path, Map.of("Accept", "text/html"));
            assertThat(page.statusCode()).as(path).isEqualTo(400);
            assertThat(page.headers().firstValue("Content-Type").orElse(""))
                    .as(path)
                    .startsWith("text/html");
            assertThat(page.body()).as(path).doesNotContain("Apache Tomcat/", "Exception", "at org.");
        }
        nothingLoggedAsAnError();
    }
}
