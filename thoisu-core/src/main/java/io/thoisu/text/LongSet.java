package io.thoisu.text;

/**
 * An open-addressing set of non-zero longs, each with an optional int value: the lexicon and the syllable
 * statistics, looked up without boxing in the segmenter's hot loop.
 */
final class LongSet {
    private final long[] slots;
    private final int[] values;
    private final int mask;
    private int size;

    LongSet(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        slots = new long[cap];
        values = new int[cap];
        mask = cap - 1;
    }

    void add(long key) {
        put(key, 1);
    }

    /** Adds the key, or replaces its value. */
    void put(long key, int value) {
        long k = key == 0 ? 1 : key;
        int i = (int) (k ^ (k >>> 32)) & mask;
        while (slots[i] != 0) {
            if (slots[i] == k) {
                values[i] = value;
                return;
            }
            i = (i + 1) & mask;
        }
        slots[i] = k;
        values[i] = value;
        size++;
    }

    boolean contains(long key) {
        return get(key) != 0;
    }

    /** The key's value, 0 when absent (so values stored should be non-zero). */
    int get(long key) {
        long k = key == 0 ? 1 : key;
        int i = (int) (k ^ (k >>> 32)) & mask;
        long v;
        while ((v = slots[i]) != 0) {
            if (v == k) {
                return values[i];
            }
            i = (i + 1) & mask;
        }
        return 0;
    }

    int size() {
        return size;
    }

    long[] toArray() {
        long[] out = new long[size];
        int n = 0;
        for (long v : slots) {
            if (v != 0) {
                out[n++] = v;
            }
        }
        return out;
    }
}
