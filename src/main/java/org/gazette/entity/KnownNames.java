package org.gazette.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
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

    private static final String WORDNET = "/org/gazette/entity/names-wordnet.txt.gz";

    private final Map<String, Kind> byWord = new HashMap<>();
    private final Map<String, Kind> byStem = new HashMap<>();

    /** WordNet's names, as their lower-case words joined by spaces, and the types (a bit per type). */
    private final Map<String, Integer> typedNames = new HashMap<>();
    /** The lower-case words of WordNet's names and the types of the names they are words of. */
    private final Map<String, Integer> typedWords = new HashMap<>();

    private int longestName;

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
        addTypedNames();
    }

    /**
     * The people, organisations and places WordNet names (see tools/wordnet-names.py and NOTICE), one a
     * line as type, tab, name; each name is cut into words the way English text is.
     */
    private void addTypedNames() {
        WordSplitter splitter = new WordSplitter(false);
        for (String line : lines(WORDNET)) {
            int tab = line.indexOf('\t');
            if (tab < 0) {
                continue;
            }
            int bit = 1 << EntityType.valueOf(line.substring(0, tab)).ordinal();
            List<Token> words = splitter.split(line.substring(tab + 1));
            StringBuilder key = new StringBuilder();
            for (Token word : words) {
                String lower = word.text().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) {
                    key.append(' ');
                }
                key.append(lower);
                if (lower.length() >= 3 && Character.isUpperCase(word.text().codePointAt(0))) {
                    typedWords.merge(lower, bit, (a, b) -> a | b);
                }
            }
            typedNames.merge(key.toString(), bit, (a, b) -> a | b);
            longestName = Math.max(longestName, words.size());
        }
    }

    private static List<String> lines(String resource) {
        List<String> lines = new ArrayList<>();
        try (InputStream raw = KnownNames.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("the word list " + resource + " is missing");
            }
            BufferedReader reader =
                    new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /**
     * The number of words of the longest WordNet name that the lower-case words from {@code from} on
     * begin with, or 0; its types are then {@link #typesOfName}.
     */
    int longestNameAt(String[] lower, int from) {
        StringBuilder key = new StringBuilder();
        int longest = 0;
        for (int j = from; j < lower.length && j - from < longestName; j++) {
            if (j > from) {
                key.append(' ');
            }
            key.append(lower[j]);
            if (typedNames.containsKey(key.toString())) {
                longest = j - from + 1;
            }
        }
        return longest;
    }

    /** The types of a WordNet name (a bit per {@link EntityType}, by ordinal), its words joined by spaces. */
    int typesOfName(String[] lower, int from, int length) {
        return typedNames.getOrDefault(String.join(" ", Arrays.copyOfRange(lower, from, from + length)), 0);
    }

    /** The types of the WordNet names a lower-case word is a word of (a bit per type), or 0. */
    int typesOfWord(String lower) {
        return typedWords.getOrDefault(lower, 0);
    }

    /**
     * The regions, provinces and cities of ISO 3166-2 and the former countries of ISO 3166-3, in their own
     * spelling and in Russian and Azerbaijani, as Debian's iso-codes package has them (see NOTICE and
     * tools/place-names.py); words shared by many such names ("Province", "область") are left out.
     */
    private void addRegionNames() {
        addCommonWordsLeftOut(lines(REGIONS), Locale.ROOT, Kind.REGION);
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
