package org.gazette.entity.linking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinkingScoreTest {

    @Test
    void aPerfectClusteringScoresOne() {
        LinkingScore score = LinkingScore.of(List.of("x", "x", "y"), List.of("a", "a", "b"));

        assertThat(score.bcubedPrecision()).isEqualTo(1.0);
        assertThat(score.bcubedRecall()).isEqualTo(1.0);
        assertThat(score.pairPrecision()).isEqualTo(1.0);
        assertThat(score.pairRecall()).isEqualTo(1.0);
    }

    @Test
    void aMergeCostsPrecisionAndASplitCostsRecall() {
        // three mentions of a, one of b: b merged into the first a cluster, the last a split off
        LinkingScore score = LinkingScore.of(List.of("x", "x", "y", "x"), List.of("a", "a", "a", "b"));

        // B-cubed precision: a1 2/3, a2 2/3, a3 1/1, b 1/3 → 8/12
        assertThat(score.bcubedPrecision()).isCloseTo(8.0 / 12, within(1e-9));
        // B-cubed recall: a1 2/3, a2 2/3, a3 1/3, b 1/1 → 8/12
        assertThat(score.bcubedRecall()).isCloseTo(8.0 / 12, within(1e-9));
        // pairs put together: (a1,a2) (a1,b) (a2,b), one right; pairs that belong: (a1,a2) (a1,a3) (a2,a3)
        assertThat(score.pairPrecision()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(score.pairRecall()).isCloseTo(1.0 / 3, within(1e-9));
    }
}
