package org.gazette.sitemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.gazette.article.ShownDates;
import org.gazette.text.Language;
import org.junit.jupiter.api.Test;

class EntitySitemapQueryTest {

    private static final ShownDates SHOWN =
            new ShownDates(Instant.parse("1900-01-01T00:00:00Z"), Instant.parse("2026-12-05T00:00:00Z"));

    @Test
    void aRangeIsQueriedWithItsNumbersWrittenOutSoPostgresPlansEveryRunForItsRange() {
        String sql = EntitySitemapRepository.rangeQuery(
                List.of(Language.of("en"), Language.of("ru"), Language.of("az")), SHOWN, 25_000, 50_000);

        // a bind parameter would let PostgreSQL fall back to a generic plan that guesses a range holds a few rows
        assertThat(sql).doesNotContain(":").doesNotContain("?");
        assertThat(sql)
                .contains("ae.entity_id > 25000 and ae.entity_id <= 50000")
                .contains("a.published_at >= " + SHOWN.earliest().toEpochMilli())
                .contains("ae.published_at <= " + SHOWN.latest().toEpochMilli())
                .contains("a.lang in ('en', 'ru', 'az')")
                .contains("as last0", "as last1", "as last2")
                .doesNotContain("as last3");
    }

    @Test
    void aSiteInOneLanguageAsksOnlyForThatLanguage() {
        String sql = EntitySitemapRepository.rangeQuery(List.of(Language.of("ru")), SHOWN, 0, 25_000);

        assertThat(sql)
                .contains("a.lang in ('ru')")
                .contains("when a.lang = 'ru'")
                .doesNotContain("as last1");
    }
}
