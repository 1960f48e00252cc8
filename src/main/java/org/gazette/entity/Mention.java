package org.gazette.entity;

import java.util.Objects;

/**
 * One name found in a text: where it is, as code point offsets into the text ({@code end} exclusive,
 * as Python slices and {@code ../shared/understanding/score.py} count), what kind of entity it names, and
 * the text between the two offsets.
 */
public record Mention(int start, int end, EntityType type, String text) {

    public Mention {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("a mention spans at least one character: " + start + ".." + end);
        }
    }
}
