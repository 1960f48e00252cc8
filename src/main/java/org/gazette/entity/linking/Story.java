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
}
