package org.gazette.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * English words made from a name that are not a mention of it: a name written after a prefix such as "pro",
 * "anti" or "post" and a hyphen ("pro-Beijing camp", "anti-Pyongyang broadcasts") and a language or nationality word used as an
 * adjective ("Greek court", "Indian history": the language's name, as the JDK's CLDR data spells it, followed
 * by a lower-case word). The first is dropped, or loses its first word when more follows ("pro-Beijing New
 * People Party" keeps "New People Party"); the second is dropped. "Greek Orthodox Church" or "the Greeks" stay
 * as the tagger found them.
 */
final class AdjectivalNames {

    private static final Set<String> LANGUAGE_NAMES = languageNames();

    private AdjectivalNames() {}

    static List<EntityTags.Span> drop(String text, List<EntityTags.Span> names) {
        List<EntityTags.Span> kept = new ArrayList<>(names.size());
        for (EntityTags.Span name : names) {
            if (afterPrefix(text, name.start())) {
                int space = text.indexOf(' ', name.start());
                if (space > 0 && space + 1 < name.end()) {
                    kept.add(new EntityTags.Span(space + 1, name.end(), name.type()));
                }
                continue;
            }
            if (LANGUAGE_NAMES.contains(text.substring(name.start(), name.end()))
                    && beforeLowerCaseWord(text, name.end())) {
                continue;
            }
            kept.add(name);
        }
        return kept;
    }

    /** The prefixes that make an adjective of a name: "pro-Beijing", "anti-American", "post-Soviet". */
    private static final Set<String> PREFIXES = Set.of(
            "pro", "anti", "non", "post", "pre", "neo", "pan", "mid", "trans", "inter", "quasi", "semi", "pseudo",
            "ultra", "counter", "un");

    /** Whether one of the prefixes and a hyphen are written right before {@code start}, in any case. */
    private static boolean afterPrefix(String text, int start) {
        if (start < 2 || text.charAt(start - 1) != '-') {
            return false;
        }
        int i = start - 1;
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return PREFIXES.contains(text.substring(i, start - 1).toLowerCase(Locale.ROOT));
    }

    private static boolean beforeLowerCaseWord(String text, int end) {
        return end + 1 < text.length() && text.charAt(end) == ' ' && Character.isLowerCase(text.charAt(end + 1));
    }

    private static Set<String> languageNames() {
        Set<String> names = new HashSet<>();
        for (String code : Locale.getISOLanguages()) {
            names.add(Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH));
        }
        return Set.copyOf(names);
    }
}
