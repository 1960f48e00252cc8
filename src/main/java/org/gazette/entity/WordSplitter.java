package org.gazette.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text into the words and punctuation marks the tagger labels. A word is a run of letters and
 * digits; an apostrophe or a full stop between two such runs joins them ("O'Reilly", "U.S", "0.facebook"),
 * except the English possessive "'s", which stands alone so that "Obama's" yields the name "Obama". A
 * full stop after a one-letter segment stays with it, as in initials and "U.S.". Hyphens join words in
 * Russian ("Санкт-Петербург" is one name) and separate them in English and Azerbaijani ("ABŞ-ın" is the
 * name "ABŞ" and a case ending). Any other character that is not a space is a token of its own.
 */
final class WordSplitter {

    private final boolean hyphenJoins;

    WordSplitter(boolean hyphenJoins) {
        this.hyphenJoins = hyphenJoins;
    }

    List<Token> split(String text) {
        List<Token> tokens = new ArrayList<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            int cp = text.codePointAt(i);
            if (isWordCharacter(cp)) {
                int end = wordEnd(text, i);
                tokens.add(new Token(i, end, text.substring(i, end)));
                i = end;
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp)) {
                i += Character.charCount(cp);
            } else {
                int end = i + Character.charCount(cp);
                tokens.add(new Token(i, end, text.substring(i, end)));
                i = end;
            }
        }
        return tokens;
    }

    private int wordEnd(String text, int start) {
        int length = text.length();
        int i = runEnd(text, start);
        int segmentStart = start;
        while (i < length - 1) {
            char joiner = text.charAt(i);
            boolean joins = joiner == '\'' || joiner == '’' || joiner == '.' || (hyphenJoins && joiner == '-');
            if (!joins || !isWordCharacter(text.codePointAt(i + 1)) || isPossessive(text, i)) {
                break;
            }
            segmentStart = i + 1;
            i = runEnd(text, i + 1);
        }
        if (i < length && text.charAt(i) == '.' && text.codePointCount(segmentStart, i) == 1) {
            i++;
        }
        return i;
    }

    private static boolean isPossessive(String text, int apostrophe) {
        char mark = text.charAt(apostrophe);
        if (mark != '\'' && mark != '’') {
            return false;
        }
        char next = text.charAt(apostrophe + 1);
        return (next == 's' || next == 'S')
                && (apostrophe + 2 >= text.length() || !isWordCharacter(text.codePointAt(apostrophe + 2)));
    }

    private static int runEnd(String text, int start) {
        int i = start;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!isWordCharacter(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    static boolean isWordCharacter(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
}
