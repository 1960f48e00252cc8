package org.gazette.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * The labels the tagger gives tokens, BIO style: outside any name, or the beginning or inside of a
 * name of each type. A name is a B token followed by any number of I tokens of the same type.
 */
final class EntityTags {

    static final int OUTSIDE = 0;
    static final int COUNT = 1 + 2 * EntityType.values().length;

    private EntityTags() {}

    static int begin(EntityType type) {
        return 1 + 2 * type.ordinal();
    }

    static int inside(EntityType type) {
        return 2 + 2 * type.ordinal();
    }

    static boolean isInside(int tag) {
        return tag != OUTSIDE && tag % 2 == 0;
    }

    static EntityType type(int tag) {
        return EntityType.values()[(tag - 1) / 2];
    }

    /** Whether {@code tag} may follow {@code previous}: an I tag only continues a name of its own type. */
    static boolean allowed(int previous, int tag) {
        return !isInside(tag) || (previous != OUTSIDE && type(previous) == type(tag));
    }

    /** The tags of a sentence's tokens for the given names (UTF-16 positions; tokens outside any are O). */
    static int[] encode(List<Token> sentence, List<Span> names) {
        int[] tags = new int[sentence.size()];
        for (Span name : names) {
            boolean first = true;
            for (int i = 0; i < sentence.size(); i++) {
                Token token = sentence.get(i);
                if (token.start() >= name.start() && token.end() <= name.end()) {
                    tags[i] = first ? begin(name.type()) : inside(name.type());
                    first = false;
                }
            }
        }
        return tags;
    }

    /** The names a sentence's tags spell out, in UTF-16 positions. */
    static List<Span> decode(List<Token> sentence, int[] tags) {
        List<Span> names = new ArrayList<>();
        int i = 0;
        while (i < tags.length) {
            if (tags[i] == OUTSIDE) {
                i++;
                continue;
            }
            EntityType type = type(tags[i]);
            int j = i + 1;
            while (j < tags.length && tags[j] == inside(type)) {
                j++;
            }
            names.add(new Span(sentence.get(i).start(), sentence.get(j - 1).end(), type));
            i = j;
        }
        return names;
    }

    /** A name's UTF-16 positions in a text and its type. */
    record Span(int start, int end, EntityType type) {}
}
