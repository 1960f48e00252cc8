package org.gazette.entity.linking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.gazette.entity.EntityType;
import org.gazette.text.Slug;

/**
 * The places Gazette knows before it reads a story: every country the JDK names (its CLDR data, in English,
 * Russian and Azerbaijani, keyed by the slug of the English name and carrying the ISO 3166 code), with the
 * other spellings and adjectives of {@code places.tsv}, and that file's cities and regions.
 */
final class PlaceGazetteer {

    static final List<String> LANGUAGES = List.of("en", "ru", "az");
    private static final List<String> RUSSIAN_ADJECTIVE_ENDINGS =
            List.of("ий", "ая", "ое", "ие", "ого", "ому", "им", "ом", "ой", "ую", "их", "ими", "ым", "ых", "ыми");

    private PlaceGazetteer() {}

    static List<KnownEntity> places() {
        Map<String, KnownEntity> byIso = new LinkedHashMap<>();
        for (String code : Locale.getISOCountries()) {
            Locale region = new Locale.Builder().setRegion(code).build();
            Map<String, String> names = new LinkedHashMap<>();
            Set<String> phrases = new LinkedHashSet<>();
            for (String language : LANGUAGES) {
                String name = region.getDisplayCountry(Locale.forLanguageTag(language));
                if (!name.isBlank() && !name.equals(code)) {
                    names.put(language, name);
                    phrases.addAll(NamePhrase.keysInText(name, language));
                }
            }
            if (!names.containsKey("en")) {
                continue;
            }
            String key = Slug.from(names.get("en")).map(Slug::value).orElse(code.toLowerCase(Locale.ROOT));
            byIso.put(
                    code,
                    KnownEntity.named(key, EntityType.LOC, names, phrases, Set.of())
                            .withIsoCode(code));
        }
        List<KnownEntity> others = new ArrayList<>();
        for (List<String> row : GazetteerFile.rows("places.tsv", 7)) {
            Map<String, String> names = new LinkedHashMap<>();
            Set<String> phrases = new LinkedHashSet<>();
            for (int i = 0; i < LANGUAGES.size(); i++) {
                String name = row.get(2 + i);
                if (!name.isEmpty()) {
                    names.put(LANGUAGES.get(i), name);
                    phrases.addAll(NamePhrase.keysInText(name, LANGUAGES.get(i)));
                }
            }
            for (String spelling : GazetteerFile.list(row.get(5), "|")) {
                phrases.addAll(spellingKeys(spelling));
            }
            Set<String> companions = new LinkedHashSet<>(GazetteerFile.list(row.get(6), ","));
            String iso = row.get(1);
            KnownEntity country = byIso.get(iso);
            if (country != null) {
                byIso.put(iso, country.withPhrases(phrases).withCompanions(companions));
            } else {
                others.add(KnownEntity.named(row.get(0), EntityType.LOC, names, phrases, Set.of())
                        .withCompanions(companions));
            }
        }
        List<KnownEntity> places = new ArrayList<>(byIso.values());
        places.addAll(others);
        return places;
    }

    /** The keys of one other spelling: a Russian adjective stem in all its forms, else as written. */
    private static Set<String> spellingKeys(String spelling) {
        Set<String> keys = new LinkedHashSet<>();
        if (spelling.endsWith("*")) {
            String stem = spelling.substring(0, spelling.length() - 1);
            for (String ending : RUSSIAN_ADJECTIVE_ENDINGS) {
                keys.addAll(NamePhrase.keysAsWritten(stem + ending, "ru"));
            }
            return keys;
        }
        String language = GazetteerFile.languageOf(spelling);
        keys.addAll(NamePhrase.keysInText(spelling, language));
        if (language.equals("en")) {
            // a Latin spelling without Azerbaijani letters may still be Azerbaijani (Amerika, Moskva)
            keys.addAll(NamePhrase.keysInText(spelling, "az"));
        }
        return keys;
    }
}
