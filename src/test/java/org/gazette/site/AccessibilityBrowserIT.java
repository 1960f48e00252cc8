package org.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.gazette.article.Article;
import org.gazette.article.ArticleRepository;
import org.gazette.ingest.JsonLinesImport;
import org.gazette.testing.AccessibilityAudit;
import org.gazette.testing.BrowserSession;
import org.gazette.testing.GazetteIntegrationTest;
import org.gazette.testing.HeadlessChromium;
import org.gazette.testing.Quiet;
import org.gazette.testing.SiteClient;
import org.gazette.testing.TestArticle;
import org.gazette.testing.Viewport;
import org.gazette.web.SiteLinks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The reader pages pass axe-core's WCAG 2.1 A and AA rules in every language, keep their navigation in
 * one order, and fit a 320 px wide phone without scrolling sideways.
 */
@GazetteIntegrationTest
@ExtendWith(HeadlessChromium.class)
class AccessibilityBrowserIT {

    static final String STORY = ReferenceStory.ENGLISH;
    static final String MISSING_STORY = "/en/news/no-such-story-anywhere";
    static final int NARROWEST_PHONE = 320;

    @RegisterExtension
    static final BrowserSession session = new BrowserSession(1280, 1000);

    @LocalServerPort
    int port;

    @Autowired
    JsonLinesImport importer;

    @Autowired
    ArticleRepository articles;

    ChromeDriver browser;

    @BeforeEach
    void useTheSharedBrowser() {
        browser = session.driver();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "/en/",
                "/ru/",
                "/az/",
                STORY,
                ReferenceStory.RUSSIAN,
                "/en/section/politics",
                "/ru/section/politics",
                "/en/tag/cop29",
                "/en/source/azertag",
                "/en/archive/2024/09/16",
                "/en/events",
                "/ru/events?type=CALL"
            })
    void readerPageHasNoWcagViolations(String path) {
        Viewport.resize(browser, 1280, 1000);
        browser.get(url(path));

        assertThat(AccessibilityAudit.violationsOn(browser))
                .as("axe-core violations on " + path)
                .isEmpty();
    }

    /**
     * The pages of entities and events with their rows in them, as the running tagger made them from the
     * demo stories (waiting for it, at most two minutes), and the reference story with its "In this story".
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "/en/entity/ilham-aliyev",
                "/ru/entity/ilham-aliyev",
                "/az/entity/antony-blinken",
                "/en/events?entity=ilham-aliyev",
                STORY
            })
    void entityAndEventPagesWithTheirRowsHaveNoWcagViolations(String path) throws InterruptedException {
        SiteClient site = new SiteClient(port);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (!site.get("/api/v1/events?entity=ilham-aliyev&type=CALL").body().contains("\"CALL\"")
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        assertThat(site.get(path).statusCode()).as(path).isEqualTo(200);
        Viewport.resize(browser, 1280, 1000);
        browser.get(url(path));

        assertThat(browser.getPageSource()).as("rows on " + path).contains("ilham-aliyev");
        assertThat(AccessibilityAudit.violationsOn(browser))
                .as("axe-core violations on " + path)
                .isEmpty();
    }

    @Test
    void notFoundPageHasNoWcagViolations() {
        assertThat(new SiteClient(port).get(MISSING_STORY).statusCode()).isEqualTo(404);
        Viewport.resize(browser, 1280, 1000);
        browser.get(url(MISSING_STORY));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
        assertThat(AccessibilityAudit.violationsOn(browser))
                .as("axe-core violations on the 404 page")
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/en/", STORY, "/az/", ReferenceStory.RUSSIAN, "/en/section/politics", MISSING_STORY})
    void pageFitsANarrowPhoneWithoutSidewaysScrolling(String path) {
        assertFitsTheNarrowestPhone(path);
    }

    @Test
    void storyWithLongUnbrokenAddressesFitsANarrowPhone() throws IOException {
        String section = "reflow-" + Long.toString(System.nanoTime(), 36);
        TestArticle story = TestArticle.story("reflow").with("section", section).with("date", "2019-01-15T08:00:00Z");
        story.with("headline", "Agency quotes https://www.example.org/statements/" + story.id() + "/full-text.html")
                .with("dek", "Published in full (https://www.example.org/a-long-path-without-any-spaces/2019/01/15).")
                .with("body", "The text: https://www.example.org/documents/2019/01/15/statement-in-full.html\n\nEnd.");
        importer.importLines(TestArticle.lines(story), new Quiet().stream());
        Article imported = articles.findByExternalId(story.id()).orElseThrow();

        assertFitsTheNarrowestPhone(SiteLinks.article(imported.lang(), imported.slug()));
        assertFitsTheNarrowestPhone(SiteLinks.section(imported.lang(), section));
        assertFitsTheNarrowestPhone("/en/");
    }

    /** WCAG 3.2.3: navigation repeated on every page comes in the same order on every page. */
    @Test
    void languageSwitcherListsLanguagesInTheSameOrderOnEveryPage() {
        Viewport.resize(browser, 1280, 1000);
        List<String> siteOrder = List.of("en", "ru", "az");

        for (String path : List.of("/en/", "/az/section/politics", STORY, ReferenceStory.RUSSIAN)) {
            browser.get(url(path));
            List<String> shown = browser.findElements(By.cssSelector(".languages a")).stream()
                    .map(link -> link.getDomAttribute("hreflang"))
                    .toList();
            assertThat(shown).as("language switcher on " + path).containsExactlyElementsOf(siteOrder);
        }
    }

    private void assertFitsTheNarrowestPhone(String path) {
        Viewport.resize(browser, NARROWEST_PHONE, 640);
        browser.get(url(path));

        assertThat(browser.executeScript("return window.innerWidth"))
                .as("viewport width")
                .isEqualTo(320L);
        Object pageWidth = browser.executeScript("return document.documentElement.scrollWidth");
        assertThat((Long) pageWidth).as("page width of " + path + " at 320 px").isLessThanOrEqualTo(320L);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
