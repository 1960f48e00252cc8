package org.gazette.search;

import java.util.List;

/**
 * Folds a lower-cased word to the plain ASCII spelling a reader types on an English keyboard, so names
 * match without their accents: {@code əliyev → aliyev}, {@code şəki → sheki}, {@code gəncə → ganja}.
 * Azerbaijani letters take the spellings English-language news uses for them; Latin letters with marks
 * lose the marks; Cyrillic is left alone (Russian search has its own stemmer), except that ё reads as е.
 *
 * <p>Ə is written "a" in most English spellings of names (Aliyev, Mammadov, Ganja) and "e" in others
 * (Sheki, Khankendi), so a word with ə folds both ways and matches either.
 */
final class NameFolding {

    private NameFolding() {
    }

    /** The folded spellings of a word: one, or two when it holds an ə. */
    static List<String> fold(CharSequence word) {
        if (!containsSchwa(word)) {
            return List.of(fold(word, 'a'));
        }
        String a = fold(word, 'a');
        String e = fold(word, 'e');
        return a.equals(e) ? List.of(a) : List.of(a, e);
    }

    private static boolean containsSchwa(CharSequence word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == 'ə' || c == 'Ə') {
                return true;
            }
        }
        return false;
    }

    private static String fold(CharSequence word, char schwa) {
        StringBuilder out = new StringBuilder(word.length() + 4);
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            switch (c) {
                // both dotted and dotless i, in either case, are one letter to a reader without the keyboard
                case 'İ', 'I', 'ı', 'i' -> out.append('i');
                case 'Ə', 'ə' -> out.append(schwa);
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
