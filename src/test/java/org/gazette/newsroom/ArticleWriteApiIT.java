package org.gazette.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.gazette.account.Accounts;
import org.gazette.account.ApiTokens;
import org.gazette.account.Role;
import org.gazette.account.UserAccount;
import org.gazette.article.Article;
import org.gazette.article.ArticleRepository;
import org.gazette.article.ArticleStatus;
import org.gazette.testing.GazetteIntegrationTest;
import org.gazette.testing.SiteClient;
import org.gazette.testing.Staff;
import org.gazette.testing.TestArticle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The write API with personal tokens: creating, replacing, publishing, and every refusal. */
@GazetteIntegrationTest
class ArticleWriteApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    ArticleRepository articles;

    SiteClient api;
    String editorToken;
    String reporterToken;

    @BeforeEach
    void tokens() {
        api = new SiteClient(port);
        UserAccount editor = Staff.create(accounts, Role.EDITOR);
        UserAccount reporter = Staff.create(accounts, Role.REPORTER);
        editorToken = tokens.create(editor.id(), "test script", null).value();
        reporterToken = tokens.create(reporter.id(), "test script", null).value();
    }

    private HttpResponse<String> send(String method, String path, String token, String body) {
        HttpRequest.Builder request = api.request(path).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return api.send(request.build());
    }

    @Test
    void postCreatesADraftAnswering201WithItsLocation() {
        TestArticle story = TestArticle.story("api-write");
        HttpResponse<String> created = send("POST", "/api/v1/articles", reporterToken, story.json());

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location").orElse("")).endsWith("/api/v1/articles/" + story.id());
        Article article = articles.findByExternalId(story.id()).orElseThrow();
        assertThat(article.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(api.get("/api/v1/articles/" + story.id()).statusCode()).as("drafts are not public").isEqualTo(404);
    }

    @Test
    void badBodyIsA400ProblemNamingTheField() {
        HttpResponse<String> response = send("POST", "/api/v1/articles", editorToken,
                TestArticle.story("api-bad").with("lang", "xx").json());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("field").asString()).isEqualTo("lang");
        assertThat(problem.get("detail").asString()).contains("'xx'");
    }

    @Test
    void notJsonIsA400Problem() {
        HttpResponse<String> response = send("POST", "/api/v1/articles", editorToken, "{not json");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("not JSON");
    }

    @Test
    void writesWithoutAValidTokenAre401() {
        String body = TestArticle.story("api-anon").json();
        HttpResponse<String> anonymous = send("POST", "/api/v1/articles", null, body);
        HttpResponse<String> forged = send("POST", "/api/v1/articles", "gzt_forged", body);

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(forged.headers().firstValue("WWW-Authenticate").orElse("")).contains("invalid_token");
    }

    @Test
    void revokedTokenStopsWorking() {
        UserAccount editor = Staff.create(accounts, Role.EDITOR);
        ApiTokens.NewToken token = tokens.create(editor.id(), "to revoke", null);
        assertThat(send("POST", "/api/v1/articles", token.value(), TestArticle.story("api-rev").json()).statusCode())
                .isEqualTo(201);
        org.gazette.account.NewsroomUser owner = tokens.authenticate(token.value()).orElseThrow();
        tokens.revoke(token.id(), owner);
        assertThat(send("POST", "/api/v1/articles", token.value(), TestArticle.story("api-rev").json()).statusCode())
                .isEqualTo(401);
    }

    @Test
    void reporterTokenCannotPublishButEditorTokenCan() {
        TestArticle story = TestArticle.story("api-pub");
        send("POST", "/api/v1/articles", reporterToken, story.json());

        HttpResponse<String> byReporter = send("POST", "/api/v1/articles/" + story.id() + "/publish", reporterToken, null);
        HttpResponse<String> byEditor = send("POST", "/api/v1/articles/" + story.id() + "/publish", editorToken, null);

        assertThat(byReporter.statusCode()).isEqualTo(403);
        assertThat(byEditor.statusCode()).as(byEditor.body()).isEqualTo(200);
        assertThat(JSON.readTree(byEditor.body()).get("status").asString()).isEqualTo("published");
        assertThat(api.get("/api/v1/articles/" + story.id()).statusCode()).isEqualTo(200);

        assertThat(send("POST", "/api/v1/articles/" + story.id() + "/unpublish", editorToken, null).statusCode())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/articles/" + story.id()).statusCode()).isEqualTo(410);
    }

    @Test
    void putReplacesContentAndAStaleVersionIsA409() {
        TestArticle story = TestArticle.story("api-put");
        send("POST", "/api/v1/articles", editorToken, story.json());

        HttpResponse<String> replaced = send("PUT", "/api/v1/articles/" + story.id(), editorToken,
                story.with("headline", "Replaced headline").json());
        assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
        assertThat(articles.findByExternalId(story.id()).orElseThrow().headline()).isEqualTo("Replaced headline");

        HttpResponse<String> stale = send("PUT", "/api/v1/articles/" + story.id(), editorToken,
                story.with("headline", "Stale").with("version", 1).json());
        assertThat(stale.statusCode()).isEqualTo(409);

        HttpResponse<String> wrongId = send("PUT", "/api/v1/articles/" + story.id(), editorToken,
                story.with("version", null).with("id", "another-id").json());
        assertThat(wrongId.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(wrongId.body()).get("field").asString()).isEqualTo("id");
        assertThat(send("PUT", "/api/v1/articles/no-such-id", editorToken, story.json()).statusCode()).isEqualTo(404);
    }

    @Test
    void reporterCannotReplaceSomeoneElsesArticle() {
        TestArticle story = TestArticle.story("api-other");
        send("POST", "/api/v1/articles", editorToken, story.json());
        assertThat(send("PUT", "/api/v1/articles/" + story.id(), reporterToken, story.json()).statusCode())
                .isEqualTo(403);
    }

    @Test
    void sourcesAreStoredValidatedAndListedForEditors() {
        String body = """
                {"name": "Azertag", "homepage": "https://azertag.az", "feed_url": "https://azertag.az/rss-%s",
                 "format": "rss", "interval_seconds": 600, "lang": "en", "section": "politics", "auto_publish": false}"""
                .formatted(System.nanoTime());
        HttpResponse<String> created = send("POST", "/api/v1/sources", editorToken, body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).isPresent();

        HttpResponse<String> list = send("GET", "/api/v1/sources", editorToken, null);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("\"feed_url\"", "never polled");

        HttpResponse<String> bad = send("POST", "/api/v1/sources", editorToken,
                body.replace("\"rss\"", "\"gopher\"").replace("rss-", "other-"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).get("field").asString()).isEqualTo("format");
        assertThat(bad.body()).contains("gopher");

        assertThat(send("GET", "/api/v1/sources", reporterToken, null).statusCode()).isEqualTo(403);
        assertThat(send("GET", "/api/v1/sources", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void publicReadApiStaysOpenWithoutToken() {
        assertThat(api.get("/api/v1/articles").statusCode()).isEqualTo(200);
    }
}
