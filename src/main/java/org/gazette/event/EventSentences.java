package org.gazette.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts a story into sentences for event extraction, as char ranges of the text. A sentence ends at a line break,
 * or after ".", "!", "?" or "…" (and any closing quotes or brackets) when the next word starts with a capital, a
 * digit or an opening quote; also where a full stop is glued to the next sentence ("2024.President", which
 * scraped pages produce) if the word before the stop is longer than one letter. Abbreviations such as "U.S.",
 * "Mr." or "г." do not end a sentence. A stretch longer than {@value #LONGEST} chars is cut there, so the work
 * per sentence is bounded whatever the text.
 */
final class EventSentences {

    static final int LONGEST = 1200;

    record Range(int start, int end) {}

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "prof", "sen", "rep", "gov", "jr", "sr", "inc",
            "ltd", "co", "corp", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "г", "гг", "им", "т", "д", "н", "э", "ул", "тыс", "млн", "млрд", "руб", "долл", "см",
            "стр", "проф", "акад", "ген", "вв");

    private EventSentences() {}

    static List<Range> of(String text) {
        List<Range> ranges = new ArrayList<>();
        int n = text.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int cut = -1;
            int next = -1;
            if (c == '\n' || c == '\r') {
                cut = i;
                next = i + 1;
            } else if (c == '.' || c == '!' || c == '?' || c == '…') {
                int j = i + 1;
                while (j < n && isCloser(text.charAt(j))) {
                    j++;
                }
                int k = j;
                while (k < n && (text.charAt(k) == ' ' || text.charAt(k) == '\t' || text.charAt(k) == '\u00a0')) {
                    k++;
                }
                if (k >= n) {
                    cut = j;
                    next = k;
                } else if (k > j && startsSentence(text, k) && !(c == '.' && abbreviation(text, i))) {
                    cut = j;
                    next = k;
                } else if (k == j
                        && c == '.'
                        && Character.isUpperCase(text.charAt(k))
                        && glued(text, i)
                        && longWord(text, k)) {
                    cut = j;
                    next = k;
                }
            }
            if (cut < 0 && i - start >= LONGEST && Character.isWhitespace(c)) {
                cut = i;
                next = i + 1;
            }
            if (cut >= 0) {
                add(ranges, text, start, cut);
                start = next;
                i = next;
            } else {
                i++;
            }
        }
        add(ranges, text, start, n);
        return ranges;
    }

    private static void add(List<Range> ranges, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            ranges.add(new Range(start, end));
        }
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '»' || c == '”' || c == '’' || c == ')' || c == ']' || c == '\'';
    }

    private static boolean startsSentence(String text, int k) {
        char c = text.charAt(k);
        return Character.isUpperCase(c)
                || Character.isDigit(c)
                || c == '"'
                || c == '«'
                || c == '“'
                || c == '—'
                || c == '–'
                || c == '('
                || c == '<';
    }

    /** The word before the full stop at {@code dot} is a known abbreviation or a single letter ("U.S."). */
    private static boolean abbreviation(String text, int dot) {
        int b = dot;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        String word = text.substring(b, dot).toLowerCase(java.util.Locale.ROOT);
        return word.length() == 1 && Character.isUpperCase(text.charAt(b))
                || ABBREVIATIONS.contains(word)
                || (b > 0 && text.charAt(b - 1) == '.' && word.length() <= 2);
    }

    /** The word at {@code k} has three letters or more: "News.Az" and "Mail.Ru" are names, not two sentences. */
    private static boolean longWord(String text, int k) {
        int e = k;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return e - k >= 3;
    }

    /** "2024.President", "States.Commending": a lower-case letter or a digit, in a word of two or more, before the stop. */
    private static boolean glued(String text, int dot) {
        if (dot < 2) {
            return false;
        }
        char before = text.charAt(dot - 1);
        char earlier = text.charAt(dot - 2);
        return (Character.isLowerCase(before) || Character.isDigit(before)) && Character.isLetterOrDigit(earlier);
    }
}
