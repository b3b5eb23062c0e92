package io.thoisu.story;

import java.util.Arrays;

/**
 * Scratch counts of one text's terms, reused from article to article: each term's count and its weight factor (set
 * when the term is first seen), by open addressing, with the occupied slots listed so that clearing costs what the
 * text used rather than the table's size.
 */
final class TermCounts {
    private static final int EMPTY = -1;

    private int[] keys;
    private float[] counts;
    private float[] factors;
    private int[] used;
    private int size;

    TermCounts(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
        keys = new int[capacity];
        Arrays.fill(keys, EMPTY);
        counts = new float[capacity];
        factors = new float[capacity];
        used = new int[capacity / 2 + 1];
    }

    int size() {
        return size;
    }

    void clear() {
        for (int k = 0; k < size; k++) {
            keys[used[k]] = EMPTY;
        }
        size = 0;
    }

    /** Adds {@code n} to a term's count; the factor counts only when the term is new. */
    void add(int term, float n, float factor) {
        int mask = keys.length - 1;
        int i = (term * 0x9E3779B9 >>> 7) & mask;
        while (keys[i] != EMPTY) {
            if (keys[i] == term) {
                counts[i] += n;
                return;
            }
            i = (i + 1) & mask;
        }
        keys[i] = term;
        counts[i] = n;
        factors[i] = factor;
        used[size++] = i;
        if (size * 2 > keys.length) {
            grow();
        }
    }

    /** The k-th term in the order first seen. */
    int term(int k) {
        return keys[used[k]];
    }

    float count(int k) {
        return counts[used[k]];
    }

    float factor(int k) {
        return factors[used[k]];
    }

    /** Slots: the table's positions, in an order that follows the terms' hashes, not the text. */
    int capacity() {
        return keys.length;
    }

    /** The slot of the k-th term first seen. */
    int slot(int k) {
        return used[k];
    }

    int termAt(int slot) {
        return keys[slot];
    }

    float countAt(int slot) {
        return counts[slot];
    }

    float factorAt(int slot) {
        return factors[slot];
    }

    private void grow() {
        int[] oldKeys = keys;
        float[] oldCounts = counts;
        float[] oldFactors = factors;
        keys = new int[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        counts = new float[keys.length];
        factors = new float[keys.length];
        used = new int[keys.length / 2 + 1];
        size = 0;
        // in slot order, so that the new layout depends on the terms only and not on the order they came in
        for (int s = 0; s < oldKeys.length; s++) {
            if (oldKeys[s] != EMPTY) {
                add(oldKeys[s], oldCounts[s], oldFactors[s]);
            }
        }
    }
}
