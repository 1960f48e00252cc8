package org.gazette.sitemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class SitemapPartsTest {

    private static final Instant T = Instant.parse("2024-09-30T10:00:00Z");

    @Test
    void of_givesEachMonthOnePartUpToTheLimit() {
        List<SitemapParts.Part> parts = SitemapParts.of(
                List.of(
                        new SitemapParts.Month(YearMonth.of(2024, 8), 1, T),
                        new SitemapParts.Month(YearMonth.of(2024, 9), 50_000, T)),
                SitemapParts.MAX_URLS);
        assertThat(parts)
                .extracting(SitemapParts.Part::path)
                .containsExactly("/sitemaps/2024-08-1.xml", "/sitemaps/2024-09-1.xml");
    }

    @Test
    void of_splitsAMonthPastTheLimitIntoNumberedParts() {
        List<SitemapParts.Part> parts = SitemapParts.of(
                List.of(new SitemapParts.Month(YearMonth.of(2024, 9), 100_001, T)), SitemapParts.MAX_URLS);
        assertThat(parts)
                .extracting(SitemapParts.Part::path)
                .containsExactly("/sitemaps/2024-09-1.xml", "/sitemaps/2024-09-2.xml", "/sitemaps/2024-09-3.xml");
        assertThat(parts).allSatisfy(part -> assertThat(part.lastModified()).isEqualTo(T));
    }

    @Test
    void of_refusesAnEmptyLimit() {
        assertThatThrownBy(() -> SitemapParts.of(List.of(), 0))
                .hasMessage("a sitemap must hold at least one URL, got 0");
    }
}
