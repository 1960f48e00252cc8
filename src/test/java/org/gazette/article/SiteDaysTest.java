package org.gazette.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SiteDaysTest {

    private final SiteDays baku = new SiteDays(ZoneId.of("Asia/Baku"));

    @Test
    void aLateEveningInUtcIsTheNextDayInBaku() {
        Instant lateEvening = Instant.parse("2024-09-15T22:30:00Z");

        assertThat(baku.dayOf(lateEvening)).isEqualTo(LocalDate.of(2024, 9, 16));
        assertThat(new SiteDays(ZoneId.of("UTC")).dayOf(lateEvening)).isEqualTo(LocalDate.of(2024, 9, 15));
    }

    @Test
    void aDayRunsFromItsLocalMidnightToTheNext() {
        LocalDate day = LocalDate.of(2024, 9, 16);

        assertThat(baku.start(day)).isEqualTo(Instant.parse("2024-09-15T20:00:00Z"));
        assertThat(baku.end(day)).isEqualTo(Instant.parse("2024-09-16T20:00:00Z"));
        assertThat(baku.middayOf(day)).isEqualTo(Instant.parse("2024-09-16T08:00:00Z"));
    }

    @Test
    void monthsAndYearsFollowTheZoneToo() {
        assertThat(baku.monthOf(Instant.parse("2024-09-30T22:30:00Z"))).isEqualTo(YearMonth.of(2024, 10));
        assertThat(baku.start(YearMonth.of(2024, 10))).isEqualTo(Instant.parse("2024-09-30T20:00:00Z"));
        assertThat(baku.end(YearMonth.of(2024, 10))).isEqualTo(Instant.parse("2024-10-31T20:00:00Z"));
        assertThat(baku.yearOf(Instant.parse("2024-12-31T22:30:00Z"))).isEqualTo(2025);
    }

    @Test
    void aDayFollowsDaylightSavingTime() {
        SiteDays berlin = new SiteDays(ZoneId.of("Europe/Berlin"));
        LocalDate switchToSummerTime = LocalDate.of(2024, 3, 31);

        assertThat(berlin.start(switchToSummerTime)).isEqualTo(Instant.parse("2024-03-30T23:00:00Z"));
        assertThat(berlin.end(switchToSummerTime)).isEqualTo(Instant.parse("2024-03-31T22:00:00Z"));
    }
}
