package org.gazette.entity.linking;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The readings of one name word as its base form, by the suffix rules of its language: {@link RussianEndings},
 * {@link AzerbaijaniEndings}, and the English possessive ({@code Aliyev's}). There is always at least one
 * reading, and the word itself is one whenever it can be a base form. Matching tries every reading; the
 * order only suggests which to display.
 */
public final class BaseForms {

    private BaseForms() {}

    public static List<BaseForm> of(String word, String language) {
        if (word.isEmpty()) {
            return List.of();
        }
        List<BaseForm> readings =
                switch (language) {
                    case "ru" -> RussianEndings.readings(word);
                    case "az" -> AzerbaijaniEndings.readings(word);
                    default -> englishReadings(word);
                };
        return readings.isEmpty() ? List.of(new BaseForm(word, Gender.UNKNOWN)) : readings;
    }

    /** Every spelling key of every reading of the word. */
    public static Set<SpellingKey> keys(String word, String language) {
        Set<SpellingKey> keys = new LinkedHashSet<>();
        for (BaseForm reading : of(word, language)) {
            keys.addAll(SpellingKey.of(reading.text(), language));
        }
        return keys;
    }

    private static List<BaseForm> englishReadings(String word) {
        List<BaseForm> readings = new ArrayList<>();
        for (String possessive : List.of("'s", "’s")) {
            if (word.length() > possessive.length() + 1 && word.endsWith(possessive)) {
                readings.add(new BaseForm(word.substring(0, word.length() - possessive.length()), Gender.UNKNOWN));
                return readings;
            }
        }
        // a text in English may quote a Russian or Azerbaijani form; its gender still shows
        readings.add(new BaseForm(word, SurnameShape.genderOf(word)));
        return readings;
    }
}
