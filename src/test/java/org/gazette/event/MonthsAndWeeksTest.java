package org.gazette.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.gazette.text.Language;
import org.junit.jupiter.api.Test;

/**
 * A month, a week or a year without its day stands for a day, since events store a day: the story's own day when
 * the period holds it, else the period's first day.
 */
class MonthsAndWeeksTest {

    private static final LocalDate STORY = LocalDate.of(2024, 9, 18); // a Wednesday

    private static List<LocalDate> dates(String lang, String sentence) {
        return EventDates.in(Language.of(lang), sentence, STORY).stream()
                .map(EventDates.Found::date)
                .toList();
    }

    @Test
    void theStorysMonthIsTheStorysDay() {
        assertThat(dates("en", "met in September")).containsExactly(STORY);
        assertThat(dates("ru", "встретились в сентябре")).containsExactly(STORY);
        assertThat(dates("az", "sentyabrda görüşüblər")).containsExactly(STORY);
        assertThat(dates("en", "met earlier this month")).containsExactly(STORY);
        assertThat(dates("ru", "встретились на этой неделе")).containsExactly(STORY);
    }

    @Test
    void anEarlierMonthIsItsFirstDay() {
        assertThat(dates("en", "signed in August")).containsExactly(LocalDate.of(2024, 8, 1));
        assertThat(dates("ru", "подписали в августе")).containsExactly(LocalDate.of(2024, 8, 1));
        assertThat(dates("ru", "подписали в конце августа")).containsExactly(LocalDate.of(2024, 8, 1));
        assertThat(dates("az", "avqust ayında imzalayıblar")).containsExactly(LocalDate.of(2024, 8, 1));
        assertThat(dates("en", "visited last month")).containsExactly(LocalDate.of(2024, 8, 1));
    }

    @Test
    void aLaterMonthWithoutAYearIsLastYears() {
        assertThat(dates("en", "met in December")).containsExactly(LocalDate.of(2023, 12, 1));
    }

    @Test
    void aMonthWithItsYear() {
        assertThat(dates("en", "signed in March 2015")).containsExactly(LocalDate.of(2015, 3, 1));
        assertThat(dates("ru", "подписали в мае 1994 года")).containsExactly(LocalDate.of(1994, 5, 1));
        assertThat(dates("az", "2023-cü ilin mayında")).containsExactly(LocalDate.of(2023, 5, 1));
    }

    @Test
    void lastWeekIsItsMonday() {
        assertThat(dates("en", "met last week")).containsExactly(LocalDate.of(2024, 9, 9));
        assertThat(dates("ru", "встретились на прошлой неделе")).containsExactly(LocalDate.of(2024, 9, 9));
        assertThat(dates("az", "ötən həftə görüşüblər")).containsExactly(LocalDate.of(2024, 9, 9));
    }

    @Test
    void aDayBeatsItsMonthAndAMonthIsNotADay() {
        assertThat(dates("en", "on September 16")).containsExactly(LocalDate.of(2024, 9, 16));
        assertThat(dates("ru", "16 сентября")).containsExactly(LocalDate.of(2024, 9, 16));
        assertThat(dates("az", "sentyabrın 16-da")).containsExactly(LocalDate.of(2024, 9, 16));
        assertThat(dates("en", "she may meet him")).isEmpty();
        String text = "Sergei Lavrov met Hakan Fidan in August, on 12 August.";
        List<StoryEvent> events = PronounsAndBareTitlesTest.extract("en", text, "PER:Sergei Lavrov", "PER:Hakan Fidan");
        assertThat(events).singleElement().satisfies(event -> assertThat(event.occurredOn())
                .isEqualTo(LocalDate.of(2024, 8, 12)));
        String month = "Sergei Lavrov met Hakan Fidan in August.";
        assertThat(PronounsAndBareTitlesTest.extract("en", month, "PER:Sergei Lavrov", "PER:Hakan Fidan"))
                .singleElement()
                .satisfies(event -> assertThat(event.occurredOn()).isEqualTo(LocalDate.of(2024, 8, 1)));
    }

    @Test
    void aYearWrittenAloneIsItsFirstDayOrTheStorysDay() {
        assertThat(dates("en", "signed in 2020")).containsExactly(LocalDate.of(2020, 1, 1));
        assertThat(dates("en", "met in early 2019")).containsExactly(LocalDate.of(2019, 1, 1));
        assertThat(dates("ru", "подписали в 2020 году")).containsExactly(LocalDate.of(2020, 1, 1));
        assertThat(dates("az", "2020-ci ildə imzalanıb")).containsExactly(LocalDate.of(2020, 1, 1));
        assertThat(dates("en", "met in 2024")).containsExactly(STORY);
        assertThat(dates("en", "visited last year")).containsExactly(LocalDate.of(2023, 1, 1));
        assertThat(dates("ru", "встретились в прошлом году")).containsExactly(LocalDate.of(2023, 1, 1));
        assertThat(dates("az", "ötən il görüşüblər")).containsExactly(LocalDate.of(2023, 1, 1));
        assertThat(dates("ru", "в этом году")).containsExactly(STORY);
    }

    @Test
    void aYearThatBoundsAPeriodOrLiesAheadDatesNothing() {
        assertThat(dates("en", "allies since 2020")).isEmpty();
        assertThat(dates("en", "a plan to build it in 2030")).isEmpty();
        assertThat(dates("en", "in 2019-20 the league")).isEmpty();
        assertThat(dates("az", "ötən ilin sentyabrında")).doesNotContain(LocalDate.of(2023, 1, 1));
    }

    @Test
    void aMonthBeatsAYearInTheSameSentence() {
        String text = "Sergei Lavrov met Hakan Fidan in August, as they had in 2019.";
        assertThat(PronounsAndBareTitlesTest.extract("en", text, "PER:Sergei Lavrov", "PER:Hakan Fidan"))
                .singleElement()
                .satisfies(event -> assertThat(event.occurredOn()).isEqualTo(LocalDate.of(2024, 8, 1)));
        String year = "Sergei Lavrov met Hakan Fidan in 2019.";
        assertThat(PronounsAndBareTitlesTest.extract("en", year, "PER:Sergei Lavrov", "PER:Hakan Fidan"))
                .singleElement()
                .satisfies(event -> assertThat(event.occurredOn()).isEqualTo(LocalDate.of(2019, 1, 1)));
    }
}
