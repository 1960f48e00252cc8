package org.gazette.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The stems an Azerbaijani word may have, found by taking its noun suffixes off from the end, in the
 * reverse of the order Azerbaijani puts them on: a predicative ({@code -dır}), then a case, then a
 * possessive, then the plural ({@code dil-lər-i-ndə-dir} → {@code dil}). A suffix comes off only where
 * the word could carry it:
 * <ul>
 * <li><b>vowel harmony</b>: its vowel agrees with the last vowel of what is left ({@code -da} after a
 *     back vowel, {@code -də} after a front one; {@code -ın/-in/-un/-ün} after a/ı, e/ə/i, o/u, ö/ü);</li>
 * <li><b>buffer consonants</b>: a suffix beginning with n, y or s follows a vowel ({@code Bakı-nın},
 *     {@code Gəncə-yə}, {@code büdcə-si}), one beginning with a vowel follows a consonant;</li>
 * <li>what is left keeps two letters or more and a vowel.</li>
 * </ul>
 * Where a vowel suffix came off a stem of two syllables or more ending in y or ğ, the stem with k or q
 * is a candidate too ({@code küləyin} → {@code küləy}, {@code külək}; {@code danışığı} → {@code danışıq});
 * where a consonant suffix came off a one-syllable stem ending in a vowel and t, s, r or d, so is the
 * stem with that consonant doubled ({@code xətlər} → {@code xət}, {@code xətt}).
 *
 * <p>A word that only looks inflected ({@code Kanada}, {@code Türkiyə}) cannot be told from one that is
 * by its letters alone, so the stemmer does not choose: it returns the word and <em>every</em> stem a
 * valid parse leaves, and the analysis indexes and searches them all on one position. A nominative
 * and its case forms then always share a stem: {@code Kanada} gives {@code kanada, kana}, and
 * {@code Kanadada} gives {@code kanadada, kanada}.
 *
 * <p>Words are expected lower-cased with the Turkic rules (see {@link AzerbaijaniAnalyzer}). Verbs are
 * left alone: readers search for names, places and things.
 */
final class AzerbaijaniStemmer {

    private static final String VOWELS = "aıoueəiöü";
    private static final String BACK = "aıou";

    /**
     * A suffix template: {@code A} is a or ə, {@code I} is ı, i, u or ü, by harmony with the stem; other
     * letters are as written. Grouped by slot, each slot optional, peeled from the end of the word.
     */
    private static final List<List<String>> SLOTS = List.of(
            // predicative: "-dır" (is), "-dırlar" (are)
            List.of("dIr", "dIrlAr"),
            // case: genitive, dative, accusative, locative, ablative, instrumental, relational "-dakı"
            List.of("In", "nIn", "A", "yA", "nA", "I", "nI", "dA", "ndA", "dAn", "ndAn", "lA", "ylA", "dAkI", "ndAkI"),
            // possessive: third person (-ı, -sı, -ları), first person plural (-ımız, -mız)
            List.of("I", "sI", "lArI", "ImIz", "mIz"),
            // plural
            List.of("lAr"));

    private AzerbaijaniStemmer() {}

    /** The word first, then every candidate stem, without repeats. */
    static List<String> stems(String word) {
        Set<String> stems = new LinkedHashSet<>();
        stems.add(word);
        peel(word, 0, stems);
        return new ArrayList<>(stems);
    }

    private static void peel(String word, int slot, Set<String> stems) {
        for (int s = slot; s < SLOTS.size(); s++) {
            for (String template : SLOTS.get(s)) {
                String rest = strip(word, template);
                if (rest != null) {
                    stems.add(rest);
                    String restored =
                            template.charAt(0) == 'A' || template.charAt(0) == 'I' ? hardened(rest) : doubled(rest);
                    if (restored != null) {
                        stems.add(restored);
                    }
                    peel(rest, s + 1, stems);
                }
            }
        }
    }

    /** What is left of the word without this suffix, or null if the word cannot end in it. */
    private static String strip(String word, String template) {
        int n = template.length();
        int stemLength = word.length() - n;
        if (stemLength < 2) {
            return null;
        }
        String rest = word.substring(0, stemLength);
        char last = lastVowel(rest);
        if (last == 0) {
            return null;
        }
        for (int i = 0; i < n; i++) {
            char expected =
                    switch (template.charAt(i)) {
                        case 'A' -> twoWay(last);
                        case 'I' -> fourWay(last);
                        default -> template.charAt(i);
                    };
            if (word.charAt(stemLength + i) != expected) {
                return null;
            }
        }
        char first = template.charAt(0);
        boolean afterVowel = isVowel(rest.charAt(rest.length() - 1));
        if (first == 'A' || first == 'I') {
            return afterVowel ? null : rest; // a vowel suffix follows a consonant
        }
        if (first == 'n' || first == 'y' || first == 's') {
            return afterVowel ? rest : null; // a buffer consonant follows a vowel
        }
        return rest;
    }

    /** {@code küləy} → {@code külək}, {@code danışığ} → {@code danışıq}: the stem before a vowel suffix. */
    private static String hardened(String stem) {
        char end = stem.charAt(stem.length() - 1);
        if ((end != 'y' && end != 'ğ') || syllables(stem) < 2 || !isVowel(stem.charAt(stem.length() - 2))) {
            return null;
        }
        return stem.substring(0, stem.length() - 1) + (end == 'y' ? 'k' : 'q');
    }

    /**
     * {@code xət} → {@code xətt}: a one-syllable stem ending in a doubled t, s, r or d writes it once
     * before a consonant suffix ({@code xətt}, {@code xətlər}; {@code hiss}, {@code hislər}).
     */
    private static String doubled(String stem) {
        char end = stem.charAt(stem.length() - 1);
        if ("tsrd".indexOf(end) < 0 || syllables(stem) != 1 || !isVowel(stem.charAt(stem.length() - 2))) {
            return null;
        }
        return stem + end;
    }

    private static char twoWay(char lastVowel) {
        return BACK.indexOf(lastVowel) >= 0 ? 'a' : 'ə';
    }

    private static char fourWay(char lastVowel) {
        return switch (lastVowel) {
            case 'a', 'ı' -> 'ı';
            case 'o', 'u' -> 'u';
            case 'ö', 'ü' -> 'ü';
            default -> 'i';
        };
    }

    private static char lastVowel(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            if (isVowel(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return 0;
    }

    private static int syllables(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isVowel(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    private static boolean isVowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }
}
