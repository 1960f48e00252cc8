package org.gazette.entity.linking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gazette.entity.EntityType;
import org.gazette.text.Slug;

/**
 * The entities known so far, in memory, indexed by what a mention is compared on: surname keys for people,
 * phrase keys and acronyms for organisations and places. The linker adds and updates entities as it reads
 * stories; the order of entities is the order they became known, which is the order homonymous places are
 * preferred in when nothing tells them apart (the country Georgia before the US state).
 */
public final class EntityCatalogue {

    private final Map<String, KnownEntity> byKey = new LinkedHashMap<>();
    private final Map<String, Integer> arrival = new HashMap<>();
    private final Map<String, Set<String>> bySurname = new HashMap<>();
    private final Map<String, Set<String>> byPhrase = new HashMap<>();
    private final Map<String, Set<String>> byAcronym = new HashMap<>();
    private final Map<String, String> byIsoCode = new HashMap<>();

    /** An empty catalogue. */
    public EntityCatalogue() {}

    /** A catalogue that knows the world's countries (the JDK's CLDR names), the places and organisations Gazette ships. */
    public static EntityCatalogue withGazetteer() {
        EntityCatalogue catalogue = new EntityCatalogue();
        PlaceGazetteer.places().forEach(catalogue::put);
        OrganisationGazetteer.organisations().forEach(catalogue::put);
        return catalogue;
    }

    public Optional<KnownEntity> get(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The country with this ISO 3166 code: its identity, whatever its key and names. */
    public Optional<KnownEntity> country(String isoCode) {
        return Optional.ofNullable(byIsoCode.get(isoCode.toUpperCase(Locale.ROOT)))
                .flatMap(this::get);
    }

    public Collection<KnownEntity> all() {
        return List.copyOf(byKey.values());
    }

    public int size() {
        return byKey.size();
    }

    /** Adds the entity, or replaces the one with its key; the indexes follow. */
    public void put(KnownEntity entity) {
        KnownEntity old = byKey.put(entity.key(), entity);
        if (old != null && sameKeys(old, entity)) {
            return;
        }
        if (old != null) {
            unindex(old);
        }
        arrival.putIfAbsent(entity.key(), arrival.size());
        if (!entity.isoCode().isEmpty()) {
            byIsoCode.putIfAbsent(entity.isoCode(), entity.key());
        }
        entity.surnameKeys()
                .forEach(k ->
                        bySurname.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(entity.key()));
        entity.phraseKeys().forEach(k -> byPhrase.computeIfAbsent(k, x -> new LinkedHashSet<>())
                .add(entity.key()));
        entity.acronyms()
                .forEach(k ->
                        byAcronym.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(entity.key()));
    }

    /** People with any of these surname keys, in the order they became known. */
    List<KnownEntity> personsWithSurname(Set<String> surnameKeys) {
        return lookUp(bySurname, surnameKeys, EntityType.PER);
    }

    /** Organisations or places with any of these phrase keys, in the order they became known. */
    List<KnownEntity> withPhrase(EntityType type, Set<String> phraseKeys) {
        return lookUp(byPhrase, phraseKeys, type);
    }

    List<KnownEntity> withAcronym(EntityType type, String acronym) {
        return lookUp(byAcronym, Set.of(acronym), type);
    }

    /** A key for a new entity named so: its slug, with a number appended when another entity has it. */
    String newKey(String name, EntityType type) {
        String base = Slug.from(name).map(Slug::value).orElse(type.name().toLowerCase(Locale.ROOT));
        if (!byKey.containsKey(base)) {
            return base;
        }
        Slug slug = new Slug(base);
        for (int n = 2; ; n++) {
            String numbered = slug.withSuffix(n).value();
            if (!byKey.containsKey(numbered)) {
                return numbered;
            }
        }
    }

    private List<KnownEntity> lookUp(Map<String, Set<String>> index, Set<String> keys, EntityType type) {
        Set<String> found = new LinkedHashSet<>();
        for (String key : keys) {
            found.addAll(index.getOrDefault(key, Set.of()));
        }
        List<KnownEntity> entities = new ArrayList<>();
        for (String key : found) {
            KnownEntity entity = byKey.get(key);
            if (entity != null && entity.type() == type) {
                entities.add(entity);
            }
        }
        entities.sort(Comparator.comparing(entity -> arrival.get(entity.key())));
        return entities;
    }

    /** Whether the entity is compared on the same keys as before: a new role or companion changes no index. */
    private static boolean sameKeys(KnownEntity old, KnownEntity entity) {
        return old.surnameKeys().equals(entity.surnameKeys())
                && old.phraseKeys().equals(entity.phraseKeys())
                && old.acronyms().equals(entity.acronyms())
                && old.isoCode().equals(entity.isoCode());
    }

    private void unindex(KnownEntity entity) {
        entity.surnameKeys()
                .forEach(k -> bySurname.getOrDefault(k, new LinkedHashSet<>()).remove(entity.key()));
        entity.phraseKeys()
                .forEach(k -> byPhrase.getOrDefault(k, new LinkedHashSet<>()).remove(entity.key()));
        entity.acronyms()
                .forEach(k -> byAcronym.getOrDefault(k, new LinkedHashSet<>()).remove(entity.key()));
    }
}
