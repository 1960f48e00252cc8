package org.gazette.entity;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Precision, recall and F1 of predicted names against gold ones, counted as {@code score.py} counts them:
 * a prediction is right only with the same start, end and type as a gold name of the same document;
 * micro-averaged over all names, and per type.
 */
final class EntityScores {

    private final Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class); // right, predicted, gold

    EntityScores() {
        for (EntityType type : EntityType.values()) {
            counts.put(type, new int[3]);
        }
    }

    void add(List<EntityTags.Span> gold, List<EntityTags.Span> predicted) {
        Set<EntityTags.Span> expected = new HashSet<>(gold);
        for (EntityTags.Span span : new HashSet<>(predicted)) {
            int[] c = counts.get(span.type());
            c[1]++;
            if (expected.contains(span)) {
                c[0]++;
            }
        }
        for (EntityTags.Span span : expected) {
            counts.get(span.type())[2]++;
        }
    }

    double f1() {
        int[] all = total();
        return f1(all[0], all[1], all[2]);
    }

    private int[] total() {
        int[] all = new int[3];
        for (int[] c : counts.values()) {
            for (int i = 0; i < 3; i++) {
                all[i] += c[i];
            }
        }
        return all;
    }

    private static double f1(int right, int predicted, int gold) {
        return right == 0 ? 0 : 2.0 * right / (predicted + gold);
    }

    String table() {
        StringBuilder out = new StringBuilder("type   P      R      F1     gold\n");
        for (Map.Entry<EntityType, int[]> entry : counts.entrySet()) {
            out.append(row(entry.getKey().name(), entry.getValue()));
        }
        return out.append(row("micro", total())).toString();
    }

    private static String row(String name, int[] c) {
        double p = c[1] == 0 ? 0 : (double) c[0] / c[1];
        double r = c[2] == 0 ? 0 : (double) c[0] / c[2];
        return String.format(Locale.ROOT, "%-6s %.3f  %.3f  %.3f  %d%n", name, p, r, f1(c[0], c[1], c[2]), c[2]);
    }
}
