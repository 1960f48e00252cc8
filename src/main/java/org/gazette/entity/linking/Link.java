package org.gazette.entity.linking;

import java.util.Objects;
import java.util.Optional;
import org.gazette.entity.Mention;

/** What the linker decided for one mention: the key of the entity it names, if any, and why. */
public record Link(Mention mention, Optional<String> entityKey, Evidence evidence) {

    public Link {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(entityKey, "entityKey");
        Objects.requireNonNull(evidence, "evidence");
    }

    static Link to(Mention mention, String entityKey, Evidence evidence) {
        return new Link(mention, Optional.of(entityKey), evidence);
    }

    static Link none(Mention mention, Evidence evidence) {
        return new Link(mention, Optional.empty(), evidence);
    }
}
