package org.gazette.entity.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BaseFormsTest {

    @Test
    void aRussianSurnameInAIsAWomanOrAManInTheGenitive() {
        assertThat(BaseForms.of("Алиева", "ru"))
                .containsExactly(new BaseForm("Алиева", Gender.FEMALE), new BaseForm("Алиев", Gender.MALE));
    }

    @Test
    void aRussianSurnameInOyIsOnlyAWoman() {
        assertThat(BaseForms.of("Алиевой", "ru")).containsExactly(new BaseForm("Алиева", Gender.FEMALE));
    }

    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource({
        "Алиеву, Алиев",
        "Алиевым, Алиев",
        "Алиеве, Алиев",
        "Зеленского, Зеленский",
        "Зеленской, Зеленская",
        "Блинкена, Блинкен",
        "Эрдоганом, Эрдоган",
        "Ильхама, Ильхам",
        "Сергея, Сергей",
        "России, Россия",
        "Россией, Россия",
        "Москвы, Москва",
        "Ольги, Ольга",
        "Китая, Китай",
        "Азербайджана, Азербайджан"
    })
    void russianCaseEndingsAreUndone(String inflected, String base) {
        assertThat(texts(BaseForms.of(inflected, "ru"))).contains(base);
    }

    @Test
    void anIndeclinableRussianNameStaysAsItIs() {
        assertThat(texts(BaseForms.of("Энтони", "ru"))).containsExactly("Энтони");
    }

    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource({
        "Əliyevə, Əliyev",
        "Əliyevin, Əliyev",
        "Əliyevi, Əliyev",
        "Əliyevlə, Əliyev",
        "Əliyevanın, Əliyeva",
        "Blinkenlə, Blinken",
        "Ərdoğanla, Ərdoğan",
        "Ərdoğanın, Ərdoğan",
        "Makronun, Makron",
        "Paşinyanı, Paşinyan",
        "Azərbaycanın, Azərbaycan",
        "Azərbaycana, Azərbaycan",
        "Bakıda, Bakı",
        "Rusiyaya, Rusiya",
        "Rusiyanın, Rusiya",
        "Türkiyəyə, Türkiyə",
        "ATƏT-in, ATƏT",
        "ABŞ-ın, ABŞ"
    })
    void azerbaijaniSuffixesAreUndone(String inflected, String base) {
        assertThat(texts(BaseForms.of(inflected, "az"))).contains(base);
    }

    @Test
    void vowelHarmonyKeepsAWomansSurnameFromReadingAsADative() {
        // Əliyev's dative is Əliyevə: a front stem never takes -a
        assertThat(BaseForms.of("Əliyeva", "az")).containsExactly(new BaseForm("Əliyeva", Gender.FEMALE));
        assertThat(texts(BaseForms.of("Rusiya", "az"))).containsExactly("Rusiya");
    }

    @Test
    void aLongerSuffixOwnsItsLastVowel() {
        assertThat(texts(BaseForms.of("Blinkenlə", "az"))).doesNotContain("Blinkenl");
    }

    @Test
    void theEnglishPossessiveGoes() {
        assertThat(texts(BaseForms.of("Aliyev's", "en"))).containsExactly("Aliyev");
        assertThat(texts(BaseForms.of("Azerbaijan’s", "en"))).containsExactly("Azerbaijan");
    }

    private static List<String> texts(List<BaseForm> readings) {
        return readings.stream().map(BaseForm::text).toList();
    }
}
