package org.gazette.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * English names of institutions and places built on a head word, which the tagger, seeing a few words
 * around each token, often gets only in part:
 *
 * <ul>
 *   <li>"‹Head› of ‹name›": "University of Helsinki", "Ministry of Foreign Affairs", "Bank of England",
 *       "State of Texas", "Gulf of Mexico". The tagger tends to find only the name after "of" ("Helsinki", a
 *       place). A name directly after "‹Head› of " or "‹Head› of the ", where the head is one of the
 *       capitalised words below, grows back to the start of the capitalised words that end in the head
 *       ("Central Bank of …", without a leading "The") and takes the head's type; a name found inside those
 *       words is taken into it.
 *   <li>"‹name› ‹Head›": "Northwestern University", "Andy Warhol Foundation". A name followed by an
 *       organisation's head word takes it in, and a name that ends in one is an organisation, whatever the
 *       person or place inside it made the tagger think.
 * </ul>
 */
final class InstitutionNames {

    private static final Set<String> ORGANISATION_HEADS = Set.of(
            "University",
            "Ministry",
            "Department",
            "Bank",
            "Institute",
            "College",
            "Academy",
            "Council",
            "School",
            "Society",
            "Federation",
            "Association",
            "Commission",
            "Committee",
            "Office",
            "Board",
            "Court",
            "Foundation",
            "Agency",
            "League",
            "Organization",
            "Organisation",
            "Party",
            "Church",
            "Corporation",
            "Company",
            "Bureau",
            "Service",
            "Library",
            "Embassy",
            "Parliament",
            "Assembly",
            "Authority",
            "Chamber",
            "Coalition",
            "Alliance",
            "Fund",
            "Trust",
            "Conservatory",
            "Polytechnic");

    private static final Set<String> PLACE_HEADS = Set.of(
            "State",
            "Bay",
            "Gulf",
            "Sea",
            "Plains",
            "Isle",
            "Island",
            "Islands",
            "Republic",
            "Kingdom",
            "City",
            "Province",
            "County",
            "Region",
            "Lake",
            "Strait",
            "Straits",
            "Cape",
            "Port",
            "Mount",
            "Emirate",
            "Sultanate",
            "Principality",
            "Duchy");

    private static final Set<String> DETERMINERS = Set.of("The", "A", "An");

    /** At most this many capitalised words, the head included, are taken before "of", so work stays bounded. */
    private static final int LONGEST_RUN = 8;

    private InstitutionNames() {}

    static List<EntityTags.Span> join(String text, List<EntityTags.Span> names) {
        return withHeadsAfter(text, withHeadsBefore(text, names));
    }

    /** "University of Helsinki": the head and "of" before a name. */
    private static List<EntityTags.Span> withHeadsBefore(String text, List<EntityTags.Span> names) {
        List<EntityTags.Span> joined = new ArrayList<>(names.size());
        for (EntityTags.Span name : names) {
            Head head = headBefore(text, name.start());
            if (head == null) {
                joined.add(name);
                continue;
            }
            int start = head.runStart();
            while (!joined.isEmpty() && joined.get(joined.size() - 1).end() > start) {
                start = Math.min(start, joined.remove(joined.size() - 1).start());
            }
            joined.add(new EntityTags.Span(start, name.end(), head.type()));
        }
        return joined;
    }

    /** "Northwestern University", "Andy Warhol Foundation": an organisation's head word last in a name. */
    private static List<EntityTags.Span> withHeadsAfter(String text, List<EntityTags.Span> names) {
        List<EntityTags.Span> joined = new ArrayList<>(names.size());
        for (int k = 0; k < names.size(); k++) {
            EntityTags.Span name = names.get(k);
            int end = name.end();
            int headEnd = organisationHeadAfter(text, end);
            if (headEnd > end && (k + 1 == names.size() || names.get(k + 1).start() >= headEnd)) {
                end = headEnd;
            }
            boolean organisation = end > name.end() || ORGANISATION_HEADS.contains(lastWord(text, name));
            joined.add(
                    organisation && (end > name.end() || name.type() != EntityType.ORG)
                            ? new EntityTags.Span(name.start(), end, EntityType.ORG)
                            : name);
        }
        return joined;
    }

    /** Where an organisation's head word written one space after {@code end} ends; {@code end} if none is. */
    private static int organisationHeadAfter(String text, int end) {
        if (end >= text.length() || text.charAt(end) != ' ') {
            return end;
        }
        int i = end + 1;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return ORGANISATION_HEADS.contains(text.substring(end + 1, i)) ? i : end;
    }

    private static String lastWord(String text, EntityTags.Span name) {
        int i = name.end();
        while (i > name.start() && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return text.substring(i, name.end());
    }

    /** The head word before "of" in front of a name, with where its run of capitalised words begins. */
    private record Head(int runStart, EntityType type) {}

    private static Head headBefore(String text, int nameStart) {
        int i = nameStart;
        i = wordBefore(text, i, "the");
        if (i < 0) {
            i = nameStart;
        }
        i = wordBefore(text, i, "of");
        if (i < 0) {
            return null;
        }
        Word head = capitalisedWordBefore(text, i);
        if (head == null) {
            return null;
        }
        EntityType type = ORGANISATION_HEADS.contains(head.text())
                ? EntityType.ORG
                : PLACE_HEADS.contains(head.text()) ? EntityType.LOC : null;
        if (type == null) {
            return null;
        }
        int runStart = head.start();
        int words = 1;
        for (Word word = capitalisedWordBefore(text, runStart);
                word != null && !DETERMINERS.contains(word.text()) && words < LONGEST_RUN;
                word = capitalisedWordBefore(text, runStart)) {
            runStart = word.start();
            words++;
        }
        return new Head(runStart, type);
    }

    private record Word(int start, String text) {}

    /**
     * Where {@code word} starts when the text before {@code end} is that word and one space; -1 if it is
     * not.
     */
    private static int wordBefore(String text, int end, String word) {
        int start = end - 1 - word.length();
        if (start < 0 || text.charAt(end - 1) != ' ' || !text.startsWith(word, start)) {
            return -1;
        }
        return start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)) ? start : -1;
    }

    /** The capitalised word, "U.S." or "&" that ends one space before {@code end}; null if there is none. */
    private static Word capitalisedWordBefore(String text, int end) {
        if (end < 2 || text.charAt(end - 1) != ' ') {
            return null;
        }
        int start = end - 1;
        while (start > 0 && isWordCharacter(text.charAt(start - 1))) {
            start--;
        }
        String word = text.substring(start, end - 1);
        if (word.equals("&")) {
            return new Word(start, word);
        }
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
            return null;
        }
        return new Word(start, word);
    }

    private static boolean isWordCharacter(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '&' || c == '\'';
    }
}
