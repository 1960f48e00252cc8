package org.gazette.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private static String problem(String password) {
        return PasswordPolicy.problem(password, "ann.reporter@example.org", "Ann Reporter")
                .orElse(null);
    }

    @Test
    void tooShortIsRefusedWithItsLength() {
        assertThat(problem("short one")).isEqualTo("a password needs at least 12 characters, got 9");
    }

    @Test
    void longerThanBcryptReadsIsRefusedInBytes() {
        assertThat(problem("ж".repeat(40))).isEqualTo("a password can be at most 72 bytes long, got 80");
    }

    @Test
    void containingTheAccountsEmailOrNameIsRefused() {
        assertThat(problem("ann.reporter-2024!")).contains("e-mail address");
        assertThat(problem("my name is Reporter!")).contains("name ('reporter')");
    }

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaaaaa", "abcabcabcabcabc", "121212121212", "xyxyxyxyxyxyxyxy"})
    void repeatedPatternsAreRefused(String password) {
        assertThat(problem(password)).isEqualTo("a password must not be one short pattern repeated");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcdefghijklmn", "123456789012", "qwertyuiop12", "9876543210987", "йцукенгшщзхъ"})
    void runsAlongTheAlphabetDigitsOrKeyboardAreRefused(String password) {
        assertThat(problem(password)).isEqualTo("a password must not be a run of consecutive letters, digits or keys");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Password2024!", "P@ssw0rd-2025", "welcome!12345", "gazette-gazette-1", "LetMeIn2024!!"})
    void commonWordsWithDecorationAreRefused(String password) {
        assertThat(problem(password)).startsWith("a password must not be built around a common word");
    }

    @ParameterizedTest
    @ValueSource(strings = {"quiet harbour lantern 42", "Baku rain on a Tuesday", "Кошка спит на окне 7"})
    void ordinaryPassphrasesAreAccepted(String password) {
        assertThat(problem(password)).isNull();
    }
}
