package org.gazette.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.gazette.text.Language;
import org.junit.jupiter.api.Test;

class ControlCharactersTest {

    @Test
    void controlCharactersAreRemovedAndLineBreaksAndTabsKept() {
        assertThat(ControlCharacters.strip("a\u0001b\u0008c\u000bd\u001fe\u007ff\u0085g\tline\r\nnext"))
                .isEqualTo("abcdefg\tline\r\nnext");
    }

    @Test
    void nonCharactersAndLoneSurrogatesAreRemovedButPairsKept() {
        assertThat(ControlCharacters.strip("x\uffffy\ufffez")).isEqualTo("xyz");
        assertThat(ControlCharacters.strip("lone \ud83d here, pair \ud83d\udcf0 kept, \udcf0 lone"))
                .isEqualTo("lone  here, pair \ud83d\udcf0 kept,  lone");
    }

    @Test
    void cleanTextIsReturnedAsItIs() {
        String text = "Əliyev, Алиев, «quotes» — dashes\n\nparagraph";
        assertThat(ControlCharacters.strip(text)).isSameAs(text);
        assertThat(ControlCharacters.strip(null)).isNull();
    }

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
                null,
                null,
                ArticleStatus.PUBLISHED);
        assertThat(List.of(
                        input.headline(),
                        input.dek(),
                        input.body(),
                        input.section(),
                        input.tags().get(0),
                        input.authors().get(0),
                        input.source()))
                .containsExactly("Headline", "Dek", "Body", "politics", "Tag", "Author", "Source");
    }
}
