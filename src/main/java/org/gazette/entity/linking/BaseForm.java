package org.gazette.entity.linking;

import java.util.Objects;

/**
 * One reading of an inflected word as its dictionary form: {@code Алиеву} reads as {@code Алиев} (a man, dative)
 * or {@code Алиева} (a woman, accusative). {@code gender} is what the surname's form says, when it says anything.
 */
public record BaseForm(String text, Gender gender) {

    public BaseForm {
        Objects.requireNonNull(gender, "gender");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a base form has letters, got '" + text + "'");
        }
    }
}
