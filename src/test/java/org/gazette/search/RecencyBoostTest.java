package org.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RecencyBoostTest {

    private static final long DAY = 86_400_000L;

    @Test
    void aStoryOfTodayGetsTheWholeBoostAndItHalvesAfterTheHalfLife() {
        assertThat(RecencyBoost.factor(0)).isCloseTo(1 + RecencyBoost.WEIGHT, within(1e-9));
        assertThat(RecencyBoost.factor((long) RecencyBoost.HALF_LIFE_DAYS * DAY))
                .isCloseTo(1 + RecencyBoost.WEIGHT / 2, within(1e-9));
    }

    @Test
    void theBoostIsMildAndNeverBelowOne() {
        assertThat(RecencyBoost.factor(20 * 365 * DAY)).isBetween(1.0, 1.01);
        assertThat(RecencyBoost.factor(-DAY)).isEqualTo(RecencyBoost.factor(0));
    }
}
