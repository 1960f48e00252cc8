package org.gazette.text;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The last segment of an article, section, tag, source or author URL: lower-case ASCII letters and
 * digits in words joined by single hyphens, at most {@value #MAX_LENGTH} characters. Built from a
 * headline or name in any of Gazette's languages by transliteration.
 */
public record Slug(String value) {

    public static final int MAX_LENGTH = 80;
    private static final Pattern SHAPE = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    public Slug {
        if (value == null
                || value.length() > MAX_LENGTH
                || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("a slug must be lower-case letters and digits joined by single hyphens, "
                    + "at most " + MAX_LENGTH + " characters, got '" + value + "'");
        }
    }

    /** The slug of a headline or name, or empty when it has no letters or digits that survive transliteration. */
    public static Optional<Slug> from(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String words = Transliteration.toAscii(text);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Slug(truncateAtWord(words.replace(' ', '-'), MAX_LENGTH)));
    }

    public static boolean isValid(String value) {
        return value != null
                && value.length() <= MAX_LENGTH
                && SHAPE.matcher(value).matches();
    }

    /** This slug with {@code -n} appended, shortened first if needed so the result stays within the limit. */
    public Slug withSuffix(int n) {
        String suffix = "-" + n;
        return new Slug(truncateAtWord(value, MAX_LENGTH - suffix.length()) + suffix);
    }

    private static String truncateAtWord(String slug, int max) {
        if (slug.length() <= max) {
            return slug;
        }
        String cut = slug.substring(0, max);
        int lastHyphen = cut.lastIndexOf('-');
        // keep whole words unless that would throw most of the slug away
        String trimmed = lastHyphen > max / 2 ? cut.substring(0, lastHyphen) : cut;
        return trimmed.endsWith("-") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    @Override
    public String toString() {
        return value;
    }
}
