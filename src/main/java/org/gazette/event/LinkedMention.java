package org.gazette.event;

import java.util.Objects;
import java.util.Optional;
import org.gazette.entity.Mention;

/**
 * A mention with the key of the entity the linker chose for it, if any. The extractor takes these rather than
 * {@code Link}s so that callers with stored tags (and corrections made by editors) can pass what they have.
 */
public record LinkedMention(Mention mention, Optional<String> entityKey) {

    public LinkedMention {
        Objects.requireNonNull(mention, "mention");
        entityKey = entityKey == null ? Optional.empty() : entityKey;
    }
}
