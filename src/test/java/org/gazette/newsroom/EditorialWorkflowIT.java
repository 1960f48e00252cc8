package org.gazette.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gazette.account.Accounts;
import org.gazette.account.AuditLog;
import org.gazette.account.Role;
import org.gazette.account.UserAccount;
import org.gazette.article.Article;
import org.gazette.article.ArticleHistory;
import org.gazette.article.ArticleRepository;
import org.gazette.article.ArticleStatus;
import org.gazette.article.Revision;
import org.gazette.taxonomy.TermEditor;
import org.gazette.taxonomy.TermKind;
import org.gazette.testing.GazetteIntegrationTest;
import org.gazette.testing.NewsroomClient;
import org.gazette.testing.SiteClient;
import org.gazette.testing.Staff;
import org.gazette.web.SiteLinks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The newsroom's day, over HTTP through the real forms: write, review, publish, correct, conflict, restore. */
@GazetteIntegrationTest
class EditorialWorkflowIT {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    ArticleRepository articles;

    @Autowired
    ArticleHistory history;

    @Autowired
    AuditLog audit;

    @Autowired
    TermEditor terms;

    SiteClient site;
    UserAccount reporter;
    UserAccount editor;

    @BeforeEach
    void staff() {
        site = new SiteClient(port);
        reporter = Staff.create(accounts, Role.REPORTER);
        editor = Staff.create(accounts, Role.EDITOR);
    }

    private NewsroomClient as(UserAccount user) {
        return new NewsroomClient(port).signedIn(user.email(), Staff.PASSWORD);
    }

    static Map<String, String> form(String headline, String body, int version) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("headline", headline);
        form.put("dek", "A standfirst");
        form.put("body", body);
        form.put("format", "markdown");
        form.put("lang", "en");
        form.put("section", "politics");
        form.put("tags", "Baku, Elections");
        form.put("authors", "Ann Writer");
        form.put("source", "");
        form.put("sourceUrl", "");
        form.put("translationOf", "");
        form.put("leadImageId", "");
        form.put("version", String.valueOf(version));
        return form;
    }

    /** Creates a draft through the editor; returns its id. */
    static long createDraft(NewsroomClient client, String headline) {
        client.get("/newsroom/articles/new");
        HttpResponse<String> created = client.post("/newsroom/articles", form(headline, "First **paragraph**.", 0));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void reporterWritesAndSubmitsEditorPublishesAndUnpublishes() {
        NewsroomClient reporterSession = as(reporter);
        long id = createDraft(reporterSession, "Council approves the new budget");
        Article draft = articles.findById(id).orElseThrow();
        assertThat(draft.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(draft.createdBy()).isEqualTo(reporter.id());
        assertThat(draft.bodyHtml()).contains("<strong>paragraph</strong>");
        assertThat(site.get(SiteLinks.article(draft.lang(), draft.slug())).statusCode())
                .isEqualTo(404);

        reporterSession.get("/newsroom/articles/" + id);
        assertThat(reporterSession
                        .post("/newsroom/articles/" + id + "/submit", Map.of())
                        .statusCode())
                .isEqualTo(302);
        assertThat(articles.findById(id).orElseThrow().status()).isEqualTo(ArticleStatus.IN_REVIEW);
        // once submitted, the story is the desk's: the reporter can no longer change it or publish it
        reporterSession.get("/newsroom/articles/" + id);
        assertThat(reporterSession
                        .post("/newsroom/articles/" + id, form("Mine", "x", 3))
                        .statusCode())
                .isEqualTo(403);
        assertThat(reporterSession
                        .post("/newsroom/articles/" + id + "/publish", Map.of())
                        .statusCode())
                .isEqualTo(403);

        NewsroomClient editorSession = as(editor);
        editorSession.get("/newsroom/articles/" + id);
        int version = articles.findById(id).orElseThrow().version();
        assertThat(editorSession
                        .post(
                                "/newsroom/articles/" + id,
                                form("Council approves the 2025 budget", "First **paragraph**, edited.", version))
                        .statusCode())
                .isEqualTo(302);
        assertThat(editorSession
                        .post("/newsroom/articles/" + id + "/publish", Map.of())
                        .statusCode())
                .isEqualTo(302);

        Article published = articles.findById(id).orElseThrow();
        assertThat(published.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(published.firstPublishedAt()).isNotNull();
        String path = SiteLinks.article(published.lang(), published.slug());
        HttpResponse<String> page = site.get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Council approves the 2025 budget");

        editorSession.get("/newsroom/articles/" + id);
        assertThat(editorSession
                        .post("/newsroom/articles/" + id + "/unpublish", Map.of())
                        .statusCode())
                .isEqualTo(302);
        assertThat(site.get(path).statusCode()).isEqualTo(410);

        List<AuditLog.Action> actions = audit.entries(null, 200).stream()
                .filter(e -> e.target() != null && e.target().startsWith(published.externalId()))
                .map(AuditLog.Entry::action)
                .toList();
        assertThat(actions)
                .contains(
                        AuditLog.Action.ARTICLE_SUBMITTED,
                        AuditLog.Action.ARTICLE_PUBLISHED,
                        AuditLog.Action.ARTICLE_UNPUBLISHED);
    }

    @Test
    void laterOfTwoConcurrentSavesIsRefusedWithBothVersionsShown() {
        NewsroomClient first = as(editor);
        long id = createDraft(first, "Two editors, one story");
        int version = articles.findById(id).orElseThrow().version();
        NewsroomClient second = as(editor);

        first.get("/newsroom/articles/" + id);
        second.get("/newsroom/articles/" + id);
        assertThat(first.post(
                                "/newsroom/articles/" + id,
                                form("Two editors, one story", "Text from the first editor.", version))
                        .statusCode())
                .isEqualTo(302);
        HttpResponse<String> conflict = second.post(
                "/newsroom/articles/" + id, form("Two editors, one story", "Text from the second editor.", version));

        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.body()).contains("Text from the first editor.", "Text from the second editor.");
        assertThat(articles.findById(id).orElseThrow().bodySource()).isEqualTo("Text from the first editor.");
        // the conflict page's form carries the new version: saving it now is a deliberate overwrite
        Document page = Jsoup.parse(conflict.body());
        String retryVersion = page.select("form.nr-editor input[name=version]").attr("value");
        assertThat(Integer.parseInt(retryVersion))
                .isEqualTo(articles.findById(id).orElseThrow().version());
    }

    @Test
    void restoringARevisionBringsItsTextBackAsANewRevision() {
        NewsroomClient session = as(editor);
        long id = createDraft(session, "Restorable story");
        int created = articles.findById(id).orElseThrow().version();
        session.get("/newsroom/articles/" + id);
        session.post("/newsroom/articles/" + id, form("Restorable story", "A later, worse text.", created));
        int edited = articles.findById(id).orElseThrow().version();

        session.get("/newsroom/articles/" + id + "/revisions?from=" + created + "&to=" + edited);
        HttpResponse<String> restored =
                session.post("/newsroom/articles/" + id + "/revisions/" + created + "/restore", Map.of());

        assertThat(restored.statusCode()).isEqualTo(302);
        Article now = articles.findById(id).orElseThrow();
        assertThat(now.bodySource()).isEqualTo("First **paragraph**.");
        assertThat(now.version()).isGreaterThan(edited);
        List<Revision> revisions = history.revisions(id);
        assertThat(revisions.get(0).summary()).isEqualTo("restored:" + created);
        assertThat(revisions).extracting(Revision::bodySource).contains("A later, worse text.");
        HttpResponse<String> diff =
                session.get("/newsroom/articles/" + id + "/revisions?from=" + created + "&to=" + edited);
        assertThat(diff.body()).contains("A later, worse text.");
    }

    @Test
    void correctionNoteAppearsOnThePublicPageAndMovesUpdated() {
        NewsroomClient session = as(editor);
        long id = createDraft(session, "A story to correct");
        session.get("/newsroom/articles/" + id);
        session.post("/newsroom/articles/" + id + "/publish", Map.of());
        Article before = articles.findById(id).orElseThrow();
        assertThat(before.updatedAt()).isNull();

        session.get("/newsroom/articles/" + id);
        session.post(
                "/newsroom/articles/" + id + "/corrections",
                Map.of("kind", "correction", "note", "An earlier version misspelled the minister's name."));

        Article after = articles.findById(id).orElseThrow();
        assertThat(after.updatedAt()).isNotNull();
        Document page = Jsoup.parse(
                site.get(SiteLinks.article(after.lang(), after.slug())).body());
        assertThat(page.select(".story__note").text()).contains("Correction", "misspelled the minister");
        assertThat(page.select(".story__updated time").attr("datetime")).isNotBlank();
    }

    @Test
    void changedSlugRedirectsFromTheOldAddress() {
        NewsroomClient session = as(editor);
        long id = createDraft(session, "Slug story original");
        session.get("/newsroom/articles/" + id);
        session.post("/newsroom/articles/" + id + "/publish", Map.of());
        Article before = articles.findById(id).orElseThrow();
        session.get("/newsroom/articles/" + id);
        session.post("/newsroom/articles/" + id + "/slug", Map.of("slug", before.slug() + "-renamed"));

        HttpResponse<String> old = site.get(SiteLinks.article(before.lang(), before.slug()));
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.headers().firstValue("Location"))
                .hasValue(SiteLinks.article(before.lang(), before.slug() + "-renamed"));
    }

    @Test
    void editorDeletesWithConfirmationAndTheDeletionIsAudited() {
        NewsroomClient session = as(editor);
        long id = createDraft(session, "A story to delete");
        Article article = articles.findById(id).orElseThrow();
        session.get("/newsroom/articles/" + id);
        session.post("/newsroom/articles/" + id + "/delete", Map.of());
        assertThat(articles.findById(id)).as("not deleted without confirmation").isPresent();

        session.get("/newsroom/articles/" + id);
        assertThat(session.post("/newsroom/articles/" + id + "/delete", Map.of("confirm", "yes"))
                        .statusCode())
                .isEqualTo(302);

        assertThat(articles.findById(id)).isEmpty();
        assertThat(audit.entries(null, 100)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditLog.Action.ARTICLE_DELETED);
            assertThat(e.target()).startsWith(article.externalId());
            assertThat(e.actor()).isEqualTo(editor.email());
        });
    }

    @Test
    void translationStartsFromTheOriginalAndJoinsItsGroup() {
        NewsroomClient session = as(editor);
        long id = createDraft(session, "Story to translate");
        Article original = articles.findById(id).orElseThrow();
        HttpResponse<String> page = session.get("/newsroom/articles/new?lang=ru&translationOf=" + id);
        Document form = Jsoup.parse(page.body());
        assertThat(form.select("input[name=translationOf]").attr("value")).isEqualTo(original.externalId());

        Map<String, String> fields = form("Перевод истории", "Текст перевода.", 0);
        fields.put("lang", "ru");
        fields.put("translationOf", original.externalId());
        HttpResponse<String> created = session.post("/newsroom/articles", fields);
        String location = created.headers().firstValue("Location").orElseThrow();
        Article translation = articles.findById(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)))
                .orElseThrow();
        assertThat(translation.translationGroup()).isEqualTo(original.translationGroup());
        assertThat(translation.slug()).isEqualTo("perevod-istorii");
    }

    @Test
    void reporterSeesOnlyTheirOwnArticles() {
        NewsroomClient mine = as(reporter);
        long own = createDraft(mine, "Reporter's own draft");
        NewsroomClient other = as(Staff.create(accounts, Role.REPORTER));
        long theirs = createDraft(other, "Someone else's draft");

        assertThat(mine.get("/newsroom/articles/" + own).statusCode()).isEqualTo(200);
        assertThat(mine.get("/newsroom/articles/" + theirs).statusCode()).isEqualTo(403);
        assertThat(mine.get("/newsroom/articles/" + theirs + "/preview").statusCode())
                .isEqualTo(403);
        String list = mine.get("/newsroom/articles").body();
        assertThat(list).contains("own draft").doesNotContain("Someone else");
    }

    @Test
    void previewShowsUnsavedChangesAsTheReaderPageAndStoresNothing() {
        NewsroomClient session = as(editor);
        long id = createDraft(session, "Harbour ferry timetable changes");
        Article before = articles.findById(id).orElseThrow();
        int revisions = history.revisions(id).size();

        session.get("/newsroom/articles/" + id);
        Map<String, String> edited =
                form("Harbour ferry timetable changes again", "An *unsaved* second thought.", before.version());
        edited.put("tags", "Baku, Ferries of tomorrow");
        HttpResponse<String> preview = session.post("/newsroom/articles/" + id + "/preview", edited);

        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.headers().firstValue("Cache-Control")).hasValue("no-store");
        Document page = Jsoup.parse(preview.body());
        assertThat(page.select("h1").text()).isEqualTo("Harbour ferry timetable changes again");
        assertThat(page.select("article em").text()).isEqualTo("unsaved");
        assertThat(page.select("a[href$=/tag/ferries-of-tomorrow]").text()).isEqualTo("Ferries of tomorrow");
        assertThat(page.select("meta[name=robots]").attr("content")).contains("noindex");

        Article after = articles.findById(id).orElseThrow();
        assertThat(after.headline()).isEqualTo(before.headline());
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.bodyHtml()).isEqualTo(before.bodyHtml());
        assertThat(history.revisions(id)).hasSize(revisions);
        assertThat(session.get("/newsroom/tags?q=Ferries").body()).doesNotContain("Ferries of tomorrow");
    }

    @Test
    void previewFilesARenamedTagsOldNameUnderTheTagItBecameAsSavingWould() {
        NewsroomClient session = as(editor);
        String old = "Harbour works " + System.nanoTime();
        long id = createDraft(session, "Quay repairs begin");
        Map<String, String> tagged = form(
                "Quay repairs begin",
                "Text.",
                articles.findById(id).orElseThrow().version());
        tagged.put("tags", old);
        session.get("/newsroom/articles/" + id);
        assertThat(session.post("/newsroom/articles/" + id, tagged).statusCode())
                .isEqualTo(302);
        long tagId = articles.findById(id).orElseThrow().tags().get(0).id();
        String newSlug = "port-works-" + System.nanoTime();
        terms.update(TermKind.TAG, tagId, "Port works " + newSlug, newSlug, null);

        session.get("/newsroom/articles/" + id);
        tagged.put("version", String.valueOf(articles.findById(id).orElseThrow().version()));
        Document page = Jsoup.parse(
                session.post("/newsroom/articles/" + id + "/preview", tagged).body());

        assertThat(page.select("a[href$=/tag/" + newSlug + "]").text()).isEqualTo("Port works " + newSlug);
    }

    @Test
    void previewOfAStoryNotYetSavedCreatesNoArticle() {
        NewsroomClient session = as(reporter);
        session.get("/newsroom/articles/new");
        long countBefore = articles.countAll();
        HttpResponse<String> preview = session.post(
                "/newsroom/articles/preview",
                form("Library opens on Sundays", "Opening hours grow from *next month*.", 0));

        assertThat(preview.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(preview.body());
        assertThat(page.select("h1").text()).isEqualTo("Library opens on Sundays");
        assertThat(page.select("article em").text()).isEqualTo("next month");
        assertThat(articles.countAll()).isEqualTo(countBefore);
    }

    @Test
    void previewOfInvalidFieldsShowsTheEditorWithTheReason() {
        NewsroomClient session = as(editor);
        long id = createDraft(session, "A story to break");
        session.get("/newsroom/articles/" + id);
        Map<String, String> broken =
                form("", "Body", articles.findById(id).orElseThrow().version());
        broken.put("lang", "xx");

        HttpResponse<String> preview = session.post("/newsroom/articles/" + id + "/preview", broken);

        assertThat(preview.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(preview.body()).select("textarea#body").text()).isEqualTo("Body");
        assertThat(articles.findById(id).orElseThrow().headline()).isEqualTo("A story to break");
    }

    @Test
    void savingInvalidFieldsShowsTheEditorWithTheReasonAndChangesNothing() {
        NewsroomClient session = as(editor);
        long id = createDraft(session, "A story kept as it was");
        long countBefore = articles.countAll();
        session.get("/newsroom/articles/" + id);
        Map<String, String> broken =
                form("", "Changed body", articles.findById(id).orElseThrow().version());

        HttpResponse<String> saved = session.post("/newsroom/articles/" + id, broken);
        HttpResponse<String> created = session.post("/newsroom/articles", form("", "New body", 0));

        assertThat(saved.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(saved.body()).text()).contains("field 'headline' must not be empty");
        assertThat(Jsoup.parse(saved.body()).select("textarea#body").text()).isEqualTo("Changed body");
        assertThat(articles.findById(id).orElseThrow().headline()).isEqualTo("A story kept as it was");
        assertThat(created.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(created.body()).text()).contains("field 'headline' must not be empty");
        assertThat(Jsoup.parse(created.body()).select("textarea#body").text()).isEqualTo("New body");
        assertThat(articles.countAll()).isEqualTo(countBefore);
    }
}
