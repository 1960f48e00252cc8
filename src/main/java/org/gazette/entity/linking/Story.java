package org.gazette.entity.linking;

import java.util.List;
import java.util.Objects;
import org.gazette.entity.Mention;

/**
 * One story as the linker reads it: its language (en, ru, az), its text, and the mentions found in it. The text
 * may be empty; titles before names ({@code President Aliyev}) and acronyms in brackets after a name are read
 * from it when it is there. Offsets are code points into {@code text}.
 */
public record Story(String language, String text, List<Mention> mentions) {

    public Story {
        Objects.requireNonNull(language, "language");
        text = text == null ? "" : text;
        mentions = List.copyOf(mentions);
    }

    /** The text before the mention, from the end of the previous person's name on: where a title stands. */
    String textBefore(Mention mention) {
        if (text.isEmpty()) {
            return "";
        }
        int from = 0;
        for (Mention other : mentions) {
            if (other.type() == mention.type() && other.end() <= mention.start() && other.end() > from) {
                from = other.end();
            }
        }
        return codePoints(from, mention.start());
    }

    /** The text between the end of one mention and the start of the next. */
    String textBetween(Mention first, Mention second) {
        return first.end() <= second.start() ? codePoints(first.end(), second.start()) : "";
    }

    private String codePoints(int from, int to) {
        int length = text.codePointCount(0, text.length());
        if (from > length || to > length || from > to) {
            return "";
        }
        return text.substring(text.offsetByCodePoints(0, from), text.offsetByCodePoints(0, to));
    }
}
