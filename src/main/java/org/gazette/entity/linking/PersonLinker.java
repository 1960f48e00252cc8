package org.gazette.entity.linking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gazette.entity.EntityType;
import org.gazette.entity.Mention;

/**
 * Links the people of one story, in three passes so that the full names inform the rest:
 *
 * <ol>
 *   <li>A full name (given name and surname, in either order) links to the one known person whose given name
 *       and surname both match, by {@link SpellingKey} over every {@link BaseForms reading}; with several,
 *       a title or co-occurrence must single one out or the mention stays unlinked; with none, it names a new
 *       person.
 *   <li>An initial and a surname ({@code I. Aliyev}) link to the one person named in full in the story, else the
 *       one known person, whose surname matches and whose given name starts with that initial.
 *   <li>A bare surname links to the one person of that surname the story names in full; failing that, to the one
 *       known person of that surname that a title before it ({@link RoleTitles}) or {@link CoOccurrence} picks.
 *       Otherwise it stays unlinked: a surname alone never merges two people. A surname linked in this pass is
 *       context for the others, which are tried again until a round links nothing new.
 * </ol>
 */
final class PersonLinker {

    private final RoleTitles titles;
    private final GivenNameVariants givenNames;

    PersonLinker(RoleTitles titles, GivenNameVariants givenNames) {
        this.titles = titles;
        this.givenNames = givenNames;
    }

    private record Reading(Mention mention, PersonName name, Set<String> roles) {}

    Map<Mention, Link> link(
            StoryText story, List<Mention> mentions, EntityCatalogue catalogue, Set<String> linkedKeys) {
        String language = story.language();
        List<Reading> readings = new ArrayList<>();
        Map<Mention, Link> links = new LinkedHashMap<>();
        for (Mention mention : mentions) {
            Optional<PersonName> name = PersonName.read(mention.text(), titles);
            if (name.isEmpty()) {
                links.put(mention, Link.none(mention, Evidence.NO_EVIDENCE));
                continue;
            }
            Set<String> roles = new LinkedHashSet<>(name.get().roles());
            roles.addAll(titles.rolesBefore(story.beforePerson(mention)));
            readings.add(new Reading(mention, name.get(), roles));
        }
        Set<String> storyPersons = new LinkedHashSet<>();
        for (Reading reading : readings) {
            if (reading.name().hasGivenName()) {
                Link link = linkFullName(reading, language, catalogue, linkedKeys);
                link.entityKey().ifPresent(key -> {
                    storyPersons.add(key);
                    linkedKeys.add(key);
                });
                links.put(reading.mention(), link);
            }
        }
        // a surname linked by evidence is context for the others, so unlinked ones are tried again until
        // a round links nothing new
        List<Reading> open = readings.stream()
                .filter(reading -> !reading.name().hasGivenName())
                .toList();
        boolean progress = true;
        while (progress && !open.isEmpty()) {
            progress = false;
            List<Reading> still = new ArrayList<>();
            for (Reading reading : open) {
                Link link = linkPartialName(reading, language, catalogue, storyPersons, linkedKeys);
                links.put(reading.mention(), link);
                if (link.entityKey().isPresent()) {
                    progress |= linkedKeys.add(link.entityKey().get());
                } else {
                    still.add(reading);
                }
            }
            open = still;
        }
        return links;
    }

    private Link linkFullName(Reading reading, String language, EntityCatalogue catalogue, Set<String> context) {
        PersonName name = reading.name();
        List<KnownEntity> candidates = fullNameMatches(name, language, catalogue);
        if (candidates.isEmpty()) {
            Optional<PersonName> swapped = name.swapped();
            if (swapped.isPresent()) {
                candidates = fullNameMatches(swapped.get(), language, catalogue);
            }
        }
        if (candidates.isEmpty()) {
            KnownEntity created = newPerson(name, language, catalogue).withRoles(reading.roles());
            catalogue.put(created);
            return Link.to(reading.mention(), created.key(), Evidence.NEW_ENTITY);
        }
        Evidence evidence = Evidence.FULL_NAME;
        KnownEntity chosen = candidates.size() == 1 ? candidates.get(0) : null;
        if (chosen == null) {
            Optional<Choice> choice = byTitleOrCompany(candidates, reading.roles(), context);
            if (choice.isEmpty()) {
                return Link.none(reading.mention(), Evidence.AMBIGUOUS);
            }
            chosen = choice.get().entity();
            evidence = choice.get().evidence();
        }
        catalogue.put(chosen.withRoles(reading.roles()).withName(language, displayName(name, language)));
        return Link.to(reading.mention(), chosen.key(), evidence);
    }

    private Link linkPartialName(
            Reading reading,
            String language,
            EntityCatalogue catalogue,
            Set<String> storyPersons,
            Set<String> context) {
        PersonName name = reading.name();
        if (FamilyName.isPlural(name.surname(), language)) {
            return Link.none(reading.mention(), Evidence.FAMILY);
        }
        Set<String> surnameKeys = keys(BaseForms.keys(name.surname(), language));
        Set<Character> initials = new LinkedHashSet<>();
        for (String initial : name.initials()) {
            String key = SpellingKey.first(initial, language);
            if (!key.isEmpty()) {
                initials.add(key.charAt(0));
            }
        }
        List<KnownEntity> known = catalogue.personsWithSurname(surnameKeys).stream()
                .filter(person ->
                        initials.isEmpty() || person.initials().stream().anyMatch(initials::contains))
                .toList();
        List<KnownEntity> inStory = known.stream()
                .filter(person -> storyPersons.contains(person.key()))
                .toList();
        if (inStory.size() == 1) {
            return Link.to(reading.mention(), inStory.get(0).key(), Evidence.SAME_STORY);
        }
        if (inStory.size() > 1) {
            return byTitle(inStory, reading.roles())
                    .map(person -> Link.to(reading.mention(), person.key(), Evidence.TITLE))
                    .orElse(Link.none(reading.mention(), Evidence.AMBIGUOUS));
        }
        if (!initials.isEmpty() && known.size() == 1) {
            return Link.to(reading.mention(), known.get(0).key(), Evidence.INITIAL);
        }
        Optional<Choice> choice = byTitleOrCompany(known, reading.roles(), context);
        if (choice.isPresent()) {
            return Link.to(
                    reading.mention(), choice.get().entity().key(), choice.get().evidence());
        }
        return Link.none(reading.mention(), known.size() > 1 ? Evidence.AMBIGUOUS : Evidence.NO_EVIDENCE);
    }

    private record Choice(KnownEntity entity, Evidence evidence) {}

    private static Optional<Choice> byTitleOrCompany(
            List<KnownEntity> candidates, Set<String> roles, Set<String> context) {
        List<KnownEntity> titled = candidates;
        if (!roles.isEmpty()) {
            List<KnownEntity> withRole = candidates.stream()
                    .filter(person -> person.roles().stream().anyMatch(roles::contains))
                    .toList();
            if (withRole.size() == 1) {
                return Optional.of(new Choice(withRole.get(0), Evidence.TITLE));
            }
            if (withRole.size() > 1) {
                titled = withRole;
            }
        }
        return CoOccurrence.single(titled, context).map(person -> new Choice(person, Evidence.CO_OCCURRENCE));
    }

    private static Optional<KnownEntity> byTitle(List<KnownEntity> candidates, Set<String> roles) {
        List<KnownEntity> withRole = candidates.stream()
                .filter(person -> person.roles().stream().anyMatch(roles::contains))
                .toList();
        return withRole.size() == 1 ? Optional.of(withRole.get(0)) : Optional.empty();
    }

    private List<KnownEntity> fullNameMatches(PersonName name, String language, EntityCatalogue catalogue) {
        Set<String> surnameKeys = keys(BaseForms.keys(name.surname(), language));
        Set<String> givenKeys = new LinkedHashSet<>();
        for (String given : name.given()) {
            givenKeys.addAll(givenNames.widened(keys(BaseForms.keys(given, language))));
        }
        return catalogue.personsWithSurname(surnameKeys).stream()
                .filter(person -> person.givenNameKeys().stream().anyMatch(givenKeys::contains))
                .toList();
    }

    private KnownEntity newPerson(PersonName name, String language, EntityCatalogue catalogue) {
        String display = displayName(name, language);
        BaseForm surname = surnameForm(name, language);
        Set<String> givenKeys = new LinkedHashSet<>();
        for (String given : name.given()) {
            givenKeys.addAll(keys(SpellingKey.of(given, language)));
            givenKeys.addAll(keys(SpellingKey.of(givenForm(given, name, language), language)));
        }
        Set<String> surnameKeys = keys(SpellingKey.of(surname.text(), language));
        return KnownEntity.person(catalogue.newKey(display, EntityType.PER), language, display, givenKeys, surnameKeys);
    }

    /** The name in its base form: given names, then the surname, initials left out. */
    static String displayName(PersonName name, String language) {
        StringBuilder display = new StringBuilder();
        for (String given : name.given()) {
            display.append(givenForm(given, name, language)).append(' ');
        }
        return display.append(surnameForm(name, language).text()).toString();
    }

    /**
     * The surname's base form. Where the form reads both ways (Russian {@code Алиева}: a woman, or a man in the
     * genitive) the first name decides: a man's name in the genitive ends in -а or -я after a stem of five letters
     * or more ({@code Ильхама}, {@code Сергея}) while a woman's name stays as it is ({@code Мехрибан}) or is
     * short or ends in -ина ({@code Анна}, {@code Ирина}); without a first name, the woman's nominative.
     */
    private static BaseForm surnameForm(PersonName name, String language) {
        List<BaseForm> readings = BaseForms.of(name.surname(), language);
        Optional<BaseForm> male =
                readings.stream().filter(r -> r.gender() == Gender.MALE).findFirst();
        Optional<BaseForm> female =
                readings.stream().filter(r -> r.gender() == Gender.FEMALE).findFirst();
        if (male.isPresent() && female.isPresent()) {
            boolean manInGenitive =
                    !name.given().isEmpty() && isMansNameInGenitive(name.given().get(0));
            return manInGenitive ? male.get() : female.get();
        }
        if (male.isPresent() || female.isPresent()) {
            return male.or(() -> female).get();
        }
        // a first name in its base form that ends in a consonant is a nominative (Мевлют), so the surname next
        // to it is one too, even where it ends like a case (Чавушоглу); else the most-stripped reading
        boolean nominative = language.equals("ru")
                && !name.given().isEmpty()
                && BaseForms.of(name.given().get(0), language).size() == 1
                && RussianEndings.endsInConsonant(name.given().get(0));
        return nominative ? new BaseForm(name.surname(), Gender.UNKNOWN) : readings.get(readings.size() - 1);
    }

    private static boolean isMansNameInGenitive(String given) {
        String lower = given.toLowerCase(Locale.ROOT);
        if (!(lower.endsWith("а") || lower.endsWith("я"))) {
            return false;
        }
        String stem = lower.substring(0, lower.length() - 1);
        return stem.length() >= 5 && !stem.endsWith("ин");
    }

    /** A given name in its base form: inflected in Russian only when the surname is. */
    private static String givenForm(String given, PersonName name, String language) {
        if (!language.equals("ru")) {
            return given;
        }
        BaseForm surname = surnameForm(name, language);
        if (surname.text().equals(name.surname())) {
            return given;
        }
        List<BaseForm> readings = BaseForms.of(given, language);
        return readings.get(readings.size() - 1).text();
    }

    private static Set<String> keys(Set<SpellingKey> keys) {
        Set<String> values = new LinkedHashSet<>();
        keys.forEach(key -> values.add(key.value()));
        return values;
    }
}
