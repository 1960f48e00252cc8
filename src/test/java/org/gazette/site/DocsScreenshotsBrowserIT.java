package org.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.gazette.testing.BrowserSession;
import org.gazette.testing.GazetteIntegrationTest;
import org.gazette.testing.HeadlessChromium;
import org.gazette.testing.Screenshots;
import org.gazette.testing.SiteClient;
import org.gazette.testing.Viewport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pictures of the reader site in {@code docs/screenshots}: the home page and the reference
 * story, on a desktop and on a phone, with the demo content and a few reads behind "Most read"; the page
 * of the reference story's President, with his events, and the events timeline, once the demo stories
 * are tagged.
 * Every run takes them into {@code target/screenshots}; {@code -Dgazette.screenshots=docs} rewrites
 * the documentation's copies:
 * <pre>mvn verify -Dit.test=DocsScreenshotsBrowserIT -Dgazette.screenshots=docs</pre>
 */
@GazetteIntegrationTest
@ExtendWith(HeadlessChromium.class)
class DocsScreenshotsBrowserIT {

    @RegisterExtension
    static final BrowserSession session = new BrowserSession(1280, 1000);

    @LocalServerPort
    int port;

    ChromeDriver browser;

    /**
     * A site in use has a "Most read" column: read the five newest stories, the newest most often, and
     * wait until the front page ranks them.
     */
    @BeforeAll
    static void readersHaveReadTheNewestStories(@LocalServerPort int port) {
        SiteClient site = new SiteClient(port);
        ChromeDriver reader = session.driver();
        reader.get(site.base() + "/en/");
        List<String> newest =
                reader.findElements(By.cssSelector(".front__lead .card__headline a, .lead__headline a")).stream()
                        .map(link -> link.getDomAttribute("href"))
                        .limit(5)
                        .toList();
        for (int rank = 0; rank < newest.size(); rank++) {
            for (int read = rank; read < newest.size(); read++) {
                assertThat(site.get(newest.get(rank)).statusCode()).isEqualTo(200);
            }
        }
        new WebDriverWait(reader, Duration.ofSeconds(15)).until(front -> {
            front.navigate().refresh();
            return !front.findElements(By.cssSelector(".most-read li")).isEmpty();
        });
        // the entity and timeline pictures need the demo stories tagged, which the worker does after start
        new WebDriverWait(reader, Duration.ofMinutes(5), Duration.ofSeconds(2)).until(page -> {
            page.get(site.base() + ENTITY);
            return !page.findElements(By.cssSelector(".entity__events")).isEmpty();
        });
    }

    /** The person of the reference story, whose page lists the call it reports. */
    private static final String ENTITY = "/en/entity/ilham-aliyev";

    @BeforeEach
    void showTheDefaultTextSize() {
        browser = session.driver();
        browser.get(url("/en/"));
        browser.executeScript("window.localStorage.clear()");
    }

    @ParameterizedTest(name = "{0} at {2}×{3}")
    @CsvSource({
        "home.png,          /en/,                 1280, 900,  .lead__headline a,       ''",
        "home-phone.png,    /en/,                 375,  800,  .lead__headline a,       ''",
        "article.png,       " + ReferenceStory.ENGLISH + ", 1280, 1000, h1, Blinken and Aliyev",
        "article-phone.png, " + ReferenceStory.ENGLISH + ", 375,  900,  h1, Blinken and Aliyev",
        "entity.png,        " + ENTITY + ",       1280, 1000, .entity__events,         Blinken",
        "events.png,        /en/events,           1280, 1000, h1,                      Events",
    })
    void pageIsPicturedAtItsSize(String file, String path, int width, int height, String shown, String text)
            throws IOException {
        // a picture of an error page would be the right size too: the page must answer and show its content
        assertThat(new SiteClient(port).get(path).statusCode())
                .as("status of %s", path)
                .isEqualTo(200);
        Viewport.resize(browser, width, height);
        browser.get(url(path));
        List<WebElement> content = browser.findElements(By.cssSelector(shown));
        assertThat(content).as("%s on %s", shown, path).isNotEmpty();
        assertThat(content.get(0).isDisplayed())
                .as("%s on %s is visible", shown, path)
                .isTrue();
        assertThat(content.get(0).getText())
                .as("%s on %s", shown, path)
                .isNotBlank()
                .contains(text);

        Path png = Screenshots.forDocumentationWhenAsked().save(browser, file);

        BufferedImage picture = ImageIO.read(png.toFile());
        assertThat(picture.getWidth()).as("width of " + png).isEqualTo(width);
        assertThat(picture.getHeight()).as("height of " + png).isEqualTo(height);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
