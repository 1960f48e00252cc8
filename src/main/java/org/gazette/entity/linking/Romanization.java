package org.gazette.entity.linking;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import org.gazette.text.CyrillicLetters;

/**
 * A name word in rough lower-case Latin letters, read the way its language pronounces its letters:
 * Cyrillic by a newsroom romanisation ({@code Ильхам → ilkham}), Azerbaijani Latin with its own letter
 * values ({@code c → j}, {@code x → kh}, {@code q → k}), and other Latin text with Turkish letters spelt
 * out and any other accent dropped. {@link SpellingKey} folds the result further.
 */
final class Romanization {

    /** Azerbaijani letters whose sound an English or Russian spelling writes differently. */
    private static final Map<Character, String> AZERBAIJANI = Map.ofEntries(
            Map.entry('ə', "e"),
            Map.entry('ı', "i"),
            Map.entry('ş', "sh"),
            Map.entry('ç', "ch"),
            Map.entry('ğ', "g"),
            Map.entry('ö', "o"),
            Map.entry('ü', "u"),
            Map.entry('c', "j"),
            Map.entry('j', "zh"),
            Map.entry('x', "kh"),
            Map.entry('q', "k"));

    /** Letters as they read in English text: Turkish ones (Erdoğan, Çavuşoğlu) and x (Alexander). */
    private static final Map<Character, String> OTHER_LATIN = Map.ofEntries(
            Map.entry('ə', "e"),
            Map.entry('ı', "i"),
            Map.entry('ş', "sh"),
            Map.entry('ç', "ch"),
            Map.entry('ğ', "g"),
            Map.entry('x', "ks"));

    private Romanization() {}

    /** Whether the word has only the 26 Latin letters (and no Cyrillic or Azerbaijani ones). */
    static boolean isPlainLatin(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c) && !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The word in lower-case Latin letters. Azerbaijani letter values apply to words of Azerbaijani text and
     * to any word that carries a letter only Azerbaijani uses (ə); Cyrillic letters are read in any text.
     */
    static String latin(String word, String language) {
        // Dotted capital İ lower-cases to i and a combining dot under the root locale; marks go below
        String lower = word.toLowerCase(Locale.ROOT);
        boolean azerbaijani = "az".equals(language) || lower.indexOf('ə') >= 0;
        Map<Character, String> latinLetters = azerbaijani ? AZERBAIJANI : OTHER_LATIN;
        StringBuilder out = new StringBuilder(lower.length() + 4);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            String mapped = CyrillicLetters.latin(c);
            if (mapped == null) {
                mapped = latinLetters.get(c);
            }
            out.append(mapped != null ? mapped : String.valueOf(c));
        }
        String decomposed = Normalizer.normalize(out, Normalizer.Form.NFD);
        StringBuilder letters = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                letters.append(c);
            }
        }
        return letters.toString();
    }
}
