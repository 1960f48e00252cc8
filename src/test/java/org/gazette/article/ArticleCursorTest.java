package org.gazette.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleCursorTest {

    @Test
    void encodedCursorReadsBackAsTheSamePosition() {
        ArticleCursor cursor = new ArticleCursor(Instant.parse("2024-09-16T14:05:00Z"), 4711);
        String encoded = cursor.encode();
        assertThat(encoded).matches("[A-Za-z0-9_-]+");
        assertThat(ArticleCursor.decode(encoded)).isEqualTo(cursor);
    }

    @Test
    void cursorsThisSiteDidNotMakeAreRefusedQuotingThem() {
        assertThatThrownBy(() -> ArticleCursor.decode("not a cursor"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a cursor this site made: 'not a cursor'");
        assertThatThrownBy(() -> ArticleCursor.decode("MTIz")).isInstanceOf(IllegalArgumentException.class);
    }
}
