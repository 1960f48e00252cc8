package org.gazette.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gazette.text.Language;
import org.gazette.text.Slug;
import org.junit.jupiter.api.Test;

class TermInputTest {

    @Test
    void aMalformedSlugIsRefusedWithTheValueTyped() {
        assertThatThrownBy(() -> TermInput.slug(" Not A Slug "))
                .isInstanceOf(TermRefusedException.class)
                .hasMessage("a slug must be lower-case letters and digits joined by single hyphens, at most "
                        + Slug.MAX_LENGTH + " characters, got 'Not A Slug'")
                .extracting(e -> ((TermRefusedException) e).reason())
                .isEqualTo(TermRefusedException.Reason.INVALID);
    }

    @Test
    void aBlankSlugKeepsTheCurrentOne() {
        assertThat(TermInput.slugOr("  ", "climate").value()).isEqualTo("climate");
        assertThat(TermInput.slugOr("weather", "climate").value()).isEqualTo("weather");
    }

    @Test
    void aBlankNameIsRefused() {
        assertThatThrownBy(() -> TermInput.name("   "))
                .isInstanceOf(TermRefusedException.class)
                .hasMessage("a name must not be blank");
    }

    @Test
    void aSectionLeftWithoutANameInALanguageGetsNoneFromTheInput() {
        Map<Language, String> typed = new LinkedHashMap<>();
        typed.put(Language.of("en"), " Sport ");
        typed.put(Language.of("ru"), " ");
        typed.put(Language.of("az"), null);
        assertThat(TermInput.sectionNames(typed)).containsOnlyKeys(Language.of("en"));
        assertThat(TermInput.sectionNames(typed).get(Language.of("en")).display())
                .isEqualTo("Sport");
    }

    @Test
    void aMenuPlaceOutsideTheRangeIsRefusedAsTyped() {
        assertThatThrownBy(() -> TermInput.requirePosition(SectionEditor.MAX_POSITION + 1))
                .isInstanceOf(TermRefusedException.class)
                .hasMessage("the order must be a whole number from 0 to " + SectionEditor.MAX_POSITION + ", got '"
                        + (SectionEditor.MAX_POSITION + 1) + "'");
    }

    @Test
    void onlyASourceHasAHomePageAndItMustBeAnHttpAddress() {
        assertThat(TermInput.homepage(TermKind.TAG, "https://example.org")).isNull();
        assertThat(TermInput.homepage(TermKind.SOURCE, " https://example.org/news "))
                .isEqualTo("https://example.org/news");
        assertThat(TermInput.homepage(TermKind.SOURCE, " ")).isNull();
        assertThatThrownBy(() -> TermInput.homepage(TermKind.SOURCE, "ftp://example.org"))
                .isInstanceOf(TermRefusedException.class)
                .hasMessage("a home page must be an http or https address, got 'ftp://example.org'");
    }
}
