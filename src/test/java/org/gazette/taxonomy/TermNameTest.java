package org.gazette.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermNameTest {

    @Test
    void of_dropsCharactersNoPageOrFeedCanCarry() {
        // a rename in the newsroom reaches here without the article validator's cleaning
        TermName name = TermName.of("Acme\u0001 \uFFFEGlobex\uD800");
        assertThat(name.display()).isEqualTo("Acme Globex");
        assertThat(name.key()).isEqualTo("acme globex");
    }

    @Test
    void of_collapsesLineAndParagraphSeparatorsLikeOtherWhitespace() {
        assertThat(TermName.of("Acme\u2028takeover\u2029of \n Globex").display())
                .isEqualTo("Acme takeover of Globex");
    }

    @Test
    void of_keepsSpellingsThatDifferOnlyByCaseAsOneTerm() {
        assertThat(TermName.of("COP29").key()).isEqualTo(TermName.of(" cop29 ").key());
    }
}
