package org.gazette.entity.linking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Azerbaijani case and plural suffixes on names, undone, only where vowel harmony allows them: a suffix's
 * vowel follows the last vowel of the stem ({@code Əliyev → Əliyevə, Əliyevin}; {@code Ərdoğan →
 * Ərdoğana, Ərdoğanın}), so {@code Əliyeva} is never read as {@code Əliyev} plus a dative, and
 * {@code Rusiya} is not {@code Rusi} plus one. After a vowel the suffixes take a buffer consonant
 * ({@code Rusiyaya, Rusiyanın}). A suffix after a hyphen or an apostrophe ({@code ATƏT-in, ABŞ-ın}) goes
 * whatever its vowel. The suffixes: genitive {@code -ın/-in/-un/-ün}, accusative {@code -ı/-i/-u/-ü},
 * dative {@code -a/-ə}, locative {@code -da/-də}, ablative {@code -dan/-dən}, comitative {@code -la/-lə},
 * plural {@code -lar/-lər}. The word itself stays a reading too (Bakı is a city, not Bak plus a suffix).
 */
final class AzerbaijaniEndings {

    private static final Locale AZERBAIJANI = Locale.forLanguageTag("az");
    private static final String VOWELS = "aıoueəiöü";
    private static final String BACK = "aıou";

    private AzerbaijaniEndings() {}

    static List<BaseForm> readings(String word) {
        List<BaseForm> readings = new ArrayList<>();
        int mark = Math.max(word.lastIndexOf('-'), Math.max(word.lastIndexOf('\''), word.lastIndexOf('’')));
        if (mark > 0 && mark < word.length() - 1 && isSuffix(word.substring(mark + 1))) {
            readings.add(reading(word.substring(0, mark)));
            return readings;
        }
        String lower = word.toLowerCase(AZERBAIJANI);
        List<String> suffixes = suffixesOf(lower);
        // an inflected word's own ending says nothing about gender (Əliyevin is not a surname in -in)
        readings.add(suffixes.isEmpty() ? reading(word) : new BaseForm(word, Gender.UNKNOWN));
        for (String suffix : suffixes) {
            readings.add(reading(word.substring(0, word.length() - suffix.length())));
        }
        return readings.stream().distinct().toList();
    }

    /** A woman's surname ends in -va (Əliyeva, Məmmədova), a man's in -ov or -ev. */
    private static BaseForm reading(String text) {
        return new BaseForm(text, SurnameShape.genderOf(text));
    }

    private static boolean isSuffix(String text) {
        String lower = text.toLowerCase(AZERBAIJANI);
        for (String suffix : List.of(
                "ın", "in", "un", "ün", "nın", "nin", "nun", "nün", "ı", "i", "u", "ü", "nı", "ni", "nu", "nü", "a",
                "ə", "ya", "yə", "da", "də", "ta", "tə", "dan", "dən", "tan", "tən", "la", "lə", "yla", "ylə", "lar",
                "lər", "dakı", "dəki")) {
            if (lower.equals(suffix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The suffixes the word ends with, whose vowel agrees with the stem before them, longest first. A lone
     * vowel is not tried once a longer suffix fits (the -ə of Blinkenlə belongs to -lə) unless that suffix
     * starts with a buffer consonant: Paşinyanı is Paşinyan plus -ı as well as a stem in -a plus -nı.
     */
    private static List<String> suffixesOf(String lower) {
        List<String> found = new ArrayList<>();
        for (String shape : List.of("lAr", "dAn", "dA", "ylA", "lA", "yA", "nIn", "In", "nI", "I", "A")) {
            if (shape.length() == 1 && found.stream().anyMatch(longer -> !isBuffered(longer))) {
                break;
            }
            String suffix = fitting(lower, shape);
            if (suffix != null) {
                found.add(suffix);
            }
        }
        return found;
    }

    /**
     * The suffix of the given shape ({@code A} a two-way, {@code I} a four-way harmonic vowel) that the word
     * ends with, when the stem left is at least three letters and its last vowel calls for that vowel.
     */
    private static String fitting(String lower, String shape) {
        if (lower.length() < shape.length() + 3) {
            return null;
        }
        String stem = lower.substring(0, lower.length() - shape.length());
        char lastVowel = lastVowel(stem);
        if (lastVowel == 0) {
            return null;
        }
        boolean afterVowel = VOWELS.indexOf(stem.charAt(stem.length() - 1)) >= 0;
        // y and n buffer a suffix after a vowel; the bare vowel suffixes follow a consonant
        boolean buffered = shape.startsWith("y") || shape.startsWith("nI");
        boolean bareVowel = shape.equals("In") || shape.equals("I") || shape.equals("A");
        if ((buffered && !afterVowel) || (bareVowel && afterVowel)) {
            return null;
        }
        StringBuilder suffix = new StringBuilder(shape.length());
        for (char c : shape.toCharArray()) {
            suffix.append(
                    switch (c) {
                        case 'A' -> BACK.indexOf(lastVowel) >= 0 ? 'a' : 'ə';
                        case 'I' -> fourWay(lastVowel);
                        default -> c;
                    });
        }
        return lower.endsWith(suffix.toString()) ? suffix.toString() : null;
    }

    private static boolean isBuffered(String suffix) {
        return suffix.startsWith("n") || suffix.startsWith("y");
    }

    private static char fourWay(char lastVowel) {
        return switch (lastVowel) {
            case 'a', 'ı' -> 'ı';
            case 'o', 'u' -> 'u';
            case 'ö', 'ü' -> 'ü';
            default -> 'i';
        };
    }

    private static char lastVowel(String stem) {
        for (int i = stem.length() - 1; i >= 0; i--) {
            if (VOWELS.indexOf(stem.charAt(i)) >= 0) {
                return stem.charAt(i);
            }
        }
        return 0;
    }
}
