package org.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void nullAndBlankAreTheEmptyText() {
        assertThat(SearchText.from(null).isEmpty()).isTrue();
        assertThat(SearchText.from(" \t\n ").isEmpty()).isTrue();
    }

    @Test
    void controlCharactersBecomeSpacesAndSpacesCollapse() {
        assertThat(SearchText.from("baku\u0000\u0007 \n\n  oil\u001b").value()).isEqualTo("baku oil");
    }

    @Test
    void invisibleFormatCharactersAreRemovedInsideWords() {
        assertThat(SearchText.from("Ba\u200Bku\u00AD \u200Eoil").value()).isEqualTo("Baku oil");
    }

    @Test
    void compatibilityFormsReadAsPlainLetters() {
        assertThat(SearchText.from("Ｂａｋｕ").value()).isEqualTo("Baku");
        assertThat(SearchText.from("ﬁnance").value()).isEqualTo("finance");
    }

    @Test
    void unpairedSurrogatesAndUnassignedCodePointsAreDropped() {
        assertThat(SearchText.from("oil\uD800 gas\uDC00").value()).isEqualTo("oil gas");
        assertThat(SearchText.from("emoji 😀 stays").value()).isEqualTo("emoji 😀 stays");
    }

    @Test
    void tooLongTextIsRefusedWithItsLength() {
        assertThatThrownBy(() -> SearchText.from("a".repeat(501)))
                .isInstanceOf(InvalidSearchException.class)
                .hasMessage("parameter 'q' must be at most 500 characters long, got 501");
        assertThat(SearchText.from("a".repeat(500)).value()).hasSize(500);
    }

    @Test
    void tooManyWordsAreRefusedWithTheCount() {
        assertThatThrownBy(() -> SearchText.from("word ".repeat(33)))
                .isInstanceOf(InvalidSearchException.class)
                .hasMessage("parameter 'q' must have at most 32 words, got 33");
    }
}
