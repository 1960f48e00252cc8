package org.gazette.cluster;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.gazette.text.Language;

/**
 * A story's MinHash signature: for each of {@link #SIZE} hash functions, the least hash over the story's
 * shingles. The share of equal positions in two signatures estimates the Jaccard similarity of the two
 * stories' shingle sets. The signature is cut into {@link #BANDS} bands of {@link #ROWS} values; two stories
 * that agree on a whole band are candidates, which is what the database indexes. With 32 bands of 4 a pair
 * at similarity 0.5 shares a band with probability 0.87, at 0.6 with 0.99, at 0.2 with 0.05.
 */
record MinHash(int[] values) {

    static final int SIZE = 128;
    static final int ROWS = 4;
    static final int BANDS = SIZE / ROWS;

    /** The hash functions {@code (a * x + b) >>> 33}: fixed for good, since signatures are stored. */
    private static final long[] A = new long[SIZE];

    private static final long[] B = new long[SIZE];

    static {
        SplittableRandom random = new SplittableRandom(0x67617a65747465L);
        for (int i = 0; i < SIZE; i++) {
            A[i] = random.nextLong() | 1;
            B[i] = random.nextLong();
        }
    }

    MinHash {
        if (values.length != SIZE) {
            throw new IllegalArgumentException("a signature has " + SIZE + " values, got " + values.length);
        }
    }

    /** The signature of a non-empty set of shingle hashes. */
    static MinHash of(long[] shingles) {
        if (shingles.length == 0) {
            throw new IllegalArgumentException("a story without words has no signature");
        }
        int[] values = new int[SIZE];
        Arrays.fill(values, Integer.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < SIZE; i++) {
                int h = (int) ((A[i] * shingle + B[i]) >>> 33);
                if (h < values[i]) {
                    values[i] = h;
                }
            }
        }
        return new MinHash(values);
    }

    /** The estimated Jaccard similarity of the two stories, 0 to 1. */
    double similarity(MinHash other) {
        int same = 0;
        for (int i = 0; i < SIZE; i++) {
            if (values[i] == other.values[i]) {
                same++;
            }
        }
        return same / (double) SIZE;
    }

    /** The keys of the signature's bands, in the story's language: stories of two languages never share one. */
    long[] bands(Language lang) {
        long seed = StoryShingles.hash(lang.code());
        long[] keys = new long[BANDS];
        for (int band = 0; band < BANDS; band++) {
            long h = StoryShingles.mix(seed + band);
            for (int row = 0; row < ROWS; row++) {
                h = StoryShingles.mix(h * 0x9E3779B97F4A7C15L + values[band * ROWS + row]);
            }
            keys[band] = h;
        }
        return keys;
    }

    byte[] bytes() {
        ByteBuffer buffer = ByteBuffer.allocate(SIZE * Integer.BYTES);
        buffer.asIntBuffer().put(values);
        return buffer.array();
    }

    static MinHash fromBytes(byte[] bytes) {
        int[] values = new int[SIZE];
        ByteBuffer.wrap(bytes).asIntBuffer().get(values);
        return new MinHash(values);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MinHash that && Arrays.equals(values, that.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "MinHash" + Arrays.toString(Arrays.copyOf(values, 4)) + "…";
    }
}
