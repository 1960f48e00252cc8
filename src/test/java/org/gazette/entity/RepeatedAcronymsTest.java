package org.gazette.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatedAcronymsTest {

    /** The names after the rule, as "text/TYPE@start", given the tagger's names as substrings of the text. */
    private static List<String> completed(String text, String... tagged) {
        List<List<Token>> sentences = Sentences.of(text, new WordSplitter(false).split(text));
        return RepeatedAcronyms.complete(text, sentences, TaggedNames.in(text, tagged)).stream()
                .map(span -> text.substring(span.start(), span.end()) + "/" + span.type() + "@" + span.start())
                .toList();
    }

    @Test
    void an_acronym_spelled_out_once_is_a_name_wherever_it_comes_back() {
        String text = "The Food and Agriculture Organization (FAO) warned. Prices rose, FAO said.";
        assertThat(completed(text, "Food and Agriculture Organization/ORG"))
                .containsExactly("Food and Agriculture Organization/ORG@4", "FAO/ORG@39", "FAO/ORG@65");
    }

    @Test
    void an_acronym_found_once_takes_the_type_it_was_found_with_most_often() {
        String text = "NATO met. Then NATO and NATO again, and NATO.";
        assertThat(completed(text, "NATO/ORG", "NATO/ORG", "NATO/LOC"))
                .containsExactly("NATO/ORG@0", "NATO/ORG@15", "NATO/LOC@24", "NATO/ORG@40");
    }

    @Test
    void the_spelled_out_type_outweighs_the_taggers_guesses_where_it_adds_a_name() {
        String text = "Bank of Tuvalu (BOT) said. BOT and BOT again. BOT.";
        assertThat(completed(text, "Bank of Tuvalu/ORG", "BOT/LOC", "BOT/LOC", "BOT/LOC"))
                .containsExactly("Bank of Tuvalu/ORG@0", "BOT/LOC@16", "BOT/LOC@27", "BOT/LOC@35", "BOT/ORG@46");
    }

    @Test
    void nothing_is_added_for_words_that_are_no_acronym_or_were_never_found() {
        String text = "OK. The UN met. Paris, Paris. A (B) c. ABCDEFG ABCDEFG.";
        assertThat(completed(text, "Paris/LOC", "ABCDEFG/ORG")).containsExactly("Paris/LOC@16", "ABCDEFG/ORG@39");
    }

    @Test
    void an_acronym_inside_a_longer_name_is_left_there() {
        String text = "The EU said. The EU Council met.";
        assertThat(completed(text, "EU/ORG", "EU Council/ORG")).containsExactly("EU/ORG@4", "EU Council/ORG@17");
    }
}
