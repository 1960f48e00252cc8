package org.gazette.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BodyExcerptTest {

    @Test
    void of_givesTheTextOfAShortBodyWhole() {
        assertThat(BodyExcerpt.of("<p>Tom &amp; Jerry</p><p>meet.</p>", 100)).isEqualTo("Tom & Jerry meet.");
    }

    @Test
    void of_cutsALongBodyAtAWord() {
        String body = "<p>" + "word ".repeat(50) + "</p>";
        assertThat(BodyExcerpt.of(body, 32)).isEqualTo("word word word word word word…");
    }

    @Test
    void of_refusesATinyLimit() {
        assertThatThrownBy(() -> BodyExcerpt.of("x", 5))
                .hasMessage("an excerpt must allow at least 20 characters, got 5");
    }
}
