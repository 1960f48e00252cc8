package org.gazette.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Country names in English, Russian and Azerbaijani, from the CLDR data the JDK ships
 * ({@link Locale#getDisplayCountry(Locale)}) plus the short forms news writes ("US", "США", "ABŞ", "UK"), mapped
 * to ISO 3166-1 alpha-2 codes. A name matches inflected: a Russian or Azerbaijani word matches when it starts with
 * the name's stem and adds at most a case ending ("Азербайджана", "Azərbaycanın", "ABŞ-ın"), an English one
 * also with "'s". Only names of two letters or more that are not ordinary words are used. A few dozen adjectives
 * of nationality ("Afghan", "российский") count as their country, because titles are written with them.
 */
final class Countries {

    private record Name(String[] stems, String iso) {}

    private static final Map<String, List<Name>> BY_PREFIX = new HashMap<>();

    static {
        for (String iso : Locale.getISOCountries()) {
            Locale country = new Locale("", iso);
            for (String language : List.of("en", "ru", "az")) {
                String name = country.getDisplayCountry(Locale.forLanguageTag(language));
                if (!name.isBlank() && !name.equals(iso)) {
                    put(name, iso);
                }
            }
        }
        String[][] extra = {
            {"US", "US"},
            {"U.S", "US"},
            {"USA", "US"},
            {"United States", "US"},
            {"America", "US"},
            {"США", "US"},
            {"Соединённые Штаты", "US"},
            {"Соединенные Штаты", "US"},
            {"ABŞ", "US"},
            {"Amerika", "US"},
            {"UK", "GB"},
            {"Britain", "GB"},
            {"Great Britain", "GB"},
            {"Великобритания", "GB"},
            {"Britaniya", "GB"},
            {"Republic of Azerbaijan", "AZ"},
            {"Азербайджанская Республика", "AZ"},
            {"Azərbaycan Respublikası", "AZ"},
            {"Russian Federation", "RU"},
            {"Российская Федерация", "RU"},
            {"Rusiya Federasiyası", "RU"},
            {"РФ", "RU"},
            {"Türkiyə", "TR"},
            {"Turkey", "TR"},
            {"Türkiye", "TR"},
            {"Турция", "TR"},
            {"КНР", "CN"},
            {"КНДР", "KP"},
            {"North Korea", "KP"},
            {"South Korea", "KR"},
            {"Южная Корея", "KR"},
            {"ФРГ", "DE"},
            {"Белоруссия", "BY"},
            {"Молдавия", "MD"},
            {"Киргизия", "KG"}
        };
        for (String[] pair : extra) {
            put(pair[0], pair[1]);
        }
        // the adjectives titles are written with: "Afghan Ambassador", "российский президент"
        String[][] adjectives = {
            {"US", "American", "американский"},
            {"RU", "Russian", "российский"},
            {"AZ", "Azerbaijani", "азербайджанский"},
            {"AM", "Armenian", "армянский"},
            {"TR", "Turkish", "турецкий"},
            {"UA", "Ukrainian", "украинский"},
            {"FR", "French", "французский"},
            {"DE", "German", "германский"},
            {"DE", "German", "немецкий"},
            {"GB", "British", "британский"},
            {"CN", "Chinese", "китайский"},
            {"GE", "Georgian", "грузинский"},
            {"IR", "Iranian", "иранский"},
            {"AF", "Afghan", "афганский"},
            {"JP", "Japanese", "японский"},
            {"IL", "Israeli", "израильский"},
            {"IT", "Italian", "итальянский"},
            {"PL", "Polish", "польский"},
            {"IN", "Indian", "индийский"},
            {"CA", "Canadian", "канадский"},
            {"KZ", "Kazakh", "казахстанский"},
            {"BY", "Belarusian", "белорусский"},
            {"TM", "Turkmen", "туркменский"},
            {"UZ", "Uzbek", "узбекский"}
        };
        for (String[] row : adjectives) {
            put(row[1], row[0]);
            put(row[2], row[0]);
        }
    }

    private Countries() {}

    private static void put(String name, String iso) {
        String[] words = words(name);
        if (words.length == 0 || words[0].length() < 2) {
            return;
        }
        String[] stems = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            stems[i] = stem(words[i]);
        }
        BY_PREFIX.computeIfAbsent(prefix(stems[0]), p -> new ArrayList<>()).add(new Name(stems, iso));
    }

    /** The country the text names first, as an ISO code: "Azerbaijan's President" gives AZ. */
    static Optional<String> in(String text) {
        String[] original = originalWords(text.replaceAll("\\bU\\.\\s?S\\.?", "US "));
        String[] words = new String[original.length];
        for (int i = 0; i < original.length; i++) {
            words[i] = original[i].toLowerCase(Locale.ROOT);
        }
        for (int i = 0; i < words.length; i++) {
            List<Name> names = BY_PREFIX.get(prefix(words[i]));
            if (names == null) {
                continue;
            }
            Name best = null;
            for (Name name : names) {
                if (matches(words, original, i, name) && (best == null || name.stems().length > best.stems().length)) {
                    best = name;
                }
            }
            if (best != null) {
                return Optional.of(best.iso());
            }
        }
        return Optional.empty();
    }

    private static boolean matches(String[] words, String[] original, int at, Name name) {
        if (at + name.stems().length > words.length) {
            return false;
        }
        for (int j = 0; j < name.stems().length; j++) {
            String word = words[at + j];
            String stem = name.stems()[j];
            if (!word.startsWith(stem) || word.length() - stem.length() > 4) {
                return false;
            }
            if (stem.length() <= 3
                    && (word.length() != stem.length()
                            || !original[at + j].equals(original[at + j].toUpperCase(Locale.ROOT)))) {
                return false; // "US" must not match "use" or "us"; its endings come after a hyphen or an apostrophe
            }
        }
        return true;
    }

    /** Words in lower case, cut at hyphens and apostrophes so that "ABŞ-ın" and "Azerbaijan's" give the name. */
    private static String[] words(String text) {
        return java.util.Arrays.stream(originalWords(text))
                .map(word -> word.toLowerCase(Locale.ROOT))
                .toArray(String[]::new);
    }

    private static String[] originalWords(String text) {
        return java.util.Arrays.stream(text.split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty())
                .toArray(String[]::new);
    }

    /** A name word less its last vowel (and "й"/"я" in Russian), so that inflected forms start with it. */
    private static String stem(String word) {
        if (word.length() > 4) {
            char last = word.charAt(word.length() - 1);
            if ("aeiouyаеёиоуыэюяйьə".indexOf(last) >= 0) {
                String cut = word.substring(0, word.length() - 1);
                char before = cut.charAt(cut.length() - 1);
                return "иы".indexOf(before) >= 0 && last == 'я' || last == 'й' && "аиоы".indexOf(before) >= 0
                        ? cut.substring(0, cut.length() - 1)
                        : cut;
            }
        }
        return word;
    }

    private static String prefix(String word) {
        return word.length() <= 2 ? word : word.substring(0, 2);
    }
}
