package org.gazette.entity.directory;

import java.util.Map;
import org.gazette.entity.EntityType;
import org.gazette.text.Language;

/**
 * An entity as readers see it: its address, its kind and its names by language.
 *
 * @param names display names by language code; a language without one shows another's
 */
public record ListedEntity(long id, String slug, EntityType type, String isoCode, Map<String, String> names) {

    public ListedEntity {
        names = Map.copyOf(names);
    }

    /** The name in this language, else in English, else any name, else the slug. */
    public String name(Language lang) {
        String name = names.get(lang.code());
        if (name == null) {
            name = names.get("en");
        }
        if (name == null) {
            name = names.values().stream().sorted().findFirst().orElse(slug);
        }
        return name;
    }
}
