package org.gazette.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.gazette.account.Accounts;
import org.gazette.account.ApiTokens;
import org.gazette.account.Role;
import org.gazette.account.UserAccount;
import org.gazette.article.Article;
import org.gazette.article.ArticleRepository;
import org.gazette.article.ArticleStatus;
import org.gazette.media.ImageLibrary;
import org.gazette.testing.GazetteIntegrationTest;
import org.gazette.testing.SiteClient;
import org.gazette.testing.Staff;
import org.gazette.testing.TestArticle;
import org.gazette.testing.TestImages;
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

    @Autowired
    ImageLibrary images;

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
        HttpRequest.Builder request = api.request(path)
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
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
        assertThat(api.get("/api/v1/articles/" + story.id()).statusCode())
                .as("drafts are not public")
                .isEqualTo(404);
    }

    @Test
    void badBodyIsA400ProblemNamingTheField() {
        HttpResponse<String> response = send(
                "POST",
                "/api/v1/articles",
                editorToken,
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

    private HttpResponse<String> sendBytes(String method, String path, byte[] body) {
        return api.send(api.request(path)
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + editorToken)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    }

    private static void assertProblem(HttpResponse<String> response, String field, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("detail").asString()).startsWith(detail);
        if (field == null) {
            assertThat(problem.has("field")).as("no single field is at fault").isFalse();
        } else {
            assertThat(problem.get("field").asString()).isEqualTo(field);
        }
    }

    @Test
    void datesOutsideTheStoryRangeAreA400NamingTheFieldOnCreateAndReplace() {
        TestArticle kept = TestArticle.story("api-date");
        assertThat(send("POST", "/api/v1/articles", editorToken, kept.json()).statusCode())
                .isEqualTo(201);
        int version = articles.findByExternalId(kept.id()).orElseThrow().version();
        for (String date : java.util.List.of(
                "+99999-01-01T00:00:00Z", "-0001-01-01T00:00:00Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z")) {
            TestArticle refused = TestArticle.story("api-date").with("date", date);
            assertProblem(
                    send("POST", "/api/v1/articles", editorToken, refused.json()),
                    "date",
                    "field 'date' must lie between 1900-01-01T00:00:00Z and 24 hours from now");
            assertThat(articles.findByExternalId(refused.id()))
                    .as(date + " stored nothing")
                    .isEmpty();

            assertProblem(
                    send(
                            "PUT",
                            "/api/v1/articles/" + kept.id(),
                            editorToken,
                            TestArticle.story("unused")
                                    .with("id", kept.id())
                                    .with("updated", date)
                                    .json()),
                    "updated",
                    "field 'updated' must lie between 1900-01-01T00:00:00Z");
        }
        Article unchanged = articles.findByExternalId(kept.id()).orElseThrow();
        assertThat(unchanged.version()).isEqualTo(version);
        assertThat(unchanged.updatedAt()).isNull();
    }

    @Test
    void duplicateKeysAreA400NamingThemAndStoreNothing() {
        TestArticle story = TestArticle.story("api-dup");
        String duplicated = story.json().replaceFirst("\\{", "{\"id\":\"dup-first\",");

        assertProblem(
                sendBytes("POST", "/api/v1/articles", duplicated.getBytes(StandardCharsets.UTF_8)),
                null,
                "the body is not JSON: Duplicate Object property \"id\"");
        assertThat(articles.findByExternalId(story.id())).isEmpty();
        assertThat(articles.findByExternalId("dup-first")).isEmpty();
    }

    @Test
    void invalidUtf8IsA400AndIsNeverStoredAsReplacementCharacters() {
        TestArticle story = TestArticle.story("api-utf8");
        byte[] json = story.json().getBytes(StandardCharsets.UTF_8);
        String text = new String(json, StandardCharsets.UTF_8);
        int at = text.indexOf("Test story");
        byte[] broken = new byte[json.length + 1];
        System.arraycopy(json, 0, broken, 0, at);
        broken[at] = (byte) 0xC3; // a lead byte followed by a plain letter: not UTF-8
        System.arraycopy(json, at, broken, at + 1, json.length - at);

        assertProblem(sendBytes("POST", "/api/v1/articles", broken), null, "the body is not valid UTF-8");
        assertThat(articles.findByExternalId(story.id())).isEmpty();
    }

    @Test
    void writesWithoutAValidTokenAre401() {
        String body = TestArticle.story("api-anon").json();
        HttpResponse<String> anonymous = send("POST", "/api/v1/articles", null, body);
        HttpResponse<String> forged = send("POST", "/api/v1/articles", "gzt_forged", body);

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate").orElse(""))
                .startsWith("Bearer");
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(forged.headers().firstValue("WWW-Authenticate").orElse("")).contains("invalid_token");
    }

    @Test
    void revokedTokenStopsWorking() {
        UserAccount editor = Staff.create(accounts, Role.EDITOR);
        ApiTokens.NewToken token = tokens.create(editor.id(), "to revoke", null);
        assertThat(send(
                                "POST",
                                "/api/v1/articles",
                                token.value(),
                                TestArticle.story("api-rev").json())
                        .statusCode())
                .isEqualTo(201);
        org.gazette.account.NewsroomUser owner =
                tokens.authenticate(token.value()).orElseThrow();
        tokens.revoke(token.id(), owner);
        assertThat(send(
                                "POST",
                                "/api/v1/articles",
                                token.value(),
                                TestArticle.story("api-rev").json())
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void reporterTokenCannotPublishButEditorTokenCan() {
        TestArticle story = TestArticle.story("api-pub");
        send("POST", "/api/v1/articles", reporterToken, story.json());

        HttpResponse<String> byReporter =
                send("POST", "/api/v1/articles/" + story.id() + "/publish", reporterToken, null);
        HttpResponse<String> byEditor = send("POST", "/api/v1/articles/" + story.id() + "/publish", editorToken, null);

        assertThat(byReporter.statusCode()).isEqualTo(403);
        assertThat(byEditor.statusCode()).as(byEditor.body()).isEqualTo(200);
        assertThat(JSON.readTree(byEditor.body()).get("status").asString()).isEqualTo("published");
        assertThat(api.get("/api/v1/articles/" + story.id()).statusCode()).isEqualTo(200);

        assertThat(send("POST", "/api/v1/articles/" + story.id() + "/unpublish", editorToken, null)
                        .statusCode())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/articles/" + story.id()).statusCode()).isEqualTo(410);
    }

    @Test
    void putReplacesContentAndAStaleVersionIsA409() {
        TestArticle story = TestArticle.story("api-put");
        send("POST", "/api/v1/articles", editorToken, story.json());

        HttpResponse<String> replaced = send(
                "PUT",
                "/api/v1/articles/" + story.id(),
                editorToken,
                story.with("headline", "Replaced headline").json());
        assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
        assertThat(articles.findByExternalId(story.id()).orElseThrow().headline())
                .isEqualTo("Replaced headline");

        HttpResponse<String> stale = send(
                "PUT",
                "/api/v1/articles/" + story.id(),
                editorToken,
                story.with("headline", "Stale").with("version", 1).json());
        assertThat(stale.statusCode()).isEqualTo(409);

        HttpResponse<String> wrongId = send(
                "PUT",
                "/api/v1/articles/" + story.id(),
                editorToken,
                story.with("version", null).with("id", "another-id").json());
        assertThat(wrongId.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(wrongId.body()).get("field").asString()).isEqualTo("id");
        assertThat(send("PUT", "/api/v1/articles/no-such-id", editorToken, story.json())
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void reporterCannotReplaceSomeoneElsesArticle() {
        TestArticle story = TestArticle.story("api-other");
        send("POST", "/api/v1/articles", editorToken, story.json());
        assertThat(send("PUT", "/api/v1/articles/" + story.id(), reporterToken, story.json())
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void sourcesAreStoredValidatedAndListedForEditors() {
        String body =
                """
                {"name": "Azertag", "homepage": "https://azertag.az", "feed_url": "https://azertag.az/rss-%s",
                 "format": "rss", "interval_seconds": 600, "lang": "en", "section": "politics", "auto_publish": false}"""
                        .replace("%s", Long.toString(System.nanoTime()));
        HttpResponse<String> created = send("POST", "/api/v1/sources", editorToken, body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).isPresent();

        HttpResponse<String> list = send("GET", "/api/v1/sources", editorToken, null);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("\"feed_url\"", "\"state\"", "\"items_refused\"");

        HttpResponse<String> bad = send(
                "POST",
                "/api/v1/sources",
                editorToken,
                body.replace("\"rss\"", "\"gopher\"").replace("rss-", "other-"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).get("field").asString()).isEqualTo("format");
        assertThat(bad.body()).contains("gopher");

        assertThat(send("GET", "/api/v1/sources", reporterToken, null).statusCode())
                .isEqualTo(403);
        assertThat(send("GET", "/api/v1/sources", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void theSourcesApiReadsItsBodyByTheSameRulesAndWordsEveryRefusalItself() {
        String body =
                """
                {"name": "Trend", "homepage": "https://trend.az", "feed_url": "https://trend.az/rss-%s",
                 "format": "rss", "interval_seconds": 600, "lang": "en"}"""
                        .replace("%s", Long.toString(System.nanoTime()));
        String duplicated = body.replace("{\"name\": \"Trend\",", "{\"name\": \"Trend\", \"name\": \"Other\",");
        byte[] utf8 = body.replace("Trend", "Tr\u00e9nd").getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[utf8.length];
        System.arraycopy(utf8, 0, broken, 0, utf8.length);
        int accent = body.indexOf("Trend") + 2;
        broken[accent + 1] = (byte) 0x28; // the second byte of é made into "(": not UTF-8
        int before = JSON.readTree(
                        send("GET", "/api/v1/sources", editorToken, null).body())
                .size();

        HttpResponse<String> duplicate =
                sendBytes("POST", "/api/v1/sources", duplicated.getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> notUtf8 = sendBytes("POST", "/api/v1/sources", broken);
        HttpResponse<String> wrongType = sendBytes(
                "POST",
                "/api/v1/sources",
                // the interval itself: the feed URL's nanoTime may hold "600" too
                body.replace("\"interval_seconds\": 600", "\"interval_seconds\": \"soon\"")
                        .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> notJson =
                sendBytes("POST", "/api/v1/sources", "{\"name\": ".getBytes(StandardCharsets.UTF_8));

        assertProblem(duplicate, null, "the body is not JSON: Duplicate Object property \"name\"");
        assertProblem(notUtf8, null, "the body is not valid UTF-8");
        assertProblem(wrongType, "interval_seconds", "field 'interval_seconds' must be a whole number");
        assertProblem(notJson, null, "the body is not JSON: Unexpected end-of-input");
        for (HttpResponse<String> response : java.util.List.of(duplicate, notUtf8, wrongType, notJson)) {
            assertThat(response.body()).doesNotContain("jackson", "java.lang", "Feature", "Source:");
        }
        assertThat(JSON.readTree(send("GET", "/api/v1/sources", editorToken, null)
                                .body())
                        .size())
                .as("nothing stored")
                .isEqualTo(before);
    }

    @Test
    void publicReadApiStaysOpenWithoutToken() {
        assertThat(api.get("/api/v1/articles").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> upload(String token, byte[] file, Map<String, String> fields) {
        String boundary = "gazette" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        new LinkedHashMap<>(fields)
                .forEach((name, value) -> body.writeBytes(("--" + boundary
                                + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        if (file != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; "
                            + "filename=\"photo.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = api.request("/api/v1/media")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return api.send(request.build());
    }

    private long uploaded(String alt) {
        HttpResponse<String> response = upload(
                reporterToken, TestImages.picture(1200, 800, "png"), Map.of("alt", alt, "credit", "Script photo"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).get("id").asLong();
    }

    @Test
    void uploadAnswers201WithTheImagesNumberAndEveryGeneratedFile() {
        HttpResponse<String> response = upload(
                reporterToken,
                TestImages.picture(1200, 800, "png"),
                Map.of("alt", "Harbour cranes at dusk", "caption", "The port at night"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode image = JSON.readTree(response.body());
        long id = image.get("id").asLong();
        assertThat(image.get("alt").asString()).isEqualTo("Harbour cranes at dusk");
        assertThat(image.get("url").asString()).isEqualTo("http://localhost:8080/media/" + id + "-1200.jpg");
        assertThat(response.headers().firstValue("Location"))
                .hasValue(image.get("url").asString());
        assertThat(image.get("renditions"))
                .extracting(r -> r.get("width").asInt())
                .containsExactly(320, 640, 1024, 1200);
        for (JsonNode rendition : image.get("renditions")) {
            assertThat(api.get(rendition.get("url").asString().substring("http://localhost:8080".length()))
                            .statusCode())
                    .isEqualTo(200);
        }
        assertThat(images.find(id)).isPresent();
    }

    @Test
    void uploadRefusesWhatTheNewsroomRefusesWithA400ProblemNamingTheField() {
        long before = images.recent(1).isEmpty() ? 0 : images.recent(1).get(0).id();
        HttpResponse<String> noAlt = upload(reporterToken, TestImages.picture(60, 40, "png"), Map.of("alt", "  "));
        HttpResponse<String> notAnImage =
                upload(reporterToken, "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8), Map.of("alt", "x"));
        HttpResponse<String> noFile = upload(reporterToken, null, Map.of("alt", "x"));
        HttpResponse<String> json = send("POST", "/api/v1/media", reporterToken, "{\"alt\":\"x\"}");

        for (HttpResponse<String> response : java.util.List.of(noAlt, notAnImage, noFile, json)) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        }
        assertThat(JSON.readTree(noAlt.body()).get("field").asString()).isEqualTo("alt");
        assertThat(JSON.readTree(noAlt.body()).get("detail").asString()).contains("alt text is required");
        assertThat(JSON.readTree(notAnImage.body()).get("field").asString()).isEqualTo("file");
        assertThat(JSON.readTree(notAnImage.body()).get("detail").asString()).contains("not a JPEG, PNG or WebP");
        assertThat(JSON.readTree(noFile.body()).get("field").asString()).isEqualTo("file");
        assertThat(JSON.readTree(json.body()).get("field").asString()).isEqualTo("file");
        assertThat(images.recent(1).get(0).id()).as("nothing stored").isEqualTo(before);
        assertThat(upload(null, TestImages.picture(60, 40, "png"), Map.of("alt", "x"))
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void createAndUpdateSetKeepAndClearTheLeadImage() {
        long first = uploaded("First picture");
        long second = uploaded("Second picture");
        TestArticle story = TestArticle.story("api-image").with("lead_image", first);
        assertThat(send("POST", "/api/v1/articles", reporterToken, story.json()).statusCode())
                .isEqualTo(201);
        assertThat(articles.findByExternalId(story.id())
                        .orElseThrow()
                        .leadImage()
                        .id())
                .isEqualTo(first);

        // without the field an update keeps the image
        TestArticle edited = TestArticle.story("unused").with("id", story.id()).with("headline", "Edited headline");
        assertThat(send("PUT", "/api/v1/articles/" + story.id(), reporterToken, edited.json())
                        .statusCode())
                .isEqualTo(200);
        assertThat(articles.findByExternalId(story.id())
                        .orElseThrow()
                        .leadImage()
                        .id())
                .isEqualTo(first);

        // as the read API writes it (an object with its id), or as a bare number
        edited.with("lead_image", Map.of("id", second, "url", "ignored"));
        assertThat(send("PUT", "/api/v1/articles/" + story.id(), reporterToken, edited.json())
                        .statusCode())
                .isEqualTo(200);
        assertThat(articles.findByExternalId(story.id())
                        .orElseThrow()
                        .leadImage()
                        .id())
                .isEqualTo(second);

        edited.with("lead_image", null);
        assertThat(send("PUT", "/api/v1/articles/" + story.id(), reporterToken, edited.json())
                        .statusCode())
                .isEqualTo(200);
        assertThat(articles.findByExternalId(story.id()).orElseThrow().leadImage())
                .isNull();
    }

    @Test
    void unknownImageIsA400NamingTheFieldAndChangesNothing() {
        long image = uploaded("Kept picture");
        TestArticle story = TestArticle.story("api-noimg").with("lead_image", image);
        assertThat(send("POST", "/api/v1/articles", reporterToken, story.json()).statusCode())
                .isEqualTo(201);
        int version = articles.findByExternalId(story.id()).orElseThrow().version();

        HttpResponse<String> update = send(
                "PUT",
                "/api/v1/articles/" + story.id(),
                reporterToken,
                TestArticle.story("unused")
                        .with("id", story.id())
                        .with("headline", "Not saved")
                        .with("lead_image", 987_654_321L)
                        .json());
        TestArticle fresh = TestArticle.story("api-noimg").with("lead_image", 987_654_321L);
        HttpResponse<String> create = send("POST", "/api/v1/articles", reporterToken, fresh.json());
        HttpResponse<String> garbage = send(
                "POST",
                "/api/v1/articles",
                reporterToken,
                TestArticle.story("api-noimg").with("lead_image", "a picture").json());

        for (HttpResponse<String> response : java.util.List.of(update, create, garbage)) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            assertThat(JSON.readTree(response.body()).get("field").asString()).isEqualTo("lead_image");
        }
        assertThat(JSON.readTree(update.body()).get("detail").asString()).contains("987654321");
        Article unchanged = articles.findByExternalId(story.id()).orElseThrow();
        assertThat(unchanged.version()).isEqualTo(version);
        assertThat(unchanged.headline()).isNotEqualTo("Not saved");
        assertThat(unchanged.leadImage().id()).isEqualTo(image);
        assertThat(articles.findByExternalId(fresh.id())).isEmpty();
    }
}
