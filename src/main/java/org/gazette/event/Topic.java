package org.gazette.event;

import java.util.Map;
import java.util.Objects;

/**
 * A subject an event is about: a stable key that pages and feeds store, and a display name per language
 * (en, ru, az). The list is kept short on purpose ({@link Topics#ALL}); a key never changes once published.
 */
public record Topic(String key, Map<String, String> names) {

    public Topic {
        Objects.requireNonNull(key, "key");
        names = Map.copyOf(names);
    }

    /** The name to show in the language, else in English. */
    public String name(String language) {
        return names.getOrDefault(language, names.get("en"));
    }
}
