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
 * <p>Open addressing over primitive arrays keyed by the written form's hash; when the table fills up it starts
 * again empty, so its memory is bounded whatever the corpus (a rebuilt entry gives the same answer).
 */
final class SyllableCache {
    private static final int CAPACITY = 1 << 16;
    private static final int MAX_ENTRIES = CAPACITY / 2;

    private final Set<String> stopKeys;
    private final String[] forms = new String[CAPACITY];
    private final int[] rawHashes = new int[CAPACITY];
    private final int[] keyHashes = new int[CAPACITY];
    private final boolean[] stops = new boolean[CAPACITY];
    private int size;

    SyllableCache(Set<String> stopKeys) {
        this.stopKeys = stopKeys;
    }

    /**
     * The slot holding {@code text[start, end)}, its written form hashed as {@code rawHash} (String's hash of the
     * range), computing its key on first sight. Read the answer with {@link #keyHash} and {@link #stop}.
     */
    int lookup(String text, int start, int end, int rawHash) {
        int len = end - start;
        int mask = CAPACITY - 1;
        int i = (rawHash * 0x9E3779B9 >>> 16) & mask;
        while (forms[i] != null) {
            String f = forms[i];
            if (rawHashes[i] == rawHash && f.length() == len && text.regionMatches(start, f, 0, len)) {
                return i;
            }
            i = (i + 1) & mask;
        }
        if (size >= MAX_ENTRIES) {
            Arrays.fill(forms, null);
            size = 0;
            return lookup(text, start, end, rawHash);
        }
        String form = text.substring(start, end);
        String key = VietnameseNormalizer.key(form);
        int h = 0;
        for (int k = 0; k < key.length(); k++) {
            char c = key.charAt(k);
            // a combining mark NFC could not attach to its letter is no part of the syllable
            if (Character.isLetter(c)) {
                h = 31 * h + c;
            }
        }
        forms[i] = form;
        rawHashes[i] = rawHash;
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
        if (c < 0x80) {
            return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        }
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
