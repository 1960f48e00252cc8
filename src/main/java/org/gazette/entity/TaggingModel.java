package org.gazette.entity;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * A linear sequence tagger: a weight per feature and tag, and a weight per pair of neighbouring tags.
 * A sentence gets the sequence of tags with the highest total weight that never continues a name it did
 * not begin (found by Viterbi's dynamic programming, in time linear in the sentence's length). The
 * weights come from an averaged perceptron trained on gold data; the model is immutable and so may be
 * used from any number of threads.
 */
final class TaggingModel {

    private static final int TAGS = EntityTags.COUNT;

    private final FeatureWeights weights;
    /** [previous tag, or TAGS at a sentence's start][tag]. */
    private final float[][] transitions;
    /** The features by name, kept only by a model just trained, which is written out; null once read. */
    private final Map<String, float[]> named;

    /** A model just trained, which can be written. */
    TaggingModel(Map<String, float[]> weights, float[][] transitions) {
        this(FeatureWeights.of(weights, TAGS), transitions, weights);
    }

    private TaggingModel(FeatureWeights weights, float[][] transitions, Map<String, float[]> named) {
        this.weights = weights;
        this.transitions = transitions;
        this.named = named;
    }

    int featureCount() {
        return weights.count();
    }

    int[] tag(List<String[]> sentence) {
        float[][] emissions = new float[sentence.size()][TAGS];
        for (int i = 0; i < emissions.length; i++) {
            for (String feature : sentence.get(i)) {
                weights.addTo(feature, emissions[i]);
            }
        }
        return bestTags(emissions, transitions);
    }

    /**
     * The tag sequence with the highest total of emission and transition weights among those that only
     * continue a name they began.
     *
     * @param emissions   [token][tag] summed feature weights
     * @param transitions [previous tag, or the tag count at a sentence's start][tag]
     */
    static int[] bestTags(float[][] emissions, float[][] transitions) {
        int n = emissions.length;
        int[] tags = new int[n];
        if (n == 0) {
            return tags;
        }
        float[][] score = new float[n][TAGS];
        int[][] back = new int[n][TAGS];
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < TAGS; t++) {
                if (i == 0) {
                    score[0][t] = EntityTags.allowed(EntityTags.OUTSIDE, t)
                            ? emissions[0][t] + transitions[TAGS][t]
                            : Float.NEGATIVE_INFINITY;
                    continue;
                }
                float best = Float.NEGATIVE_INFINITY;
                int from = EntityTags.OUTSIDE;
                for (int p = 0; p < TAGS; p++) {
                    if (!EntityTags.allowed(p, t) || score[i - 1][p] == Float.NEGATIVE_INFINITY) {
                        continue;
                    }
                    float s = score[i - 1][p] + transitions[p][t];
                    if (s > best) {
                        best = s;
                        from = p;
                    }
                }
                score[i][t] = best + emissions[i][t];
                back[i][t] = from;
            }
        }
        int last = EntityTags.OUTSIDE;
        for (int t = 1; t < TAGS; t++) {
            if (score[n - 1][t] > score[n - 1][last]) {
                last = t;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            tags[i] = last;
            last = back[i][last];
        }
        return tags;
    }

    /** Writes a model just trained; a model read from a file keeps its features' hashes only. */
    void write(DataOutputStream data) throws IOException {
        if (named == null) {
            throw new IllegalStateException("a model read from a file cannot be written again");
        }
        data.writeInt(TAGS);
        for (float[] row : transitions) {
            for (float w : row) {
                data.writeFloat(w);
            }
        }
        data.writeInt(named.size());
        for (Map.Entry<String, float[]> entry : named.entrySet()) {
            data.writeUTF(entry.getKey());
            float[] w = entry.getValue();
            int mask = 0;
            for (int t = 0; t < TAGS; t++) {
                if (w[t] != 0) {
                    mask |= 1 << t;
                }
            }
            data.writeByte(mask);
            for (int t = 0; t < TAGS; t++) {
                if (w[t] != 0) {
                    data.writeFloat(w[t]);
                }
            }
        }
    }

    static TaggingModel read(DataInputStream data) throws IOException {
        if (data.readInt() != TAGS) {
            throw new IOException("the model has another number of tags");
        }
        float[][] transitions = new float[TAGS + 1][TAGS];
        for (float[] row : transitions) {
            for (int t = 0; t < TAGS; t++) {
                row[t] = data.readFloat();
            }
        }
        int count = data.readInt();
        FeatureWeights.Builder weights = FeatureWeights.builder(count, TAGS);
        float[] w = new float[TAGS];
        for (int i = 0; i < count; i++) {
            String feature = data.readUTF();
            int mask = data.readUnsignedByte();
            for (int t = 0; t < TAGS; t++) {
                w[t] = (mask & (1 << t)) != 0 ? data.readFloat() : 0;
            }
            weights.add(feature, w);
        }
        return new TaggingModel(weights.build(), transitions, null);
    }
}
