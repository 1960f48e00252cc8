package org.gazette.entity;

import java.util.Map;

/**
 * The weights of a tagging model's features, looked up by a 64-bit hash of the feature's text instead of
 * the text itself: an open-addressing table of hashes, each pointing to its row of weights in one flat
 * array. About 50 bytes a feature, where a {@code HashMap<String, float[]>} took some 170 (the string, its
 * bytes, the entry and the array's headers), and no string comparison on a hit. Three languages' models
 * hold a few million features, so this is the difference between a tagging node needing tens and
 * hundreds of megabytes of heap.
 * <p>
 * Two features with the same 64-bit hash would share a row; among a few million features the chance of
 * any such pair is about one in ten million, and a feature the model never saw matching a known one's
 * hash is rarer still. Both are accepted, as hashing taggers do with far shorter hashes.
 */
final class FeatureWeights {

    private final int width;
    /** Hashes of the features, 0 where a slot is empty; a feature whose hash is 0 is stored as 1. */
    private final long[] hashes;
    /** For each slot, the row of its weights in {@link #weights}. */
    private final int[] rows;

    private final float[] weights;
    /** Features held, up to the number the table was made for. */
    private int size;

    /** A table for up to {@code count} features of {@code width} weights each. */
    private FeatureWeights(int count, int width) {
        int capacity = Integer.highestOneBit(Math.max(2, count) * 2 - 1) * 2;
        this.width = width;
        this.hashes = new long[capacity];
        this.rows = new int[capacity];
        this.weights = new float[count * width];
    }

    /** A builder of a table for exactly {@code count} features. */
    static Builder builder(int count, int width) {
        return new Builder(new FeatureWeights(count, width));
    }

    static FeatureWeights of(Map<String, float[]> features, int width) {
        Builder builder = builder(features.size(), width);
        features.forEach(builder::add);
        return builder.build();
    }

    int count() {
        return size;
    }

    /** Adds the feature's weights to {@code into}; a feature the model does not know adds nothing. */
    void addTo(String feature, float[] into) {
        long hash = hash(feature);
        int mask = hashes.length - 1;
        for (int slot = (int) hash & mask; ; slot = (slot + 1) & mask) {
            long found = hashes[slot];
            if (found == hash) {
                int start = rows[slot] * width;
                for (int t = 0; t < width; t++) {
                    into[t] += weights[start + t];
                }
                return;
            }
            if (found == 0) {
                return;
            }
        }
    }

    /** FNV-1a over the UTF-16 units, then MurmurHash3's finaliser to spread the bits; never 0. */
    static long hash(String feature) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < feature.length(); i++) {
            h ^= feature.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }

    /** Fills a table feature by feature; not for use from several threads. */
    static final class Builder {

        private final FeatureWeights table;

        private Builder(FeatureWeights table) {
            this.table = table;
        }

        /** Adds a feature with its weights ({@code width} of them); a feature added twice keeps the first. */
        Builder add(String feature, float[] weights) {
            if (weights.length != table.width) {
                throw new IllegalArgumentException("a feature needs " + table.width + " weights");
            }
            long hash = hash(feature);
            int mask = table.hashes.length - 1;
            int slot = (int) hash & mask;
            while (table.hashes[slot] != 0) {
                if (table.hashes[slot] == hash) {
                    return this;
                }
                slot = (slot + 1) & mask;
            }
            int row = table.size;
            if ((row + 1) * table.width > table.weights.length) {
                throw new IllegalStateException("the table is full");
            }
            table.hashes[slot] = hash;
            table.rows[slot] = row;
            System.arraycopy(weights, 0, table.weights, row * table.width, table.width);
            table.size++;
            return this;
        }

        FeatureWeights build() {
            return table;
        }
    }
}
