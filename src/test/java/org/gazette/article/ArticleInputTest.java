package org.gazette.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.gazette.text.Language;
import org.junit.jupiter.api.Test;

class ArticleInputTest {

    @Test
    void everyTextFieldOfAnArticleIsCleanedWhateverItsSource() {
        ArticleInput input = new ArticleInput(
                "id-1",
                "Head\u0007line",
                "De\u0001k",
                Instant.EPOCH,
                null,
                "Bo\u0002dy",
                BodyFormat.TEXT,
                Language.of("en"),
                "poli\u0003tics",
                List.of("Ta\u0004g"),
                List.of("Au\u0005thor"),
                "Sour\u0006ce",
                // java.net.URI accepts U+FFFE and lone surrogates, which no XML feed can carry
                "https://agency.example/\ufffestory\ud800",
                null,
                ArticleStatus.PUBLISHED);
        assertThat(List.of(
                        input.headline(),
                        input.dek(),
                        input.body(),
                        input.section(),
                        input.tags().get(0),
                        input.authors().get(0),
                        input.source(),
                        input.sourceUrl()))
                .containsExactly(
                        "Headline",
                        "Dek",
                        "Body",
                        "politics",
                        "Tag",
                        "Author",
                        "Source",
                        "https://agency.example/story");
    }
}
