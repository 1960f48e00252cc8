package org.gazette.text;

import java.util.List;
import java.util.Locale;

/**
 * A language Gazette publishes in, by its ISO 639-1 code. The reader interface is translated into
 * every supported language; a site serves the subset configured in {@code GAZETTE_LANGUAGES}.
 */
public record Language(String code) {

    /** Languages whose interface texts ship with Gazette. */
    public static final List<String> SUPPORTED = List.of("en", "ru", "az");

    public Language {
        if (code == null || !SUPPORTED.contains(code)) {
            throw new IllegalArgumentException(
                    "unknown language '" + code + "'; expected one of " + String.join(", ", SUPPORTED));
        }
    }

    public static Language of(String code) {
        return new Language(code == null ? null : code.strip().toLowerCase(Locale.ROOT));
    }

    public static boolean isSupported(String code) {
        return code != null && SUPPORTED.contains(code);
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
