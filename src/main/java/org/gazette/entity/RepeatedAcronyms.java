package org.gazette.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An acronym names the same thing all through a story: once "the Food and Agriculture Organization (FAO)"
 * or "NATO" has been found as a name, every other "FAO" or "NATO" in the story is that name too, even where
 * the tagger, seeing a few words around it, let it pass. An acronym here is a word of two to six capital
 * letters. Its type is the one given where the story spells it out (the name just before "(FAO)"), or else
 * the one the tagger gave it most often; it is added only where no name was found across it.
 */
final class RepeatedAcronyms {

    private static final int SPELLED_OUT = 1_000;

    private RepeatedAcronyms() {}

    static List<EntityTags.Span> complete(String text, List<List<Token>> sentences, List<EntityTags.Span> names) {
        Map<String, int[]> votes = new HashMap<>();
        for (EntityTags.Span name : names) {
            String word = text.substring(name.start(), name.end());
            if (isAcronym(word)) {
                votes.computeIfAbsent(word, w -> new int[EntityType.values().length])[
                        name.type().ordinal()]++;
            }
            String defined = acronymInBracketsAfter(text, name.end());
            if (defined != null) {
                votes.computeIfAbsent(defined, w -> new int[EntityType.values().length])[
                        name.type().ordinal()] += SPELLED_OUT;
            }
        }
        if (votes.isEmpty()) {
            return names;
        }
        List<EntityTags.Span> added = new ArrayList<>();
        int next = 0;
        for (List<Token> sentence : sentences) {
            for (Token token : sentence) {
                while (next < names.size() && names.get(next).end() <= token.start()) {
                    next++;
                }
                boolean covered = next < names.size() && names.get(next).start() < token.end();
                int[] typeVotes = votes.get(token.text());
                if (!covered && typeVotes != null) {
                    added.add(new EntityTags.Span(token.start(), token.end(), winner(typeVotes)));
                }
            }
        }
        if (added.isEmpty()) {
            return names;
        }
        List<EntityTags.Span> all = new ArrayList<>(names);
        all.addAll(added);
        all.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return all;
    }

    static boolean isAcronym(String word) {
        if (word.length() < 2 || word.length() > 6) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isUpperCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The acronym written in brackets right after a name ("… Organization (FAO)"), or null. */
    private static String acronymInBracketsAfter(String text, int end) {
        int open = end;
        if (open < text.length() && text.charAt(open) == ' ') {
            open++;
        }
        if (open >= text.length() || text.charAt(open) != '(') {
            return null;
        }
        int close = text.substring(open, Math.min(text.length(), open + 8)).indexOf(')');
        close = close < 0 ? -1 : open + close;
        if (close < 0 || close - open - 1 > 6) {
            return null;
        }
        String inside = text.substring(open + 1, close);
        return isAcronym(inside) ? inside : null;
    }

    private static EntityType winner(int[] votes) {
        int best = 0;
        for (int t = 1; t < votes.length; t++) {
            if (votes[t] > votes[best]) {
                best = t;
            }
        }
        return EntityType.values()[best];
    }
}
