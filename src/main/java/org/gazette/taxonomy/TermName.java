package org.gazette.taxonomy;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.gazette.text.ControlCharacters;

/**
 * A tag, author or source name as shown ({@link #display}) and the key that makes two spellings the
 * same term ({@link #key}): control characters removed ({@link ControlCharacters}), Unicode-normalized,
 * whitespace and line separators collapsed, case folded. "COP29" and
 * "cop29 " are one tag; "Россия" and "России" stay two.
 */
public record TermName(String display, String key) {

    /** Whitespace, and the line and paragraph separators a name pasted from a document may carry. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\u0085\\u2028\\u2029]+");

    public static final int MAX_LENGTH = 200;

    public static TermName of(String raw) {
        if (raw == null) {
            throw new IllegalArgumentException("a name must not be null");
        }
        // a rename in the newsroom comes here without passing the article validator
        String display = SPACES.matcher(Normalizer.normalize(ControlCharacters.strip(raw), Normalizer.Form.NFC))
                .replaceAll(" ")
                .strip();
        if (display.isEmpty()) {
            throw new IllegalArgumentException("a name must not be blank");
        }
        if (display.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "a name must be at most " + MAX_LENGTH + " characters, got " + display.length());
        }
        return new TermName(display, display.toLowerCase(Locale.ROOT));
    }
}
