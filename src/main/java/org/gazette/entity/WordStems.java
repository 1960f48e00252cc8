package org.gazette.entity;

/**
 * Crude stems for matching inflected words against word lists without a morphological analyser: a
 * lower-case word and the same word less one, two or three final letters, as long as {@value #SHORTEST}
 * letters remain. "россии" and "россией" both meet "россия" in "росси"; "bakıda" meets "bakı".
 */
final class WordStems {

    static final int SHORTEST = 4;
    static final int CUT = 3;

    private WordStems() {}

    /** The keys a listed word is stored under: itself and its cut forms. */
    static String[] listed(String lower) {
        return cuts(lower);
    }

    /** The keys a word of a text is looked up under, its longest first. */
    static String[] lookedUp(String lower) {
        return cuts(lower);
    }

    private static String[] cuts(String lower) {
        int possible = Math.max(0, Math.min(CUT, lower.length() - SHORTEST));
        String[] keys = new String[1 + possible];
        for (int cut = 0; cut <= possible; cut++) {
            keys[cut] = lower.substring(0, lower.length() - cut);
        }
        return keys;
    }
}
