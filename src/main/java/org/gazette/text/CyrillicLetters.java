package org.gazette.text;

import java.util.Map;

/**
 * How newsrooms spell Cyrillic letters in Latin ones, after the BGN/PCGN-style romanisation of Russian
 * (Ильхам → ilkham), with the Ukrainian, Kazakh and Azerbaijani Cyrillic letters seen in Russian-language
 * news. One table for the two readers of it: URL slugs ({@link Slug}) and the spelling keys that link a
 * name across scripts ({@code entity.linking}).
 */
public final class CyrillicLetters {

    private static final Map<Character, String> LATIN = Map.ofEntries(
            // Russian, after the BGN/PCGN-style spellings newsrooms use in URLs
            Map.entry('а', "a"),
            Map.entry('б', "b"),
            Map.entry('в', "v"),
            Map.entry('г', "g"),
            Map.entry('д', "d"),
            Map.entry('е', "e"),
            Map.entry('ё', "yo"),
            Map.entry('ж', "zh"),
            Map.entry('з', "z"),
            Map.entry('и', "i"),
            Map.entry('й', "y"),
            Map.entry('к', "k"),
            Map.entry('л', "l"),
            Map.entry('м', "m"),
            Map.entry('н', "n"),
            Map.entry('о', "o"),
            Map.entry('п', "p"),
            Map.entry('р', "r"),
            Map.entry('с', "s"),
            Map.entry('т', "t"),
            Map.entry('у', "u"),
            Map.entry('ф', "f"),
            Map.entry('х', "kh"),
            Map.entry('ц', "ts"),
            Map.entry('ч', "ch"),
            Map.entry('ш', "sh"),
            Map.entry('щ', "shch"),
            Map.entry('ъ', ""),
            Map.entry('ы', "y"),
            Map.entry('ь', ""),
            Map.entry('э', "e"),
            Map.entry('ю', "yu"),
            Map.entry('я', "ya"),
            // Ukrainian and other Cyrillic letters seen in Russian-language news
            Map.entry('і', "i"),
            Map.entry('ї', "yi"),
            Map.entry('є', "ye"),
            Map.entry('ґ', "g"),
            Map.entry('ў', "u"),
            Map.entry('ә', "e"),
            Map.entry('ө', "o"),
            Map.entry('ү', "u"),
            Map.entry('җ', "zh"),
            Map.entry('ң', "n"),
            Map.entry('һ', "h"),
            Map.entry('ј', "y"));

    private CyrillicLetters() {}

    /** The lower-case Latin spelling of a lower-case Cyrillic letter (possibly empty, as for ь), or null for any other character. */
    public static String latin(char lowerCase) {
        return LATIN.get(lowerCase);
    }
}
