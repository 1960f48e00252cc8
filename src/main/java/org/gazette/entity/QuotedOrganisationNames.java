package org.gazette.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * In Russian an organisation is usually named by a common noun that says what it is and its name in quotation
 * marks: партия «Яблоко», движения «Солидарность», ОАО «Газпром», еженедельника «Пермский обозреватель». The
 * tagger finds many of these but not all, and sometimes only a part or with the wrong type. This makes every
 * such quotation an organisation's name: the words inside the marks (not the marks, not the noun, as the
 * factRuEval conventions and most news style guides have it), when they begin with a capital letter or a
 * digit, fit on one line in at most 60 characters, and follow one of the nouns below in any case form. A name
 * the tagger found inside or across the quotation gives way to it.
 */
final class QuotedOrganisationNames {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final int LONGEST_NAME = 60;
    private static final int LONGEST_ENDING = 3;

    /** The nouns, without their endings: партия, движение, газета, компания, ОАО… */
    private static final Set<String> STEMS = Set.of(
            "парти",
            "движени",
            "институт",
            "компани",
            "газет",
            "еженедельник",
            "журнал",
            "банк",
            "фонд",
            "гуп",
            "муп",
            "фгуп",
            "оао",
            "зао",
            "ооо",
            "пао",
            "ао",
            "нко",
            "организаци",
            "союз",
            "объединени",
            "клуб",
            "агентств",
            "телеканал",
            "радиостанци",
            "концерн",
            "холдинг",
            "корпораци",
            "обществ",
            "ассоциаци",
            "издательств",
            "фирм",
            "завод",
            "комбинат",
            "групп",
            "центр",
            "театр",
            "университет");

    private QuotedOrganisationNames() {}

    static List<EntityTags.Span> mark(String text, List<EntityTags.Span> names) {
        List<EntityTags.Span> quoted = quotedNames(text);
        if (quoted.isEmpty()) {
            return names;
        }
        List<EntityTags.Span> merged = new ArrayList<>(names.size() + quoted.size());
        int q = 0;
        for (EntityTags.Span name : names) {
            // both lists are in text order and the quotations do not overlap: skip those ending before the name
            while (q < quoted.size() && quoted.get(q).end() <= name.start()) {
                q++;
            }
            if (q == quoted.size() || quoted.get(q).start() >= name.end()) {
                merged.add(name);
            }
        }
        merged.addAll(quoted);
        merged.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return merged;
    }

    /** Each quotation that names an organisation, as the span of the words inside the marks. */
    private static List<EntityTags.Span> quotedNames(String text) {
        List<EntityTags.Span> found = new ArrayList<>();
        for (int open = 0; open < text.length(); open++) {
            char mark = text.charAt(open);
            if (mark != '«' && mark != '„' && mark != '"') {
                continue;
            }
            int close = closingMark(text, open + 1);
            if (close < 0 || !startsName(text.charAt(open + 1)) || !afterOrganisationNoun(text, open)) {
                continue;
            }
            found.add(new EntityTags.Span(open + 1, close, EntityType.ORG));
            open = close;
        }
        return found;
    }

    /** Where the quotation that starts at {@code from} is closed, or -1 if not on the same line within the limit. */
    private static int closingMark(String text, int from) {
        for (int i = from; i < text.length() && i - from <= LONGEST_NAME; i++) {
            char c = text.charAt(i);
            if (c == '»' || c == '“' || c == '"') {
                return i > from ? i : -1;
            }
            if (c == '\n' || c == '«' || c == '„') {
                return -1;
            }
        }
        return -1;
    }

    private static boolean startsName(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c);
    }

    /** Whether the word before the opening mark (one space between) is one of the nouns, in any case form. */
    private static boolean afterOrganisationNoun(String text, int open) {
        int end = open;
        if (end == 0 || text.charAt(end - 1) != ' ') {
            return false;
        }
        end--;
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        if (start == end) {
            return false;
        }
        String word = text.substring(start, end).toLowerCase(RUSSIAN);
        for (int cut = 0; cut <= LONGEST_ENDING && cut < word.length(); cut++) {
            if (STEMS.contains(word.substring(0, word.length() - cut))) {
                return true;
            }
        }
        return false;
    }
}
