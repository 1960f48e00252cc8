package org.gazette.entity.linking;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gazette.entity.EntityType;
import org.gazette.entity.Mention;

/**
 * Links place mentions by name: every reading of the mention's words ({@code Азербайджана}, {@code Azərbaycanın})
 * compared by {@link NamePhrase} keys with the names of known places, the countries' CLDR names in three
 * languages among them. Of places that share a name (Georgia the country, Georgia the US state) the one the
 * story's other entities have been named with wins ({@link CoOccurrence}), else the one known first.
 */
final class PlaceLinker {

    Map<Mention, Link> link(
            StoryText story, List<Mention> mentions, EntityCatalogue catalogue, Set<String> linkedKeys) {
        Map<Mention, Link> links = new LinkedHashMap<>();
        for (Mention mention : mentions) {
            Set<String> keys = NamePhrase.keysInText(mention.text(), story.language());
            if (keys.isEmpty()) {
                links.put(mention, Link.none(mention, Evidence.NO_EVIDENCE));
                continue;
            }
            List<KnownEntity> candidates = catalogue.withPhrase(EntityType.LOC, keys);
            if (candidates.isEmpty()) {
                String name = NamedEntities.baseName(mention.text(), story.language());
                KnownEntity created = KnownEntity.named(
                        catalogue.newKey(name, EntityType.LOC),
                        EntityType.LOC,
                        Map.of(story.language(), name),
                        NamePhrase.keysInText(name, story.language()),
                        Set.of());
                catalogue.put(created);
                links.put(mention, Link.to(mention, created.key(), Evidence.NEW_ENTITY));
            } else {
                KnownEntity chosen = candidates.size() == 1
                        ? candidates.get(0)
                        : CoOccurrence.single(candidates, linkedKeys).orElse(candidates.get(0));
                links.put(mention, Link.to(mention, chosen.key(), Evidence.PLACE_NAME));
            }
            links.get(mention).entityKey().ifPresent(linkedKeys::add);
        }
        return links;
    }
}
