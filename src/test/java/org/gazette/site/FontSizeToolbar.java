package org.gazette.site;

import java.time.Duration;
import java.util.Locale;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The article page's text-size toolbar (+, ↺, −, "16 px") and the story body it sizes, as a reader
 * in a browser sees them.
 */
final class FontSizeToolbar {

    enum Action {
        INCREASE,
        RESET,
        DECREASE;

        String attribute() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final By TOOLBAR = By.cssSelector("[data-fontsize]");
    private static final By FIRST_BODY_PARAGRAPH = By.cssSelector("#story-body p");

    private final WebDriver driver;

    private FontSizeToolbar(WebDriver driver) {
        this.driver = driver;
    }

    /** The toolbar of the article page the browser shows, once the page's script has revealed it. */
    static FontSizeToolbar shownOn(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(TOOLBAR));
        return new FontSizeToolbar(driver);
    }

    WebElement element() {
        return driver.findElement(TOOLBAR);
    }

    WebElement button(Action action) {
        return element().findElement(By.cssSelector("[data-fontsize-action=" + action.attribute() + "]"));
    }

    void press(Action action) {
        button(action).click();
    }

    /** The size as the toolbar shows it, e.g. {@code 16 px}. */
    String readout() {
        return element().findElement(By.cssSelector("[data-fontsize-readout]")).getText();
    }

    /** What the visually hidden live region last announced to screen readers. */
    String announcement() {
        return element().findElement(By.cssSelector("[data-fontsize-status]")).getAttribute("textContent");
    }

    /** The computed font size of the story's text, e.g. {@code 16px}. */
    static String bodyTextSize(WebDriver driver) {
        return driver.findElement(FIRST_BODY_PARAGRAPH).getCssValue("font-size");
    }
}
