package org.gazette.text;

import static org.assertj.core.api.Assertions.assertThat;

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
}
