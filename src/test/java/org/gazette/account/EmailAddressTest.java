package org.gazette.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EmailAddressTest {

    @Test
    void isKeptLowerCaseAndTrimmed() {
        assertThat(EmailAddress.of("  Ann@Example.ORG ").value()).isEqualTo("ann@example.org");
        assertThat(EmailAddress.of("ann@example.org").localPart()).isEqualTo("ann");
    }

    @Test
    void malformedAddressIsRefusedWithTheValue() {
        assertThatThrownBy(() -> EmailAddress.of("ann at example"))
                .hasMessage(
                        "an e-mail address looks like name@example.org (at most 254 characters), got 'ann at example'");
        assertThatThrownBy(() -> EmailAddress.of("a@b@c.org")).hasMessageContaining("'a@b@c.org'");
        assertThatThrownBy(() -> EmailAddress.of(null)).hasMessageContaining("got 'null'");
    }
}
