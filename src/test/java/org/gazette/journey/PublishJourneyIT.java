package org.gazette.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.gazette.account.Accounts;
import org.gazette.account.ApiTokens;
import org.gazette.account.Role;
import org.gazette.account.UserAccount;
import org.gazette.article.Article;
import org.gazette.article.ArticleRepository;
import org.gazette.article.SiteDays;
import org.gazette.testing.GazetteIntegrationTest;
import org.gazette.testing.NewsroomClient;
import org.gazette.testing.SiteClient;
import org.gazette.testing.Staff;
import org.gazette.testing.TestArticle;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The journey every story takes: written through the write API, published, and then it is on its page,
 * the home and section pages, every feed, both sitemaps, search and the read API; unpublished, and then
 * deleted in the newsroom, it is gone from every one of them. Each page is asked for once before each
 * step, so a cache that keeps the old answer (front page, feeds, sitemaps) fails the journey.
 */
@GazetteIntegrationTest
class PublishJourneyIT {

    private static final String BASE = "http://localhost:8080";

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    ApiTokens tokens;

    @Autowired
    ArticleRepository articles;

    @Autowired
    SiteDays days;

    @Test
    void aPublishedStoryIsEverywhereReadersLookAndGoneAfterUnpublishingAndDeleting() throws Exception {
        SiteClient site = new SiteClient(port);
        UserAccount editor = Staff.create(accounts, Role.EDITOR);
        String token = tokens.create(editor.id(), "journey", null).value();
        String word = "journeyword" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);
        Instant date = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        TestArticle story = TestArticle.story("journey")
                .with("date", date.toString())
                .with("headline", "The " + word + " story of the journey")
                .with("body", "A story that travels: " + word + " from the desk to every reader.")
                .with("section", "Journey desk " + word)
                .with("tags", List.of("Journey " + word));

        HttpResponse<String> created = api(site, "POST", "/api/v1/articles", token, story.json());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Article draft = articles.findByExternalId(story.id()).orElseThrow();
        Map<String, Predicate<String>> holdsIt = places(draft, story.id(), date);

        // every place answers (and caches what it can) before the story is published
        holdsIt.forEach((path, holds) -> assertThat(holds.test(body(site, path)))
                .as("a draft is not in %s", path)
                .isFalse());

        HttpResponse<String> published = api(site, "POST", "/api/v1/articles/" + story.id() + "/publish", token, null);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        assertThat(site.get("/en/news/" + draft.slug()).statusCode()).isEqualTo(200);
        for (Map.Entry<String, Predicate<String>> place : holdsIt.entrySet()) {
            String path = place.getKey();
            assertThat(eventually(site, path, place.getValue(), search(path)))
                    .as("the published story is in %s", path)
                    .matches(place.getValue());
        }

        HttpResponse<String> unpublished =
                api(site, "POST", "/api/v1/articles/" + story.id() + "/unpublish", token, null);
        assertThat(unpublished.statusCode()).as(unpublished.body()).isEqualTo(200);
        assertThat(site.get("/en/news/" + draft.slug()).statusCode())
                .as("a withdrawn story's page")
                .isEqualTo(410);
        assertThat(site.get("/api/v1/articles/" + story.id()).statusCode()).isEqualTo(410);
        holdsIt.forEach((path, holds) -> assertThat(holds.test(body(site, path)))
                .as("the unpublished story is gone from %s", path)
                .isFalse());

        NewsroomClient newsroom = new NewsroomClient(port).signedIn(editor.email(), Staff.PASSWORD);
        newsroom.get("/newsroom/articles/" + draft.id());
        HttpResponse<String> deleted =
                newsroom.post("/newsroom/articles/" + draft.id() + "/delete", Map.of("confirm", "yes"));
        assertThat(deleted.statusCode()).isEqualTo(302);
        assertThat(articles.findById(draft.id())).isEmpty();
        assertThat(site.get("/en/news/" + draft.slug()).statusCode())
                .as("a deleted story's page")
                .isEqualTo(404);
        assertThat(site.get("/api/v1/articles/" + story.id()).statusCode()).isEqualTo(404);
        holdsIt.forEach((path, holds) -> assertThat(holds.test(body(site, path)))
                .as("the deleted story is gone from %s", path)
                .isFalse());
    }

    /** Every reader-facing place the story must reach, and how to tell that it holds the story. */
    private Map<String, Predicate<String>> places(Article story, String externalId, Instant date) {
        String page = "/en/news/" + story.slug();
        String url = BASE + page;
        String section = "/en/section/" + story.section().slug();
        YearMonth month = days.monthOf(date);
        Predicate<String> linksThePage = body -> body.contains("href=\"" + page + "\"");
        Predicate<String> namesTheUrl = body -> body.contains(url);
        Predicate<String> namesTheId = body -> body.contains("\"" + externalId + "\"");
        String word = story.headline().split(" ")[1];
        Map<String, Predicate<String>> places = new LinkedHashMap<>();
        places.put(page, body -> body.contains("<h1") && body.contains(story.headline()));
        places.put("/en/", linksThePage);
        places.put(section, linksThePage);
        for (String feed : List.of("/rss.xml", "/atom.xml", "/feed.json")) {
            places.put("/en" + feed, namesTheUrl);
            places.put(section + feed, namesTheUrl);
        }
        places.put("/sitemaps/" + month + "-1.xml", namesTheUrl);
        places.put("/news-sitemap.xml", namesTheUrl);
        places.put("/en/search?q=" + word, linksThePage);
        places.put("/api/v1/articles?lang=en&limit=100", namesTheId);
        places.put("/api/v1/search?q=" + word, namesTheId);
        return places;
    }

    /** Search follows the database through an outbox, so it may take a moment to find a new story. */
    private static boolean search(String path) {
        return path.contains("search?");
    }

    private static String body(SiteClient site, String path) {
        HttpResponse<String> response = site.get(path);
        assertThat(response.statusCode()).as("status of %s", path).isIn(200, 404, 410);
        return response.body();
    }

    private static String eventually(SiteClient site, String path, Predicate<String> holds, boolean mayLag)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(mayLag ? 30 : 0));
        String body = body(site, path);
        while (!holds.test(body) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            body = body(site, path);
        }
        return body;
    }

    private static HttpResponse<String> api(SiteClient site, String method, String path, String token, String json) {
        return site.send(site.request(path)
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build());
    }
}
