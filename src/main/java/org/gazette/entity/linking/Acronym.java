package org.gazette.entity.linking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An organisation's acronym as news text writes it ({@code OSCE}, {@code ОБСЕ}, {@code ATƏT-in},
 * {@code U.N.}), and whether it abbreviates a given full name: its letters are, in order, initials of the
 * name's words and hyphenated parts, the first letter the first word's ({@code OSCE} of {@code Organization for
 * Security and Co-operation in Europe}).
 */
final class Acronym {

    /**
     * Acronyms that every country has one of, a ministry or a service: alone they do not say which, so they
     * never link by themselves ({@code МИД России} does, by its name).
     */
    private static final Set<String> GENERIC = Set.of(
            "МИД", "MFA", "XİN", "XIN", "МВД", "DİN", "DIN", "МЧС", "FVN", "ФВН", "МО", "MN", "МЭР", "ЦИК", "MSK");

    private Acronym() {}

    /** Whether the acronym (or a reading of a word like миде) is one every country has: МИД, MFA, XİN. */
    static boolean isGeneric(String text) {
        return GENERIC.contains(normalised(text));
    }

    /** The acronym without dots and without an Azerbaijani case suffix after a hyphen or apostrophe. */
    static String normalised(String text) {
        String acronym = text.strip();
        int mark = Math.max(acronym.lastIndexOf('-'), Math.max(acronym.lastIndexOf('\''), acronym.lastIndexOf('’')));
        if (mark > 0 && isShaped(acronym.substring(0, mark).replace(".", ""))) {
            acronym = acronym.substring(0, mark);
        }
        return acronym.replace(".", "").toUpperCase(Locale.ROOT);
    }

    /** Whether the mention is written as one acronym: two to ten capitals and digits, at least two capitals. */
    static boolean isAcronym(String text) {
        return !text.strip().chars().anyMatch(Character::isWhitespace) && isShaped(normalisedShape(text));
    }

    /** Whether the acronym's letters are initials, in order, of the name's words. */
    static boolean abbreviates(String acronym, String name) {
        List<Character> initials = new ArrayList<>();
        for (String word : name.split("[\\s\\-]+")) {
            if (!word.isEmpty() && Character.isLetter(word.charAt(0))) {
                initials.add(Character.toUpperCase(word.charAt(0)));
            }
        }
        String letters = normalised(acronym).replaceAll("\\P{L}", "");
        if (letters.isEmpty() || initials.isEmpty() || letters.charAt(0) != initials.get(0)) {
            return false;
        }
        int next = 0;
        for (int i = 0; i < letters.length(); i++) {
            char letter = letters.charAt(i);
            while (next < initials.size() && initials.get(next) != letter) {
                next++;
            }
            if (next == initials.size()) {
                return false;
            }
            next++;
        }
        return true;
    }

    private static String normalisedShape(String text) {
        String acronym = text.strip();
        int mark = Math.max(acronym.lastIndexOf('-'), Math.max(acronym.lastIndexOf('\''), acronym.lastIndexOf('’')));
        if (mark > 0) {
            acronym = acronym.substring(0, mark);
        }
        return acronym.replace(".", "");
    }

    private static boolean isShaped(String text) {
        if (text.length() < 2 || text.length() > 10 || text.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        int capitals = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c)) {
                capitals++;
            } else if (!Character.isDigit(c)) {
                return false;
            }
        }
        return capitals >= 2;
    }
}
