package org.gazette.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gazette.testing.SharedCorpus;
import org.junit.jupiter.api.Test;

/** The Azerbaijani gold set is well formed: names on word boundaries, in order, never overlapping. */
class AzerbaijaniGoldTest {

    @Test
    void every_name_starts_and_ends_at_a_word_boundary_and_none_overlap() throws Exception {
        List<GoldDocument> documents = AzerbaijaniGold.read(SharedCorpus.root());
        assertThat(documents).isNotEmpty();
        for (GoldDocument document : documents) {
            String text = document.text();
            int previousEnd = 0;
            for (EntityTags.Span name : document.names()) {
                assertThat(name.start()).as(document.id()).isGreaterThanOrEqualTo(previousEnd);
                assertThat(name.end()).isGreaterThan(name.start());
                assertThat(boundary(text, name.start() - 1))
                        .as(document.id() + " " + name)
                        .isTrue();
                assertThat(boundary(text, name.end()))
                        .as(document.id() + " " + name)
                        .isTrue();
                assertThat(Character.isUpperCase(text.codePointAt(name.start())))
                        .as(document.id() + " " + name)
                        .isTrue();
                previousEnd = name.end();
            }
        }
    }

    @Test
    void the_seed_sentences_are_referenced_not_copied() throws Exception {
        List<GoldDocument> seed = AzerbaijaniGold.seed(SharedCorpus.require("corpus/az-seed.txt"));
        assertThat(seed.stream().mapToInt(d -> d.names().size()).sum()).isGreaterThanOrEqualTo(30);
        String own = new String(
                AzerbaijaniGold.class
                        .getResourceAsStream("/entity/az-gold-seed.tsv")
                        .readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(own).doesNotContain("Blinken").doesNotContain("Nazirliyi");
    }

    private static boolean boundary(String text, int i) {
        return i < 0 || i >= text.length() || !Character.isLetterOrDigit(text.charAt(i));
    }
}
