package org.gazette.entity.linking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person's name as a mention writes it, in parts: given names, initials, the surname, and the roles of any
 * title the mention begins with ({@code President Ilham Aliyev}). Reading it: a word like {@code I.} is an
 * initial; an Azerbaijani patronymic ({@code Heydər oğlu}, {@code Гейдар оглы}) and a Russian one
 * ({@code Викторович}) are left out; the surname is the last word, unless the first word ends like a
 * surname and the last does not ({@code Aliyev Ilham}, {@code Лавров Сергей Викторович}).
 */
record PersonName(List<String> given, List<String> initials, String surname, Set<String> roles) {

    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\p{Ll}?\\.");
    private static final Pattern JOINED_INITIAL = Pattern.compile("(\\p{Lu}\\.)(\\p{Lu}\\p{L}+)");
    private static final Set<String> PATRONYMIC_WORDS = Set.of("oğlu", "qızı", "oglu", "gizi", "оглы", "кызы");
    private static final Pattern RUSSIAN_PATRONYMIC = Pattern.compile(".+(вич|вна|ична|вича|вичу|вичем|вны|вне|вной)");

    PersonName {
        given = List.copyOf(given);
        initials = List.copyOf(initials);
        roles = Set.copyOf(roles);
    }

    static Optional<PersonName> read(String text, RoleTitles titles) {
        List<String> words = new ArrayList<>();
        for (String word : NamePhrase.words(text)) {
            var joined = JOINED_INITIAL.matcher(word);
            if (joined.matches()) {
                words.add(joined.group(1));
                words.add(joined.group(2));
            } else {
                words.add(word);
            }
        }
        Set<String> roles = titles.leadingRoles(words);
        words = new ArrayList<>(words.subList(titles.leadingTitleWords(words), words.size()));
        for (int i = words.size() - 1; i >= 1; i--) {
            if (PATRONYMIC_WORDS.contains(words.get(i).toLowerCase(Locale.ROOT))) {
                words.remove(i);
                words.remove(i - 1);
                i--;
            }
        }
        if (words.size() >= 3) {
            words.removeIf(word ->
                    RUSSIAN_PATRONYMIC.matcher(word.toLowerCase(Locale.ROOT)).matches());
        }
        List<String> initials = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String word : words) {
            if (INITIAL.matcher(word).matches()) {
                initials.add(word.substring(0, word.length() - 1));
            } else {
                names.add(word.endsWith(".") ? word.substring(0, word.length() - 1) : word);
            }
        }
        if (names.isEmpty()) {
            return Optional.empty();
        }
        int last = names.size() - 1;
        boolean surnameFirst = last > 0
                && SurnameShape.looksLikeSurname(names.get(0))
                && !SurnameShape.looksLikeSurname(names.get(last));
        if (surnameFirst) {
            return Optional.of(new PersonName(names.subList(1, names.size()), initials, names.get(0), roles));
        }
        return Optional.of(new PersonName(names.subList(0, last), initials, names.get(last), roles));
    }

    boolean hasGivenName() {
        return !given.isEmpty();
    }

    boolean hasInitial() {
        return given.isEmpty() && !initials.isEmpty();
    }

    /** The other order of a two-word name, for "Aliyev Ilham" read the wrong way round. */
    Optional<PersonName> swapped() {
        if (given.size() != 1) {
            return Optional.empty();
        }
        return Optional.of(new PersonName(List.of(surname), initials, given.get(0), roles));
    }
}
