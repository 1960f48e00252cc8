package org.gazette.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.zip.GZIPInputStream;

/**
 * Lists of place and language names: those the JDK ships (its CLDR data: the countries and territories
 * and the languages of the world, named in English, Russian and Azerbaijani, and the places that name
 * time zones, "Baku", "Москва") and the regions and cities of ISO 3166-2 from Debian's iso-codes. A word of a text that belongs to such a name, allowing for inflection (see {@link
 * WordStems}), gets a feature saying so; the tagger learns how far to trust it.
 */
final class KnownNames {

    enum Kind {
        PLACE,
        REGION,
        LANGUAGE
    }

    private static final String REGIONS = "/org/gazette/entity/places-iso.txt.gz";
    private static final String SEPARATORS = "[\\s,()]+";

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
        addRegionNames();
    }

    /**
     * The regions, provinces and cities of ISO 3166-2 and the former countries of ISO 3166-3, in their own
     * spelling and in Russian and Azerbaijani, as Debian's iso-codes package has them (see NOTICE and
     * tools/place-names.py); words shared by many such names ("Province", "область") are left out.
     */
    private void addRegionNames() {
        List<String> names = new ArrayList<>();
        try (InputStream raw = KnownNames.class.getResourceAsStream(REGIONS)) {
            if (raw == null) {
                throw new IllegalStateException("the word list " + REGIONS + " is missing");
            }
            BufferedReader reader =
                    new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                names.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        addCommonWordsLeftOut(names, Locale.ROOT, Kind.REGION);
    }

    /**
     * The JDK names time zones after places in each language ("Москва, стандартное время", "Moskva
     * Vaxtı"): the capitalised words of those names are places, once the words every such name shares
     * ("Time", "Vaxtı", "Standard") are left out.
     */
    private void addTimeZoneNames() {
        for (Locale in : LOCALES) {
            Set<String> names = new HashSet<>();
            for (String zone : TimeZone.getAvailableIDs()) {
                TimeZone timeZone = TimeZone.getTimeZone(zone);
                names.add(timeZone.getDisplayName(false, TimeZone.LONG, in));
                names.add(timeZone.getDisplayName(true, TimeZone.LONG, in));
            }
            addCommonWordsLeftOut(names, in, Kind.PLACE);
        }
    }

    /** Adds the words of the names, less those that occur in more than a few of them. */
    private void addCommonWordsLeftOut(Collection<String> names, Locale locale, Kind kind) {
        Map<String, Integer> uses = new HashMap<>();
        for (String name : names) {
            for (String word : name.split(SEPARATORS)) {
                uses.merge(word, 1, Integer::sum);
            }
        }
        for (String name : names) {
            StringBuilder kept = new StringBuilder();
            for (String word : name.split(SEPARATORS)) {
                if (uses.get(word) <= 8 && !word.startsWith("GMT")) {
                    kept.append(word).append(' ');
                }
            }
            addWords(kept.toString(), locale, kind);
        }
    }

    private void addWords(String name, Locale locale, Kind kind) {
        for (String whole : name.split(SEPARATORS)) {
            for (String word : whole.split("-")) {
                addWord(word, locale, kind);
            }
            if (whole.indexOf('-') > 0) {
                addWord(whole, locale, kind);
            }
        }
    }

    private void addWord(String word, Locale locale, Kind kind) {
        if (word.length() < 3 || !Character.isUpperCase(word.codePointAt(0))) {
            return;
        }
        String[] keys = WordStems.listed(word.toLowerCase(locale));
        byWord.putIfAbsent(keys[0], kind);
        for (String key : keys) {
            byStem.putIfAbsent(key, kind);
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
