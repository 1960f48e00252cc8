package org.gazette.tagging;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.gazette.entity.EntityType;
import org.gazette.entity.linking.KnownEntity;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the linker knows of an entity, as stored in {@code entities.profile}: everything of a
 * {@link KnownEntity} but its key (the row's slug). Sets and maps are written sorted, so the same entity
 * always gives the same JSON.
 */
record EntityProfile(
        EntityType type,
        Map<String, String> names,
        Set<String> givenNameKeys,
        Set<String> surnameKeys,
        Set<String> phraseKeys,
        Set<String> acronyms,
        String isoCode,
        Set<String> roles,
        Set<String> companions) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static EntityProfile of(KnownEntity entity) {
        return new EntityProfile(
                entity.type(),
                new TreeMap<>(entity.names()),
                new TreeSet<>(entity.givenNameKeys()),
                new TreeSet<>(entity.surnameKeys()),
                new TreeSet<>(entity.phraseKeys()),
                new TreeSet<>(entity.acronyms()),
                entity.isoCode(),
                new TreeSet<>(entity.roles()),
                new TreeSet<>(entity.companions()));
    }

    static EntityProfile fromJson(String json) {
        return JSON.readValue(json, EntityProfile.class);
    }

    String json() {
        return JSON.writeValueAsString(this);
    }

    /** The entity with this key; {@code type} is the stored row's, which beats the profile's. */
    KnownEntity entity(String key, EntityType type) {
        return new KnownEntity(
                key,
                type,
                orEmpty(names),
                orEmpty(givenNameKeys),
                orEmpty(surnameKeys),
                orEmpty(phraseKeys),
                orEmpty(acronyms),
                isoCode == null ? "" : isoCode,
                orEmpty(roles),
                orEmpty(companions));
    }

    private static <T> Set<T> orEmpty(Set<T> set) {
        return set == null ? Set.of() : set;
    }

    private static Map<String, String> orEmpty(Map<String, String> map) {
        return map == null ? Map.of() : map;
    }
}
