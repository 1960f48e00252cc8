package org.gazette.entity.linking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoleTitlesTest {

    private final RoleTitles titles = RoleTitles.shipped();

    @Test
    void inflectedTitlesInThreeLanguagesNameTheSameRole() {
        assertThat(titles.rolesBefore("spoke with President ")).containsExactly("president");
        assertThat(titles.rolesBefore("провёл разговор с президентом Азербайджана "))
                .containsExactly("president");
        assertThat(titles.rolesBefore("Azərbaycan Prezidenti ")).containsExactly("president");
        assertThat(titles.rolesBefore("ABŞ-ın dövlət katibi ")).containsExactly("secretary-of-state");
    }

    @Test
    void theLongestTitleWins() {
        assertThat(titles.rolesBefore("the former president ")).containsExactly("former-president");
        assertThat(titles.rolesBefore("First Vice-President ")).containsExactly("first-vice-president");
        assertThat(titles.rolesBefore("помощник президента ")).containsExactly("assistant-to-the-president");
    }

    @Test
    void aTitleSetOffByPunctuationIsSomeoneElses() {
        assertThat(titles.rolesBefore(", the secretary of state, met ")).isEmpty();
        assertThat(titles.rolesBefore("the President of Azerbaijan, ")).containsExactly("president");
        assertThat(titles.rolesBefore("US Secretary of State ")).containsExactly("secretary-of-state");
    }

    @Test
    void onlyTheLastWordsBeforeANameCount() {
        assertThat(titles.rolesBefore("the president said on Monday that the visit of the minister "))
                .isEmpty();
    }
}
