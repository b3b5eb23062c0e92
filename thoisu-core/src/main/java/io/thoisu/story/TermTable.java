package io.thoisu.story;

import java.util.Arrays;

/**
 * A map from hashed term id (non-negative int) to a float, by open addressing over two primitive arrays: a story
 * centroid or an article's counts without a boxed Integer and Float per term, which is where the time went.
 */
final class TermTable {
    private static final int EMPTY = -1;

    private int[] keys;
    private float[] values;
    private int size;

    TermTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
        keys = new int[capacity];
        Arrays.fill(keys, EMPTY);
        values = new float[capacity];
    }

    int size() {
        return size;
    }

    /** The value of a term, 0 when absent. */
    float get(int term) {
        int mask = keys.length - 1;
        for (int i = spread(term) & mask; ; i = (i + 1) & mask) {
            int k = keys[i];
            if (k == term) {
                return values[i];
            }
            if (k == EMPTY) {
                return 0;
            }
        }
    }

    /** Adds to a term's value; returns the value it had. */
    float add(int term, float delta) {
        int mask = keys.length - 1;
        int i = spread(term) & mask;
        while (keys[i] != EMPTY && keys[i] != term) {
            i = (i + 1) & mask;
        }
        if (keys[i] == EMPTY) {
            keys[i] = term;
            values[i] = delta;
            if (++size * 2 > keys.length) {
                grow();
            }
            return 0;
        }
        float old = values[i];
        values[i] = old + delta;
        return old;
    }

    /** Slots, for a pass over the entries without copying them: a slot holds an entry when its key is not -1. */
    int capacity() {
        return keys.length;
    }

    int keyAt(int slot) {
        return keys[slot];
    }

    float valueAt(int slot) {
        return values[slot];
    }

    /** Copies the entries out: terms and values in the same (unspecified) order. */
    void export(int[] terms, float[] weights) {
        int n = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                terms[n] = keys[i];
                weights[n++] = values[i];
            }
        }
    }

    private void grow() {
        int[] oldKeys = keys;
        float[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        values = new float[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                add(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int spread(int h) {
        return h * 0x9E3779B9 >>> 7;
    }
}
