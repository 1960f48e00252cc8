package org.gazette.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.gazette.account.Accounts;
import org.gazette.account.ApiTokens;
import org.gazette.account.Role;
import org.gazette.account.UserAccount;
import org.gazette.article.Actor;
import org.gazette.article.ArticleInput;
import org.gazette.article.ArticleStatus;
import org.gazette.article.ArticleStore;
import org.gazette.article.BodyFormat;
import org.gazette.testing.GazetteIntegrationTest;
import org.gazette.testing.NewsroomClient;
import org.gazette.testing.SiteClient;
import org.gazette.testing.Staff;
import org.gazette.testing.TestArticle;
import org.gazette.text.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route the application maps, from its own handler mapping, against a table of who may use it:
 * anonymous visitors, reporters, editors and admins each get exactly the intended access. A route
 * without a rule in {@link #RULES} fails the test, so no new route can go out unconsidered.
 *
 * <p>To add a route: add one line to {@link #RULES}. Public reader pages and the public read API
 * (GET) take {@link Access#PUBLIC}; everything in the newsroom takes the least role that needs it.
 */
@GazetteIntegrationTest
class AuthorizationMatrixIT {

    /** The least a caller needs. Each role includes the ones before it. */
    enum Access {
        PUBLIC,
        REPORTER,
        EDITOR,
        ADMIN
    }

    enum Caller {
        ANONYMOUS,
        REPORTER,
        EDITOR,
        ADMIN;

        boolean reaches(Access access) {
            return access == Access.PUBLIC || (this != ANONYMOUS && ordinal() >= access.ordinal());
        }
    }

    record Rule(String method, String pattern, Access access, Map<String, String> form) {
        String key() {
            return method + " " + pattern;
        }
    }

    private static Rule rule(String method, String pattern, Access access, String... form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i + 1 < form.length; i += 2) {
            fields.put(form[i], form[i + 1]);
        }
        return new Rule(method, pattern, access, fields);
    }

    private static final String FEED = "{file:rss\\.xml|atom\\.xml|feed\\.json}";
    private static final String TERMS = "{kind:tags|authors|sources}";
    /** The id of a section or term in newsroom URLs: never one that exists, so no call changes another test's data. */
    private static final String NO_SUCH_TERM = "999999999";

    static final List<Rule> RULES = List.of(
            // the reader site and the public read API
            rule("GET", "/", Access.PUBLIC),
            rule("GET", "/{lang:[a-z]{2}}/", Access.PUBLIC),
            rule("GET", "/{lang:[a-z]{2}}", Access.PUBLIC),
            rule("GET", "/{lang:[a-z]{2}}/news/{slug}", Access.PUBLIC),
            rule("GET", "/{lang:[a-z]{2}}/section/{slug}", Access.PUBLIC),
            rule("GET", "/{lang:[a-z]{2}}/{kind:tag|source|author}/{slug}", Access.PUBLIC),
            rule("GET", "/{lang:[a-z]{2}}/archive/{year:\\d{4}}/{month:\\d{2}}", Access.PUBLIC),
            rule("GET", "/{lang:[a-z]{2}}/archive/{year:\\d{4}}/{month:\\d{2}}/{day:\\d{2}}", Access.PUBLIC),
            rule("GET", "/{lang:[a-z]{2}}/search", Access.PUBLIC),
            rule("GET", "/" + FEED, Access.PUBLIC),
            rule("GET", "/{lang:[a-z]{2}}/" + FEED, Access.PUBLIC),
            rule("GET", "/{lang:[a-z]{2}}/section/{slug}/" + FEED, Access.PUBLIC),
            rule("GET", "/{lang:[a-z]{2}}/tag/{slug}/" + FEED, Access.PUBLIC),
            rule("GET", "/{lang:[a-z]{2}}/source/{slug}/" + FEED, Access.PUBLIC),
            // people, organisations and places, and the events timeline
            rule("GET", "/{lang:[a-z]{2}}/entity/{slug}", Access.PUBLIC),
            rule("GET", "/{lang:[a-z]{2}}/entity/{slug}/" + FEED, Access.PUBLIC),
            rule("GET", "/{lang:[a-z]{2}}/events", Access.PUBLIC),
            rule("GET", "/api/v1/events", Access.PUBLIC),
            rule("GET", "/api/v1/entities/{slug}", Access.PUBLIC),
            rule("GET", "/sitemap.xml", Access.PUBLIC),
            rule("GET", "/sitemaps/pages.xml", Access.PUBLIC),
            rule("GET", "/sitemaps/{year:\\d{4}}-{month:\\d{2}}-{part:\\d{1,6}}.xml", Access.PUBLIC),
            rule("GET", "/sitemaps/entities-{lang:[a-z]{2}}-{part:\\d{1,6}}.xml", Access.PUBLIC),
            rule("GET", "/news-sitemap.xml", Access.PUBLIC),
            rule("GET", "/robots.txt", Access.PUBLIC),
            rule("GET", "/api/v1/articles/{id}.ninjs", Access.PUBLIC),
            rule("GET", "/api/v1/articles", Access.PUBLIC),
            rule("GET", "/api/v1/articles/{id}", Access.PUBLIC),
            rule("GET", "/api/v1/search", Access.PUBLIC),
            rule("GET", "/api/v1/search/suggest", Access.PUBLIC),
            rule("GET", "/media/{name}", Access.PUBLIC),
            rule("GET", "/error", Access.PUBLIC),
            rule("GET", "/newsroom/login", Access.PUBLIC),
            // the write API (Bearer tokens)
            rule("POST", "/api/v1/articles", Access.REPORTER),
            rule("PUT", "/api/v1/articles/{id}", Access.REPORTER),
            rule("POST", "/api/v1/media", Access.REPORTER),
            rule("POST", "/api/v1/articles/{id}/publish", Access.EDITOR),
            rule("POST", "/api/v1/articles/{id}/unpublish", Access.EDITOR),
            rule("GET", "/api/v1/sources", Access.EDITOR),
            rule("GET", "/api/v1/sources/{id}", Access.EDITOR),
            rule("POST", "/api/v1/sources", Access.EDITOR),
            rule("POST", "/api/v1/sources/{id}/poll", Access.EDITOR),
            rule("POST", "/api/v1/sources/{id}/pause", Access.EDITOR),
            rule("POST", "/api/v1/sources/{id}/resume", Access.EDITOR),
            // the newsroom (sessions)
            rule("GET", "/newsroom", Access.REPORTER),
            rule("GET", "/newsroom/articles", Access.REPORTER),
            rule("GET", "/newsroom/articles/new", Access.REPORTER),
            rule(
                    "POST",
                    "/newsroom/articles",
                    Access.REPORTER,
                    "headline",
                    "Matrix",
                    "body",
                    "Text",
                    "lang",
                    "en",
                    "format",
                    "markdown",
                    "version",
                    "0"),
            rule("GET", "/newsroom/articles/{id}", Access.REPORTER),
            rule(
                    "POST",
                    "/newsroom/articles/{id}",
                    Access.REPORTER,
                    "headline",
                    "Matrix",
                    "body",
                    "Text",
                    "lang",
                    "en",
                    "format",
                    "markdown",
                    "version",
                    "1"),
            rule("GET", "/newsroom/articles/{id}/preview", Access.REPORTER),
            rule(
                    "POST",
                    "/newsroom/articles/{id}/preview",
                    Access.REPORTER,
                    "headline",
                    "Matrix",
                    "body",
                    "Text",
                    "lang",
                    "en",
                    "format",
                    "markdown",
                    "version",
                    "1"),
            rule(
                    "POST",
                    "/newsroom/articles/preview",
                    Access.REPORTER,
                    "headline",
                    "Matrix",
                    "body",
                    "Text",
                    "lang",
                    "en",
                    "format",
                    "markdown",
                    "version",
                    "0"),
            rule("GET", "/newsroom/articles/{id}/revisions", Access.REPORTER),
            rule("POST", "/newsroom/articles/{id}/revisions/{version}/restore", Access.REPORTER),
            rule("POST", "/newsroom/articles/{id}/submit", Access.REPORTER),
            rule("POST", "/newsroom/articles/{id}/return", Access.EDITOR),
            rule("POST", "/newsroom/articles/{id}/schedule", Access.EDITOR, "at", "2099-01-01T10:00"),
            rule("POST", "/newsroom/articles/{id}/unschedule", Access.EDITOR),
            rule("POST", "/newsroom/articles/{id}/publish", Access.EDITOR),
            rule("POST", "/newsroom/articles/{id}/unpublish", Access.EDITOR),
            rule("POST", "/newsroom/articles/{id}/delete", Access.EDITOR, "confirm", "yes"),
            rule("POST", "/newsroom/articles/{id}/corrections", Access.EDITOR, "kind", "update", "note", "Note"),
            rule("POST", "/newsroom/articles/{id}/slug", Access.EDITOR, "slug", "matrix-slug"),
            rule("GET", "/newsroom/tags", Access.REPORTER),
            rule("GET", "/newsroom/media", Access.REPORTER),
            rule("POST", "/newsroom/media", Access.REPORTER),
            rule("GET", "/newsroom/profile", Access.REPORTER),
            rule("POST", "/newsroom/profile", Access.REPORTER, "name", "Matrix Person", "uiLang", "en"),
            rule("POST", "/newsroom/profile/password", Access.REPORTER, "current", "wrong", "password", "x"),
            rule("POST", "/newsroom/profile/tokens", Access.REPORTER, "name", "matrix"),
            rule("POST", "/newsroom/profile/tokens/{id}/revoke", Access.REPORTER),
            rule("GET", "/newsroom/sections", Access.EDITOR),
            rule("POST", "/newsroom/sections", Access.EDITOR, "slug", "matrix-section", "name_en", "Matrix"),
            rule("GET", "/newsroom/sections/{id}", Access.EDITOR),
            rule("POST", "/newsroom/sections/{id}", Access.EDITOR, "slug", "Not A Slug"),
            rule("POST", "/newsroom/sections/{id}/delete", Access.EDITOR),
            rule("GET", "/newsroom/terms", Access.EDITOR),
            rule("GET", "/newsroom/terms/" + TERMS, Access.EDITOR),
            rule("POST", "/newsroom/terms/" + TERMS, Access.EDITOR, "name", ""),
            rule("GET", "/newsroom/terms/" + TERMS + "/{id}", Access.EDITOR),
            rule("POST", "/newsroom/terms/" + TERMS + "/{id}", Access.EDITOR, "name", ""),
            rule("POST", "/newsroom/terms/" + TERMS + "/{id}/merge", Access.EDITOR, "into", ""),
            rule("POST", "/newsroom/terms/" + TERMS + "/{id}/delete", Access.EDITOR),
            rule("GET", "/newsroom/sources", Access.EDITOR),
            rule("POST", "/newsroom/sources/{id}/poll", Access.EDITOR),
            rule("POST", "/newsroom/sources/{id}/pause", Access.EDITOR),
            rule("POST", "/newsroom/sources/{id}/resume", Access.EDITOR),
            rule("GET", "/newsroom/wire", Access.EDITOR),
            rule("POST", "/newsroom/wire/{id}/take", Access.EDITOR),
            rule("GET", "/newsroom/entities", Access.EDITOR),
            rule("GET", "/newsroom/entities/{slug}", Access.EDITOR),
            rule("POST", "/newsroom/entities/{slug}/rename", Access.EDITOR, "lang", "en", "name", "x"),
            rule("POST", "/newsroom/entities/{slug}/type", Access.EDITOR, "type", "PER"),
            rule("POST", "/newsroom/entities/{slug}/hide", Access.EDITOR),
            rule("POST", "/newsroom/entities/{slug}/unhide", Access.EDITOR),
            rule("POST", "/newsroom/entities/{slug}/merge", Access.EDITOR, "into", "x"),
            rule("POST", "/newsroom/entities/{slug}/split", Access.EDITOR, "name", "x"),
            rule("POST", "/newsroom/entities/{slug}/mentions/ignore", Access.EDITOR, "article", "1", "start", "0"),
            rule(
                    "POST",
                    "/newsroom/entities/{slug}/mentions/link",
                    Access.EDITOR,
                    "article",
                    "1",
                    "start",
                    "0",
                    "entity",
                    "x"),
            rule("GET", "/newsroom/clusters", Access.REPORTER),
            rule("GET", "/newsroom/clusters/{id}", Access.REPORTER),
            rule(
                    "POST",
                    "/newsroom/sources",
                    Access.EDITOR,
                    "name",
                    "x",
                    "feedUrl",
                    "not a url",
                    "format",
                    "rss",
                    "lang",
                    "en"),
            rule("GET", "/newsroom/users", Access.ADMIN),
            rule(
                    "POST",
                    "/newsroom/users",
                    Access.ADMIN,
                    "email",
                    "bad",
                    "name",
                    "x",
                    "role",
                    "reporter",
                    "password",
                    "short"),
            rule("POST", "/newsroom/users/{id}/role", Access.ADMIN, "role", "editor"),
            rule("POST", "/newsroom/users/{id}/enabled", Access.ADMIN, "enabled", "true"),
            rule("POST", "/newsroom/users/{id}/password", Access.ADMIN, "password", "short"),
            rule("GET", "/newsroom/audit", Access.ADMIN));

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    Accounts accounts;

    @Autowired
    ApiTokens tokens;

    @Autowired
    ArticleStore store;

    UserAccount reporter;
    final Map<Caller, NewsroomClient> sessions = new EnumMap<>(Caller.class);
    final Map<Caller, String> bearer = new EnumMap<>(Caller.class);

    @BeforeEach
    void callers() {
        reporter = Staff.create(accounts, Role.REPORTER);
        Map<Caller, UserAccount> users = Map.of(
                Caller.REPORTER,
                reporter,
                Caller.EDITOR,
                Staff.create(accounts, Role.EDITOR),
                Caller.ADMIN,
                Staff.create(accounts, Role.ADMIN));
        sessions.put(Caller.ANONYMOUS, new NewsroomClient(port));
        users.forEach((caller, user) -> {
            sessions.put(caller, new NewsroomClient(port).signedIn(user.email(), Staff.PASSWORD));
            bearer.put(caller, tokens.create(user.id(), "matrix", null).value());
        });
    }

    /** Routes from the application itself: method and pattern, as the rules name them. */
    private Set<String> mappedRoutes() {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                if (methods.isEmpty()) {
                    routes.add("GET " + pattern);
                } else {
                    methods.forEach(m -> routes.add(m.name() + " " + pattern));
                }
            }
        }
        return routes;
    }

    @Test
    void everyRouteHasARule() {
        Set<String> ruled = new TreeSet<>();
        RULES.forEach(r -> ruled.add(r.key()));
        Set<String> missing = new TreeSet<>(mappedRoutes());
        missing.removeAll(ruled);
        assertThat(missing)
                .as("routes without a rule in AuthorizationMatrixIT.RULES")
                .isEmpty();
    }

    @Test
    void everyCallerGetsExactlyTheIntendedAccess() {
        Set<String> mapped = mappedRoutes();
        List<String> wrong = new ArrayList<>();
        for (Rule rule : RULES) {
            if (!mapped.contains(rule.key())) {
                continue; // a rule for a route another branch adds; checked once that route exists
            }
            for (Caller caller : Caller.values()) {
                HttpResponse<String> response = call(rule, caller);
                boolean denied = response.statusCode() == 401
                        || response.statusCode() == 403
                        || response.headers().firstValue("Location").orElse("").endsWith("/newsroom/login");
                boolean expected = caller.reaches(rule.access());
                if (denied == expected) {
                    wrong.add(rule.key() + " as " + caller + ": expected " + (expected ? "access" : "refusal")
                            + ", got " + response.statusCode() + " "
                            + response.headers().firstValue("Location").orElse(""));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void healthIsPublicAndMetricsNeedAToken() {
        SiteClient site = new SiteClient(port);
        assertThat(site.get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(site.get("/actuator/prometheus").statusCode()).isEqualTo(401);
        assertThat(site.get("/actuator/prometheus", Map.of("Authorization", "Bearer " + bearer.get(Caller.REPORTER)))
                        .statusCode())
                .isEqualTo(200);
        assertThat(site.get("/actuator/env", Map.of("Authorization", "Bearer " + bearer.get(Caller.ADMIN)))
                        .statusCode())
                .isIn(403, 404);
    }

    private HttpResponse<String> call(Rule rule, Caller caller) {
        boolean api = rule.pattern().startsWith("/api/");
        Fixture fixture = fixture();
        String path = expand(rule.pattern(), api ? fixture.externalId() : String.valueOf(fixture.articleId()), fixture);
        if (api) {
            HttpRequest.Builder request = new SiteClient(port).request(path).header("Content-Type", "application/json");
            if (caller != Caller.ANONYMOUS) {
                request.header("Authorization", "Bearer " + bearer.get(caller));
            }
            String body = rule.pattern().startsWith("/api/v1/sources")
                    ? "{\"name\":\"x\",\"feed_url\":\"https://example.org/" + System.nanoTime()
                            + "\",\"format\":\"rss\",\"interval_seconds\":300,\"lang\":\"en\"}"
                    : rule.method().equals("PUT")
                            ? TestArticle.story("matrix")
                                    .with("id", fixture.externalId())
                                    .json()
                            : TestArticle.story("matrix").json();
            request.method(
                    rule.method(),
                    rule.method().equals("GET")
                            ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body));
            return new SiteClient(port).send(request.build());
        }
        NewsroomClient client = sessions.get(caller);
        if (rule.method().equals("GET")) {
            return client.get(path);
        }
        client.get(caller == Caller.ANONYMOUS ? "/newsroom/login" : "/newsroom/profile");
        return client.post(path, rule.form());
    }

    record Fixture(long articleId, String externalId, long userId, long tokenId, String slug) {}

    /** A fresh draft by the reporter (so every caller with rights may act on it), a user and a token. */
    private Fixture fixture() {
        TestArticle story = TestArticle.story("matrix");
        ArticleInput input = new ArticleInput(
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
                ArticleStatus.DRAFT);
        long id = store.create(input, null, Actor.user(reporter.id(), reporter.displayName()))
                .articleId();
        UserAccount user = Staff.create(accounts, Role.REPORTER);
        long token = tokens.create(user.id(), "fixture", null).id();
        return new Fixture(id, story.id(), user.id(), token, "no-such-story");
    }

    private static String expand(String pattern, String articleId, Fixture fixture) {
        Function<String, String> value = name -> switch (name) {
            case "lang" -> "en";
            case "slug" -> fixture.slug();
            case "year" -> "2024";
            case "month" -> "09";
            case "day" -> "16";
            case "version" -> "1";
            case "name" -> "1-320.jpg";
            case "file" -> "rss.xml";
            case "part" -> "1";
            case "kind" -> pattern.startsWith("/newsroom/") ? "tags" : "tag";
            default -> null;
        };
        StringBuilder path = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c != '{') {
                path.append(c);
                i++;
                continue;
            }
            int depth = 0;
            int end = i;
            for (; end < pattern.length(); end++) {
                if (pattern.charAt(end) == '{') {
                    depth++;
                } else if (pattern.charAt(end) == '}' && --depth == 0) {
                    break;
                }
            }
            String name = pattern.substring(i + 1, end).split(":")[0];
            String replacement = value.apply(name);
            if (name.equals("id")) {
                replacement = pattern.startsWith("/newsroom/users")
                        ? String.valueOf(fixture.userId())
                        : pattern.startsWith("/newsroom/profile/tokens")
                                ? String.valueOf(fixture.tokenId())
                                : pattern.startsWith("/api/v1/sources")
                                        ? "1"
                                        : pattern.startsWith("/newsroom/sections")
                                                        || pattern.startsWith("/newsroom/terms")
                                                ? NO_SUCH_TERM
                                                : articleId;
            }
            path.append(replacement);
            i = end + 1;
        }
        return path.toString();
    }
}
