package org.gazette.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AdjectivalNamesTest {

    /** The names after the rule, as "text/TYPE", given the tagger's names as substrings of the text. */
    private static List<String> kept(String text, String... tagged) {
        List<EntityTags.Span> names = TaggedNames.in(text, tagged);
        return TaggedNames.written(text, AdjectivalNames.drop(text, names));
    }

    @Test
    void a_name_after_a_prefix_such_as_pro_or_anti_and_a_hyphen_is_no_mention() {
        assertThat(kept("the pro-Beijing camp won", "Beijing/LOC")).isEmpty();
        assertThat(kept("anti-Pyongyang broadcasts", "Pyongyang/LOC")).isEmpty();
        assertThat(kept("the Pro-Beijing camp", "Beijing/LOC")).isEmpty();
        assertThat(kept("post-Soviet states", "Soviet/LOC")).isEmpty();
    }

    @Test
    void a_longer_name_after_a_prefix_loses_only_its_first_word() {
        assertThat(kept("the pro-Beijing New People Party", "Beijing New People Party/ORG"))
                .containsExactly("New People Party/ORG");
    }

    @Test
    void a_language_word_before_a_lower_case_word_is_an_adjective() {
        assertThat(kept("a Greek court ruled", "Greek/LOC")).isEmpty();
        assertThat(kept("in Russian history", "Russian/LOC")).isEmpty();
    }

    @Test
    void names_that_only_look_alike_stay() {
        assertThat(kept("the Greek Orthodox Church said", "Greek Orthodox Church/ORG"))
                .containsExactly("Greek Orthodox Church/ORG");
        assertThat(kept("about 100,000 Greeks worship", "Greeks/PER")).containsExactly("Greeks/PER");
        assertThat(kept("He spoke Greek.", "Greek/LOC")).containsExactly("Greek/LOC");
        assertThat(kept("Lam Cheuk-ting and Jean-Paul", "Lam Cheuk/PER", "Paul/PER"))
                .containsExactly("Lam Cheuk/PER", "Paul/PER");
        assertThat(kept("Paris is big", "Paris/LOC")).containsExactly("Paris/LOC");
    }
}
