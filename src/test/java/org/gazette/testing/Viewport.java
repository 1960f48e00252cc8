package org.gazette.testing;

import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Sets the exact size of the page area in Chromium, in CSS pixels. Resizing the window is not
 * enough: headless Chromium keeps a minimum window width and counts window decorations in the
 * height, so a "375×800" window would not show a 375×800 page.
 */
public final class Viewport {

    private Viewport() {}

    /** From now on pages in this browser are laid out in, and screenshots show, {@code width × height}. */
    public static void resize(ChromeDriver driver, int width, int height) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }
}
