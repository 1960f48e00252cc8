package org.gazette.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.text.Language;

/**
 * Titles written before a person's name ("US Secretary of State", "президент Азербайджана", "Azərbaycan
 * Prezidenti"), each pattern with the form Gazette shows. Patterns take the inflected forms (Russian cases, the
 * Azerbaijani possessive "-i"), so the shown form is the dictionary one. The longest title found wins, so
 * "Secretary of State" beats "State" and "Prime Minister" beats "Minister".
 */
final class Titles {

    record Found(String title, int start, int end) {}

    private record Entry(Pattern pattern, String title) {}

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    private static final Map<String, List<Entry>> ENTRIES = Map.of(
            "en",
                    entries(
                            "secretary of state", "Secretary of State",
                            "secretary[- ]general", "Secretary-General",
                            "(vice|deputy) president", "Vice President",
                            "president", "President",
                            "(deputy )?prime minister", "Prime Minister",
                            "premier", "Premier",
                            "foreign minister|minister of foreign affairs|foreign secretary", "Foreign Minister",
                            "defen[cs]e (minister|secretary)|minister of defen[cs]e", "Defence Minister",
                            "minister", "Minister",
                            "chancellor", "Chancellor",
                            "king", "King",
                            "queen", "Queen",
                            "ambassador", "Ambassador",
                            "spokes(man|woman|person)", "Spokesperson",
                            "(chief executive|ceo)", "Chief Executive",
                            "governor", "Governor",
                            "mayor", "Mayor",
                            "senator", "Senator",
                            "coach", "Coach",
                            "director", "Director"),
            "ru",
                    entries(
                            "государственн\\w* секретар\\w*|госсекретар\\w*", "Государственный секретарь",
                            "генеральн\\w* секретар\\w*|генсек\\w*", "Генеральный секретарь",
                            "вице-президент\\w*", "Вице-президент",
                            "президент\\w*", "Президент",
                            "вице-премьер\\w*", "Вице-премьер",
                            "премьер-министр\\w*|премьер\\w*", "Премьер-министр",
                            "министр\\w* иностранных дел|глав\\w* мид\\w*", "Министр иностранных дел",
                            "министр\\w* обороны|глав\\w* минобороны", "Министр обороны",
                            "министр\\w*", "Министр",
                            "канцлер\\w*", "Канцлер",
                            "посол|посла|послу|послом", "Посол",
                            "мэр\\w*", "Мэр",
                            "губернатор\\w*", "Губернатор",
                            "пресс-секретар\\w*|официальн\\w* представител\\w*", "Пресс-секретарь",
                            "генеральн\\w* директор\\w*|гендиректор\\w*", "Генеральный директор",
                            "глав\\w* государства", "Глава государства",
                            "спикер\\w*", "Спикер"),
            "az",
                    entries(
                            "dövlət katib\\w*", "Dövlət katibi",
                            "baş katib\\w*", "Baş katib",
                            "vitse-prezident\\w*", "Vitse-prezident",
                            "prezident\\w*", "Prezident",
                            "baş nazir\\w*", "Baş nazir",
                            "xarici işlər nazir\\w*", "Xarici işlər naziri",
                            "müdafiə nazir\\w*", "Müdafiə naziri",
                            "nazir\\w*", "Nazir",
                            "kansler\\w*", "Kansler",
                            "səfir\\w*", "Səfir",
                            "dövlət başçısı", "Dövlət başçısı",
                            "sədr\\w*", "Sədr",
                            "mətbuat katib\\w*", "Mətbuat katibi"));

    private Titles() {}

    private static List<Entry> entries(String... pairs) {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            entries.add(new Entry(Pattern.compile("\\b(" + pairs[i] + ")\\b", FLAGS), pairs[i + 1]));
        }
        return List.copyOf(entries);
    }

    /** The longest title in {@code text} (a few words before a name), if any. */
    static Optional<Found> in(Language language, String text) {
        Found best = null;
        for (Entry entry : ENTRIES.get(language.code())) {
            Matcher matcher = entry.pattern().matcher(text);
            while (matcher.find()) {
                int length = matcher.end() - matcher.start();
                if (best == null || length > best.end() - best.start()) {
                    best = new Found(entry.title(), matcher.start(), matcher.end());
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
