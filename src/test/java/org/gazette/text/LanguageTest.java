package org.gazette.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void readsCodesWhateverTheirCaseOrSpacing() {
        assertThat(Language.of(" RU ").code()).isEqualTo("ru");
        assertThat(Language.of("az").locale()).isEqualTo(Locale.forLanguageTag("az"));
    }

    @Test
    void unknownLanguageIsRefusedNamingTheValueAndTheChoices() {
        assertThatThrownBy(() -> Language.of("fr"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown language 'fr'; expected one of en, ru, az");
        assertThatThrownBy(() -> Language.of(null)).hasMessageContaining("'null'");
    }
}
