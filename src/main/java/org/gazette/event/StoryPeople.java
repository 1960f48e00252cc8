package org.gazette.event;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The people a story has named so far, sentence by sentence, with the titles written before them: what a pronoun
 * or a bare title later in the story stands for. A pronoun stands for the subject (the first person named) of the
 * nearest earlier sentence that names a person, at most {@value #PRONOUN_REACH} sentences back; a bare title for
 * the person last named with that title, at most {@value #TITLE_REACH} sentences back. One instance per story
 * read; not thread-safe.
 */
final class StoryPeople {

    static final int PRONOUN_REACH = 3;
    static final int TITLE_REACH = 40;

    private static final Set<String> GENERIC_MINISTER = Set.of("minister", "министр", "nazir");
    private static final Pattern PRIME = Pattern.compile("prime|премьер|baş nazir");

    private record Named(int sentence, List<EventActor> people) {}

    private final Deque<Named> recent = new ArrayDeque<>();

    /** The people of sentence {@code sentence}, its subject first. */
    void named(int sentence, List<EventActor> people) {
        if (people.isEmpty()) {
            return;
        }
        recent.addFirst(new Named(sentence, List.copyOf(people)));
        while (recent.size() > TITLE_REACH) {
            recent.removeLast();
        }
    }

    /**
     * Whether a bare title names the office of a person's title: the same title, or "the minister" for any
     * minister but the prime minister ("Foreign Minister", "Министр иностранных дел", "Xarici işlər naziri").
     */
    static boolean sameOffice(String personTitle, String bareTitle) {
        if (personTitle.equals(bareTitle)) {
            return true;
        }
        String person = personTitle.toLowerCase(Locale.ROOT);
        String bare = bareTitle.toLowerCase(Locale.ROOT);
        return GENERIC_MINISTER.contains(bare)
                && person.contains(bare)
                && !PRIME.matcher(person).find();
    }

    /** The person {@code anaphor} in sentence {@code sentence} stands for, or empty when the story gives nobody. */
    Optional<EventActor> antecedent(Anaphor anaphor, int sentence) {
        Iterator<Named> earlier = recent.iterator();
        while (earlier.hasNext()) {
            Named named = earlier.next();
            if (named.sentence() >= sentence) {
                continue;
            }
            if (anaphor.pronoun()) {
                return sentence - named.sentence() <= PRONOUN_REACH
                        ? Optional.of(named.people().get(0))
                        : Optional.empty();
            }
            if (sentence - named.sentence() > TITLE_REACH) {
                return Optional.empty();
            }
            for (EventActor person : named.people()) {
                if (person.title().isPresent()
                        && sameOffice(person.title().get(), anaphor.title().get())
                        && (anaphor.country().isEmpty()
                                || person.country().isEmpty()
                                || person.country().equals(anaphor.country()))) {
                    return Optional.of(person);
                }
            }
        }
        return Optional.empty();
    }
}
