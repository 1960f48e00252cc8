package org.gazette.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;
import org.gazette.account.Accounts;
import org.gazette.account.Role;
import org.gazette.account.UserAccount;
import org.gazette.article.ArticleRepository;
import org.gazette.ingest.ImportReport;
import org.gazette.ingest.JsonLinesImport;
import org.gazette.testing.EntityRows;
import org.gazette.testing.GazetteIntegrationTest;
import org.gazette.testing.NewsroomClient;
import org.gazette.testing.Quiet;
import org.gazette.testing.Staff;
import org.gazette.testing.TestArticle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Editors correct entities through the newsroom's forms; what cannot be done answers 400 and changes nothing. */
@GazetteIntegrationTest
class EntityCorrectionsNewsroomIT {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    JsonLinesImport importer;

    @Autowired
    ArticleRepository articles;

    @Autowired
    EntityTaggingWorker worker;

    @Autowired
    JdbcClient jdbc;

    NewsroomClient editor;

    @BeforeEach
    void signIn() {
        UserAccount user = Staff.create(accounts, Role.EDITOR);
        editor = new NewsroomClient(port).signedIn(user.email(), Staff.PASSWORD);
    }

    /** Imports a story naming one made-up person and returns that person's slug once tagged. */
    String personIn(String body, String surname) throws IOException, InterruptedException {
        TestArticle story = TestArticle.story("nr-entity").with("body", body);
        ImportReport report = importer.importLines(TestArticle.lines(story), new Quiet().stream());
        assertThat(report.errors()).isEmpty();
        long id = articles.findByExternalId(story.id()).orElseThrow().id();
        // this story, not the whole queue: in the suite other tests queue thousands of stories
        new EntityRows(jdbc).awaitTagged(id);
        return jdbc.sql("select e.slug from article_mentions m join entities e on e.id = m.entity_id"
                        + " where m.article_id = :id and m.surface like :surname")
                .param("id", id)
                .param("surname", "%" + surname + "%")
                .query(String.class)
                .list()
                .get(0);
    }

    Map<String, Object> state(String slug) {
        return jdbc.sql("select type, hidden, merged_into, names_edited from entities where slug = :slug")
                .param("slug", slug)
                .query((rs, i) -> Map.<String, Object>of(
                        "type", rs.getString(1),
                        "hidden", rs.getInt(2),
                        "merged", String.valueOf(rs.getObject(3)),
                        "edited", rs.getInt(4)))
                .single();
    }

    @Test
    void theListFindsAnEntityByNameAndItsPageShowsItsStories() throws Exception {
        String slug = personIn("Olwenna Thrupley opened the bridge in Lankaran.", "Thrupley");

        HttpResponse<String> list = editor.get("/newsroom/entities?q=thrupley&type=PER");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("/newsroom/entities/" + slug);

        HttpResponse<String> page = editor.get("/newsroom/entities/" + slug);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Olwenna Thrupley</h1>").contains("«Olwenna Thrupley»");
        assertThat(editor.get("/newsroom/entities/no-such-entity-here").statusCode())
                .isEqualTo(404);
    }

    @Test
    void aRenameIsStoredAndComesBackToTheEntity() throws Exception {
        String slug = personIn("Olwenna Thrupley opened the bridge in Lankaran.", "Thrupley");
        editor.get("/newsroom/entities/" + slug);

        HttpResponse<String> renamed =
                editor.post("/newsroom/entities/" + slug + "/rename", Map.of("lang", "ru", "name", "Олвенна Трапли"));

        assertThat(renamed.statusCode()).isEqualTo(302);
        assertThat(editor.get("/newsroom/entities/" + slug).body()).contains("Олвенна Трапли");
        assertThat(state(slug).get("edited")).isEqualTo(1);
    }

    @Test
    void badCorrectionsAnswer400WithTheReasonAndChangeNothing() throws Exception {
        String slug = personIn("Dorrick Fennimore spoke in Quba.", "Fennimore");
        String hidden = personIn("Ysolde Marrowby spoke in Quba.", "Marrowby");
        editor.get("/newsroom/entities/" + hidden);
        assertThat(editor.post("/newsroom/entities/" + hidden + "/hide", Map.of())
                        .statusCode())
                .isEqualTo(302);
        Map<String, Object> before = state(slug);
        long corrections = jdbc.sql("select count(*) from entity_corrections")
                .query(Long.class)
                .single();
        editor.get("/newsroom/entities/" + slug);

        assertRefused(editor.post("/newsroom/entities/" + slug + "/merge", Map.of("into", slug)), "itself");
        assertRefused(
                editor.post("/newsroom/entities/" + slug + "/merge", Map.of("into", "nobody-at-all")), "no entity");
        assertRefused(editor.post("/newsroom/entities/" + slug + "/merge", Map.of("into", hidden)), "hidden");
        assertRefused(
                editor.post("/newsroom/entities/" + slug + "/rename", Map.of("lang", "en", "name", " ")), "empty");
        assertRefused(
                editor.post("/newsroom/entities/" + slug + "/rename", Map.of("lang", "xx", "name", "A")), "language");
        assertRefused(editor.post("/newsroom/entities/" + slug + "/type", Map.of("type", "PLANET")), "type");
        assertRefused(editor.post("/newsroom/entities/" + slug + "/split", Map.of("name", "")), "name");
        assertRefused(
                editor.post(
                        "/newsroom/entities/" + slug + "/mentions/ignore", Map.of("article", "1", "start", "999999")),
                "mention");
        assertRefused(
                editor.post(
                        "/newsroom/entities/" + slug + "/mentions/link",
                        Map.of("article", "-5", "start", "0", "entity", slug)),
                "story");
        assertThat(editor.post("/newsroom/entities/nobody-at-all/hide", Map.of())
                        .statusCode())
                .isEqualTo(400);
        assertThat(editor.post("/newsroom/entities/" + slug + "/mentions/ignore", Map.of("article", "x", "start", "y"))
                        .statusCode())
                .isEqualTo(400);

        assertThat(state(slug)).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from entity_corrections")
                        .query(Long.class)
                        .single())
                .isEqualTo(corrections);
    }

    private static void assertRefused(HttpResponse<String> response, String reason) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).containsIgnoringCase(reason);
    }
}
