package org.gazette.event;

import java.util.Objects;
import java.util.Optional;

/**
 * One side of an event: the name as the story writes it (without the title in front of it), the linked entity
 * key when the linker found one (the key pages and timelines group by), the role, and the title and country
 * when the sentence gives them. The title is the language's usual form ("Secretary of State", "Президент",
 * "Dövlət katibi"); the country is an ISO 3166-1 alpha-2 code ("US", "AZ").
 */
public record EventActor(
        String name, Optional<String> entityKey, ActorRole role, Optional<String> title, Optional<String> country) {

    public EventActor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        entityKey = entityKey == null ? Optional.empty() : entityKey;
        title = title == null ? Optional.empty() : title;
        country = country == null ? Optional.empty() : country;
    }
}
