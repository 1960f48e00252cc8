package org.gazette.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the whole text says about its words: which words it also writes in lower case (so a capitalised
 * one is probably just starting a sentence) and which it capitalises in the middle of a sentence (so a
 * sentence-initial one is probably a name too).
 */
final class DocumentWords {

    private final Set<String> lowerSomewhere = new HashSet<>();
    private final Set<String> capitalisedInside = new HashSet<>();

    DocumentWords(List<List<Token>> sentences, Locale locale) {
        for (List<Token> sentence : sentences) {
            for (int i = 0; i < sentence.size(); i++) {
                String text = sentence.get(i).text();
                int first = text.codePointAt(0);
                if (Character.isLowerCase(first)) {
                    lowerSomewhere.add(text);
                } else if (Character.isUpperCase(first) && i > 0 && !TokenFeatures.opensSentence(sentence, i)) {
                    capitalisedInside.add(text.toLowerCase(locale));
                }
            }
        }
    }

    boolean writesInLowerCase(String lower) {
        return lowerSomewhere.contains(lower);
    }

    boolean capitalisesInside(String lower) {
        return capitalisedInside.contains(lower);
    }
}
