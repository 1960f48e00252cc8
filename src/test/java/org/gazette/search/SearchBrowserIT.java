package org.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import org.gazette.ingest.JsonLinesImport;
import org.gazette.testing.AccessibilityAudit;
import org.gazette.testing.BrowserSession;
import org.gazette.testing.GazetteIntegrationTest;
import org.gazette.testing.HeadlessChromium;
import org.gazette.testing.Quiet;
import org.gazette.testing.Viewport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The search page in a real browser: accessible, fits a phone, and suggests while the reader types. */
@GazetteIntegrationTest
@ExtendWith(HeadlessChromium.class)
class SearchBrowserIT {

    @RegisterExtension
    static final BrowserSession session = new BrowserSession(1280, 1000);

    @LocalServerPort
    int port;

    @Autowired
    JsonLinesImport importer;

    @Autowired
    OutboxIndexer indexer;

    ChromeDriver browser;

    @BeforeEach
    void loadStories() throws IOException, InterruptedException {
        browser = session.driver();
        try (InputStream in = SearchBrowserIT.class.getResourceAsStream("/search/articles.jsonl")) {
            importer.importLines(in, new Quiet().stream());
        }
        assertThat(indexer.awaitIdle(Duration.ofSeconds(30))).isTrue();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "/en/search?q=zephyrine",
                "/en/search",
                "/az/search?q=mayak",
                "/ru/search?q=%D0%BC%D0%B0%D1%8F%D0%BA",
                "/en/search?q=glaicer",
                "/en/search?q=zephyrine&section=economy"
            })
    void searchPagesHaveNoWcagViolationsAndFitAPhone(String path) {
        Viewport.resize(browser, 1280, 1000);
        browser.get(url(path));
        assertThat(AccessibilityAudit.violationsOn(browser))
                .as("axe-core violations on " + path)
                .isEmpty();

        Viewport.resize(browser, 320, 640);
        browser.get(url(path));
        Object pageWidth = browser.executeScript("return document.documentElement.scrollWidth");
        assertThat((Long) pageWidth).as("page width of " + path + " at 320 px").isLessThanOrEqualTo(320L);
    }

    @Test
    void typingInTheSearchBoxSuggestsStoriesAndArrowsAndEnterOpenOne() {
        Viewport.resize(browser, 1280, 1000);
        browser.get(url("/en/"));
        WebElement box = browser.findElement(By.id("site-search"));
        assertThat(box.getDomAttribute("role")).isEqualTo("combobox");
        box.sendKeys("glac");

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(driver -> "true".equals(box.getDomAttribute("aria-expanded")));
        List<String> options = browser.findElements(By.cssSelector(".search-suggestions [role=option]")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(options).contains("Glacier retreat speeds up in the northern valleys");

        int index = options.indexOf("Glacier retreat speeds up in the northern valleys");
        for (int i = 0; i <= index; i++) {
            box.sendKeys(Keys.ARROW_DOWN);
        }
        assertThat(box.getDomAttribute("aria-activedescendant"))
                .as("the chosen option")
                .isEqualTo(browser.findElements(By.cssSelector(".search-suggestions [role=option]"))
                        .get(index)
                        .getDomAttribute("id"));
        box.sendKeys(Keys.ENTER);
        try {
            wait.until(driver -> driver.getCurrentUrl().contains("/en/news/"));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(
                    "still at " + browser.getCurrentUrl() + " showing "
                            + browser.findElement(By.tagName("h1")).getText(),
                    e);
        }
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo("Glacier retreat speeds up in the northern valleys");
    }

    @Test
    void openSuggestionsHaveNoWcagViolations() {
        Viewport.resize(browser, 1280, 1000);
        browser.get(url("/en/"));
        WebElement box = browser.findElement(By.id("site-search"));
        box.sendKeys("glac");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> "true".equals(box.getDomAttribute("aria-expanded")));
        // the audit runs scripts that take the focus from the box, so it comes last
        assertThat(AccessibilityAudit.violationsOn(browser))
                .as("axe-core violations with suggestions open")
                .isEmpty();
    }

    @Test
    void escapeClosesTheSuggestionsAndTheFormStillSubmits() {
        Viewport.resize(browser, 1280, 1000);
        browser.get(url("/en/"));
        WebElement box = browser.findElement(By.id("site-search"));
        box.sendKeys("glac");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(driver -> "true".equals(box.getDomAttribute("aria-expanded")));
        box.sendKeys(Keys.ESCAPE);
        assertThat(box.getDomAttribute("aria-expanded")).isEqualTo("false");
        box.sendKeys("ier", Keys.ENTER);
        wait.until(driver -> driver.getCurrentUrl().contains("/en/search?q=glacier"));
        assertThat(browser.findElements(By.cssSelector(".search-result mark"))).isNotEmpty();
    }
}
