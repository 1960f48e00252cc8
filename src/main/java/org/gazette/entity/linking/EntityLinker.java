package org.gazette.entity.linking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gazette.entity.EntityType;
import org.gazette.entity.Mention;

/**
 * Decides which entity each mention of a story names, against the entities already known, creating the ones
 * that are new. Places and organisations go first, as they are the context that tells people apart; then people
 * ({@link PersonLinker}). Afterwards every entity of the story has the others as companions, which is the
 * evidence {@link CoOccurrence} reads in later stories.
 */
public final class EntityLinker {

    private final PersonLinker persons;
    private final PlaceLinker places = new PlaceLinker();
    private final OrganisationLinker organisations = new OrganisationLinker();

    public EntityLinker(RoleTitles titles, GivenNameVariants givenNames) {
        this.persons = new PersonLinker(titles, givenNames);
    }

    /** A linker with the titles and given-name variants Gazette ships. */
    public static EntityLinker shipped() {
        return new EntityLinker(RoleTitles.shipped(), GivenNameVariants.shipped());
    }

    /** One link per mention, in the order of the story's mentions; the catalogue learns the story. */
    public List<Link> link(Story story, EntityCatalogue catalogue) {
        List<Mention> ordered = new ArrayList<>(story.mentions());
        ordered.sort((a, b) -> Integer.compare(a.start(), b.start()));
        StoryText text = new StoryText(story);
        Set<String> linkedKeys = new LinkedHashSet<>();
        Map<Mention, Link> links = new HashMap<>();
        links.putAll(places.link(text, ofType(ordered, EntityType.LOC), catalogue, linkedKeys));
        links.putAll(organisations.link(text, ofType(ordered, EntityType.ORG), catalogue, linkedKeys));
        links.putAll(persons.link(text, ofType(ordered, EntityType.PER), catalogue, linkedKeys));
        for (String key : linkedKeys) {
            catalogue.get(key).ifPresent(entity -> catalogue.put(entity.withCompanions(linkedKeys)));
        }
        List<Link> inOrder = new ArrayList<>();
        for (Mention mention : story.mentions()) {
            inOrder.add(links.get(mention));
        }
        return inOrder;
    }

    private static List<Mention> ofType(List<Mention> mentions, EntityType type) {
        return mentions.stream().filter(mention -> mention.type() == type).toList();
    }
}
