package org.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.gazette.account.Accounts;
import org.gazette.account.Role;
import org.gazette.account.UserAccount;
import org.gazette.article.Actor;
import org.gazette.article.ArticleInput;
import org.gazette.article.ArticleStatus;
import org.gazette.article.ArticleStore;
import org.gazette.article.BodyFormat;
import org.gazette.taxonomy.TermEditor;
import org.gazette.taxonomy.TermKind;
import org.gazette.testing.GazetteIntegrationTest;
import org.gazette.testing.NewsroomClient;
import org.gazette.testing.SiteClient;
import org.gazette.testing.Staff;
import org.gazette.text.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A tag, credited source or byline used only on stories readers may not see (a draft, a scheduled story,
 * an unpublished one) is confirmed nowhere: its pages and feeds answer as an unknown slug's, and the API,
 * search, suggestions and sitemaps say nothing of it. In the newsroom, another reporter is not offered
 * its name either.
 */
@GazetteIntegrationTest
class DraftOnlyTermsIT {

    @LocalServerPort
    int port;

    @Autowired
    ArticleStore store;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    TermEditor termEditor;

    SiteClient site;
    UserAccount writer;

    /** The names one hidden story carries, and their slugs once stored. */
    record Hidden(long articleId, String tag, String source, String author, String word) {}

    @BeforeEach
    void reporter() {
        site = new SiteClient(port);
        writer = Staff.create(accounts, Role.REPORTER);
    }

    private Hidden hidden(ArticleStatus status) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String word = "embargo" + unique;
        ArticleInput input = new ArticleInput(
                "hidden-" + unique,
                "Acme to take over Globex " + word,
                null,
                Instant.parse("2024-09-16T10:00:00Z"),
                null,
                "Not yet public " + word + ".",
                BodyFormat.TEXT,
                Language.of("en"),
                "business",
                List.of("Acme takeover " + unique),
                List.of("Secret Writer " + unique),
                "Embargo Wire " + unique,
                null,
                null,
                status == ArticleStatus.SCHEDULED ? ArticleStatus.DRAFT : status);
        Actor actor = Actor.user(writer.id(), writer.displayName());
        long id = store.create(input, null, actor).articleId();
        if (status == ArticleStatus.SCHEDULED) {
            store.changeStatus(id, ArticleStatus.SCHEDULED, clock.instant().plus(Duration.ofDays(2)), actor);
        }
        return new Hidden(
                id,
                slug("tags", "Acme takeover " + unique),
                slug("sources", "Embargo Wire " + unique),
                slug("authors", "Secret Writer " + unique),
                word);
    }

    private String slug(String table, String name) {
        return jdbc.sql("select slug from " + table + " where name = :name")
                .param("name", name)
                .query(String.class)
                .single();
    }

    private List<String> publicPaths(Hidden hidden) {
        List<String> paths = new ArrayList<>(List.of(
                "/en/tag/" + hidden.tag(),
                "/en/source/" + hidden.source(),
                "/en/author/" + hidden.author(),
                "/ru/tag/" + hidden.tag()));
        for (String file : List.of("rss.xml", "atom.xml", "feed.json")) {
            paths.add("/en/tag/" + hidden.tag() + "/" + file);
            paths.add("/en/source/" + hidden.source() + "/" + file);
        }
        return paths;
    }

    @Test
    void pagesAndFeedsOfATermOnlyHiddenStoriesCarryAnswerAsForAnUnknownSlug() {
        for (ArticleStatus status : List.of(ArticleStatus.DRAFT, ArticleStatus.SCHEDULED, ArticleStatus.UNPUBLISHED)) {
            Hidden hidden = hidden(status);
            for (String path : publicPaths(hidden)) {
                HttpResponse<String> answer = site.get(path);
                String unknown = path.replace(hidden.tag(), "no-such-tag-" + hidden.word())
                        .replace(hidden.source(), "no-such-source-" + hidden.word())
                        .replace(hidden.author(), "no-such-author-" + hidden.word());
                assertThat(answer.statusCode()).as(status + " " + path).isEqualTo(404);
                assertThat(answer.statusCode())
                        .as(status + " " + path + " as an unknown slug")
                        .isEqualTo(site.get(unknown).statusCode());
                assertThat(answer.headers().firstValue("Content-Type"))
                        .as(path)
                        .isEqualTo(site.get(unknown).headers().firstValue("Content-Type"));
                assertThat(answer.body()).as(path).doesNotContainIgnoringCase("Acme takeover");
                assertThat(answer.body()).as(path).doesNotContain("Embargo Wire", "Secret Writer");
            }
        }
    }

    @Test
    void onceTheStoryIsPublishedItsTermsHavePagesAndFeeds() {
        Hidden hidden = hidden(ArticleStatus.DRAFT);
        store.changeStatus(hidden.articleId(), ArticleStatus.PUBLISHED, null, Actor.system("test"));
        for (String path : publicPaths(hidden)) {
            assertThat(site.get(path).statusCode()).as(path).isEqualTo(200);
        }
        assertThat(site.get("/en/tag/" + hidden.tag()).body()).contains("Acme takeover");
    }

    @Test
    void theApiSearchSuggestionsAndSitemapsSayNothingOfIt() {
        Hidden hidden = hidden(ArticleStatus.DRAFT);
        String unknown = "no-such-" + hidden.word();
        assertThat(site.get("/api/v1/articles?tag=" + hidden.tag()).body())
                .isEqualTo(site.get("/api/v1/articles?tag=" + unknown).body());
        assertThat(site.get("/api/v1/articles?source=" + hidden.source()).body())
                .isEqualTo(site.get("/api/v1/articles?source=" + unknown).body());
        HttpResponse<String> search = site.get("/api/v1/search?q=" + hidden.word() + "&tag=" + hidden.tag());
        assertThat(search.statusCode()).isEqualTo(200);
        assertThat(search.body())
                .isEqualTo(site.get("/api/v1/search?q=" + hidden.word() + "&tag=" + unknown)
                        .body()
                        .replace(unknown, hidden.tag()));
        assertThat(site.get("/api/v1/search?q=" + hidden.word()).body()).contains("\"total\":0");
        List<String> elsewhere = List.of(
                "/api/v1/search?q=acme",
                "/api/v1/search?q=" + hidden.word(),
                "/api/v1/search/suggest?q=acme+takeover",
                "/api/v1/search/suggest?q=secret+writer",
                "/en/search?q=acme+takeover",
                "/sitemap.xml",
                "/sitemaps/pages.xml");
        for (String path : elsewhere) {
            HttpResponse<String> answer = site.get(path);
            assertThat(answer.body()).as(path).doesNotContain(hidden.tag(), hidden.source(), hidden.author());
        }
    }

    @Test
    void aRenamedTermOnlyHiddenStoriesCarryIsNotNamedByFiltersGivenItsOldSlug() {
        Hidden hidden = hidden(ArticleStatus.DRAFT);
        long tagId = jdbc.sql("select id from tags where slug = :slug")
                .param("slug", hidden.tag())
                .query(Long.class)
                .single();
        String renamed = "renamed-" + hidden.word();
        termEditor.update(TermKind.TAG, tagId, "Renamed " + hidden.word(), renamed, null);

        for (String path : List.of(
                "/en/search?q=acme&tag=" + hidden.tag(),
                "/api/v1/search?q=acme&tag=" + hidden.tag(),
                "/api/v1/articles?tag=" + hidden.tag())) {
            HttpResponse<String> answer = site.get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            assertThat(answer.body()).as(path).doesNotContain(renamed);
        }
    }

    @Test
    void anotherReporterIsNotOfferedTheSourceOrTagButTheWriterAndEditorsAre() {
        Hidden hidden = hidden(ArticleStatus.DRAFT);
        String source = jdbc.sql("select name from sources where slug = :slug")
                .param("slug", hidden.source())
                .query(String.class)
                .single();
        String tag = jdbc.sql("select name from tags where slug = :slug")
                .param("slug", hidden.tag())
                .query(String.class)
                .single();
        String tagQuery = "/newsroom/tags?q=" + tag.replace(' ', '+');
        NewsroomClient other = new NewsroomClient(port)
                .signedIn(Staff.create(accounts, Role.REPORTER).email(), Staff.PASSWORD);
        assertThat(other.get("/newsroom/articles").body()).doesNotContain(source);
        assertThat(other.get(tagQuery).body()).doesNotContain(tag);

        NewsroomClient own = new NewsroomClient(port).signedIn(writer.email(), Staff.PASSWORD);
        assertThat(own.get("/newsroom/articles").body()).contains(source);
        assertThat(own.get(tagQuery).body()).contains(tag);

        NewsroomClient editor = new NewsroomClient(port)
                .signedIn(Staff.create(accounts, Role.EDITOR).email(), Staff.PASSWORD);
        assertThat(editor.get("/newsroom/articles").body()).contains(source);
        assertThat(editor.get(tagQuery).body()).contains(tag);
    }
}
