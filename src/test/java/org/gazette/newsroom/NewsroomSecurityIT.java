package org.gazette.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.account.Accounts;
import org.gazette.account.AuditLog;
import org.gazette.account.Role;
import org.gazette.account.UserAccount;
import org.gazette.testing.GazetteIntegrationTest;
import org.gazette.testing.NewsroomClient;
import org.gazette.testing.SiteClient;
import org.gazette.testing.Staff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Sign-in, sessions, CSRF, throttling and the security headers every response carries. */
@GazetteIntegrationTest
class NewsroomSecurityIT {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    AuditLog audit;

    @Test
    void everyKindOfResponseCarriesTheSecurityHeaders() {
        SiteClient site = new SiteClient(port);
        for (String path :
                List.of("/en/", "/newsroom/login", "/api/v1/articles", "/en/no-such-page", "/actuator/health")) {
            HttpResponse<String> response = site.get(path);
            String csp =
                    response.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp)
                    .as(path)
                    .contains("script-src 'self'", "frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline");
            assertThat(response.headers().firstValue("X-Content-Type-Options"))
                    .as(path)
                    .hasValue("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy"))
                    .as(path)
                    .hasValue("strict-origin-when-cross-origin");
        }
    }

    @Test
    void readerPagesHaveNoInlineScript() {
        SiteClient site = new SiteClient(port);
        HttpResponse<String> home = site.get("/en/");
        assertThat(home.statusCode()).as("the home page answers").isEqualTo(200);
        Matcher story = Pattern.compile("href=\"(/en/news/[^\"]+)\"").matcher(home.body());
        assertThat(story.find()).as("the home page links a story").isTrue();
        for (String path : List.of("/en/", story.group(1), "/en/search?q=news")) {
            HttpResponse<String> page = site.get(path);
            assertThat(page.statusCode()).as("status of %s", path).isEqualTo(200);
            // the page's own scripts are there, as files: the check would pass on an error page without any
            assertThat(page.body()).as(path).contains("<script src=\"/assets/fontsize");
            assertThat(page.body())
                    .as(path)
                    .doesNotContainPattern("<script(?![^>]*\\bsrc=)(?![^>]*application/ld\\+json)[^>]*>");
        }
    }

    @Test
    void newsroomNeedsSignInAndSendsAnonymousVisitorsToTheForm() {
        HttpResponse<String> response = new SiteClient(port).get("/newsroom/articles");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/newsroom/login");
    }

    @Test
    void signInRotatesTheSessionIdAndSetsAHardenedCookie() {
        UserAccount user = Staff.create(accounts, Role.REPORTER);
        NewsroomClient client = new NewsroomClient(port);
        HttpResponse<String> form = client.get("/newsroom/login");
        String before = client.sessionId();
        assertThat(before).isNotNull();
        String cookie = form.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("GAZETTE_SESSION"))
                .findFirst()
                .orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Lax");

        HttpResponse<String> signedIn =
                client.post("/newsroom/login", Map.of("email", user.email(), "password", Staff.PASSWORD));

        assertThat(signedIn.headers().firstValue("Location").orElse("")).endsWith("/newsroom");
        assertThat(client.sessionId()).isNotEqualTo(before);
        assertThat(client.get("/newsroom").statusCode()).isEqualTo(200);
        assertThat(audit.entries(null, 50)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditLog.Action.SIGN_IN);
            assertThat(e.actor()).isEqualTo(user.email());
        });
    }

    @Test
    void stateChangingRequestWithoutCsrfTokenIsRefused() {
        UserAccount editor = Staff.create(accounts, Role.EDITOR);
        NewsroomClient client = new NewsroomClient(port).signedIn(editor.email(), Staff.PASSWORD);
        client.get("/newsroom/articles/new");

        HttpResponse<String> withoutToken =
                client.postRaw("/newsroom/articles", EditorialWorkflowIT.form("Forged story", "Body", 0));
        HttpResponse<String> wrongToken = client.postRaw(
                "/newsroom/articles", withToken(EditorialWorkflowIT.form("Forged story", "Body", 0), "not-the-token"));
        HttpResponse<String> signOutForged = client.postRaw("/newsroom/logout", Map.of());

        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(wrongToken.statusCode()).isEqualTo(403);
        assertThat(signOutForged.statusCode()).isEqualTo(403);
        assertThat(client.get("/newsroom").statusCode()).as("still signed in").isEqualTo(200);
    }

    @Test
    void loginFormWithoutCsrfTokenIsRefused() {
        UserAccount user = Staff.create(accounts, Role.REPORTER);
        HttpResponse<String> response = new NewsroomClient(port)
                .postRaw("/newsroom/login", Map.of("email", user.email(), "password", Staff.PASSWORD));
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() {
        UserAccount user = Staff.create(accounts, Role.EDITOR);
        NewsroomClient client = new NewsroomClient(port).from("203.0.113.10");
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> failed = client.signIn(user.email(), "wrong password " + i);
            assertThat(failed.headers().firstValue("Location").orElse("")).endsWith("/newsroom/login?error");
        }

        HttpResponse<String> right =
                new NewsroomClient(port).from("203.0.113.11").signIn(user.email(), Staff.PASSWORD);

        assertThat(right.headers().firstValue("Location").orElse("")).endsWith("/newsroom/login?throttled");
        assertThat(audit.entries(null, 100))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo(AuditLog.Action.SIGN_IN_THROTTLED));
    }

    @Test
    void oneAddressGuessingManyAccountsIsThrottled() {
        NewsroomClient guesser = new NewsroomClient(port).from("198.51.100.7");
        for (int i = 0; i < 20; i++) {
            guesser.signIn("nobody-" + i + "@example.org", "guess " + i);
        }
        UserAccount user = Staff.create(accounts, Role.REPORTER);

        HttpResponse<String> fromGuesser = guesser.signIn(user.email(), Staff.PASSWORD);
        HttpResponse<String> fromElsewhere =
                new NewsroomClient(port).from("198.51.100.8").signIn(user.email(), Staff.PASSWORD);

        assertThat(fromGuesser.headers().firstValue("Location").orElse("")).endsWith("/newsroom/login?throttled");
        assertThat(fromElsewhere.headers().firstValue("Location").orElse("")).endsWith("/newsroom");
    }

    @Test
    void signOutEndsTheSession() {
        UserAccount user = Staff.create(accounts, Role.REPORTER);
        NewsroomClient client = new NewsroomClient(port).signedIn(user.email(), Staff.PASSWORD);
        client.get("/newsroom");
        assertThat(client.post("/newsroom/logout", Map.of()).statusCode()).isEqualTo(302);
        assertThat(client.get("/newsroom").statusCode()).isEqualTo(302);
    }

    @Test
    void disablingAUserEndsTheirSession() {
        UserAccount admin = Staff.create(accounts, Role.ADMIN);
        UserAccount reporter = Staff.create(accounts, Role.REPORTER);
        NewsroomClient reporterSession = new NewsroomClient(port).signedIn(reporter.email(), Staff.PASSWORD);
        assertThat(reporterSession.get("/newsroom").statusCode()).isEqualTo(200);

        NewsroomClient adminSession = new NewsroomClient(port).signedIn(admin.email(), Staff.PASSWORD);
        adminSession.get("/newsroom/users");
        adminSession.post("/newsroom/users/" + reporter.id() + "/enabled", Map.of("enabled", "false"));

        assertThat(reporterSession.get("/newsroom").statusCode()).isEqualTo(302);
        assertThat(reporterSession
                        .signIn(reporter.email(), Staff.PASSWORD)
                        .headers()
                        .firstValue("Location")
                        .orElse(""))
                .contains("/newsroom/login?");
    }

    private static Map<String, String> withToken(Map<String, String> fields, String token) {
        Map<String, String> copy = new java.util.LinkedHashMap<>(fields);
        copy.put("_csrf", token);
        return copy;
    }
}
