package org.gazette.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AbbreviationTest {

    @Test
    void aShortValueIsQuotedAsItIs() {
        assertThat(Abbreviation.of("2024-13-45")).isEqualTo("2024-13-45");
    }

    @Test
    void aLongValueIsCutAtSixtyCharactersWithAnEllipsis() {
        String value = "x".repeat(61);

        assertThat(Abbreviation.of(value)).isEqualTo("x".repeat(60) + "…");
        assertThat(Abbreviation.of("x".repeat(60))).isEqualTo("x".repeat(60));
    }

    @Test
    void controlCharactersBecomeQuestionMarksSoTheMessageStaysOnOneLine() {
        assertThat(Abbreviation.of("evil\r\nINFO forged\u0000")).isEqualTo("evil??INFO forged?");
    }

    @Test
    void aShorterLimitCutsThere() {
        assertThat(Abbreviation.of("abcdef", 4)).isEqualTo("abcd…");
    }

    @Test
    void nullIsQuotedAsTheWordNull() {
        assertThat(Abbreviation.of(null)).isEqualTo("null");
    }
}
