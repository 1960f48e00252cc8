package org.gazette.entity.linking;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.entity.EntityType;
import org.gazette.entity.Mention;

/**
 * Links organisation mentions by name ({@link NamePhrase} keys, so inflected Russian and Azerbaijani names
 * match) and by acronym. A name followed by an acronym in brackets, in one mention or as the next mention
 * ({@code Organization for Security and Co-operation in Europe (OSCE)}), pairs the two when the acronym's letters
 * are initials of the name: both link to one organisation, which learns the acronym.
 */
final class OrganisationLinker {

    private static final Pattern NAME_AND_ACRONYM = Pattern.compile("(.+?)\\s*\\(\\s*([^()]+?)\\s*\\)");

    Map<Mention, Link> link(
            StoryText story, List<Mention> mentions, EntityCatalogue catalogue, Set<String> linkedKeys) {
        String language = story.language();
        Map<Mention, Link> links = new LinkedHashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention mention = mentions.get(i);
            Mention next = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
            Mention previous = i > 0 ? mentions.get(i - 1) : null;
            Link link;
            Matcher paired = NAME_AND_ACRONYM.matcher(mention.text().strip());
            if (paired.matches()
                    && Acronym.isAcronym(paired.group(2))
                    && Acronym.abbreviates(paired.group(2), paired.group(1))) {
                link = byName(mention, paired.group(1), Optional.of(paired.group(2)), language, catalogue, linkedKeys);
            } else if (Acronym.isAcronym(mention.text())) {
                Optional<Link> pairedWithName =
                        previous == null ? Optional.empty() : pairedWith(previous, mention, story, links, catalogue);
                link = pairedWithName.orElseGet(() -> byAcronym(mention, language, catalogue, linkedKeys));
            } else {
                Optional<String> acronymAfter = next != null
                                && bracketed(story.between(mention, next))
                                && Acronym.isAcronym(next.text())
                                && Acronym.abbreviates(next.text(), mention.text())
                        ? Optional.of(next.text())
                        : Optional.empty();
                link = byName(mention, mention.text(), acronymAfter, language, catalogue, linkedKeys);
            }
            link.entityKey().ifPresent(linkedKeys::add);
            links.put(mention, link);
        }
        return links;
    }

    /** The acronym in brackets right after a linked name, linked to the same organisation. */
    private static Optional<Link> pairedWith(
            Mention name, Mention acronym, StoryText story, Map<Mention, Link> links, EntityCatalogue catalogue) {
        Link nameLink = links.get(name);
        if (nameLink == null
                || nameLink.entityKey().isEmpty()
                || !bracketed(story.between(name, acronym))
                || !Acronym.abbreviates(acronym.text(), name.text())) {
            return Optional.empty();
        }
        String key = nameLink.entityKey().get();
        catalogue.get(key).ifPresent(entity -> catalogue.put(entity.withAcronym(Acronym.normalised(acronym.text()))));
        return Optional.of(Link.to(acronym, key, Evidence.ACRONYM));
    }

    private static Link byAcronym(Mention mention, String language, EntityCatalogue catalogue, Set<String> context) {
        String acronym = Acronym.normalised(mention.text());
        if (Acronym.isGeneric(acronym)) {
            return Link.none(mention, Evidence.AMBIGUOUS);
        }
        // an acronym is compared letter for letter, never by sound: MIT is not МИД
        List<KnownEntity> candidates = catalogue.withAcronym(EntityType.ORG, acronym);
        if (candidates.size() == 1) {
            return Link.to(mention, candidates.get(0).key(), Evidence.ACRONYM);
        }
        if (candidates.size() > 1) {
            return CoOccurrence.single(candidates, context)
                    .map(org -> Link.to(mention, org.key(), Evidence.CO_OCCURRENCE))
                    .orElse(Link.none(mention, Evidence.AMBIGUOUS));
        }
        KnownEntity created = KnownEntity.named(
                catalogue.newKey(acronym, EntityType.ORG),
                EntityType.ORG,
                Map.of(language, acronym),
                Set.of(),
                Set.of(acronym));
        catalogue.put(created);
        return Link.to(mention, created.key(), Evidence.NEW_ENTITY);
    }

    private static Link byName(
            Mention mention,
            String name,
            Optional<String> acronym,
            String language,
            EntityCatalogue catalogue,
            Set<String> context) {
        Set<String> keys = NamePhrase.keysInText(name, language);
        if (keys.isEmpty()) {
            return Link.none(mention, Evidence.NO_EVIDENCE);
        }
        if (NamePhrase.words(name).size() == 1
                && BaseForms.of(name.strip(), language).stream()
                        .anyMatch(reading -> Acronym.isGeneric(reading.text()))) {
            return Link.none(mention, Evidence.AMBIGUOUS);
        }
        List<KnownEntity> candidates = catalogue.withPhrase(EntityType.ORG, keys);
        if (candidates.isEmpty()) {
            candidates = inflectedAcronym(name, language, catalogue);
        }
        if (candidates.isEmpty() && acronym.isPresent()) {
            candidates = catalogue.withAcronym(EntityType.ORG, Acronym.normalised(acronym.get()));
        }
        KnownEntity chosen;
        Evidence evidence = Evidence.ORGANISATION_NAME;
        if (candidates.size() == 1) {
            chosen = candidates.get(0);
        } else if (candidates.size() > 1) {
            Optional<KnownEntity> single = CoOccurrence.single(candidates, context);
            if (single.isEmpty()) {
                return Link.none(mention, Evidence.AMBIGUOUS);
            }
            chosen = single.get();
            evidence = Evidence.CO_OCCURRENCE;
        } else {
            String display = NamedEntities.baseName(name, language);
            chosen = KnownEntity.named(
                    catalogue.newKey(display, EntityType.ORG),
                    EntityType.ORG,
                    Map.of(language, display),
                    NamePhrase.keysInText(display, language),
                    Set.of());
            evidence = Evidence.NEW_ENTITY;
        }
        chosen = chosen.withPhrases(NamePhrase.keysInText(name, language))
                .withName(language, NamedEntities.baseName(name, language));
        if (acronym.isPresent()) {
            chosen = chosen.withAcronym(Acronym.normalised(acronym.get()));
        }
        catalogue.put(chosen);
        return Link.to(mention, chosen.key(), evidence);
    }

    /** A known acronym written in lower case or with a case ending, as Russian does: {@code миде, МИДа}. */
    private static List<KnownEntity> inflectedAcronym(String name, String language, EntityCatalogue catalogue) {
        if (NamePhrase.words(name).size() != 1) {
            return List.of();
        }
        for (BaseForm reading : BaseForms.of(name.strip(), language)) {
            List<KnownEntity> found = catalogue.withAcronym(EntityType.ORG, Acronym.normalised(reading.text()));
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    private static boolean bracketed(String between) {
        return between.strip().equals("(");
    }
}
