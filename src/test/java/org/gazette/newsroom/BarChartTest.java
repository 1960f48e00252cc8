package org.gazette.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BarChartTest {

    @Test
    void countsStoriesPerDayInTheSiteZoneOldestFirst() {
        ZoneId baku = ZoneId.of("Asia/Baku");
        List<Instant> times = List.of(
                Instant.parse("2025-03-10T21:30:00Z"), // 11 March in Baku
                Instant.parse("2025-03-11T08:00:00Z"),
                Instant.parse("2025-03-09T12:00:00Z"),
                Instant.parse("2025-01-01T00:00:00Z")); // outside the window
        BarChart chart = BarChart.perDay(times, LocalDate.of(2025, 3, 11), 3, baku, Locale.ENGLISH);

        assertThat(chart.bars()).extracting(BarChart.Bar::count).containsExactly(1L, 0L, 2L);
        assertThat(chart.max()).isEqualTo(2);
        assertThat(chart.total()).isEqualTo(3);
        assertThat(chart.bars().get(2).height()).isEqualTo(BarChart.HEIGHT - 10);
        assertThat(chart.bars().get(1).height()).isZero();
        assertThat(chart.lastLabel()).isEqualTo("11 Mar");
    }
}
