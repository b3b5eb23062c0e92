package io.thoisu.text;

/** An open-addressing set of non-zero longs: the lexicon, looked up without boxing in the segmenter's hot loop. */
final class LongSet {
    private final long[] slots;
    private final int mask;
    private int size;

    LongSet(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        slots = new long[cap];
        mask = cap - 1;
    }

    void add(long key) {
        long k = key == 0 ? 1 : key;
        int i = (int) (k ^ (k >>> 32)) & mask;
        while (slots[i] != 0) {
            if (slots[i] == k) {
                return;
            }
            i = (i + 1) & mask;
        }
        slots[i] = k;
        size++;
    }

    boolean contains(long key) {
        long k = key == 0 ? 1 : key;
        int i = (int) (k ^ (k >>> 32)) & mask;
        long v;
        while ((v = slots[i]) != 0) {
            if (v == k) {
                return true;
            }
            i = (i + 1) & mask;
        }
        return false;
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
