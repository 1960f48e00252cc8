package org.gazette.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HyphenatedGivenNamesTest {

    private static List<String> extended(String text, int start, int end, EntityType type) {
        return HyphenatedGivenNames.extend(text, List.of(new EntityTags.Span(start, end, type))).stream()
                .map(span -> text.substring(span.start(), span.end()))
                .toList();
    }

    @Test
    void a_romanised_given_name_keeps_its_second_syllable() {
        assertThat(extended("Lee Cheuk-yan spoke first.", 0, 9, EntityType.PER)).containsExactly("Lee Cheuk-yan");
        assertThat(extended("Kim Jong-un", 0, 8, EntityType.PER)).containsExactly("Kim Jong-un");
        assertThat(extended("said Wu Chi-wai.", 5, 11, EntityType.PER)).containsExactly("Wu Chi-wai");
    }

    @Test
    void a_name_made_into_an_adjective_stays_as_it_was() {
        assertThat(extended("the Jane Smith-led team", 4, 14, EntityType.PER)).containsExactly("Jane Smith");
        assertThat(extended("a Mao Zedong-era slogan", 2, 12, EntityType.PER)).containsExactly("Mao Zedong");
    }

    @Test
    void only_names_of_two_words_or_more_that_are_people_are_extended() {
        assertThat(extended("Smith-ish", 0, 5, EntityType.PER)).containsExactly("Smith");
        assertThat(extended("Bos-tan", 0, 3, EntityType.PER)).containsExactly("Bos");
        assertThat(extended("New York-ish", 0, 8, EntityType.LOC)).containsExactly("New York");
    }

    @Test
    void a_long_or_continued_word_after_the_hyphen_is_not_a_syllable() {
        assertThat(extended("John Smith-associated", 0, 10, EntityType.PER)).containsExactly("John Smith");
        assertThat(extended("John Smith-ab-cd", 0, 10, EntityType.PER)).containsExactly("John Smith");
        assertThat(extended("John Smith-Jones", 0, 10, EntityType.PER)).containsExactly("John Smith");
        assertThat(extended("John Smith-", 0, 10, EntityType.PER)).containsExactly("John Smith");
    }

    @Test
    void a_syllable_is_not_taken_from_the_next_name() {
        String text = "Lee Cheuk-yan";
        List<EntityTags.Span> names =
                List.of(new EntityTags.Span(0, 9, EntityType.PER), new EntityTags.Span(10, 13, EntityType.PER));
        assertThat(HyphenatedGivenNames.extend(text, names)).isEqualTo(names);
    }
}
