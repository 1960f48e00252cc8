package org.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadlineWordsTest {

    @Test
    void theSameStoryWithAWordDroppedOrSwappedIsAlike() {
        int[] original = HeadlineWords.of("Parliament approves new budget for regional roads and schools");
        int[] resent = HeadlineWords.of("Parliament approves budget for regional schools and roads");
        assertThat(HeadlineWords.similarity(original, resent)).isGreaterThanOrEqualTo(NearDuplicates.SIMILARITY);
    }

    @Test
    void differentStoriesAreNotAlike() {
        int[] one = HeadlineWords.of("Parliament approves new budget for regional roads");
        int[] other = HeadlineWords.of("Storm closes ports along the Caspian coast");
        assertThat(HeadlineWords.similarity(one, other)).isLessThan(0.2);
    }

    @Test
    void encodingKeepsTheWords() {
        int[] words = HeadlineWords.of("Ganja chess tournament 2024");
        assertThat(HeadlineWords.decode(HeadlineWords.encode(words))).containsExactly(words);
        assertThat(HeadlineWords.similarity(words, new int[0])).isZero();
    }
}
