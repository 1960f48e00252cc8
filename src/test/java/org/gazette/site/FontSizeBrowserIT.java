package org.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gazette.site.FontSizeToolbar.Action.DECREASE;
import static org.gazette.site.FontSizeToolbar.Action.INCREASE;
import static org.gazette.site.FontSizeToolbar.Action.RESET;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gazette.testing.BrowserSession;
import org.gazette.testing.GazetteIntegrationTest;
import org.gazette.testing.HeadlessChromium;
import org.gazette.testing.Screenshots;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The reader's text-size control on the article page, in a real browser: + ↺ − move the story's
 * text between 12 and 28 px in steps of 2, the choice survives reloads and follows the reader to
 * other stories, it works from the keyboard, screen readers hear the new size, and without
 * JavaScript the toolbar stays out of the way.
 */
@GazetteIntegrationTest
@ExtendWith(HeadlessChromium.class)
class FontSizeBrowserIT {

    static final String STORY = ReferenceStory.ENGLISH;

    @RegisterExtension
    static final BrowserSession session = new BrowserSession(1280, 1000);

    @LocalServerPort
    int port;

    ChromeDriver browser;

    @BeforeEach
    void forgetTheStoredSize() {
        browser = session.driver();
        browser.get(url("/en/"));
        browser.executeScript("window.localStorage.clear()");
    }

    @Test
    void storyOpensAtSixteenPixelsWithTheToolbarShown() {
        FontSizeToolbar toolbar = openStory();

        assertThat(toolbar.element().isDisplayed()).isTrue();
        assertThat(toolbar.readout()).isEqualTo("16 px");
        assertThat(FontSizeToolbar.bodyTextSize(browser)).isEqualTo("16px");
        assertThat(toolbar.button(INCREASE).isEnabled()).isTrue();
        assertThat(toolbar.button(DECREASE).isEnabled()).isTrue();
        Screenshots.ofTestRun().save(browser, "article-16px.png");
    }

    @Test
    void plusTwiceMakesTheStoryTwentyPixelsAndSurvivesReload() {
        FontSizeToolbar toolbar = openStory();

        toolbar.press(INCREASE);
        toolbar.press(INCREASE);

        assertThat(toolbar.readout()).isEqualTo("20 px");
        assertThat(FontSizeToolbar.bodyTextSize(browser)).isEqualTo("20px");
        Screenshots.ofTestRun().save(browser, "article-20px.png");

        browser.navigate().refresh();
        FontSizeToolbar reloaded = FontSizeToolbar.shownOn(browser);
        assertThat(reloaded.readout()).isEqualTo("20 px");
        assertThat(FontSizeToolbar.bodyTextSize(browser)).isEqualTo("20px");
        assertThat(browser.executeScript("return window.localStorage.getItem('gazette.fontSize')"))
                .isEqualTo("20");
    }

    @Test
    void chosenSizeFollowsTheReaderToAnotherStory() {
        FontSizeToolbar toolbar = openStory();
        toolbar.press(INCREASE);
        toolbar.press(INCREASE);

        browser.get(url("/en/"));
        browser.findElement(By.cssSelector(".lead__headline a")).click();

        FontSizeToolbar elsewhere = FontSizeToolbar.shownOn(browser);
        assertThat(browser.getCurrentUrl()).contains("/en/news/").doesNotEndWith(STORY);
        assertThat(elsewhere.readout()).isEqualTo("20 px");
        assertThat(FontSizeToolbar.bodyTextSize(browser)).isEqualTo("20px");
    }

    @Test
    void resetReturnsToSixteenPixelsAndForgetsTheChoice() {
        FontSizeToolbar toolbar = openStory();
        toolbar.press(INCREASE);
        toolbar.press(INCREASE);

        toolbar.press(RESET);

        assertThat(toolbar.readout()).isEqualTo("16 px");
        assertThat(FontSizeToolbar.bodyTextSize(browser)).isEqualTo("16px");
        assertThat(browser.executeScript("return window.localStorage.getItem('gazette.fontSize')"))
                .isNull();
    }

    @Test
    void plusClimbsInStepsOfTwoToTwentyEightPixelsAndThenIsDisabled() {
        FontSizeToolbar toolbar = openStory();

        List<String> readouts = pressWhileEnabled(toolbar, INCREASE);

        assertThat(readouts).containsExactly("18 px", "20 px", "22 px", "24 px", "26 px", "28 px");
        assertThat(FontSizeToolbar.bodyTextSize(browser)).isEqualTo("28px");
        assertThat(toolbar.button(INCREASE).isEnabled()).isFalse();
        assertThat(toolbar.button(DECREASE).isEnabled()).isTrue();
        Screenshots.ofTestRun().save(browser, "article-28px.png");
    }

    @Test
    void minusDescendsToTwelvePixelsAndThenIsDisabled() {
        FontSizeToolbar toolbar = openStory();

        List<String> readouts = pressWhileEnabled(toolbar, DECREASE);

        assertThat(readouts).containsExactly("14 px", "12 px");
        assertThat(FontSizeToolbar.bodyTextSize(browser)).isEqualTo("12px");
        assertThat(toolbar.button(DECREASE).isEnabled()).isFalse();
        assertThat(toolbar.button(INCREASE).isEnabled()).isTrue();
        Screenshots.ofTestRun().save(browser, "article-12px.png");
    }

    @Test
    void keyboardReachesPlusAfterTheDateAndEnterAndSpaceOperateIt() {
        FontSizeToolbar toolbar = openStory();
        WebElement dateLink = browser.findElement(By.cssSelector(".dateline a"));
        browser.executeScript("arguments[0].focus()", dateLink);
        Actions keyboard = new Actions(browser);

        keyboard.sendKeys(Keys.TAB).perform();
        assertThat(browser.switchTo().activeElement()).isEqualTo(toolbar.button(INCREASE));

        keyboard.sendKeys(Keys.ENTER).perform();
        assertThat(toolbar.readout()).isEqualTo("18 px");
        keyboard.sendKeys(Keys.SPACE).perform();
        assertThat(toolbar.readout()).isEqualTo("20 px");
        assertThat(FontSizeToolbar.bodyTextSize(browser)).isEqualTo("20px");

        for (int press = 0; press < 4; press++) {
            keyboard.sendKeys(Keys.ENTER).perform();
        }
        assertThat(toolbar.readout()).isEqualTo("28 px");
        // + is now disabled; focus must not fall to the page, so it moves to −
        assertThat(browser.switchTo().activeElement()).isEqualTo(toolbar.button(DECREASE));
        keyboard.sendKeys(Keys.ENTER).perform();
        assertThat(toolbar.readout()).isEqualTo("26 px");
    }

    @Test
    void liveRegionAnnouncesEachNewSizeInThePageLanguage() {
        FontSizeToolbar toolbar = openStory();
        WebElement status = toolbar.element().findElement(By.cssSelector("[data-fontsize-status]"));
        assertThat(status.getDomAttribute("role")).isEqualTo("status");
        assertThat(status.getDomAttribute("aria-live")).isEqualTo("polite");
        assertThat(toolbar.announcement())
                .as("nothing is said before the reader acts")
                .isEmpty();

        toolbar.press(INCREASE);
        assertThat(toolbar.announcement()).isEqualTo("Text size 18 pixels");
        toolbar.press(RESET);
        assertThat(toolbar.announcement()).isEqualTo("Text size 16 pixels");

        browser.get(url(ReferenceStory.RUSSIAN));
        FontSizeToolbar russian = FontSizeToolbar.shownOn(browser);
        russian.press(DECREASE);
        assertThat(russian.announcement()).isEqualTo("Размер текста 14 пикселей");
    }

    @Test
    void withoutJavaScriptTheToolbarStaysHiddenAndTheStoryIsSixteenPixels() {
        ChromeDriver scriptless = HeadlessChromium.start(1280, 1000);
        try {
            scriptless.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
            scriptless.get(url(STORY));

            WebElement toolbar = scriptless.findElement(By.cssSelector("[data-fontsize]"));
            assertThat(toolbar.getDomAttribute("hidden")).isNotNull();
            assertThat(toolbar.isDisplayed()).isFalse();
            assertThat(FontSizeToolbar.bodyTextSize(scriptless)).isEqualTo("16px");
        } finally {
            scriptless.quit();
        }
    }

    private FontSizeToolbar openStory() {
        browser.get(url(STORY));
        return FontSizeToolbar.shownOn(browser);
    }

    private static List<String> pressWhileEnabled(FontSizeToolbar toolbar, FontSizeToolbar.Action action) {
        List<String> readouts = new ArrayList<>();
        for (int guard = 0; guard < 20 && toolbar.button(action).isEnabled(); guard++) {
            toolbar.press(action);
            readouts.add(toolbar.readout());
        }
        return readouts;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
