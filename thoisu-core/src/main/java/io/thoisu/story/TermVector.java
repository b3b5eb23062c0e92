package io.thoisu.story;

import java.util.Arrays;

/** A sparse, L2-normalised vector of hashed term ids, sorted by id. Immutable. */
final class TermVector {
    static final TermVector EMPTY = new TermVector(new int[0], new float[0]);

    private final int[] terms;
    private final float[] weights;

    TermVector(int[] terms, float[] weights) {
        this.terms = terms;
        this.weights = weights;
    }

    int size() {
        return terms.length;
    }

    int term(int i) {
        return terms[i];
    }

    float weight(int i) {
        return weights[i];
    }

    /** Indexes of the {@code k} heaviest terms, heaviest first. */
    int[] heaviest(int k) {
        return heaviest(weights, k);
    }

    /**
     * Indexes of the {@code k} largest of non-negative weights, largest first. The weight's bits and the index are
     * packed in one long, so one primitive sort does it (non-negative floats order as their bits do).
     */
    static int[] heaviest(float[] weights, int k) {
        int n = weights.length;
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            float w = Math.max(0f, weights[i]);
            packed[i] = ((long) Float.floatToIntBits(w) << 32) | (Integer.MAX_VALUE - i);
        }
        java.util.Arrays.sort(packed);
        int m = Math.min(k, n);
        int[] out = new int[m];
        for (int j = 0; j < m; j++) {
            out[j] = Integer.MAX_VALUE - (int) packed[n - 1 - j];
        }
        return out;
    }

    double dot(TermVector other) {
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < terms.length && j < other.terms.length) {
            if (terms[i] == other.terms[j]) {
                sum += (double) weights[i++] * other.weights[j++];
            } else if (terms[i] < other.terms[j]) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }
}
