package org.gazette.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SlugTest {

    @Test
    void englishHeadlineBecomesHyphenatedLowerCaseWords() {
        assertThat(Slug.from("Blinken and Aliyev discuss peace, COP29 — by phone!"))
                .map(Slug::value)
                .hasValue("blinken-and-aliyev-discuss-peace-cop29-by-phone");
    }

    @Test
    void russianIsTransliteratedTheWayReadersSpellIt() {
        assertThat(Slug.from("Россия и Азербайджан обсудили щедрый урожай"))
                .map(Slug::value)
                .hasValue("rossiya-i-azerbaydzhan-obsudili-shchedryy-urozhay");
        assertThat(Slug.from("Ёлка, объём, Хабаровск, Цюрих"))
                .map(Slug::value)
                .hasValue("yolka-obyom-khabarovsk-tsyurikh");
    }

    @Test
    void azerbaijaniLettersBecomeTheirUsualLatinSpellings() {
        assertThat(Slug.from("İlham Əliyev Şəkidə çay içdi, Dağlıq ərazi, Gəncə, Göyçay, Ümid"))
                .map(Slug::value)
                .hasValue("ilham-eliyev-shekide-chay-ichdi-dagliq-erazi-gence-goychay-umid");
    }

    @Test
    void accentsAreDroppedAndApostrophesJoinTheirWord() {
        assertThat(Slug.from("Café in Zürich: Azerbaijan's São Paulo deal"))
                .map(Slug::value)
                .hasValue("cafe-in-zurich-azerbaijans-sao-paulo-deal");
    }

    @Test
    void textWithoutLatinizableLettersHasNoSlug() {
        assertThat(Slug.from("!!! — ???")).isEmpty();
        assertThat(Slug.from("北京")).isEmpty();
        assertThat(Slug.from(null)).isEmpty();
    }

    @Test
    void longHeadlinesAreCutAtAWordBoundaryWithinTheLimit() {
        String headline = "word ".repeat(40) + "end";
        Slug slug = Slug.from(headline).orElseThrow();
        assertThat(slug.value())
                .hasSizeLessThanOrEqualTo(Slug.MAX_LENGTH)
                .doesNotEndWith("-")
                .startsWith("word-word");
        assertThat(slug.value().split("-")).containsOnly("word");
    }

    @Test
    void suffixKeepsTheSlugWithinTheLimit() {
        Slug base = Slug.from("a".repeat(30) + " " + "b".repeat(30) + " " + "c".repeat(18))
                .orElseThrow();
        assertThat(base.value()).hasSize(Slug.MAX_LENGTH);
        Slug second = base.withSuffix(2);
        assertThat(second.value()).endsWith("-2").hasSizeLessThanOrEqualTo(Slug.MAX_LENGTH);
        assertThat(Slug.from("short").orElseThrow().withSuffix(12).value()).isEqualTo("short-12");
    }

    @Test
    void constructorRefusesAnythingButTheSlugShapeAndSaysWhatItGot() {
        assertThatThrownBy(() -> new Slug("Upper-Case"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("got 'Upper-Case'");
        assertThatThrownBy(() -> new Slug("double--hyphen")).hasMessageContaining("double--hyphen");
        assertThatThrownBy(() -> new Slug("-leading")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Slug("x".repeat(81))).hasMessageContaining("at most 80");
        assertThat(Slug.isValid("cop29-in-baku")).isTrue();
        assertThat(Slug.isValid("cop29 in baku")).isFalse();
    }
}
