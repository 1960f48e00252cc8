package org.gazette.entity.linking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpellingKeyTest {

    @ParameterizedTest(name = "{0} ({1}) sounds like {2} ({3})")
    @CsvSource({
        "Aliyev, en, Алиев, ru",
        "Aliev, en, Əliyev, az",
        "Blinken, en, Блинкен, ru",
        "Ilham, en, İlham, az",
        "Ilham, en, Ильхам, ru",
        "Erdoğan, en, Эрдоган, ru",
        "Erdogan, en, Ərdoğan, az",
        "Zelensky, en, Зеленский, ru",
        "Zelenskiy, en, Zelenskyy, en",
        "Zelenski, az, Зеленский, ru",
        "Heydar, en, Гейдар, ru",
        "Heydər, az, Heydar, en",
        "Hajiyev, en, Гаджиев, ru",
        "Hacıyev, az, Гаджиев, ru",
        "Jeyhun, en, Ceyhun, az",
        "Джейхун, ru, Ceyhun, az",
        "Recep, en, Реджеп, ru",
        "Rəcəb, az, Recep, en",
        "Tayyip, en, Тайип, ru",
        "Pashinyan, en, Paşinyan, az",
        "Antony, en, Энтони, ru",
        "Entoni, az, Antony, en",
        "Mammadyarov, en, Мамедъяров, ru",
        "Sergey, en, Сергей, ru",
        "Sergei, en, Sergey, en",
        "Macron, en, Makron, az",
        "Biden, en, Байден, ru",
        "Joe, en, Джо, ru",
        "Jomart, en, Жомарт, ru",
        "Karabakh, en, Qarabağ, az"
    })
    void twoSpellingsOfOneNameShareAKey(String one, String oneLanguage, String other, String otherLanguage) {
        Set<SpellingKey> a = SpellingKey.of(one, oneLanguage);
        Set<SpellingKey> b = SpellingKey.of(other, otherLanguage);

        assertThat(a).as(one + " " + a + " and " + other + " " + b).containsAnyElementsOf(b);
    }

    @ParameterizedTest(name = "{0} and {1} are different names")
    @CsvSource({"Aliyev, Aliyeva", "Ilham, Heydar", "Zelensky, Zelenska", "Mehriban, Leyla", "Putin, Pashinyan"})
    void differentNamesKeepDifferentKeys(String one, String other) {
        assertThat(SpellingKey.of(one, "en")).doesNotContainAnyElementsOf(SpellingKey.of(other, "en"));
    }

    @Test
    void anAzerbaijaniCReadsAsJButAnEnglishOneAsKOrJ() {
        assertThat(SpellingKey.of("Cəbrayıl", "az")).containsExactly(new SpellingKey("Jabrail"));
        assertThat(SpellingKey.of("Джабраил", "ru")).containsExactly(new SpellingKey("Jabrail"));
        assertThat(SpellingKey.of("Macron", "en"))
                .containsExactly(new SpellingKey("makron"), new SpellingKey("maJron"));
    }

    @Test
    void aWordWithoutLettersHasNoKey() {
        assertThat(SpellingKey.of("—", "en")).isEmpty();
    }

    @Test
    void anEmptyKey_isRejectedWithTheValue() {
        assertThatThrownBy(() -> new SpellingKey(""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a spelling key has at least one letter, got ''");
    }
}
