package org.gazette.entity.linking;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.gazette.entity.EntityType;

/**
 * A person, organisation or place Gazette knows, with what it takes to recognise it again: its stable
 * {@code key} (a slug), its display {@code names} by language (en, ru, az), and the {@link SpellingKey}s of
 * its names. A person has keys for given names and for the surname; an organisation or place has phrase keys
 * ({@link NamePhrase}) and acronyms. {@code isoCode} is a country's ISO 3166 code, or empty. {@code roles} are
 * the titles stories gave it ({@code president}), {@code companions} the keys of entities named in the same
 * stories; both are evidence for a bare surname.
 */
public record KnownEntity(
        String key,
        EntityType type,
        Map<String, String> names,
        Set<String> givenNameKeys,
        Set<String> surnameKeys,
        Set<String> phraseKeys,
        Set<String> acronyms,
        String isoCode,
        Set<String> roles,
        Set<String> companions) {

    public KnownEntity {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(isoCode, "isoCode");
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("an entity needs a key, got '" + key + "'");
        }
        names = Map.copyOf(names);
        givenNameKeys = Set.copyOf(givenNameKeys);
        surnameKeys = Set.copyOf(surnameKeys);
        phraseKeys = Set.copyOf(phraseKeys);
        acronyms = Set.copyOf(acronyms);
        roles = Set.copyOf(roles);
        companions = Set.copyOf(companions);
    }

    /** A person known by given names and a surname. */
    public static KnownEntity person(String key, String language, String name, Set<String> given, Set<String> surname) {
        return new KnownEntity(
                key,
                EntityType.PER,
                Map.of(language, name),
                given,
                surname,
                Set.of(),
                Set.of(),
                "",
                Set.of(),
                Set.of());
    }

    /** An organisation or place known by names and acronyms. */
    public static KnownEntity named(
            String key, EntityType type, Map<String, String> names, Set<String> phrases, Set<String> acronyms) {
        return new KnownEntity(key, type, names, Set.of(), Set.of(), phrases, acronyms, "", Set.of(), Set.of());
    }

    /** The display name in the language, else in English, else in any language the entity has one. */
    public String name(String language) {
        String name = names.get(language);
        if (name == null) {
            name = names.get("en");
        }
        return name != null
                ? name
                : names.values().stream().sorted().findFirst().orElse(key);
    }

    /** The first letters of the given names' keys, which an initial ({@code I. Aliyev}) must match. */
    public Set<Character> initials() {
        Set<Character> initials = new LinkedHashSet<>();
        givenNameKeys.forEach(given -> initials.add(given.charAt(0)));
        return initials;
    }

    public KnownEntity withName(String language, String name) {
        if (names.containsKey(language) || name.isBlank()) {
            return this;
        }
        Map<String, String> more = new LinkedHashMap<>(names);
        more.put(language, name);
        return new KnownEntity(
                key, type, more, givenNameKeys, surnameKeys, phraseKeys, acronyms, isoCode, roles, companions);
    }

    public KnownEntity withIsoCode(String code) {
        return new KnownEntity(
                key, type, names, givenNameKeys, surnameKeys, phraseKeys, acronyms, code, roles, companions);
    }

    public KnownEntity withPhrases(Set<String> more) {
        return new KnownEntity(
                key,
                type,
                names,
                givenNameKeys,
                surnameKeys,
                union(phraseKeys, more),
                acronyms,
                isoCode,
                roles,
                companions);
    }

    public KnownEntity withAcronym(String acronym) {
        return new KnownEntity(
                key,
                type,
                names,
                givenNameKeys,
                surnameKeys,
                phraseKeys,
                union(acronyms, Set.of(acronym)),
                isoCode,
                roles,
                companions);
    }

    public KnownEntity withRoles(Set<String> more) {
        return new KnownEntity(
                key,
                type,
                names,
                givenNameKeys,
                surnameKeys,
                phraseKeys,
                acronyms,
                isoCode,
                union(roles, more),
                companions);
    }

    public KnownEntity withCompanions(Set<String> more) {
        Set<String> others = new LinkedHashSet<>(more);
        others.remove(key);
        return new KnownEntity(
                key,
                type,
                names,
                givenNameKeys,
                surnameKeys,
                phraseKeys,
                acronyms,
                isoCode,
                roles,
                union(companions, others));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }
}
