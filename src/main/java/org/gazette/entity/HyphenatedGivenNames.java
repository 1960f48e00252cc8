package org.gazette.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Romanised Chinese and Korean given names are written with a hyphen and a lower-case second syllable:
 * "Lee Cheuk-yan", "Kim Jong-un". The English word splitter cuts words at hyphens ("Beijing-based", "ABŞ-ın"
 * in Azerbaijani), so the tagger ends such a name at the hyphen. This puts the syllable back: a person's
 * name of two words or more that stops right before a hyphen and a short lower-case run (one to six
 * letters, then the end of the word) is taken to go on through it, unless the run is one of the words
 * that make an adjective of a name ("Smith-led", "Obama-era").
 */
final class HyphenatedGivenNames {

    private static final int LONGEST_SYLLABLE = 6;

    /** Second halves of compounds made from a name, never part of one. */
    private static final Set<String> COMPOUND_HEADS = Set.of(
            "born",
            "led",
            "era",
            "style",
            "like",
            "type",
            "run",
            "made",
            "owned",
            "ish",
            "esque",
            "linked",
            "based",
            "backed",
            "funded",
            "inspired",
            "allied",
            "aligned",
            "friendly",
            "free",
            "level",
            "class",
            "mania");

    private HyphenatedGivenNames() {}

    static List<EntityTags.Span> extend(String text, List<EntityTags.Span> names) {
        List<EntityTags.Span> extended = null;
        for (int k = 0; k < names.size(); k++) {
            EntityTags.Span name = names.get(k);
            int end = syllableEnd(text, name);
            if (end > name.end() && (k + 1 == names.size() || names.get(k + 1).start() >= end)) {
                if (extended == null) {
                    extended = new ArrayList<>(names);
                }
                extended.set(k, new EntityTags.Span(name.start(), end, name.type()));
            }
        }
        return extended == null ? names : extended;
    }

    /** Where the hyphenated syllable after the name ends, or the name's own end when there is none. */
    private static int syllableEnd(String text, EntityTags.Span name) {
        int hyphen = name.end();
        if (name.type() != EntityType.PER || hyphen + 1 >= text.length() || text.charAt(hyphen) != '-') {
            return hyphen;
        }
        if (!hasSpace(text, name.start(), hyphen)) {
            return hyphen;
        }
        int i = hyphen + 1;
        while (i < text.length() && i - hyphen - 1 <= LONGEST_SYLLABLE && isLowerLetter(text.charAt(i))) {
            i++;
        }
        int length = i - hyphen - 1;
        if (length == 0 || length > LONGEST_SYLLABLE) {
            return hyphen;
        }
        if (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-')) {
            return hyphen;
        }
        return COMPOUND_HEADS.contains(text.substring(hyphen + 1, i)) ? hyphen : i;
    }

    private static boolean hasSpace(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLowerLetter(char c) {
        return c >= 'a' && c <= 'z';
    }
}
