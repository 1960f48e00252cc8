package org.gazette.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FeatureWeightsTest {

    @Test
    void aKnownFeatureAddsItsWeightsAndAnUnknownOneNothing() {
        FeatureWeights table = FeatureWeights.of(
                Map.of("w=aliyev", new float[] {0, 2.5f, -1}, "ru:w=алиев", new float[] {1, 0, 0}), 3);
        float[] sum = {10, 10, 10};
        table.addTo("w=aliyev", sum);
        table.addTo("w=blinken", sum);
        table.addTo("ru:w=алиев", sum);
        assertThat(sum).containsExactly(11, 12.5f, 9);
        assertThat(table.count()).isEqualTo(2);
    }

    @Test
    void aMillionFeaturesGiveTheSameSumsAsAMapOfTheirNames() {
        Random random = new Random(7);
        Map<String, float[]> features = new HashMap<>();
        for (int i = 0; i < 1_000_000; i++) {
            float[] w = new float[EntityTags.COUNT];
            w[random.nextInt(w.length)] = random.nextFloat() - 0.5f;
            features.put("f" + i + ":" + Integer.toString(random.nextInt(), 36), w);
        }
        FeatureWeights table = FeatureWeights.of(features, EntityTags.COUNT);
        assertThat(table.count()).isEqualTo(features.size());
        for (Map.Entry<String, float[]> feature : features.entrySet()) {
            float[] sum = new float[EntityTags.COUNT];
            table.addTo(feature.getKey(), sum);
            assertThat(sum).containsExactly(feature.getValue());
        }
        for (int i = 0; i < 100_000; i++) {
            float[] sum = new float[EntityTags.COUNT];
            table.addTo("unseen" + i, sum);
            assertThat(sum).containsOnly(0f);
        }
    }

    @Test
    void aFeatureAddedTwiceKeepsItsFirstWeights() {
        FeatureWeights table = FeatureWeights.builder(2, 1)
                .add("w=baku", new float[] {1})
                .add("w=baku", new float[] {5})
                .build();
        float[] sum = new float[1];
        table.addTo("w=baku", sum);
        assertThat(sum).containsExactly(1);
        assertThat(table.count()).isEqualTo(1);
    }

    @Test
    void weightsOfAnotherWidthOrOneFeatureTooManyAreRefused() {
        FeatureWeights.Builder builder = FeatureWeights.builder(1, 2);
        assertThatThrownBy(() -> builder.add("a", new float[] {1})).isInstanceOf(IllegalArgumentException.class);
        builder.add("a", new float[] {1, 2});
        assertThatThrownBy(() -> builder.add("b", new float[] {1, 2})).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void noFeatureHashesToZeroTheMarkOfAnEmptySlot() {
        for (int i = 0; i < 10_000; i++) {
            assertThat(FeatureWeights.hash("x" + i)).isNotZero();
        }
        assertThat(FeatureWeights.hash("")).isNotZero();
    }
}
