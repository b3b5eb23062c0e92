package io.thoisu.story;

import java.util.Arrays;

/**
 * The inverted index from a term to the active stories that have it among their heaviest: open addressing over
 * primitive keys, each term's stories in a plain array. A term's list may empty out (its stories moved on or
 * retired); such entries are dropped when the table is rebuilt by {@link #compact()}.
 */
final class StoryIndex {
    private static final int EMPTY = -1;
    private static final StoryState[] NONE = new StoryState[0];

    private int[] keys;
    private StoryState[][] lists;
    private int[] sizes;
    private int occupied;

    StoryIndex() {
        allocate(1 << 12);
    }

    private void allocate(int capacity) {
        keys = new int[capacity];
        Arrays.fill(keys, EMPTY);
        lists = new StoryState[capacity][];
        sizes = new int[capacity];
        occupied = 0;
    }

    /** The slot of a term, or -1 when it has never been indexed since the last compaction. */
    int find(int term) {
        int mask = keys.length - 1;
        for (int i = spread(term) & mask; ; i = (i + 1) & mask) {
            int k = keys[i];
            if (k == term) {
                return i;
            }
            if (k == EMPTY) {
                return -1;
            }
        }
    }

    /** The stories of a slot; read the first {@link #size(int)} of them. */
    StoryState[] stories(int slot) {
        return lists[slot];
    }

    int size(int slot) {
        return sizes[slot];
    }

    void add(int term, StoryState s) {
        int mask = keys.length - 1;
        int i = spread(term) & mask;
        while (keys[i] != EMPTY && keys[i] != term) {
            i = (i + 1) & mask;
        }
        if (keys[i] == EMPTY) {
            keys[i] = term;
            lists[i] = NONE;
            if (++occupied * 2 > keys.length) {
                rebuild(keys.length * 2);
                add(term, s);
                return;
            }
        }
        StoryState[] list = lists[i];
        if (sizes[i] == list.length) {
            list = lists[i] = Arrays.copyOf(list, Math.max(4, list.length * 2));
        }
        list[sizes[i]++] = s;
    }

    void remove(int term, StoryState s) {
        int slot = find(term);
        if (slot < 0) {
            return;
        }
        StoryState[] list = lists[slot];
        int n = sizes[slot];
        for (int k = 0; k < n; k++) {
            if (list[k] == s) {
                // order within a list carries no meaning: the last takes the removed one's place
                list[k] = list[n - 1];
                list[n - 1] = null;
                sizes[slot] = n - 1;
                return;
            }
        }
    }

    /** Drops the terms no story is indexed under any more. */
    void compact() {
        int live = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY && sizes[i] > 0) {
                live++;
            }
        }
        if (occupied < 2 * live) {
            return; // few dead entries: not worth a rebuild yet
        }
        int capacity = 1 << 12;
        while (capacity < live * 4) {
            capacity <<= 1;
        }
        rebuild(capacity);
    }

    private void rebuild(int capacity) {
        int[] oldKeys = keys;
        StoryState[][] oldLists = lists;
        int[] oldSizes = sizes;
        allocate(capacity);
        int mask = capacity - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] == EMPTY || oldSizes[j] == 0) {
                continue;
            }
            int i = spread(oldKeys[j]) & mask;
            while (keys[i] != EMPTY) {
                i = (i + 1) & mask;
            }
            keys[i] = oldKeys[j];
            lists[i] = oldLists[j];
            sizes[i] = oldSizes[j];
            occupied++;
        }
    }

    private static int spread(int h) {
        return h * 0x9E3779B9 >>> 7;
    }
}
