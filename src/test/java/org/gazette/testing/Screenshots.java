package org.gazette.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * A folder that browser tests write PNG screenshots into, so that a person can look at what a test
 * saw. Test evidence goes to {@code target/screenshots}; the pictures in the documentation are only
 * rewritten when a run asks for them with {@code -Dgazette.screenshots=docs}.
 */
public final class Screenshots {

    private final Path folder;

    private Screenshots(Path folder) {
        this.folder = folder;
    }

    /** {@code target/screenshots}, rewritten by every run. */
    public static Screenshots ofTestRun() {
        return new Screenshots(Path.of("target", "screenshots"));
    }

    /** {@code docs/screenshots} when the run says {@code -Dgazette.screenshots=docs}, otherwise {@link #ofTestRun()}. */
    public static Screenshots forDocumentationWhenAsked() {
        return "docs".equals(System.getProperty("gazette.screenshots"))
                ? new Screenshots(Path.of("docs", "screenshots"))
                : ofTestRun();
    }

    public Path folder() {
        return folder;
    }

    /** Saves what the browser's viewport shows now as {@code name} (a file name ending in .png). */
    public Path save(WebDriver driver, String name) {
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Path file = folder.resolve(name);
        try {
            Files.createDirectories(folder);
            Files.write(file, png);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write screenshot " + file.toAbsolutePath(), e);
        }
        return file;
    }
}
