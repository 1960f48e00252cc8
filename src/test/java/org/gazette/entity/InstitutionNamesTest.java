package org.gazette.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class InstitutionNamesTest {

    /** The names after the rule, as "text/TYPE", given the tagger's names as substrings of the text. */
    private static List<String> joined(String text, String... tagged) {
        List<EntityTags.Span> names = TaggedNames.in(text, tagged);
        return TaggedNames.written(text, InstitutionNames.join(text, names));
    }

    @Test
    void a_head_word_and_of_before_a_name_make_one_name_with_the_heads_type() {
        assertThat(joined("She studies at the University of Helsinki.", "Helsinki/LOC"))
                .containsExactly("University of Helsinki/ORG");
        assertThat(joined("The State of Texas sued.", "Texas/LOC")).containsExactly("State of Texas/LOC");
        assertThat(joined("a spokesman for the Ministry of the Interior said", "Interior/ORG"))
                .containsExactly("Ministry of the Interior/ORG");
    }

    @Test
    void the_capitalised_words_before_the_head_join_it_but_not_a_leading_the() {
        assertThat(joined("The Central Bank of Azerbaijan", "Azerbaijan/LOC"))
                .containsExactly("Central Bank of Azerbaijan/ORG");
        assertThat(joined("the Greek Ministry of Culture", "Greek Ministry/PER", "Culture/ORG"))
                .containsExactly("Greek Ministry of Culture/ORG");
    }

    @Test
    void of_after_a_word_that_is_no_head_changes_nothing() {
        assertThat(joined("the Secretary of State spoke", "State/LOC")).containsExactly("State/LOC");
        assertThat(joined("the president of Azerbaijan", "Azerbaijan/LOC")).containsExactly("Azerbaijan/LOC");
        assertThat(joined("Friends of Helsinki", "Helsinki/LOC")).containsExactly("Helsinki/LOC");
    }

    @Test
    void an_organisations_head_word_after_a_name_joins_it() {
        assertThat(joined("at Northwestern University in", "Northwestern/LOC"))
                .containsExactly("Northwestern University/ORG");
        assertThat(joined("the Andy Warhol Foundation gave", "Andy Warhol/PER"))
                .containsExactly("Andy Warhol Foundation/ORG");
    }

    @Test
    void a_name_ending_in_an_organisations_head_word_is_an_organisation() {
        assertThat(joined("Andy Warhol Foundation", "Andy Warhol Foundation/PER"))
                .containsExactly("Andy Warhol Foundation/ORG");
        assertThat(joined("Harvard University", "Harvard University/ORG")).containsExactly("Harvard University/ORG");
    }

    @Test
    void a_head_word_that_the_next_name_begins_with_is_left_to_it() {
        assertThat(joined("Smith Foundation Trust", "Smith/PER", "Foundation Trust/ORG"))
                .containsExactly("Smith/PER", "Foundation Trust/ORG");
    }
}
