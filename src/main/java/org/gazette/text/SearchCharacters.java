package org.gazette.text;

import java.text.Normalizer;

/**
 * The one place that decides what a character is to search, for the text of a story and the text of a
 * query alike (and of the story clusters' shingles), so every side reads a character the same way: Unicode compatibility forms read as
 * their plain letters (NFKC: full-width {@code ＡＢＣ}, ligatures, superscripts, composed and decomposed
 * accents), and a symbol never turns into a word. NFKC spells some symbols with letters ({@code №} as
 * "No", {@code ™} as "TM", {@code ℡} as "TEL"); such a symbol becomes a space instead, so {@code № 5}
 * searches for 5 and {@code №} alone searches for nothing, on both sides.
 *
 * <p>Text is normalized a cluster at a time (a character and the marks that follow it), which keeps
 * every change local and lets {@link NormalizingCharFilter} map offsets back for highlighting.
 */
public final class SearchCharacters {

    private SearchCharacters() {}

    /** The text as search reads it; applying it twice changes nothing. */
    public static String normalize(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        while (start < text.length()) {
            int end = clusterEnd(text, start);
            out.append(normalizeCluster(text.subSequence(start, end).toString()));
            start = end;
        }
        return out.toString();
    }

    /** Where the cluster starting at {@code start} ends: after its first code point and any marks. */
    public static int clusterEnd(CharSequence text, int start) {
        int end = start + Character.charCount(Character.codePointAt(text, start));
        while (end < text.length()) {
            int cp = Character.codePointAt(text, end);
            int type = Character.getType(cp);
            if (type != Character.NON_SPACING_MARK
                    && type != Character.COMBINING_SPACING_MARK
                    && type != Character.ENCLOSING_MARK) {
                break;
            }
            end += Character.charCount(cp);
        }
        return end;
    }

    /** One cluster as search reads it: NFKC, except that a symbol spelled with letters becomes a space. */
    public static String normalizeCluster(String cluster) {
        if (cluster.length() == 1 && cluster.charAt(0) < 0x80) {
            return cluster; // plain ASCII: nothing to normalize, and most text is made of it
        }
        String normalized = Normalizer.normalize(cluster, Normalizer.Form.NFKC);
        if (isSymbol(cluster.codePointAt(0)) && hasLetter(normalized)) {
            return " ";
        }
        return normalized;
    }

    private static boolean isSymbol(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.OTHER_SYMBOL
                || type == Character.MATH_SYMBOL
                || type == Character.CURRENCY_SYMBOL
                || type == Character.MODIFIER_SYMBOL;
    }

    private static boolean hasLetter(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }
}
