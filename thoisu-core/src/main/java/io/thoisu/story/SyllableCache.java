package io.thoisu.story;

import io.thoisu.text.VietnameseNormalizer;
import java.util.Arrays;
import java.util.Set;

/**
 * The comparison key of each syllable as written, computed once per spelling. News text draws on a few thousand
 * syllables in a few spellings each (capitalised, old or new tone placement), so keying every text whole — NFC,
 * tone placement, lower case over tens of thousands of characters — spent most of the clustering time doing the same
 * few thousand conversions again. A syllable's key does not depend on its neighbours (tone marks move within a
 * syllable, combining marks are kept with the letters they follow), so the key of a text's syllables is the
 * text's key cut at the same places.
 *
 * <p>Open addressing over primitive arrays keyed by two hashes of the written form (String's 32-bit one and a 64-bit
 * FNV-1a, computed while the text is scanned) and its length, without comparing characters: two spellings would
 * have to agree on 96 bits of hash to be confused. When the table fills up it starts again empty, so its memory is
 * bounded whatever the corpus (a rebuilt entry gives the same answer).
 */
final class SyllableCache {
    private static final int CAPACITY = 1 << 16;
    private static final int MAX_ENTRIES = CAPACITY / 2;

    private final Set<String> stopKeys;
    private final long[] wideHashes = new long[CAPACITY];
    private final int[] rawHashes = new int[CAPACITY];
    private final int[] lengths = new int[CAPACITY];
    private final int[] keyHashes = new int[CAPACITY];
    private final boolean[] stops = new boolean[CAPACITY];
    private int size;

    SyllableCache(Set<String> stopKeys) {
        this.stopKeys = stopKeys;
    }

    /** FNV-1a's starting value and prime: the second hash of a written form, folded in character by character. */
    static final long WIDE_START = 0xcbf29ce484222325L;
    static final long WIDE_PRIME = 0x100000001b3L;

    /**
     * The slot holding {@code text[start, end)}, its written form hashed as {@code rawHash} (String's hash of the
     * range) and {@code wideHash} (FNV-1a from {@link #WIDE_START}), computing its key on first sight. Read the
     * answer with {@link #keyHash} and {@link #stop}.
     */
    int lookup(String text, int start, int end, int rawHash, long wideHash) {
        int len = end - start;
        int mask = CAPACITY - 1;
        int i = (int) (wideHash >>> 40) & mask;
        while (lengths[i] != 0) {
            if (wideHashes[i] == wideHash && rawHashes[i] == rawHash && lengths[i] == len) {
                return i;
            }
            i = (i + 1) & mask;
        }
        if (size >= MAX_ENTRIES) {
            Arrays.fill(lengths, 0);
            size = 0;
            return lookup(text, start, end, rawHash, wideHash);
        }
        String key = VietnameseNormalizer.key(text.substring(start, end));
        int h = 0;
        for (int k = 0; k < key.length(); k++) {
            char c = key.charAt(k);
            // a combining mark NFC could not attach to its letter is no part of the syllable
            if (Character.isLetter(c)) {
                h = 31 * h + c;
            }
        }
        wideHashes[i] = wideHash;
        rawHashes[i] = rawHash;
        lengths[i] = len;
        keyHashes[i] = h;
        stops[i] = stopKeys.contains(key);
        size++;
        return i;
    }

    /** String's hash of the syllable's key (its letters). */
    int keyHash(int slot) {
        return keyHashes[slot];
    }

    boolean stop(int slot) {
        return stops[slot];
    }

    /** A letter, or a combining mark (text not in NFC writes tone marks apart): part of a syllable as written. */
    static boolean syllableChar(char c) {
        return SYLLABLE_CHARS[c];
    }

    /** {@link #syllableChar} for every UTF-16 unit, worked out once (Character's tables cost a lookup chain each). */
    private static final boolean[] SYLLABLE_CHARS = new boolean[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            SYLLABLE_CHARS[c] = Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
        }
    }
}
