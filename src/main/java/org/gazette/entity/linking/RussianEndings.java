package org.gazette.entity.linking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The case endings of Russian names, undone. Three declensions, tried in this order, the first that fits
 * deciding:
 *
 * <ol>
 *   <li>Adjectival surnames in {@code -ский}/{@code -цкий}: {@code -ского, -скому, -ским, -ском} read as
 *       the man's {@code -ский}; {@code -ской, -скую} as the woman's {@code -ская}.
 *   <li>Surnames in {@code -ов, -ев, -ёв, -ин, -ын}: {@code -а} is a woman's nominative or a man's genitive
 *       ({@code Алиева}); {@code -у} a man's dative or a woman's accusative; {@code -ым} and {@code -е} a man's
 *       instrumental and prepositional; {@code -ой} a woman's oblique cases.
 *   <li>Other names, nouns' endings: after a consonant {@code -а, -у, -ом, -ем, -е} go ({@code Блинкена,
 *       Эрдоганом}); a name in {@code -а}/{@code -я} has {@code -ы, -и, -е, -у, -ой, -ей}
 *       ({@code Москвы}); in {@code -ия} has {@code -ии, -ию, -ией} ({@code России}); in {@code -й} has
 *       {@code -я, -ю, -ем, -е} ({@code Сергея, Китая}). The word itself stays a reading too.
 * </ol>
 *
 * A surname's reading says whose form it is ({@link Gender}); the first name decides when both are possible.
 */
final class RussianEndings {

    private static final String CONSONANTS = "бвгджзклмнпрстфхцчшщь";
    private static final String VOWELS = "аеёиоуыэюя";

    private RussianEndings() {}

    static List<BaseForm> readings(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        List<BaseForm> adjectival = adjectivalSurname(word, lower);
        if (!adjectival.isEmpty()) {
            return adjectival;
        }
        List<BaseForm> possessive = possessiveSurname(word, lower);
        if (!possessive.isEmpty()) {
            return possessive;
        }
        return nounReadings(word, lower);
    }

    private static List<BaseForm> adjectivalSurname(String word, String lower) {
        List<BaseForm> readings = new ArrayList<>();
        int k = Math.max(lower.lastIndexOf("ск"), lower.lastIndexOf("цк"));
        if (k < 2) {
            return readings;
        }
        String ending = lower.substring(k + 2);
        String stem = word.substring(0, k + 2);
        switch (ending) {
            case "ий", "ого", "ому", "им", "ом" -> readings.add(new BaseForm(stem + "ий", Gender.MALE));
            case "ая", "ой", "ую" -> readings.add(new BaseForm(stem + "ая", Gender.FEMALE));
            default -> {}
        }
        return readings;
    }

    private static List<BaseForm> possessiveSurname(String word, String lower) {
        List<BaseForm> readings = new ArrayList<>();
        for (String ending : List.of("ым", "ой", "а", "у", "е", "")) {
            if (!lower.endsWith(ending)) {
                continue;
            }
            String stemLower = lower.substring(0, lower.length() - ending.length());
            if (stemLower.length() < 4 || !endsWithSurnameSuffix(stemLower)) {
                continue;
            }
            String stem = word.substring(0, stemLower.length());
            switch (ending) {
                case "" -> readings.add(new BaseForm(word, Gender.MALE));
                case "а" -> {
                    readings.add(new BaseForm(word, Gender.FEMALE));
                    readings.add(new BaseForm(stem, Gender.MALE));
                }
                case "у" -> {
                    readings.add(new BaseForm(stem, Gender.MALE));
                    readings.add(new BaseForm(stem + "а", Gender.FEMALE));
                }
                case "ой" -> readings.add(new BaseForm(stem + "а", Gender.FEMALE));
                default -> readings.add(new BaseForm(stem, Gender.MALE));
            }
            return readings;
        }
        return readings;
    }

    private static boolean endsWithSurnameSuffix(String stem) {
        return stem.endsWith("ов")
                || stem.endsWith("ев")
                || stem.endsWith("ёв")
                || stem.endsWith("ин")
                || stem.endsWith("ын");
    }

    private static List<BaseForm> nounReadings(String word, String lower) {
        List<BaseForm> readings = new ArrayList<>();
        readings.add(new BaseForm(word, Gender.UNKNOWN));
        // -ия names: России, Россию, Россией
        for (String ending : List.of("ией", "ии", "ию")) {
            if (lower.endsWith(ending) && lower.length() > ending.length() + 2) {
                readings.add(new BaseForm(stemOf(word, ending) + "ия", Gender.UNKNOWN));
                return readings;
            }
        }
        // -а and -я names: Москвы, Москве, Москву, Москвой; Ольги
        for (String ending : List.of("ой", "ою", "ей", "ы", "и", "е", "у", "ю")) {
            if (lower.endsWith(ending) && lower.length() > ending.length() + 2) {
                String stem = stemOf(word, ending);
                char before = lower.charAt(lower.length() - ending.length() - 1);
                // -и stands for -ы only after г, к, х and the hushing consonants (Ольги), not in Энтони
                boolean spelt = !ending.equals("и") || "гкхжшчщ".indexOf(before) >= 0;
                if (isConsonant(before) && spelt) {
                    boolean soft = ending.equals("ей") || ending.equals("ю") || before == 'ь';
                    readings.add(new BaseForm(stem + (soft ? "я" : "а"), Gender.UNKNOWN));
                }
            }
        }
        // -й names: Сергея, Сергею, Сергеем, Китая
        for (String ending : List.of("ем", "я", "ю", "е")) {
            if (lower.endsWith(ending) && lower.length() > ending.length() + 2) {
                char before = lower.charAt(lower.length() - ending.length() - 1);
                if (VOWELS.indexOf(before) >= 0) {
                    readings.add(new BaseForm(stemOf(word, ending) + "й", Gender.UNKNOWN));
                }
            }
        }
        // consonant-final names: Блинкена, Блинкену, Эрдоганом, Ереване; Эммануэля keeps its soft sign
        for (String ending : List.of("ом", "ем", "а", "у", "е", "я", "ю")) {
            if (lower.endsWith(ending) && lower.length() > ending.length() + 2) {
                char before = lower.charAt(lower.length() - ending.length() - 1);
                if (isConsonant(before)) {
                    readings.add(new BaseForm(stemOf(word, ending), Gender.UNKNOWN));
                }
            }
        }
        return readings.stream().distinct().toList();
    }

    static boolean endsInConsonant(String word) {
        return !word.isEmpty() && isConsonant(word.toLowerCase(Locale.ROOT).charAt(word.length() - 1));
    }

    private static String stemOf(String word, String ending) {
        return word.substring(0, word.length() - ending.length());
    }

    private static boolean isConsonant(char c) {
        return CONSONANTS.indexOf(c) >= 0;
    }
}
