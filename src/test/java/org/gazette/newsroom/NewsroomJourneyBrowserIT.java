package org.gazette.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.gazette.account.Accounts;
import org.gazette.account.Role;
import org.gazette.account.UserAccount;
import org.gazette.article.Article;
import org.gazette.article.ArticleRepository;
import org.gazette.article.ArticleStatus;
import org.gazette.testing.GazetteIntegrationTest;
import org.gazette.testing.HeadlessChromium;
import org.gazette.testing.Screenshots;
import org.gazette.testing.SiteClient;
import org.gazette.testing.Staff;
import org.gazette.web.SiteLinks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The newsroom journey in a real browser: a reporter signs in, writes and submits; an editor signs in,
 * edits and publishes; the story is on the front page and its own page; the editor unpublishes and its
 * address answers 410. Screenshots of the way go to target/screenshots (docs/screenshots for docs/newsroom.md with
 * -Dgazette.screenshots=docs).
 */
@GazetteIntegrationTest
@ExtendWith(HeadlessChromium.class)
// an application of its own, so the screenshots show this journey and not other tests' data
@TestPropertySource(properties = "gazette.site-name=Gazette")
class NewsroomJourneyBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    ArticleRepository articles;

    private ChromeDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signIn(UserAccount user) {
        browser.manage().deleteAllCookies();
        browser.get(url("/newsroom/login"));
        browser.findElement(By.id("email")).sendKeys(user.email());
        browser.findElement(By.id("password")).sendKeys(Staff.PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().endsWith("/newsroom"));
    }

    /** Into target/screenshots, or docs/screenshots when the run asks with -Dgazette.screenshots=docs. */
    private void shoot(String name) {
        Screenshots.forDocumentationWhenAsked().save(browser, name + ".png");
    }

    private void click(String buttonText) {
        for (WebElement button : browser.findElements(By.cssSelector("button"))) {
            if (button.getText().strip().equals(buttonText)) {
                button.click();
                return;
            }
        }
        throw new AssertionError("no button '" + buttonText + "' on " + browser.getCurrentUrl());
    }

    @Test
    void reporterWritesEditorPublishesReadersSeeItThenItIsWithdrawn() throws IOException {
        UserAccount reporter = accounts.create(
                "rita.reporter." + System.nanoTime() + "@example.org",
                "Rita Reporter",
                Role.REPORTER,
                Staff.PASSWORD,
                null);
        UserAccount editor = accounts.create(
                "ed.editor." + System.nanoTime() + "@example.org", "Ed Editor", Role.EDITOR, Staff.PASSWORD, null);
        browser = HeadlessChromium.start(1280, 900);

        browser.get(url("/newsroom/login"));
        shoot("login");
        signIn(reporter);
        browser.get(url("/newsroom/articles/new"));
        String headline = "Harbour ferry returns after winter " + System.nanoTime() % 10_000;
        browser.findElement(By.id("headline")).sendKeys(headline);
        browser.findElement(By.id("dek")).sendKeys("The Caspian crossing resumes on Monday.");
        browser.findElement(By.id("body")).sendKeys("The ferry **returns** on Monday.\n\nTickets go on sale today.");
        new Select(browser.findElement(By.name("section"))).selectByValue("society");
        browser.findElement(By.id("tags")).sendKeys("Transport, Caspian");
        shoot("editor-new");
        click("Create draft");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().matches(".*/newsroom/articles/\\d+$"));
        String articleUrl = browser.getCurrentUrl();
        long id = Long.parseLong(articleUrl.substring(articleUrl.lastIndexOf('/') + 1));
        click("Submit for review");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.getPageSource().contains("Submitted for review."));
        assertThat(articles.findById(id).orElseThrow().status()).isEqualTo(ArticleStatus.IN_REVIEW);

        signIn(editor);
        shoot("dashboard");
        browser.get(url("/newsroom/articles"));
        shoot("articles");
        browser.get(articleUrl);
        WebElement dek = browser.findElement(By.id("dek"));
        dek.clear();
        dek.sendKeys("The Caspian crossing resumes on Monday, the port says.");
        click("Save");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.getPageSource().contains("Saved."));
        shoot("editor-workflow");
        click("Publish now");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.getPageSource().contains("Published."));

        Article published = articles.findById(id).orElseThrow();
        assertThat(published.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(published.dek()).endsWith("the port says.");
        browser.get(url("/en/"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> {
            d.navigate().refresh();
            return d.getPageSource().contains(headline);
        });
        String page = SiteLinks.article(published.lang(), published.slug());
        browser.get(url(page));
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo(headline);
        shoot("public-page");
        browser.get(url("/newsroom/articles/" + id + "/revisions"));
        shoot("revisions");
        browser.get(url("/newsroom/terms/tags?sort=articles"));
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo("Tags");
        shoot("terms-tags");

        browser.get(articleUrl);
        click("Unpublish");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.getPageSource().contains("410"));
        assertThat(new SiteClient(port).get(page).statusCode()).isEqualTo(410);
    }

    @Test
    void newsroomWorksOnAPhoneSizedScreen() throws IOException {
        UserAccount editor = Staff.create(accounts, Role.EDITOR);
        browser = HeadlessChromium.start(390, 844);
        signIn(editor);
        browser.get(url("/newsroom/articles"));
        long overflow = (Long) browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("no sideways scrolling").isLessThanOrEqualTo(0);
        shoot("phone-articles");
        List<WebElement> links = browser.findElements(By.cssSelector(".nr-nav a"));
        assertThat(links).isNotEmpty();
    }
}
