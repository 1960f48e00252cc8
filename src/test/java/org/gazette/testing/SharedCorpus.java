package org.gazette.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The team's shared test data in {@code ../shared} (the reference page, corpora, feeds, attack
 * vectors). It is never copied into the repository; tests that need it read it there and are
 * skipped, with a message saying so, where it is absent. CI always has it.
 */
public final class SharedCorpus {

    private SharedCorpus() {}

    public static Path root() {
        String configured = System.getenv("GAZETTE_SHARED_DIR");
        return Path.of(configured != null ? configured : "../shared")
                .toAbsolutePath()
                .normalize();
    }

    /** A file or folder under {@code ../shared}; skips the calling test when it is missing. */
    public static Path require(String relative) {
        Path path = root().resolve(relative);
        if (!Files.exists(path)) {
            String message = "[gazette] SKIPPED: shared test data " + path + " is absent (set GAZETTE_SHARED_DIR)";
            System.out.println(message);
            Assumptions.abort(message);
        }
        return path;
    }
}
