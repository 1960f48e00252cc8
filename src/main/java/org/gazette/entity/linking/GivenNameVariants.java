package org.gazette.entity.linking;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Given names that are the same name although their spellings do not transliterate into each other
 * ({@code given-names.tsv}): a given name's spelling keys widen to the keys of every name of its group.
 */
public final class GivenNameVariants {

    private final Map<String, Set<String>> groupOfKey;

    private GivenNameVariants(Map<String, Set<String>> groupOfKey) {
        this.groupOfKey = groupOfKey;
    }

    /** The groups Gazette ships. */
    public static GivenNameVariants shipped() {
        Map<String, Set<String>> groupOfKey = new HashMap<>();
        for (List<String> row : GazetteerFile.rows("given-names.tsv", 1)) {
            Set<String> group = new LinkedHashSet<>();
            for (String name : GazetteerFile.list(row.get(0), "|")) {
                SpellingKey.of(name, GazetteerFile.languageOf(name)).forEach(key -> group.add(key.value()));
            }
            group.forEach(key ->
                    groupOfKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(group));
        }
        return new GivenNameVariants(groupOfKey);
    }

    /** No groups: given names match by spelling alone. */
    public static GivenNameVariants none() {
        return new GivenNameVariants(Map.of());
    }

    /** The keys with those of every name grouped with any of them. */
    Set<String> widened(Set<String> keys) {
        Set<String> all = new LinkedHashSet<>(keys);
        for (String key : keys) {
            all.addAll(groupOfKey.getOrDefault(key, Set.of()));
        }
        return all;
    }
}
