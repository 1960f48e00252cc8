package org.gazette.entity.linking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Precision and recall of a clustering of mentions against the expected one, two ways. B-cubed: per mention, the
 * share of its predicted cluster that is expected with it (precision) and the share of its expected cluster that
 * is predicted with it (recall), averaged over mentions. Pairwise: over all pairs of mentions, the pairs put
 * together that belong together, against all pairs put together (precision) and all pairs that belong together
 * (recall). An unlinked mention is a cluster of its own.
 */
record LinkingScore(double bcubedPrecision, double bcubedRecall, double pairPrecision, double pairRecall) {

    /** Scores parallel lists: the predicted and the expected cluster label of each mention. */
    static LinkingScore of(List<String> predicted, List<String> expected) {
        if (predicted.size() != expected.size()) {
            throw new IllegalArgumentException("one prediction per mention: " + predicted.size() + " predictions, "
                    + expected.size() + " mentions");
        }
        int n = predicted.size();
        Map<String, List<Integer>> byPredicted = groups(predicted);
        Map<String, List<Integer>> byExpected = groups(expected);
        double precisionSum = 0;
        double recallSum = 0;
        long together = 0;
        long belong = 0;
        long both = 0;
        for (int i = 0; i < n; i++) {
            String gold = expected.get(i);
            List<Integer> p = byPredicted.get(predicted.get(i));
            List<Integer> e = byExpected.get(gold);
            long common = p.stream().filter(j -> expected.get(j).equals(gold)).count();
            precisionSum += (double) common / p.size();
            recallSum += (double) common / e.size();
            together += p.size() - 1;
            belong += e.size() - 1;
            both += common - 1;
        }
        return new LinkingScore(
                precisionSum / n,
                recallSum / n,
                together == 0 ? 1 : (double) both / together,
                belong == 0 ? 1 : (double) both / belong);
    }

    double bcubedF1() {
        return 2 * bcubedPrecision * bcubedRecall / (bcubedPrecision + bcubedRecall);
    }

    private static Map<String, List<Integer>> groups(List<String> labels) {
        Map<String, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            groups.computeIfAbsent(labels.get(i), x -> new ArrayList<>()).add(i);
        }
        return groups;
    }
}
