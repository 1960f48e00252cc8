package org.gazette.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and ChromeDriver ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}, or
 * {@code GAZETTE_CHROMIUM} and {@code GAZETTE_CHROMEDRIVER}), driven headless. As an extension it skips
 * browser tests on a machine without them, with a message, unless
 * {@code -Dgazette.test.browser.required=true} (CI) makes that a failure.
 */
public final class HeadlessChromium implements ExecutionCondition {

    static final Path BROWSER = Path.of(System.getenv().getOrDefault("GAZETTE_CHROMIUM", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getenv().getOrDefault("GAZETTE_CHROMEDRIVER", "/usr/bin/chromedriver"));

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER)) {
            return ConditionEvaluationResult.enabled("Chromium found at " + BROWSER);
        }
        String reason = "Chromium or ChromeDriver missing (" + BROWSER + ", " + DRIVER
                + "); install the Debian packages chromium and chromium-driver";
        if (Boolean.parseBoolean(System.getProperty("gazette.test.browser.required", "false"))) {
            throw new IllegalStateException(reason + " (gazette.test.browser.required=true)");
        }
        System.out.println("[gazette] SKIPPING browser tests: " + reason);
        return ConditionEvaluationResult.disabled(reason);
    }

    /** A new headless browser with an empty profile, a window of the given size, and no network chatter. */
    public static ChromeDriver start(int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--hide-scrollbars",
                "--force-device-scale-factor=1",
                "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
