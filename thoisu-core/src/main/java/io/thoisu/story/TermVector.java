package io.thoisu.story;

import java.util.Arrays;

/**
 * A sparse vector of hashed term ids, sorted by id, as parallel primitive arrays: the raw weights (what stories sum),
 * and each term's IDF at the moment it was made, with the length of the IDF-weighted vector (what comparisons use).
 * Immutable.
 */
final class TermVector {
    static final TermVector EMPTY = new TermVector(new int[0], new float[0], new double[0], 0);

    private final int[] terms;
    private final float[] weights;
    private final double[] idfs;
    private final double scaledNorm;

    TermVector(int[] terms, float[] weights, double[] idfs, double scaledNorm) {
        this.terms = terms;
        this.weights = weights;
        this.idfs = idfs;
        this.scaledNorm = scaledNorm;
    }

    /** The IDF of the i-th term when the vector was made. */
    double idf(int i) {
        return idfs[i];
    }

    /** Length of the IDF-weighted vector (1 but for rounding: the raw weights were normalised that way). */
    double scaledNorm() {
        return scaledNorm;
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
     * Indexes of the {@code k} largest of non-negative weights, largest first (ties: the lower index first). The
     * weight's bits and the index are packed in one long (non-negative floats order as their bits do); the {@code k}
     * largest are selected in linear time and only they are sorted.
     */
    static int[] heaviest(float[] weights, int k) {
        return heaviest(weights, weights.length, k);
    }

    /** The same over the first {@code n} weights. */
    static int[] heaviest(float[] weights, int n, int k) {
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            float w = Math.max(0f, weights[i]);
            packed[i] = ((long) Float.floatToIntBits(w) << 32) | (Integer.MAX_VALUE - i);
        }
        int m = Math.min(k, n);
        if (m < n) {
            selectLargest(packed, n - m);
        }
        Arrays.sort(packed, n - m, n);
        int[] out = new int[m];
        for (int j = 0; j < m; j++) {
            out[j] = Integer.MAX_VALUE - (int) packed[n - 1 - j];
        }
        return out;
    }

    /** Rearranges {@code a} so that {@code a[from..]} holds the largest values (all distinct: indexes are packed in). */
    static void selectLargest(long[] a, int from) {
        int lo = 0;
        int hi = a.length - 1;
        while (hi > lo && from > lo) {
            int mid = (lo + hi) >>> 1;
            // median of three as the pivot, so sorted input is not the worst case
            long x = a[lo];
            long y = a[mid];
            long z = a[hi];
            long pivot = x < y ? (y < z ? y : Math.max(x, z)) : (x < z ? x : Math.max(y, z));
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    long t = a[i];
                    a[i++] = a[j];
                    a[j--] = t;
                }
            }
            if (from <= j) {
                hi = j;
            } else if (from >= i) {
                lo = i;
            } else {
                return;
            }
        }
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
