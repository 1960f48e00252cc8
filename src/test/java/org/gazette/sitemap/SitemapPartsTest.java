package org.gazette.sitemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.gazette.text.Language;
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

    @Test
    void entityRanges_holdAtMostTheLimitOfIdsEach() {
        assertThat(SitemapParts.ENTITY_IDS).isLessThanOrEqualTo(SitemapParts.MAX_URLS);
        assertThat(SitemapParts.entityRanges(0, 25_000)).isZero();
        assertThat(SitemapParts.entityRanges(1, 25_000)).isEqualTo(1);
        assertThat(SitemapParts.entityRanges(25_000, 25_000)).isEqualTo(1);
        assertThat(SitemapParts.entityRanges(25_001, 25_000)).isEqualTo(2);
        assertThat(new SitemapParts.EntityPart(Language.of("ru"), 2, T).path())
                .isEqualTo("/sitemaps/entities-ru-2.xml");
        SitemapParts.EntityRange second = new SitemapParts.EntityRange(2, 25_000);
        assertThat(second.idsAfter()).isEqualTo(25_000);
        assertThat(second.idsUpTo()).isEqualTo(50_000);
    }
}
