package org.gazette.event;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.text.Language;

/**
 * Dates in a sentence, resolved against the story's date. A day and month without a year ("on 16 September",
 * "16 сентября", "sentyabrın 16-da") take the story's year, or the year before when that would put the day more
 * than {@value #GRACE_DAYS} days after the story (a story of 3 January about "30 December"). A weekday ("on
 * Monday", "в понедельник", "bazar ertəsi") is the latest such day not after the story's date; "yesterday",
 * "вчера", "накануне", "dünən" the day before; "today", "сегодня", "bu gün" the story's day. An explicit year is
 * kept. The extractor takes the day of a month written nearest the event's trigger, else the nearest weekday or
 * relative day ("в понедельник 9 мая" is 9 May).
 */
final class EventDates {

    static final int GRACE_DAYS = 7;

    /**
     * How exactly a sentence writes a date, most exact first: the day of a month; a weekday or a day relative to
     * the story ("yesterday"); a month or a week, which a day stands for (see {@link #period}).
     */
    enum Precision {
        DAY,
        RELATIVE_DAY,
        PERIOD,
        /** A year alone, "in 2020", "last year": the least exact, taken when nothing else is written. */
        YEAR
    }

    /** A date written in a sentence, resolved to a day, and how exactly it was written. */
    record Found(int start, int end, LocalDate date, Precision precision) {}

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    private static final String EN_MONTHS =
            "(january|february|march|april|may|june|july|august|september|october|november|december)";
    private static final String RU_MONTHS =
            "(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)";
    private static final String AZ_MONTHS =
            "(yanvar|fevral|mart|aprel|may|iyun|iyul|avqust|sentyabr|oktyabr|noyabr|dekabr)";

    private static final Pattern EN_DAY_MONTH =
            Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?" + EN_MONTHS + "\\b(?:,? (\\d{4}))?", FLAGS);
    private static final Pattern EN_MONTH_DAY =
            Pattern.compile("\\b" + EN_MONTHS + " (\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? (\\d{4}))?", FLAGS);
    private static final Pattern RU_DAY_MONTH =
            Pattern.compile("\\b(\\d{1,2})(?:-?го)? " + RU_MONTHS + "(?: (\\d{4}))?", FLAGS);
    private static final Pattern AZ_MONTH_DAY = Pattern.compile(
            "(?:\\b(\\d{4})-?(?:c[iıuü]|ci|cı|cu|cü)? il(?:in)? )?\\b" + AZ_MONTHS
                    + "(?:ın|in|un|ün|nın|nin)? (\\d{1,2})\\b",
            FLAGS);
    private static final Pattern AZ_DAY_MONTH = Pattern.compile("\\b(\\d{1,2}) " + AZ_MONTHS + "(?:da|də|\\b)", FLAGS);

    private static final String RU_MONTHS_IN =
            "(январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)";

    /** A month without a day: "in September", "in early March 2015"; not "in September 16". */
    private static final Pattern EN_MONTH = Pattern.compile(
            "\\b(?:in|during|since|until|through) (?:early |late |mid-?)?" + EN_MONTHS
                    + "\\b(?! \\d{1,2}\\b)(?:,? (\\d{4}))?",
            FLAGS);
    /** "в сентябре", "в сентябре 2023 года", "в начале сентября" (not "16 сентября", which has its day). */
    private static final Pattern RU_MONTH = Pattern.compile(
            "\\bв " + RU_MONTHS_IN + "(?: (\\d{4}))?|\\b(?:в начале|в середине|в конце|в течение) " + RU_MONTHS
                    + "(?: (\\d{4}))?",
            FLAGS);
    /** "sentyabrda", "sentyabr ayında", "2023-cü ilin sentyabrında". */
    private static final Pattern AZ_MONTH = Pattern.compile(
            "(?:\\b(\\d{4})-?(?:c[iıuü])? il(?:in)? )?\\b" + AZ_MONTHS
                    + "(?:(?:ın|in|un|ün)?(?:da|də)|(?: ayında| ayı ərzində))\\b",
            FLAGS);

    /**
     * A year written alone, after the word that places an event in it: "in 2020", "в 2020 году", "2020-ci ildə".
     * Not "since 2020" or "until 2030", which bound a period rather than date an act, and not a year after the
     * story's (a plan, not an event).
     */
    private static final Map<String, Pattern> YEARS = Map.of(
            "en", Pattern.compile("\\b(?:in|during) (?:early |late |mid-?)?(\\d{4})\\b(?![-–/]\\d)", FLAGS),
            "ru", Pattern.compile("\\bв (?:начале |середине |конце )?(\\d{4}) (?:году|г\\.)", FLAGS),
            "az",
                    Pattern.compile(
                            "\\b(\\d{4})-?(?:c[iıuü])? (?:il(?:də|in əvvəlində|in sonunda|in ortasında)|ildə)\\b",
                            FLAGS));

    /** A year counted from the story's: how many years back (0 this one, 1 the one before). */
    private static final Map<String, List<Object[]>> RELATIVE_YEARS = Map.of(
            "en",
                    List.<Object[]>of(
                            new Object[] {"\\blast year\\b", 1}, new Object[] {"\\b(earlier |later )?this year\\b", 0}),
            "ru",
                    List.<Object[]>of(
                            new Object[] {"\\bв (прошлом|минувшем|предыдущем) году\\b", 1},
                            new Object[] {"\\bв (этом|текущем|нынешнем) году\\b", 0}),
            "az", List.<Object[]>of(new Object[] {"\\b(ötən|keçən) il\\b", 1}, new Object[] {"\\bbu il\\b", 0}));

    private static final Map<String, List<Map.Entry<Pattern, Integer>>> COMPILED_RELATIVE_YEARS =
            compileRelativeYears();

    /** A week or month counted from the story's: how many weeks or months back (0 this one, 1 the one before). */
    private static final Map<String, List<Object[]>> PERIODS = Map.of(
            "en",
                    List.of(
                            new Object[] {"\\b(last|past) week\\b", ChronoUnit.WEEKS, 1},
                            new Object[] {"\\b(earlier |later )?this week\\b", ChronoUnit.WEEKS, 0},
                            new Object[] {"\\blast month\\b", ChronoUnit.MONTHS, 1},
                            new Object[] {"\\b(earlier |later )?this month\\b", ChronoUnit.MONTHS, 0}),
            "ru",
                    List.of(
                            new Object[] {"\\bна (прошлой|минувшей|предыдущей) неделе\\b", ChronoUnit.WEEKS, 1},
                            new Object[] {"\\bна (этой|текущей|нынешней) неделе\\b", ChronoUnit.WEEKS, 0},
                            new Object[] {"\\bв (прошлом|минувшем|предыдущем) месяце\\b", ChronoUnit.MONTHS, 1},
                            new Object[] {"\\bв (этом|текущем|нынешнем) месяце\\b", ChronoUnit.MONTHS, 0}),
            "az",
                    List.of(
                            new Object[] {"\\b(ötən|keçən) həftə\\b", ChronoUnit.WEEKS, 1},
                            new Object[] {"\\bbu həftə\\b", ChronoUnit.WEEKS, 0},
                            new Object[] {"\\b(ötən|keçən) ay\\b", ChronoUnit.MONTHS, 1},
                            new Object[] {"\\bbu ay\\b", ChronoUnit.MONTHS, 0}));

    private static final Map<String, List<Object[]>> WORDS = Map.of(
            "en",
                    List.of(
                            new Object[] {"\\byesterday\\b", -1},
                            new Object[] {"\\btoday\\b", 0},
                            new Object[] {"\\bmonday\\b", DayOfWeek.MONDAY},
                            new Object[] {"\\btuesday\\b", DayOfWeek.TUESDAY},
                            new Object[] {"\\bwednesday\\b", DayOfWeek.WEDNESDAY},
                            new Object[] {"\\bthursday\\b", DayOfWeek.THURSDAY},
                            new Object[] {"\\bfriday\\b", DayOfWeek.FRIDAY},
                            new Object[] {"\\bsaturday\\b", DayOfWeek.SATURDAY},
                            new Object[] {"\\bsunday\\b", DayOfWeek.SUNDAY}),
            "ru",
                    List.of(
                            new Object[] {"\\bвчера\\b|\\bнакануне\\b", -1},
                            new Object[] {"\\bсегодня\\b", 0},
                            new Object[] {"\\bпонедельник", DayOfWeek.MONDAY},
                            new Object[] {"\\bвторник", DayOfWeek.TUESDAY},
                            new Object[] {"\\bсред[уаы]\\b", DayOfWeek.WEDNESDAY},
                            new Object[] {"\\bчетверг", DayOfWeek.THURSDAY},
                            new Object[] {"\\bпятниц", DayOfWeek.FRIDAY},
                            new Object[] {"\\bсуббот", DayOfWeek.SATURDAY},
                            new Object[] {"\\bвоскресень", DayOfWeek.SUNDAY}),
            "az",
                    List.of(
                            new Object[] {"\\bdünən\\b", -1},
                            new Object[] {"\\bbu gün\\b", 0},
                            new Object[] {"\\bbazar ertəsi", DayOfWeek.MONDAY},
                            new Object[] {"\\bçərşənbə axşamı", DayOfWeek.TUESDAY},
                            new Object[] {"\\bçərşənbə\\b(?! axşamı)", DayOfWeek.WEDNESDAY},
                            new Object[] {"\\bcümə axşamı", DayOfWeek.THURSDAY},
                            new Object[] {"\\bcümə\\b(?! axşamı)", DayOfWeek.FRIDAY},
                            new Object[] {"\\bşənbə\\b", DayOfWeek.SATURDAY},
                            new Object[] {"\\bbazar\\b(?! ertəsi)", DayOfWeek.SUNDAY}));

    private static final Map<String, List<Map.Entry<Pattern, Object>>> COMPILED = compile();

    private static final Map<String, List<Object[]>> COMPILED_PERIODS = compilePeriods();

    private EventDates() {}

    private static Map<String, List<Object[]>> compilePeriods() {
        Map<String, List<Object[]>> compiled = new java.util.HashMap<>();
        PERIODS.forEach((language, periods) -> compiled.put(
                language,
                periods.stream()
                        .map(p -> new Object[] {Pattern.compile((String) p[0], FLAGS), p[1], p[2]})
                        .toList()));
        return compiled;
    }

    /**
     * The day that stands for a month or week, since a date has no precision where events are stored: the
     * story's own day when the period holds it ("this week", "in September" in a September story: the event
     * happened on or before the story), else the period's first day ("last week" is the Monday of the week
     * before, "in August" the 1st of August).
     */
    static LocalDate period(LocalDate first, ChronoUnit unit, LocalDate storyDate) {
        LocalDate next = first.plus(1, unit);
        return !storyDate.isBefore(first) && storyDate.isBefore(next) ? storyDate : first;
    }

    private static Map<String, List<Map.Entry<Pattern, Integer>>> compileRelativeYears() {
        Map<String, List<Map.Entry<Pattern, Integer>>> compiled = new java.util.HashMap<>();
        RELATIVE_YEARS.forEach((language, years) -> compiled.put(
                language,
                years.stream()
                        .map(pair -> Map.entry(Pattern.compile((String) pair[0], FLAGS), (Integer) pair[1]))
                        .toList()));
        return compiled;
    }

    /** Years written alone or counted back from the story's, each standing for a day as months do. */
    private static void years(List<Found> found, Language language, String sentence, LocalDate story) {
        Matcher written = YEARS.get(language.code()).matcher(sentence);
        while (written.find()) {
            int year = Integer.parseInt(written.group(1));
            boolean inside = found.stream().anyMatch(f -> f.start() <= written.start() && written.end() <= f.end());
            if (year >= 1000 && year <= story.getYear() && !inside) {
                LocalDate first = LocalDate.of(year, 1, 1);
                found.add(new Found(
                        written.start(), written.end(), period(first, ChronoUnit.YEARS, story), Precision.YEAR));
            }
        }
        for (Map.Entry<Pattern, Integer> relative : COMPILED_RELATIVE_YEARS.get(language.code())) {
            Matcher matcher = relative.getKey().matcher(sentence);
            if (matcher.find()) {
                LocalDate first = story.withDayOfYear(1).minusYears(relative.getValue());
                found.add(new Found(
                        matcher.start(), matcher.end(), period(first, ChronoUnit.YEARS, story), Precision.YEAR));
            }
        }
    }

    private static LocalDate back(LocalDate storyDate, ChronoUnit unit, int count) {
        LocalDate first = unit == ChronoUnit.WEEKS
                ? storyDate.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                : storyDate.withDayOfMonth(1);
        return period(first.minus(count, unit), unit, storyDate);
    }

    private static int monthNumber(String months, String name) {
        List<String> names = List.of(months.substring(1, months.length() - 1).split("\\|"));
        return names.indexOf(name.toLowerCase(java.util.Locale.ROOT)) + 1;
    }

    private static void month(
            List<Found> found, Matcher matcher, int monthGroup, int yearGroup, String months, LocalDate story) {
        while (matcher.find()) {
            addMonth(found, matcher, monthNumber(months, matcher.group(monthGroup)), matcher.group(yearGroup), story);
        }
    }

    /**
     * A month written without its day: of the year written, else of the story's year, or the year before when the
     * month comes after the story's (a story of January about "December").
     */
    private static void addMonth(List<Found> found, Matcher matcher, int month, String year, LocalDate story) {
        try {
            LocalDate first;
            if (year != null) {
                first = LocalDate.of(Integer.parseInt(year), month, 1);
            } else {
                first = LocalDate.of(story.getYear(), month, 1);
                if (first.isAfter(story)) {
                    first = first.minusYears(1);
                }
            }
            found.add(new Found(
                    matcher.start(), matcher.end(), period(first, ChronoUnit.MONTHS, story), Precision.PERIOD));
        } catch (DateTimeException | NumberFormatException e) {
            // a month that is not one, a year out of range: no date
        }
    }

    private static Map<String, List<Map.Entry<Pattern, Object>>> compile() {
        Map<String, List<Map.Entry<Pattern, Object>>> compiled = new java.util.HashMap<>();
        WORDS.forEach((language, words) -> compiled.put(
                language,
                words.stream()
                        .map(pair -> Map.entry(Pattern.compile((String) pair[0], FLAGS), pair[1]))
                        .toList()));
        return compiled;
    }

    /** Every date written in the sentence, resolved against the story's date. */
    static List<Found> in(Language language, String sentence, LocalDate storyDate) {
        List<Found> found = new ArrayList<>();
        switch (language.code()) {
            case "en" -> {
                dayMonth(found, EN_DAY_MONTH.matcher(sentence), 1, 2, 3, EN_MONTHS, storyDate);
                dayMonth(found, EN_MONTH_DAY.matcher(sentence), 2, 1, 3, EN_MONTHS, storyDate);
            }
            case "ru" -> dayMonth(found, RU_DAY_MONTH.matcher(sentence), 1, 2, 3, RU_MONTHS, storyDate);
            default -> {
                dayMonth(found, AZ_MONTH_DAY.matcher(sentence), 3, 2, 1, AZ_MONTHS, storyDate);
                dayMonth(found, AZ_DAY_MONTH.matcher(sentence), 1, 2, 0, AZ_MONTHS, storyDate);
            }
        }
        switch (language.code()) {
            case "en" -> month(found, EN_MONTH.matcher(sentence), 1, 2, EN_MONTHS, storyDate);
            case "ru" -> {
                Matcher matcher = RU_MONTH.matcher(sentence);
                while (matcher.find()) {
                    boolean in = matcher.group(1) != null;
                    String name = in ? matcher.group(1) : matcher.group(3);
                    String year = in ? matcher.group(2) : matcher.group(4);
                    String months = in ? RU_MONTHS_IN : RU_MONTHS;
                    addMonth(found, matcher, monthNumber(months, name), year, storyDate);
                }
            }
            default -> month(found, AZ_MONTH.matcher(sentence), 2, 1, AZ_MONTHS, storyDate);
        }
        for (Object[] period : COMPILED_PERIODS.get(language.code())) {
            Matcher matcher = ((Pattern) period[0]).matcher(sentence);
            if (matcher.find()) {
                found.add(new Found(
                        matcher.start(),
                        matcher.end(),
                        back(storyDate, (ChronoUnit) period[1], (Integer) period[2]),
                        Precision.PERIOD));
            }
        }
        years(found, language, sentence, storyDate);
        for (Map.Entry<Pattern, Object> word : COMPILED.get(language.code())) {
            Matcher matcher = word.getKey().matcher(sentence);
            if (matcher.find()) {
                LocalDate date = word.getValue() instanceof DayOfWeek day
                        ? storyDate.with(TemporalAdjusters.previousOrSame(day))
                        : storyDate.plusDays((Integer) word.getValue());
                found.add(new Found(matcher.start(), matcher.end(), date, Precision.RELATIVE_DAY));
            }
        }
        return found;
    }

    private static void dayMonth(
            List<Found> found,
            Matcher matcher,
            int dayGroup,
            int monthGroup,
            int yearGroup,
            String months,
            LocalDate story) {
        List<String> names = List.of(months.substring(1, months.length() - 1).split("\\|"));
        while (matcher.find()) {
            try {
                int day = Integer.parseInt(matcher.group(dayGroup));
                int month = names.indexOf(matcher.group(monthGroup).toLowerCase(java.util.Locale.ROOT)) + 1;
                String year = yearGroup > 0 ? matcher.group(yearGroup) : null;
                LocalDate date;
                if (year != null) {
                    date = LocalDate.of(Integer.parseInt(year), month, day);
                } else {
                    date = LocalDate.of(story.getYear(), month, day);
                    if (date.isAfter(story.plusDays(GRACE_DAYS))) {
                        date = date.minusYears(1);
                    }
                }
                found.add(new Found(matcher.start(), matcher.end(), date, Precision.DAY));
            } catch (DateTimeException | NumberFormatException e) {
                // "31 February" or a number that is not a day: not a date
            }
        }
    }
}
