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
        Integer[] order = new Integer[terms.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Float.compare(weights[b], weights[a]));
        int n = Math.min(k, order.length);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = order[i];
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
