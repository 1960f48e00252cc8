package org.gazette.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import nu.validator.client.EmbeddedValidator;
import org.gazette.account.Accounts;
import org.gazette.account.AuditLog;
import org.gazette.account.Role;
import org.gazette.account.UserAccount;
import org.gazette.article.Article;
import org.gazette.article.ArticleRepository;
import org.gazette.ingest.ImportReport;
import org.gazette.ingest.JsonLinesImport;
import org.gazette.taxonomy.Tag;
import org.gazette.taxonomy.TaxonomyRepository;
import org.gazette.testing.GazetteIntegrationTest;
import org.gazette.testing.NewsroomClient;
import org.gazette.testing.Quiet;
import org.gazette.testing.SiteClient;
import org.gazette.testing.Staff;
import org.gazette.testing.TestArticle;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Editors manage sections, tags, authors and credited sources over HTTP through the newsroom's forms,
 * and readers, feeds and search follow: renamed and merged terms keep their old addresses answering
 * with a permanent redirect, articles carry the new names at once, and search finds them under the
 * new term once the index has caught up. Every test works on terms and stories named after a word of
 * its own.
 */
@GazetteIntegrationTest
class TermManagementIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    JsonLinesImport importer;

    @Autowired
    ArticleRepository articles;

    @Autowired
    TaxonomyRepository taxonomy;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    SiteClient site;
    NewsroomClient editor;
    /** Letters only, so that search reads it as one word and slugs keep it as it is. */
    String word;

    @BeforeEach
    void editorSignedIn() {
        site = new SiteClient(port);
        UserAccount account = Staff.create(accounts, Role.EDITOR);
        editor = new NewsroomClient(port).signedIn(account.email(), Staff.PASSWORD);
        StringBuilder letters = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            letters.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        word = letters.toString();
    }

    private Article publish(TestArticle story) throws IOException {
        ImportReport report = importer.importLines(TestArticle.lines(story), new Quiet().stream());
        assertThat(report.errors()).isEmpty();
        return articles.findByExternalId(story.id()).orElseThrow();
    }

    private TestArticle story(List<String> tags) {
        return TestArticle.story("terms")
                .with("headline", "Harbour vote " + word)
                .with("tags", tags);
    }

    private Tag tag(String name) {
        return taxonomy.tag(slugOf(name)).orElseThrow();
    }

    private static String slugOf(String name) {
        return name.toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    private HttpResponse<String> post(String path, Map<String, String> form) {
        editor.get(path.replaceAll("/(merge|delete)$", ""));
        return editor.post(path, form);
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    @Test
    void renamedTagMovesReadersFeedsAndSearchToTheNewAddressWithoutTouchingTheStory() throws Exception {
        Article before = publish(story(List.of("Old " + word)));
        Tag old = tag("Old " + word);

        HttpResponse<String> saved =
                post("/newsroom/terms/tags/" + old.id(), Map.of("name", "New " + word, "slug", "new-" + word));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);

        HttpResponse<String> page = site.get("/en/tag/" + old.slug() + "?before=x");
        assertThat(page.statusCode()).isEqualTo(301);
        assertThat(location(page)).isEqualTo("/en/tag/new-" + word + "?before=x");
        HttpResponse<String> feed = site.get("/en/tag/" + old.slug() + "/atom.xml?limit=5");
        assertThat(feed.statusCode()).isEqualTo(301);
        assertThat(location(feed)).isEqualTo("/en/tag/new-" + word + "/atom.xml?limit=5");
        assertThat(site.get("/en/tag/new-" + word + "/atom.xml").body()).contains("New " + word);
        assertThat(site.get("/en/tag/new-" + word).body())
                .contains("New " + word)
                .contains(before.headline());

        String story = site.get("/en/news/" + before.slug()).body();
        assertThat(Jsoup.parse(story).text()).contains("New " + word).doesNotContain("Old " + word);
        Article after = articles.findById(before.id()).orElseThrow();
        assertThat(after.tags()).extracting(Tag::name).containsExactly("New " + word);
        assertThat(after.updatedAt()).as("a rename is no editorial update").isEqualTo(before.updatedAt());
        assertThat(after.version()).isEqualTo(before.version());

        JsonNode found = searchUntil("/api/v1/search?q=" + word + "&tag=new-" + word, 1);
        assertThat(found.get("items").get(0).get("id").asString()).isEqualTo(before.externalId());
        assertThat(found.get("facets").get("tag").toString()).contains("New " + word);
        // a filter still naming the old slug (a bookmark, a partner's script) follows the tag
        JsonNode byOldSlug = searchUntil("/api/v1/search?q=" + word + "&tag=" + old.slug(), 1);
        assertThat(byOldSlug.get("items").get(0).get("id").asString()).isEqualTo(before.externalId());
        assertThat(site.get("/api/v1/articles?tag=" + old.slug()).body()).contains(before.externalId());
        assertThat(Jsoup.parse(site.get("/en/search?q=" + word + "&tag=" + old.slug())
                                .body())
                        .text())
                .contains(before.headline());
    }

    @Test
    void mergedTagLeavesEachArticleTheTargetOnceAndItsOldAddressRedirects() throws Exception {
        Article both = publish(story(List.of("Dupe " + word, "Keep " + word)));
        Article onlyMerged = publish(story(List.of("Dupe " + word)));
        Tag merged = tag("Dupe " + word);
        Tag target = tag("Keep " + word);

        HttpResponse<String> response =
                post("/newsroom/terms/tags/" + merged.id() + "/merge", Map.of("into", target.slug()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        assertThat(location(response)).endsWith("/newsroom/terms/tags/" + target.id());

        assertThat(articles.findById(both.id()).orElseThrow().tags())
                .extracting(Tag::slug)
                .containsExactly(target.slug());
        assertThat(articles.findById(onlyMerged.id()).orElseThrow().tags())
                .extracting(Tag::slug)
                .containsExactly(target.slug());
        assertThat(jdbc.sql("select count(*) from article_tags where article_id = :id")
                        .param("id", both.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(taxonomy.tag(merged.slug())).isEmpty();

        HttpResponse<String> old = site.get("/en/tag/" + merged.slug());
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(location(old)).isEqualTo("/en/tag/" + target.slug());
        assertThat(site.get("/en/tag/" + merged.slug() + "/rss.xml").statusCode())
                .isEqualTo(301);

        // a story still sent with the merged name is filed under the target
        Article later = publish(story(List.of("Dupe " + word)));
        assertThat(later.tags()).extracting(Tag::slug).containsExactly(target.slug());

        assertThat(audit.entries(null, 100)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(AuditLog.Action.TERM_MERGED);
            assertThat(entry.target()).isEqualTo("tag:" + merged.slug());
            assertThat(entry.detail()).contains("Keep " + word).contains("2 articles");
        });
        searchUntil("/api/v1/search?q=" + word + "&tag=" + target.slug(), 3);
    }

    @Test
    void usedTagCannotBeDeletedButAnUnusedOneCan() throws Exception {
        publish(story(List.of("Used " + word)));
        Tag used = tag("Used " + word);

        HttpResponse<String> refused = post("/newsroom/terms/tags/" + used.id() + "/delete", Map.of());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(refused.body()).select(".nr-error").text())
                .isEqualTo("“Used " + word + "” is carried by 1 articles and cannot be deleted: merge it into another"
                        + " instead.");
        assertThat(taxonomy.tag(used.slug())).isPresent();

        HttpResponse<String> created = post("/newsroom/terms/tags", Map.of("name", "Spare " + word, "slug", ""));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        Tag spare = tag("Spare " + word);
        HttpResponse<String> deleted = post("/newsroom/terms/tags/" + spare.id() + "/delete", Map.of());
        assertThat(deleted.statusCode()).isEqualTo(302);
        assertThat(taxonomy.tag(spare.slug())).isEmpty();
        assertThat(site.get("/en/tag/" + spare.slug()).statusCode()).isEqualTo(404);
        assertThat(audit.entries(null, 100)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(AuditLog.Action.TERM_DELETED);
            assertThat(entry.target()).isEqualTo("tag:" + spare.slug());
        });
    }

    @Test
    void badInputShowsTheFormAgainWithTheReasonAndChangesNothing() throws Exception {
        publish(story(List.of("Alpha " + word, "Beta " + word)));
        Tag alpha = tag("Alpha " + word);
        Tag beta = tag("Beta " + word);
        String edit = "/newsroom/terms/tags/" + alpha.id();

        assertRefused(post(edit, Map.of("name", "  ", "slug", "")), 400, "A name needs 1 to 200 characters.");
        assertRefused(
                post(edit, Map.of("name", "Alpha", "slug", "Not A Slug")),
                400,
                "“Not A Slug” is not a valid address: use lower-case letters and digits joined by single hyphens,"
                        + " at most 80 characters.");
        assertRefused(
                post(edit, Map.of("name", "Alpha", "slug", beta.slug())),
                409,
                "The address “" + beta.slug() + "” is already taken.");
        assertRefused(
                post(edit, Map.of("name", "beta " + word.toUpperCase(Locale.ROOT), "slug", "")),
                409,
                "“Beta " + word + "” already exists (address " + beta.slug() + "): merge into it instead.");
        assertRefused(post(edit + "/merge", Map.of("into", alpha.slug())), 400, "A term cannot be merged into itself.");
        assertRefused(
                post(edit + "/merge", Map.of("into", "nothing-" + word)),
                404,
                "Nothing has the slug or name “nothing-" + word + "”.");
        assertRefused(
                post("/newsroom/terms/tags", Map.of("name", "", "slug", "")), 400, "A name needs 1 to 200 characters.");
        HttpResponse<String> unknown = editor.get("/newsroom/terms/tags/987654321");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(editor.get("/newsroom/terms/genres").statusCode()).isEqualTo(404);

        Tag unchanged = taxonomy.tag(alpha.slug()).orElseThrow();
        assertThat(unchanged).isEqualTo(alpha);
        assertThat(taxonomy.tag(beta.slug())).isPresent();
    }

    private static void assertRefused(HttpResponse<String> response, int status, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(Jsoup.parse(response.body()).select(".nr-error").text()).isEqualTo(message);
    }

    @Test
    void sourceTakesAWebHomePageAndItsRenamedPageRedirects() throws Exception {
        Article article = publish(
                story(List.of()).with("source", "Wire " + word).with("source_url", "https://wire.example.org/item/1"));
        long id = article.source().id();
        String edit = "/newsroom/terms/sources/" + id;

        assertRefused(
                post(edit, Map.of("name", "Wire " + word, "slug", "", "homepage", "javascript:alert(1)")),
                400,
                "“javascript:alert(1)” is not a web address: it must start with http:// or https://.");
        assertRefused(
                post(edit, Map.of("name", "Wire " + word, "slug", "", "homepage", "ftp://wire.example.org")),
                400,
                "“ftp://wire.example.org” is not a web address: it must start with http:// or https://.");
        HttpResponse<String> saved = post(
                edit,
                Map.of("name", "Agency " + word, "slug", "agency-" + word, "homepage", "https://agency.example.org/"));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);

        assertThat(taxonomy.source("agency-" + word).orElseThrow().homepage()).isEqualTo("https://agency.example.org/");
        HttpResponse<String> old = site.get("/en/source/" + article.source().slug());
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(location(old)).isEqualTo("/en/source/agency-" + word);
        assertThat(location(site.get("/en/source/" + article.source().slug() + "/feed.json")))
                .isEqualTo("/en/source/agency-" + word + "/feed.json");
        assertThat(Jsoup.parse(site.get("/en/news/" + article.slug()).body()).text())
                .contains("Agency " + word);
    }

    @Test
    void mergedAuthorsLeaveOneBylineAndTheOldAuthorPageRedirects() throws Exception {
        Article article = publish(story(List.of()).with("authors", List.of("Ann " + word, "A. " + word)));
        long merged =
                articles.findById(article.id()).orElseThrow().authors().get(1).id();
        String mergedSlug =
                articles.findById(article.id()).orElseThrow().authors().get(1).slug();

        HttpResponse<String> response =
                post("/newsroom/terms/authors/" + merged + "/merge", Map.of("into", "Ann " + word));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);

        assertThat(articles.findById(article.id()).orElseThrow().authors())
                .extracting(org.gazette.taxonomy.Author::name)
                .containsExactly("Ann " + word);
        HttpResponse<String> old = site.get("/en/author/" + mergedSlug);
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(location(old)).isEqualTo("/en/author/ann-" + word);
    }

    @Test
    void sectionMovesToANewSlugAndIsDeletedOnlyWhenEmpty() throws Exception {
        HttpResponse<String> created = post(
                "/newsroom/sections",
                Map.of(
                        "slug",
                        "desk-" + word,
                        "position",
                        "900",
                        "name_en",
                        "Desk " + word,
                        "name_ru",
                        "",
                        "name_az",
                        ""));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        long id = Long.parseLong(location(created).substring(location(created).lastIndexOf('/') + 1));
        assertRefused(
                post("/newsroom/sections", Map.of("slug", "desk-" + word, "position", "900")),
                409,
                "The address “desk-" + word + "” is already taken.");
        Article article = publish(story(List.of()).with("section", "desk-" + word));

        HttpResponse<String> saved = post(
                "/newsroom/sections/" + id,
                Map.of(
                        "slug",
                        "bureau-" + word,
                        "position",
                        "900",
                        "name_en",
                        "Bureau " + word,
                        "name_ru",
                        "",
                        "name_az",
                        ""));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        HttpResponse<String> old = site.get("/en/section/desk-" + word);
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(location(old)).isEqualTo("/en/section/bureau-" + word);
        assertThat(location(site.get("/en/section/desk-" + word + "/rss.xml")))
                .isEqualTo("/en/section/bureau-" + word + "/rss.xml");
        assertThat(site.get("/en/").body()).contains("Bureau " + word);
        assertThat(site.get("/en/news/" + article.slug()).body()).contains("Bureau " + word);
        // stories still sent with the old section slug land in the moved section
        Article later = publish(story(List.of()).with("section", "desk-" + word));
        assertThat(later.section().slug()).isEqualTo("bureau-" + word);

        assertRefused(
                post("/newsroom/sections/" + id, Map.of("slug", "bureau-" + word, "position", "many")),
                400,
                "The order must be a whole number from 0 to 10000, got “many”.");
        HttpResponse<String> refused = post("/newsroom/sections/" + id + "/delete", Map.of());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(refused.body()).select(".nr-error").text())
                .isEqualTo("The section “bureau-" + word
                        + "” holds 2 articles and cannot be deleted: move them to another section first.");

        HttpResponse<String> empty = post("/newsroom/sections", Map.of("slug", "spare-" + word, "position", "950"));
        long spare = Long.parseLong(location(empty).substring(location(empty).lastIndexOf('/') + 1));
        assertThat(post("/newsroom/sections/" + spare + "/delete", Map.of()).statusCode())
                .isEqualTo(302);
        assertThat(site.get("/en/section/spare-" + word).statusCode()).isEqualTo(404);
        assertThat(editor.get("/newsroom/sections/" + spare).statusCode()).isEqualTo(404);
    }

    @Test
    void reportersAreForbiddenAnonymousVisitorsSignInAndFormsNeedTheirToken() throws Exception {
        publish(story(List.of("Guarded " + word)));
        Tag guarded = tag("Guarded " + word);
        UserAccount reporterAccount = Staff.create(accounts, Role.REPORTER);
        NewsroomClient reporter = new NewsroomClient(port).signedIn(reporterAccount.email(), Staff.PASSWORD);

        assertThat(reporter.get("/newsroom/terms/tags").statusCode()).isEqualTo(403);
        reporter.get("/newsroom/profile");
        assertThat(reporter.post("/newsroom/terms/tags/" + guarded.id() + "/delete", Map.of())
                        .statusCode())
                .isEqualTo(403);
        assertThat(reporter.post("/newsroom/sections", Map.of("slug", "x-" + word))
                        .statusCode())
                .isEqualTo(403);

        HttpResponse<String> anonymous = new NewsroomClient(port).get("/newsroom/terms/tags");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(location(anonymous)).endsWith("/newsroom/login");

        editor.get("/newsroom/terms/tags/" + guarded.id());
        assertThat(editor.postRaw("/newsroom/terms/tags/" + guarded.id(), Map.of("name", "Forged " + word))
                        .statusCode())
                .isEqualTo(403);
        assertThat(taxonomy.tag(guarded.slug()).orElseThrow().name()).isEqualTo("Guarded " + word);
    }

    @Test
    void tagListFindsATagAmongManyByPartOfItsNameWithItsArticleCount() throws Exception {
        publish(story(List.of("Needle " + word, "Hay " + word)));
        publish(story(List.of("Needle " + word)));

        HttpResponse<String> list = editor.get("/newsroom/terms/tags?q=NEEDLE+" + word + "&sort=articles");
        assertThat(list.statusCode()).isEqualTo(200);
        var rows = Jsoup.parse(list.body()).select(".nr-table tbody tr");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).text()).contains("Needle " + word).endsWith("2");
        assertThat(editor.get("/newsroom/terms/tags?q=%25").statusCode()).isEqualTo(200);
    }

    @Test
    void termPagesAreValidHtml5() throws Exception {
        Article article = publish(
                story(List.of("Valid " + word)).with("source", "Valid " + word).with("section", "politics"));
        List<String> pages = List.of(
                "/newsroom/sections",
                "/newsroom/sections/" + article.section().id(),
                "/newsroom/terms/tags?q=" + word,
                "/newsroom/terms/tags/" + tag("Valid " + word).id(),
                "/newsroom/terms/sources/" + article.source().id(),
                "/newsroom/terms/authors");
        for (String path : pages) {
            HttpResponse<String> response = editor.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            EmbeddedValidator validator = new EmbeddedValidator();
            validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
            String report =
                    validator.validate(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
            JsonNode messages = JSON.readTree(report).get("messages");
            assertThat(messages.size())
                    .as("HTML checker messages for %s: %s", path, messages)
                    .isZero();
        }
    }

    /**
     * Asks the search API until it finds at least {@code count} stories (the index catches up in the
     * background). Stories with the same headline are shown as one item, so this counts the total.
     */
    private JsonNode searchUntil(String path, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonNode body = null;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = site.get(path);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            body = JSON.readTree(response.body());
            if (body.get("total").asLong() >= count) {
                return body;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("search " + path + " did not list " + count + " stories in time: " + body);
    }
}
