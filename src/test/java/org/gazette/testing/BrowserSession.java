package org.gazette.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * One headless Chromium shared by the tests of a class, started before the first and quit after the
 * last. Register it on a static field, next to {@link HeadlessChromium}, which skips the class where
 * there is no browser:
 * <pre>
 * &#64;RegisterExtension
 * static final BrowserSession browser = new BrowserSession(1280, 1000);
 * </pre>
 */
public final class BrowserSession implements BeforeAllCallback, AfterAllCallback {

    private final int width;
    private final int height;
    private ChromeDriver driver;

    public BrowserSession(int width, int height) {
        this.width = width;
        this.height = height;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        driver = HeadlessChromium.start(width, height);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    public ChromeDriver driver() {
        if (driver == null) {
            throw new IllegalStateException(
                    "no browser: register the BrowserSession with @RegisterExtension on a static field");
        }
        return driver;
    }
}
