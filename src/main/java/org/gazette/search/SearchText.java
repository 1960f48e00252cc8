package org.gazette.search;

import org.gazette.text.SearchCharacters;

/**
 * What a reader typed into the search box, made safe to search: its characters read as the index reads
 * them ({@link SearchCharacters}: full-width and compatibility forms as the plain letters, a symbol such
 * as {@code №} never as a word), control characters, unpaired surrogates and
 * unassigned code points turned into spaces, invisible format characters (zero-width spaces, soft
 * hyphens) removed, runs of spaces collapsed. Too long a query is refused rather than cut, since a
 * cut query silently searches for something else.
 *
 * <p>The syntax readers may use is that of {@link ReaderQueryParser}: words, {@code "phrases"},
 * {@code -excluded} words and {@code OR}.
 */
public record SearchText(String value) {

    /** Longer than any real question; long enough that nothing a reader types by hand is refused. */
    public static final int MAX_LENGTH = 500;
    /** Words beyond this only slow the search down and rarely change what it finds. */
    public static final int MAX_WORDS = 32;

    public SearchText {
        if (value == null) {
            throw new IllegalArgumentException("search text must not be null");
        }
    }

    /** Cleans a raw query; null and blank give the empty text. */
    public static SearchText from(String raw) {
        if (raw == null) {
            return new SearchText("");
        }
        if (raw.length() > MAX_LENGTH * 4) {
            throw tooLong(raw.length());
        }
        // the characters as the index reads them (SearchCharacters), so what is counted is what is searched
        String text = SearchCharacters.normalize(withoutInvisibles(raw));
        text = withoutInvisibles(text).replaceAll("\\s+", " ").strip();
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            throw tooLong(text.codePointCount(0, text.length()));
        }
        int words = text.isEmpty() ? 0 : text.split(" ").length;
        if (words > MAX_WORDS) {
            throw new InvalidSearchException("q", "must have at most " + MAX_WORDS + " words, got " + words);
        }
        return new SearchText(text);
    }

    private static InvalidSearchException tooLong(int length) {
        return new InvalidSearchException("q", "must be at most " + MAX_LENGTH + " characters long, got " + length);
    }

    private static String withoutInvisibles(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(i + 1))) {
                out.append(c).append(raw.charAt(++i));
                continue;
            }
            int type = Character.getType(c);
            if (type == Character.FORMAT) {
                continue; // zero-width spaces, soft hyphens, direction marks: invisible inside a word
            }
            boolean junk = type == Character.CONTROL
                    || type == Character.SURROGATE
                    || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE
                    || c == '\uFFFD';
            out.append(junk ? ' ' : c);
        }
        return out.toString();
    }

    public boolean isEmpty() {
        return value.isEmpty();
    }

    @Override
    public String toString() {
        return value;
    }
}
