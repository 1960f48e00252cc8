package org.gazette.entity.linking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AcronymTest {

    @Test
    void anAcronymAbbreviatesTheInitialsOfItsName() {
        assertThat(Acronym.abbreviates("OSCE", "Organization for Security and Co-operation in Europe"))
                .isTrue();
        assertThat(Acronym.abbreviates("ОБСЕ", "Организация по безопасности и сотрудничеству в Европе"))
                .isTrue();
        assertThat(Acronym.abbreviates("ATƏT", "Avropada Təhlükəsizlik və Əməkdaşlıq Təşkilatı"))
                .isTrue();
        assertThat(Acronym.abbreviates("Reuters", "Caspian Pipeline Consortium"))
                .isFalse();
        assertThat(Acronym.abbreviates("NATO", "Organization for Security and Co-operation in Europe"))
                .isFalse();
    }

    @Test
    void anAcronymIsOneWordOfCapitals() {
        assertThat(Acronym.isAcronym("OSCE")).isTrue();
        assertThat(Acronym.isAcronym("ATƏT-in")).isTrue();
        assertThat(Acronym.isAcronym("U.N.")).isTrue();
        assertThat(Acronym.isAcronym("COP29")).isTrue();
        assertThat(Acronym.isAcronym("ATƏT-in Minsk qrupu")).isFalse();
        assertThat(Acronym.isAcronym("Kremlin")).isFalse();
    }

    @Test
    void theNormalFormDropsDotsAndSuffixes() {
        assertThat(Acronym.normalised("U.N.")).isEqualTo("UN");
        assertThat(Acronym.normalised("ATƏT-in")).isEqualTo("ATƏT");
        assertThat(Acronym.normalised("BMT-nin")).isEqualTo("BMT");
    }
}
