package org.gazette.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Trains a {@link TaggingModel} on gold documents with the averaged structured perceptron (Collins 2002):
 * tag each training sentence with the current weights, and where the best sequence differs from the
 * gold one, add the gold sequence's features and transitions and subtract the predicted one's; the
 * model keeps the average of the weights over all steps, which generalises much better than the last.
 */
final class PerceptronTraining {

    private static final int TAGS = EntityTags.COUNT;

    private final int epochs;

    PerceptronTraining(int epochs) {
        this.epochs = epochs;
    }

    /** A sentence's features, token by token, and its gold tags. */
    record LabelledSentence(List<String[]> features, int[] tags) {}

    private record Example(int[][] features, int[] tags) {}

    TaggingModel train(List<LabelledSentence> sentences) {
        Map<String, Integer> ids = new HashMap<>();
        List<String> names = new ArrayList<>();
        List<Example> examples = new ArrayList<>();
        for (LabelledSentence sentence : sentences) {
            int[][] numbered = new int[sentence.features().size()][];
            for (int i = 0; i < numbered.length; i++) {
                String[] f = sentence.features().get(i);
                numbered[i] = new int[f.length];
                for (int j = 0; j < f.length; j++) {
                    numbered[i][j] = ids.computeIfAbsent(f[j], name -> {
                        names.add(name);
                        return names.size() - 1;
                    });
                }
            }
            examples.add(new Example(numbered, sentence.tags()));
        }
        return train(names, examples);
    }

    private TaggingModel train(List<String> names, List<Example> examples) {
        float[][] weights = new float[names.size()][TAGS];
        double[][] summed = new double[names.size()][TAGS];
        float[][] transitions = new float[TAGS + 1][TAGS];
        double[][] summedTransitions = new double[TAGS + 1][TAGS];
        Random random = new Random(13);
        int step = 1;
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(examples, random);
            for (Example example : examples) {
                int n = example.tags().length;
                float[][] emissions = new float[n][TAGS];
                for (int i = 0; i < n; i++) {
                    for (int f : example.features()[i]) {
                        for (int t = 0; t < TAGS; t++) {
                            emissions[i][t] += weights[f][t];
                        }
                    }
                }
                int[] predicted = TaggingModel.bestTags(emissions, transitions);
                int[] gold = example.tags();
                for (int i = 0; i < n; i++) {
                    int goldBefore = i == 0 ? TAGS : gold[i - 1];
                    int predictedBefore = i == 0 ? TAGS : predicted[i - 1];
                    if (gold[i] != predicted[i]) {
                        for (int f : example.features()[i]) {
                            weights[f][gold[i]] += 1;
                            summed[f][gold[i]] += step;
                            weights[f][predicted[i]] -= 1;
                            summed[f][predicted[i]] -= step;
                        }
                    }
                    if (gold[i] != predicted[i] || goldBefore != predictedBefore) {
                        transitions[goldBefore][gold[i]] += 1;
                        summedTransitions[goldBefore][gold[i]] += step;
                        transitions[predictedBefore][predicted[i]] -= 1;
                        summedTransitions[predictedBefore][predicted[i]] -= step;
                    }
                }
                step++;
            }
        }
        Map<String, float[]> averaged = new HashMap<>();
        for (int f = 0; f < names.size(); f++) {
            float[] w = new float[TAGS];
            boolean any = false;
            for (int t = 0; t < TAGS; t++) {
                w[t] = (float) (weights[f][t] - summed[f][t] / step);
                if (Math.abs(w[t]) < 1e-3f) {
                    w[t] = 0;
                }
                any |= w[t] != 0;
            }
            if (any) {
                averaged.put(names.get(f), w);
            }
        }
        float[][] averagedTransitions = new float[TAGS + 1][TAGS];
        for (int p = 0; p <= TAGS; p++) {
            for (int t = 0; t < TAGS; t++) {
                averagedTransitions[p][t] = (float) (transitions[p][t] - summedTransitions[p][t] / step);
            }
        }
        return new TaggingModel(averaged, averagedTransitions);
    }
}
