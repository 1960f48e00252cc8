package org.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameFoldingTest {

    @ParameterizedTest(name = "{0} folds to {1}")
    @CsvSource({
        "əliyev, aliyev",
        "ilham, ilham",
        "İlham, ilham",
        "ılham, ilham",
        "ILHAM, ilham",
        "şuşa, shusha",
        "çay, chay",
        "ağdam, agdam",
        "gömrük, gomruk",
        "xankəndi, khankandi",
        "cəlil, jalil",
        "ёлка, елка",
        "москва, москва"
    })
    void azerbaijaniLettersTakeTheirEnglishSpellings(String word, String folded) {
        assertThat(NameFolding.fold(word).get(0)).isEqualTo(folded);
    }

    @ParameterizedTest(name = "{0} also folds to {1}")
    @CsvSource({"əliyev, eliyev", "şəki, sheki", "məmmədov, memmedov", "əlizadə, alizade"})
    void schwaFoldsBothWaysBecauseEnglishSpellingsUseBoth(String word, String alternative) {
        assertThat(NameFolding.fold(word)).contains(alternative);
    }

    @Test
    void everyMixOfAAndEIsASpellingUpToThreeSchwas() {
        assertThat(NameFolding.fold("əlizadə")).containsExactly("alizada", "elizada", "alizade", "elizade");
        assertThat(NameFolding.fold("əəəəə")).containsExactly("aaaaa", "eeeee");
    }

    @ParameterizedTest
    @CsvSource({"aliyev", "baku", "президент"})
    void wordsWithoutSchwaHaveOneSpelling(String word) {
        assertThat(NameFolding.fold(word)).hasSize(1);
    }
}
