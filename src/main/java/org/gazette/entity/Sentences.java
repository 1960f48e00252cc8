package org.gazette.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups the tokens of a text into the stretches the tagger decodes one at a time: a sentence ends at
 * a line break, or after ".", "!", "?" or "…" when the next word does not start in lower case. A very
 * long stretch without any of these (a list, a table, a text with no punctuation) is cut every
 * {@value #LONGEST} tokens, which costs little accuracy and keeps the work per stretch bounded.
 */
final class Sentences {

    static final int LONGEST = 200;

    private Sentences() {}

    static List<List<Token>> of(String text, List<Token> tokens) {
        List<List<Token>> sentences = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= tokens.size(); i++) {
            if (i == tokens.size() || i - from >= LONGEST || endsBefore(text, tokens.get(i - 1), tokens.get(i))) {
                sentences.add(tokens.subList(from, i));
                from = i;
            }
        }
        return sentences;
    }

    private static boolean endsBefore(String text, Token last, Token next) {
        if (text.substring(last.end(), next.start()).indexOf('\n') >= 0) {
            return true;
        }
        String mark = last.text();
        boolean closing = mark.equals(".") || mark.equals("!") || mark.equals("?") || mark.equals("…");
        return closing && !Character.isLowerCase(next.text().codePointAt(0));
    }
}
