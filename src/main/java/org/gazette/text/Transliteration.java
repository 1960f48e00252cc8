package org.gazette.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Turns Russian (Cyrillic) and Azerbaijani (Latin with ə, ı, ş, ç, ğ, ö, ü) text into plain ASCII for
 * URLs, the way readers of those languages spell them in Latin letters: {@code Россия → rossiya},
 * {@code Şəki → sheki}. Other accented Latin letters lose their marks; anything else is dropped.
 */
final class Transliteration {

    private static final Map<Character, String> LETTERS = Map.ofEntries(
            // Azerbaijani
            Map.entry('ə', "e"),
            Map.entry('ı', "i"),
            Map.entry('ş', "sh"),
            Map.entry('ç', "ch"),
            Map.entry('ğ', "g"),
            Map.entry('ö', "o"),
            Map.entry('ü', "u"),
            // Latin letters that do not decompose into a base letter and a mark
            Map.entry('ß', "ss"),
            Map.entry('æ', "ae"),
            Map.entry('œ', "oe"),
            Map.entry('ø', "o"),
            Map.entry('đ', "d"),
            Map.entry('ł', "l"),
            Map.entry('þ', "th"),
            Map.entry('ð', "d"));

    private Transliteration() {}

    /** Lower-case ASCII letters and digits, with every other run of characters turned into one space. */
    static String toAscii(String text) {
        // Dotted capital İ lower-cases to i plus a combining dot under the root locale; the mark is
        // stripped below. Lower-casing first keeps the table to one case.
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            String mapped = CyrillicLetters.latin(c);
            if (mapped == null) {
                mapped = LETTERS.get(c);
            }
            if (mapped != null) {
                out.append(mapped);
            } else {
                out.append(c);
            }
        }
        String decomposed = Normalizer.normalize(out, Normalizer.Form.NFD);
        StringBuilder ascii = new StringBuilder(decomposed.length());
        boolean gap = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (gap && ascii.length() > 0) {
                    ascii.append(' ');
                }
                gap = false;
                ascii.append(c);
            } else if (c != '\'' && c != '’' && c != 'ʼ') {
                // apostrophes join their word (Azerbaijan's → azerbaijans) instead of splitting it
                gap = true;
            }
        }
        return ascii.toString();
    }
}
