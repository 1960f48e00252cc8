package org.gazette.entity;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * Lists of names the JDK ships (its CLDR data): the countries and territories and the languages of the
 * world, named in English, Russian and Azerbaijani, and the cities that name time zones ("Baku",
 * "New_York"). A word of a text that belongs to such a name, allowing for inflection (see {@link
 * WordStems}), gets a feature saying so; the tagger learns how far to trust it.
 */
final class KnownNames {

    enum Kind {
        PLACE,
        LANGUAGE
    }

    private static final Locale[] LOCALES = {Locale.ENGLISH, Locale.forLanguageTag("ru"), Locale.forLanguageTag("az")};

    private final Map<String, Kind> byWord = new HashMap<>();
    private final Map<String, Kind> byStem = new HashMap<>();

    KnownNames() {
        for (Locale in : LOCALES) {
            for (String country : Locale.getISOCountries()) {
                String name = new Locale.Builder().setRegion(country).build().getDisplayCountry(in);
                if (!name.equals(country)) {
                    addWords(name, in, Kind.PLACE);
                }
            }
            for (String language : Locale.getISOLanguages()) {
                String name = new Locale.Builder().setLanguage(language).build().getDisplayLanguage(in);
                if (!name.equals(language)) {
                    addWords(name, in, Kind.LANGUAGE);
                }
            }
        }
        for (String zone : ZoneId.getAvailableZoneIds()) {
            int slash = zone.lastIndexOf('/');
            if (slash > 0 && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/")) {
                addWords(zone.substring(slash + 1).replace('_', ' '), Locale.ENGLISH, Kind.PLACE);
            }
        }
        addTimeZoneNames();
    }

    /**
     * The JDK names time zones after places in each language ("Москва, стандартное время", "Moskva
     * Vaxtı"): the capitalised words of those names are places, once the words every such name shares
     * ("Time", "Vaxtı", "Standard") are left out.
     */
    private void addTimeZoneNames() {
        for (Locale in : LOCALES) {
            Map<String, Integer> uses = new HashMap<>();
            java.util.Set<String> names = new java.util.HashSet<>();
            for (String zone : TimeZone.getAvailableIDs()) {
                TimeZone timeZone = TimeZone.getTimeZone(zone);
                names.add(timeZone.getDisplayName(false, TimeZone.LONG, in));
                names.add(timeZone.getDisplayName(true, TimeZone.LONG, in));
            }
            for (String name : names) {
                for (String word : name.split("[\\s,()\\-]+")) {
                    uses.merge(word, 1, Integer::sum);
                }
            }
            for (String name : names) {
                StringBuilder places = new StringBuilder();
                for (String word : name.split("[\\s,()\\-]+")) {
                    if (uses.get(word) <= 8 && !word.startsWith("GMT")) {
                        places.append(word).append(' ');
                    }
                }
                addWords(places.toString(), in, Kind.PLACE);
            }
        }
    }

    private void addWords(String name, Locale locale, Kind kind) {
        for (String word : name.split("[\\s,()\\-]+")) {
            if (word.length() < 3 || !Character.isUpperCase(word.codePointAt(0))) {
                continue;
            }
            String[] keys = WordStems.listed(word.toLowerCase(locale));
            byWord.putIfAbsent(keys[0], kind);
            for (String key : keys) {
                byStem.putIfAbsent(key, kind);
            }
        }
    }

    /** The kind of name a lower-case word is a word of, as it stands, or null. */
    Kind kindOf(String lower) {
        return byWord.get(lower);
    }

    /** The kind of name a lower-case word is a word of, allowing for different endings, or null. */
    Kind kindOfStem(String lower) {
        for (String key : WordStems.lookedUp(lower)) {
            Kind kind = byStem.get(key);
            if (kind != null) {
                return kind;
            }
        }
        return null;
    }
}
