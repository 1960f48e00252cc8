package org.gazette.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.gazette.text.Abbreviation;
import org.gazette.text.Language;
import org.junit.jupiter.api.Test;

class ArticleValidatorTest {

    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
    private final ArticleValidator validator =
            new ArticleValidator(List.of(Language.of("en"), Language.of("ru")), Clock.fixed(NOW, ZoneOffset.UTC));

    private static ArticleSubmission.Builder story() {
        return ArticleSubmission.builder()
                .externalId("gazette-1")
                .headline("  A headline ")
                .date(NOW)
                .body("# Title\n\nText.")
                .lang("ru")
                .format(BodyFormat.MARKDOWN)
                .tags(List.of("COP29", " ", "Baku"))
                .authors(List.of("Ann Lee"))
                .translationOf("gazette-1");
    }

    @Test
    void aSubmissionBuiltFromInstantsBecomesAnInputReadyToSave() {
        ArticleInput input =
                validator.validate(story().updated(NOW.plusSeconds(60)).build(), ArticleStatus.DRAFT);

        assertThat(input.externalId()).isEqualTo("gazette-1");
        assertThat(input.headline()).isEqualTo("A headline");
        assertThat(input.publishedAt()).isEqualTo(NOW);
        assertThat(input.updatedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(input.bodyFormat()).as("a chosen format is kept").isEqualTo(BodyFormat.MARKDOWN);
        assertThat(input.lang()).isEqualTo(Language.of("ru"));
        assertThat(input.tags()).containsExactly("COP29", "Baku");
        assertThat(input.translationOf())
                .as("a story is not its own translation")
                .isNull();
        assertThat(input.status()).isEqualTo(ArticleStatus.DRAFT);
    }

    @Test
    void withoutAFormatTheBodyDecides() {
        ArticleInput input =
                validator.validate(story().format(null).body("<p>Hi</p>").build(), ArticleStatus.DRAFT);
        assertThat(input.bodyFormat()).isEqualTo(BodyFormat.HTML);
    }

    @Test
    void anInstantOutOfRangeIsRefusedAsTheWriterWouldHaveSentIt() {
        Instant farFuture = Instant.parse("+99999-01-01T00:00:00Z");
        assertThatThrownBy(() -> validator.validate(story().date(farFuture).build(), ArticleStatus.DRAFT))
                .isInstanceOfSatisfying(InvalidArticleException.class, e -> {
                    assertThat(e.field()).isEqualTo("date");
                    assertThat(e.value()).isEqualTo("+99999-01-01T00:00:00Z");
                });
        Instant yearZero = Instant.parse("0000-01-01T00:00:00Z");
        assertThatThrownBy(() -> validator.validate(story().updated(yearZero).build(), ArticleStatus.DRAFT))
                .isInstanceOfSatisfying(InvalidArticleException.class, e -> assertThat(e.field())
                        .isEqualTo("updated"))
                .hasMessageContaining("got '0000-01-01T00:00:00Z'");
    }

    @Test
    void aStoryMayBeDatedUpTo24HoursAhead() {
        Instant edge = NOW.plus(StoryDateRange.MARGIN);
        assertThat(validator
                        .validate(story().date(edge).build(), ArticleStatus.DRAFT)
                        .publishedAt())
                .isEqualTo(edge);
        assertThatThrownBy(() ->
                        validator.validate(story().date(edge.plusSeconds(1)).build(), ArticleStatus.DRAFT))
                .hasMessageContaining("a later story is published by scheduling");
    }

    @Test
    void aMissingRequiredFieldIsNamedWithNoValue() {
        assertThatThrownBy(() -> validator.validate(story().headline(null).build(), ArticleStatus.DRAFT))
                .isInstanceOfSatisfying(InvalidArticleException.class, e -> {
                    assertThat(e.field()).isEqualTo("headline");
                    assertThat(e.value()).isNull();
                })
                .hasMessage("missing required field 'headline'");
    }

    @Test
    void aLanguageTheSiteDoesNotPublishIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> validator.validate(story().lang("az").build(), ArticleStatus.DRAFT))
                .hasMessage("field 'lang' is 'az', which this site does not publish (GAZETTE_LANGUAGES=en,ru)");
    }

    @Test
    void headlinesAndIdsAreValueObjectsThatQuoteTheBadValue() {
        assertThat(new Headline("  Hello ").value()).isEqualTo("Hello");
        assertThatThrownBy(() -> new Headline("x".repeat(501)))
                .hasMessage("field 'headline' has 501 characters; the limit is 500");
        assertThatThrownBy(() -> new ExternalId("a/b"))
                .isInstanceOfSatisfying(InvalidArticleException.class, e -> assertThat(e.value())
                        .isEqualTo("a/b"))
                .hasMessage("field 'id' must be at most 200 letters, digits and . _ : ~ @ + -, got 'a/b'");
    }

    @Test
    void aQuotedValueStaysOnOneShortLine() {
        assertThat(Abbreviation.of("a\nb")).isEqualTo("a?b");
        assertThat(Abbreviation.of("y".repeat(100))).hasSize(61).endsWith("…");
    }
}
