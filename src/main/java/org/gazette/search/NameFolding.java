package org.gazette.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Folds a lower-cased word to the plain ASCII spelling a reader types on an English keyboard, so names
 * match without their accents: {@code əliyev → aliyev}, {@code şəki → sheki}, {@code gəncə → ganja}.
 * Azerbaijani letters take the spellings English-language news uses for them; Latin letters with marks
 * lose the marks; Cyrillic is left alone (Russian search has its own stemmer), except that ё reads as е.
 *
 * <p>Ə is written "a" in most English spellings of names (Aliyev, Mammadov, Ganja) and "e" in others
 * (Sheki, Khankendi), often both in one name (Alizade), so a word with ə folds every way: each ə as a or
 * e, up to {@link #MAX_SCHWAS} of them (beyond that, all as a or all as e).
 */
final class NameFolding {

    /** Spellings double with each ə; past three the combinations would outnumber the use. */
    static final int MAX_SCHWAS = 3;

    private NameFolding() {}

    /** The folded spellings of a word, the all-a spelling first: one, or more when it holds an ə. */
    static List<String> fold(CharSequence word) {
        int schwas = schwas(word);
        if (schwas == 0) {
            return List.of(fold(word, 0, 0));
        }
        if (schwas > MAX_SCHWAS) {
            return List.of(fold(word, 0, schwas), fold(word, (1 << schwas) - 1, schwas));
        }
        Set<String> spellings = new LinkedHashSet<>();
        for (int es = 0; es < 1 << schwas; es++) {
            spellings.add(fold(word, es, schwas));
        }
        return List.copyOf(spellings);
    }

    private static int schwas(CharSequence word) {
        int count = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == 'ə' || c == 'Ə') {
                count++;
            }
        }
        return count;
    }

    /** One spelling: bit n of {@code es} set means the n-th ə is written e (only the first 31 vary). */
    private static String fold(CharSequence word, int es, int schwas) {
        StringBuilder out = new StringBuilder(word.length() + 4);
        int schwa = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            switch (c) {
                // both dotted and dotless i, in either case, are one letter to a reader without the keyboard
                case 'İ', 'I', 'ı', 'i' -> out.append('i');
                case 'Ə', 'ə' -> {
                    boolean e = schwa < 31 ? (es >> schwa & 1) == 1 : es != 0;
                    out.append(e ? 'e' : 'a');
                    schwa++;
                }
                case 'Ş', 'ş' -> out.append("sh");
                case 'Ç', 'ç' -> out.append("ch");
                case 'Ğ', 'ğ' -> out.append('g');
                case 'Ö', 'ö' -> out.append('o');
                case 'Ü', 'ü' -> out.append('u');
                // Azerbaijani c and x sound like English j and kh (Cəlil → Jalil, Xankəndi → Khankendi)
                case 'C', 'c' -> out.append('j');
                case 'X', 'x' -> out.append("kh");
                case 'Ё', 'ё' -> out.append('е');
                default -> out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }
}
