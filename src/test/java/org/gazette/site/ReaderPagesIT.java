package org.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gazette.article.Actor;
import org.gazette.article.Article;
import org.gazette.article.ArticleInput;
import org.gazette.article.ArticleRepository;
import org.gazette.article.ArticleStatus;
import org.gazette.article.ArticleStore;
import org.gazette.article.BodyFormat;
import org.gazette.ingest.JsonLinesImport;
import org.gazette.testing.GazetteIntegrationTest;
import org.gazette.testing.Quiet;
import org.gazette.testing.SiteClient;
import org.gazette.testing.TestArticle;
import org.gazette.text.Language;
import org.gazette.text.Slug;
import org.gazette.web.SiteLinks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@GazetteIntegrationTest
class ReaderPagesIT {

    static final String REFERENCE_ID = "azertag-2024-09-16-blinken-aliyev-call";

    @LocalServerPort
    int port;

    @Autowired
    ArticleRepository articles;

    @Autowired
    ArticleStore store;

    @Autowired
    JsonLinesImport importer;

    SiteClient site;

    @BeforeEach
    void connect() {
        site = new SiteClient(port);
    }

    private Document page(String path, int expectedStatus) {
        HttpResponse<String> response = site.get(path);
        assertThat(response.statusCode()).as("status of %s", path).isEqualTo(expectedStatus);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(
                        type -> assertThat(type).startsWith("text/html").contains("UTF-8"));
        return Jsoup.parse(response.body(), site.base() + path);
    }

    private Article importStory(TestArticle story) throws IOException {
        importer.importLines(TestArticle.lines(story), new Quiet().stream());
        return articles.findByExternalId(story.id()).orElseThrow();
    }

    private String pathOf(Article article) {
        return SiteLinks.article(article.lang(), article.slug());
    }

    @Test
    void rootSendsReadersToTheDefaultLanguage() {
        HttpResponse<String> response = site.get("/");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/en/"));
    }

    @Test
    void referenceStoryPageHasTheDateLineToolbarCreditAndSignature() {
        Article reference = articles.findByExternalId(REFERENCE_ID).orElseThrow();
        Document page = page(pathOf(reference), 200);

        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("h1").text()).isEqualTo(reference.headline());
        Element dateline = page.selectFirst(".dateline time");
        assertThat(dateline.attr("datetime")).isEqualTo("2024-09-16T14:05:00Z");
        assertThat(dateline.text()).isEqualTo("2024-09-16");
        assertThat(page.selectFirst(".dateline").text()).isEqualTo("date 2024-09-16");

        Element toolbar = page.selectFirst("[data-fontsize]");
        assertThat(toolbar.hasAttr("hidden")).as("hidden until the script runs").isTrue();
        assertThat(toolbar.select("button").eachText()).containsExactly("+", "↺", "−");
        assertThat(toolbar.select("button").eachAttr("aria-label")).doesNotContain("");
        assertThat(toolbar.selectFirst("[data-fontsize-readout]").text()).isEqualTo("16 px");
        assertThat(toolbar.attr("data-min")).isEqualTo("12");
        assertThat(toolbar.attr("data-max")).isEqualTo("28");

        Element body = page.selectFirst(".story__body");
        List<Element> paragraphs = body.select("> p");
        assertThat(paragraphs.get(1).hasClass("credit"))
                .as("credit follows the first paragraph")
                .isTrue();
        assertThat(paragraphs.get(1).text()).isEqualTo("Gazette reports citing Azertag.");
        assertThat(paragraphs.get(1).selectFirst("a").attr("href")).isEqualTo("https://azertag.az/en");
        assertThat(paragraphs.get(paragraphs.size() - 1).hasClass("signature")).isTrue();
        assertThat(paragraphs.get(paragraphs.size() - 1).text()).isEqualTo("Gazette");

        assertThat(page.select(".story__tags a").eachText()).contains("Azerbaijan", "COP29");
        assertThat(page.select(".story__translations a").eachAttr("hreflang")).containsExactlyInAnyOrder("ru", "az");
        assertThat(page.select("link[rel=alternate][hreflang]").eachAttr("hreflang"))
                .contains("en", "ru", "az");
        assertThat(page.select(".share a").eachText()).contains("Facebook", "X", "Telegram", "Email");
        assertThat(page.select("script[src]").eachAttr("src")).allMatch(src -> src.startsWith("/assets/"));
        assertThat(page.select("script:not([src]):not([type=application/ld+json])"))
                .as("no inline script")
                .isEmpty();
        assertThat(page.select("link[rel=stylesheet][media=print]")).hasSize(1);
    }

    @Test
    void translationsAreReadInTheirOwnLanguageWithTheCreditTranslated() {
        Article russian = articles.findByExternalId(REFERENCE_ID + "-ru").orElseThrow();
        Document page = page(pathOf(russian), 200);
        assertThat(page.select("html").attr("lang")).isEqualTo("ru");
        assertThat(page.selectFirst(".credit").text()).isEqualTo("Gazette сообщает со ссылкой на Azertag.");
        assertThat(page.selectFirst(".dateline").text()).isEqualTo("дата 2024-09-16");
        Article azerbaijani = articles.findByExternalId(REFERENCE_ID + "-az").orElseThrow();
        Document az = page(pathOf(azerbaijani), 200);
        assertThat(az.selectFirst(".credit").text()).isEqualTo("Gazette Azertag mənbəsinə istinadən xəbər verir.");
        assertThat(az.select("[data-fontsize] button").eachAttr("aria-label"))
                .containsExactly("Mətni böyüt", "Mətnin ölçüsünü sıfırla", "Mətni kiçilt");
    }

    @Test
    void updatedStoriesShowWhenTheyChangedAndBylinesLinkToAuthors() throws IOException {
        Article story = importStory(TestArticle.story("updated")
                .with("updated", "2024-09-16T12:30:00Z")
                .with("authors", List.of("Ayla Testerova", "Ben Example"))
                .with("section", "economy"));
        Document page = page(pathOf(story), 200);
        assertThat(page.selectFirst(".story__updated time").attr("datetime")).isEqualTo("2024-09-16T12:30:00Z");
        assertThat(page.select(".story__byline a").eachText()).containsExactly("Ayla Testerova", "Ben Example");
        String authorPage = page.selectFirst(".story__byline a").attr("href");
        assertThat(page(authorPage, 200).select(".card__headline a").eachText()).contains(story.headline());
    }

    @Test
    void relatedStoriesShareTagsAndNeighboursAreInTheSameSection() throws IOException {
        String tag = "Relatedtag " + System.nanoTime();
        Article older = importStory(TestArticle.story("rel")
                .with("tags", List.of(tag))
                .with("section", "science")
                .with("date", "2021-03-01T10:00:00Z"));
        Article middle = importStory(TestArticle.story("rel")
                .with("tags", List.of(tag))
                .with("section", "science")
                .with("date", "2021-03-02T10:00:00Z"));
        Article newer = importStory(TestArticle.story("rel")
                .with("tags", List.of(tag))
                .with("section", "science")
                .with("date", "2021-03-03T10:00:00Z"));
        Document page = page(pathOf(middle), 200);
        List<String> related = page.select(".related .card__headline a").eachText();
        assertThat(related).startsWith(newer.headline(), older.headline());
        assertThat(page.selectFirst(".story__previous").attr("href")).isEqualTo(pathOf(older));
        assertThat(page.selectFirst(".story__next").attr("href")).isEqualTo(pathOf(newer));
    }

    @Test
    void unknownArticleIsA404WithSearchBoxAndLatestStories() {
        Document page = page("/en/news/no-such-story-anywhere", 404);
        assertThat(page.select("form[role=search] input[name=q]")).isNotEmpty();
        assertThat(page.select(".latest .card")).isNotEmpty();
        assertThat(page.select("meta[name=robots]").attr("content")).contains("noindex");
        assertThat(page("/ru/no/such/page", 404).select("html").attr("lang")).isEqualTo("ru");
        page("/fr/", 404);
        page("/en/section/no-such-section", 404);
        page("/en/tag/no-such-tag-anywhere", 404);
        page("/en/archive/2024/02/30", 404);
        page("/en/section/politics?before=garbage", 404);
    }

    @Test
    void unpublishedStoryAnswers410() throws IOException {
        TestArticle story = TestArticle.story("withdrawn");
        Article published = importStory(story);
        page(pathOf(published), 200);
        store.save(new ArticleInput(
                story.id(),
                published.headline(),
                null,
                published.publishedAt(),
                null,
                published.bodySource(),
                published.bodyFormat(),
                Language.of("en"),
                null,
                List.of(),
                List.of(),
                null,
                null,
                null,
                ArticleStatus.UNPUBLISHED));
        Document gone = page(pathOf(published), 410);
        assertThat(gone.select("h1").text()).isEqualTo("Story withdrawn");
    }

    @Test
    void changedSlugRedirectsPermanentlyFromTheOldAddress() throws IOException {
        Article story = importStory(TestArticle.story("moved"));
        String oldPath = pathOf(story);
        store.changeSlug(story.id(), new Slug("moved-story-" + story.id()));

        HttpResponse<String> response = site.get(oldPath);
        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/en/news/moved-story-" + story.id()));
        page("/en/news/moved-story-" + story.id(), 200);
        assertThat(site.get(oldPath + "?utm_source=newsletter").headers().firstValue("Location"))
                .as("a shared link's query survives the move")
                .hasValueSatisfying(location ->
                        assertThat(location).endsWith("/en/news/moved-story-" + story.id() + "?utm_source=newsletter"));
    }

    @Test
    void homePageHasTopStoryLatestSectionsAndMostRead() throws IOException {
        Article reference = articles.findByExternalId(REFERENCE_ID).orElseThrow();
        for (int i = 0; i < 3; i++) {
            page(pathOf(reference), 200);
        }
        Document home = page("/en/", 200);
        assertThat(home.select(".lead__headline a")).hasSize(1);
        assertThat(home.select(".latest .card")).isNotEmpty();
        assertThat(home.select(".section-block h2").eachText()).contains("Politics", "Society");
        assertThat(home.select("nav.sections a").eachText()).contains("Politics", "Economy", "Sport");
        await().atMost(Duration.ofSeconds(40))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(
                                page("/en/", 200).select(".most-read a").eachText())
                        .contains(reference.headline()));
        assertThat(page("/az/", 200).select("nav.sections a").eachText()).contains("Siyasət", "İdman");
    }

    @Test
    void sectionPagesPageByCursorAndKeepTheirLinksStable() throws IOException {
        String section = "pagination-" + Long.toString(System.nanoTime(), 36);
        List<String> headlines = new ArrayList<>();
        for (int day = 1; day <= 25; day++) {
            Article story = importStory(TestArticle.story("page")
                    .with("section", section)
                    .with("date", String.format(Locale.ROOT, "2022-05-%02dT08:00:00Z", day)));
            headlines.add(0, story.headline());
        }
        Document first = page("/en/section/" + section, 200);
        assertThat(first.select(".card__headline a").eachText()).isEqualTo(headlines.subList(0, 20));
        String older = first.selectFirst("a[rel=next]").attr("href");
        assertThat(first.select("a[rel=prev]")).isEmpty();

        Document second = page(older, 200);
        assertThat(second.select(".card__headline a").eachText()).isEqualTo(headlines.subList(20, 25));
        assertThat(second.select("a[rel=next]")).isEmpty();

        // a story published later does not move what the "older" link shows
        importStory(TestArticle.story("page").with("section", section).with("date", "2022-06-01T08:00:00Z"));
        assertThat(page(older, 200).select(".card__headline a").eachText()).isEqualTo(headlines.subList(20, 25));
        Document backToNewer = page(second.selectFirst("a[rel=prev]").attr("href"), 200);
        assertThat(backToNewer.select(".card__headline a").eachText()).isEqualTo(headlines.subList(0, 20));
    }

    @Test
    void tagPagesPageByCursorWithAStoryPublishedFromTheNewsroomOnTop() throws IOException {
        String tag = "Paged Tag " + System.nanoTime();
        List<String> headlines = new ArrayList<>();
        for (int day = 1; day <= 22; day++) {
            Article story = importStory(TestArticle.story("tagpage")
                    .with("tags", List.of(tag))
                    .with("date", String.format(Locale.ROOT, "2022-08-%02dT08:00:00Z", day)));
            headlines.add(0, story.headline());
        }
        // a draft dated years back, published now from the newsroom: publishing dates it now, so it leads
        TestArticle draft = TestArticle.story("tagdraft");
        long draftId = store.create(
                        new ArticleInput(
                                draft.id(),
                                draft.headline(),
                                null,
                                Instant.parse("2019-01-01T08:00:00Z"),
                                null,
                                "A story written in the newsroom.",
                                BodyFormat.TEXT,
                                Language.of("en"),
                                null,
                                List.of(tag),
                                List.of(),
                                null,
                                null,
                                null,
                                ArticleStatus.DRAFT),
                        null,
                        Actor.system("test"))
                .articleId();
        store.changeStatus(draftId, ArticleStatus.PUBLISHED, null, Actor.system("test"));
        headlines.add(0, draft.headline());
        String tagPath = SiteLinks.tag(
                Language.of("en"),
                articles.findById(draftId).orElseThrow().tags().get(0).slug());

        Document first = page(tagPath, 200);
        assertThat(first.select(".card__headline a").eachText()).isEqualTo(headlines.subList(0, 20));
        Document second = page(first.selectFirst("a[rel=next]").attr("href"), 200);
        assertThat(second.select(".card__headline a").eachText()).isEqualTo(headlines.subList(20, 23));
        assertThat(second.select("a[rel=next]")).isEmpty();
        Document back = page(second.selectFirst("a[rel=prev]").attr("href"), 200);
        assertThat(back.select(".card__headline a").eachText()).isEqualTo(headlines.subList(0, 20));
    }

    @Test
    void tagSourceAndArchivePagesListTheirStories() throws IOException {
        String tag = "Archive Tag " + System.nanoTime();
        Article story = importStory(TestArticle.story("arch")
                .with("tags", List.of(tag))
                .with("source", "Test Agency " + System.nanoTime())
                .with("source_url", "https://agency.example/x")
                .with("date", "2023-07-14T22:30:00Z"));
        String tagPath = story.tags().get(0) == null
                ? null
                : SiteLinks.tag(story.lang(), story.tags().get(0).slug());
        assertThat(page(tagPath, 200).select(".card__headline a").eachText()).containsExactly(story.headline());
        String sourcePath = SiteLinks.source(story.lang(), story.source().slug());
        assertThat(page(sourcePath, 200).select(".card__headline a").eachText()).containsExactly(story.headline());
        assertThat(page("/en/archive/2023/07/14", 200)
                        .select(".card__headline a")
                        .eachText())
                .contains(story.headline());
        assertThat(page("/en/archive/2023/07/15", 200)
                        .select(".card__headline a")
                        .eachText())
                .doesNotContain(story.headline());
        Document month = page("/en/archive/2023/07", 200);
        assertThat(month.select(".card__headline a").eachText()).contains(story.headline());
        assertThat(month.select(".archive-days a").eachAttr("href")).contains("/en/archive/2023/07/14");
    }

    @Test
    void storyTextIsEscapedAndHostileHtmlIsNeutralised() throws IOException {
        Article story = importStory(TestArticle.story("hostile")
                .with("headline", "<script>alert('h')</script> Headline & more")
                .with("dek", "<img src=x onerror=alert(1)>")
                .with(
                        "body",
                        "<p onclick=\"alert(1)\">Text<script>alert(2)</script>"
                                + "<a href=\"javascript:alert(3)\">link</a></p>")
                .with("tags", List.of("<b onmouseover=alert(4)>tag</b>")));
        Document page = page(pathOf(story), 200);
        assertThat(page.select("h1").text()).isEqualTo("<script>alert('h')</script> Headline & more");
        assertThat(page.select(".story script, .story [onclick], .story [onerror], .story [onmouseover]"))
                .isEmpty();
        assertThat(page.select(".story a[href^=javascript]")).isEmpty();
    }
}
