package org.gazette.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotedOrganisationNamesTest {

    /** The names after the rule, as "text/TYPE", given the tagger's names as substrings of the text. */
    private static List<String> marked(String text, String... tagged) {
        List<EntityTags.Span> names = TaggedNames.in(text, tagged);
        return TaggedNames.written(text, QuotedOrganisationNames.mark(text, names));
    }

    @Test
    void a_quoted_name_after_a_noun_for_an_organisation_is_an_organisation_in_any_case_form() {
        assertThat(marked("представители партии «Зелёный берег» пришли")).containsExactly("Зелёный берег/ORG");
        assertThat(marked("ОАО «Северный порт» и газета \"Вечерний город\""))
                .containsExactly("Северный порт/ORG", "Вечерний город/ORG");
        assertThat(marked("с движениями «Чистый двор»")).containsExactly("Чистый двор/ORG");
    }

    @Test
    void the_quoted_name_replaces_what_the_tagger_found_inside_it_and_keeps_the_rest() {
        assertThat(marked("Иван Петров из еженедельника «Пермский вестник» сказал", "Иван Петров/PER", "Пермский/LOC"))
                .containsExactly("Иван Петров/PER", "Пермский вестник/ORG");
    }

    @Test
    void a_quotation_after_another_word_or_in_lower_case_or_too_long_is_left_to_the_tagger() {
        assertThat(marked("спектакля «Большой город» в театре", "Большой город/ORG"))
                .containsExactly("Большой город/ORG");
        assertThat(marked("альбом «Дежавю» вышел")).isEmpty();
        assertThat(marked("партии «за справедливость»")).isEmpty();
        assertThat(marked("партии «" + "Очень длинное название ".repeat(4) + "»"))
                .isEmpty();
        assertThat(marked("партии «Новая\nсила»")).isEmpty();
        assertThat(marked("партии «")).isEmpty();
    }

    @Test
    void a_noun_is_recognised_by_its_stem_with_a_short_ending_only() {
        assertThat(marked("центра «Демидов»")).containsExactly("Демидов/ORG");
        assertThat(marked("центральной «Звезды»")).isEmpty();
    }
}
