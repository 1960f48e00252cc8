package org.gazette.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.gazette.account.Accounts;
import org.gazette.account.Role;
import org.gazette.account.UserAccount;
import org.gazette.article.Actor;
import org.gazette.article.ArticleInput;
import org.gazette.article.ArticleStatus;
import org.gazette.article.ArticleStore;
import org.gazette.article.BodyFormat;
import org.gazette.testing.GazetteIntegrationTest;
import org.gazette.testing.NewsroomClient;
import org.gazette.testing.Staff;
import org.gazette.testing.TestArticle;
import org.gazette.text.Language;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The newsroom list's text box searches with the search engine: drafts by a word's other forms and by
 * their body, with the list's other filters, never another reporter's articles for a reporter, and no
 * error page for text the engine cannot take.
 */
@GazetteIntegrationTest
class NewsroomTextSearchIT {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    ArticleStore store;

    UserAccount alice;
    UserAccount bob;
    NewsroomClient editor;
    /** A made-up stem no other story holds, so each test finds only its own articles. */
    String stem;

    @BeforeEach
    void staff() {
        alice = Staff.create(accounts, Role.REPORTER);
        bob = Staff.create(accounts, Role.REPORTER);
        editor = new NewsroomClient(port)
                .signedIn(Staff.create(accounts, Role.EDITOR).email(), Staff.PASSWORD);
        Random random = new Random();
        StringBuilder word = new StringBuilder("zor");
        for (int i = 0; i < 6; i++) {
            word.append((char) ('b' + random.nextInt(20)));
        }
        stem = word.toString();
    }

    private String draft(UserAccount author, String headline, String body) {
        TestArticle story = TestArticle.story("nr-search");
        ArticleInput input = new ArticleInput(
                story.id(),
                headline,
                null,
                Instant.parse("2024-09-16T10:00:00Z"),
                null,
                body,
                BodyFormat.TEXT,
                Language.of("en"),
                null,
                List.of(),
                List.of(),
                null,
                null,
                null,
                ArticleStatus.DRAFT);
        store.create(input, null, Actor.user(author.id(), author.displayName()));
        return headline;
    }

    private static List<String> headlines(NewsroomClient client, String query) {
        HttpResponse<String> response = client.get("/newsroom/articles?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Jsoup.parse(response.body())
                .select(".nr-table tbody td:first-child a")
                .eachText();
    }

    private static String q(String text) {
        return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Waits for the search index to hold what was just saved: the editor sees every headline. */
    private void awaitFound(String query, String... expected) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!headlines(editor, query).containsAll(List.of(expected)) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(headlines(editor, query)).contains(expected);
    }

    @Test
    void editorFindsADraftByAnotherFormOfAWordInItsBody() throws InterruptedException {
        String headline = draft(
                alice, "Council meets on ferries " + stem, "The council discussed the " + stem + "ing of the harbour.");
        // the body says "…ing", the box says "…ings": only stemming brings them together
        awaitFound(q(stem + "ings"), headline);
        assertThat(headlines(editor, q("\"the " + stem + "ing of\""))).containsExactly(headline);
        assertThat(headlines(editor, q(stem + "ings -harbour"))).isEmpty();
    }

    @Test
    void editorFindsEveryDraftOfTheSameStoryWhereReadersWouldSeeThemFolded() throws InterruptedException {
        // same language, same week, the same headline words: readers' results fold these into one
        String first = draft(alice, "Ferry strike ends after talks in the harbour", "Crews agreed to " + stem + ".");
        String second = draft(bob, "Ferry strike ends after talks in harbour", "The crews said " + stem + " too.");
        awaitFound(q(stem), first, second);
        assertThat(headlines(editor, q(stem))).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void reporterSearchesOnlyTheirOwnArticles() throws InterruptedException {
        String mine = draft(alice, "Alice's draft about " + stem, "Body " + stem + "ing here.");
        String theirs = draft(bob, "Bob's secret draft about " + stem, "Body " + stem + "ing there.");
        awaitFound(q(stem + "ings"), mine, theirs);

        NewsroomClient reporter = new NewsroomClient(port).signedIn(alice.email(), Staff.PASSWORD);
        String byBob = "&author=" + URLEncoder.encode(bob.displayName(), StandardCharsets.UTF_8);
        for (String query : List.of(
                q(stem + "ings"),
                q(stem),
                q(stem) + "&sort=headline",
                q(stem) + "&status=draft&lang=en",
                q(stem) + byBob)) {
            HttpResponse<String> response = reporter.get("/newsroom/articles?" + query);
            if (!query.contains("author=")) {
                assertThat(headlines(reporter, query)).as(query).containsExactly(mine);
            }
            assertThat(response.body()).as(query).doesNotContain("Bob's secret").doesNotContain("Bob&#39;s secret");
        }
        // words only Bob's draft holds find nothing at all for Alice
        assertThat(headlines(reporter, q("secret " + stem))).isEmpty();
        assertThat(headlines(reporter, q("\"Bob's secret draft\""))).isEmpty();
    }

    @Test
    void textWorksTogetherWithTheOtherFiltersAndOrders() throws InterruptedException {
        String first = draft(alice, "Alpha " + stem, "Body " + stem + "ing.");
        String second = draft(alice, "Beta " + stem + " " + stem + " " + stem, "Body " + stem + "ing.");
        awaitFound(q(stem), first, second);

        assertThat(headlines(editor, q(stem) + "&status=draft")).containsExactlyInAnyOrder(first, second);
        assertThat(headlines(editor, q(stem) + "&status=published")).isEmpty();
        assertThat(headlines(editor, q(stem) + "&lang=ru")).isEmpty();
        assertThat(headlines(editor, q(stem) + "&section=no-such-section")).isEmpty();
        assertThat(headlines(editor, q(stem) + "&sort=headline")).containsExactly(first, second);
        assertThat(headlines(editor, q(stem) + "&sort=relevance")).containsExactlyInAnyOrder(first, second);
        // the literal match still finds an article by its id
        assertThat(headlines(editor, q("nr-search-"))).isNotEmpty();
    }

    @Test
    void textTheEngineCannotTakeGivesTheListWithAMessageNotAnError() {
        String tooLong = "word ".repeat(40);
        HttpResponse<String> response = editor.get("/newsroom/articles?" + q(tooLong));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(response.body()).select(".nr-error").text()).contains("at most 32 words");
        for (String odd : List.of("\"unbalanced (quote", "title:* AND ~2 ^3 [a TO b] \\", "-", "OR", "\u200b", "%_%")) {
            assertThat(editor.get("/newsroom/articles?" + q(odd)).statusCode())
                    .as(odd)
                    .isEqualTo(200);
        }
    }
}
