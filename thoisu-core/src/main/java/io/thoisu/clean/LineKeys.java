package io.thoisu.clean;

import io.thoisu.text.VietnameseNormalizer;
import java.util.Arrays;

/**
 * The comparison keys of one page's lines, each the same as {@link VietnameseNormalizer#key} gives, made syllable by
 * syllable: a key is made syllable by syllable (letters between separators), so the key of a line is the keys of its
 * syllables with its separators between them. A page repeats its syllables ("người", "được", "của"), and moving a
 * tone mark (decompose, move, recompose) is the costly part of a key: each distinct syllable is keyed once per
 * page by the normaliser itself, the ASCII ones are only lower-cased. Keying every line was half the cleaner's time.
 *
 * <p>Lines with a character outside ASCII, Vietnamese letters and plain separators (a combining mark, a letter of
 * another language) are keyed whole by the normaliser, which treats them differently.
 * One instance per page: it remembers the page's syllables, so it is not shared between threads.
 */
final class LineKeys {
    /** Slots of the syllable table (a power of two); a page has a few hundred distinct syllables. */
    private static final int SLOTS = 1024;
    /** Past this many syllables the table is full; further ones are keyed each time. */
    private static final int MAX_SYLLABLES = SLOTS * 3 / 4;

    // An open-addressing table looked up with the syllable's characters in place: no string is made for a
    // syllable already seen.
    private final String[] syllables = new String[SLOTS];
    private final String[] keys = new String[SLOTS];
    private int size;

    /** {@code VietnameseNormalizer.key(line)}. */
    String key(String line) {
        int n = line.length();
        char[] out = new char[n];
        int length = 0;
        int i = 0;
        while (i < n) {
            char c = line.charAt(i);
            if (c < 0x80 && !isAsciiLetter(c) || c == 0xA0 || c >= 0x2002 && c <= 0x206F) {
                out[length++] = c; // a plain separator: lower-casing leaves it as it is
                i++;
                continue;
            }
            int start = i;
            boolean ascii = true;
            int hash = 0;
            // ASCII letters are written lower-cased as they are read: an ASCII syllable is then done
            for (int at = length; i < n; i++, at++) {
                char d = line.charAt(i);
                if (d < 0x80) {
                    if (!isAsciiLetter(d)) {
                        break;
                    }
                    out[at] = (char) (d | 0x20);
                } else if (d >= LIMIT || !VIETNAMESE_LETTER[d]) {
                    if (d == 0xA0 || d >= 0x2002 && d <= 0x206F) {
                        break;
                    }
                    return VietnameseNormalizer.key(line); // a character the normaliser keys differently: whole line
                } else {
                    ascii = false;
                }
                hash = 31 * hash + d;
            }
            if (ascii) {
                length += i - start;
                continue;
            }
            String key = syllableKey(line, start, i, hash);
            if (length + key.length() + (n - i) > out.length) {
                out = Arrays.copyOf(out, length + key.length() + (n - i));
            }
            key.getChars(0, key.length(), out, length);
            length += key.length();
        }
        return new String(out, 0, length);
    }

    private String syllableKey(String line, int start, int end, int hash) {
        int len = end - start;
        int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
        for (String s; (s = syllables[slot]) != null; slot = (slot + 1) & (SLOTS - 1)) {
            if (s.length() == len && sameChars(line, start, s)) {
                return keys[slot];
            }
        }
        String syllable = line.substring(start, end);
        String key = VietnameseNormalizer.key(syllable);
        if (size < MAX_SYLLABLES) {
            syllables[slot] = syllable;
            keys[slot] = key;
            size++;
        }
        return key;
    }

    /** A plain loop: syllables are a few characters long, too short for the vectorised comparison to pay. */
    private static boolean sameChars(String line, int start, String syllable) {
        for (int k = 0, len = syllable.length(); k < len; k++) {
            if (line.charAt(start + k) != syllable.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }

    /** The letters of Vietnamese orthography beyond ASCII, in both cases. */
    private static final String VIETNAMESE = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
            + "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ";
    private static final int LIMIT = 0x1F00;
    private static final boolean[] VIETNAMESE_LETTER = new boolean[LIMIT];

    static {
        for (int i = 0; i < VIETNAMESE.length(); i++) {
            VIETNAMESE_LETTER[VIETNAMESE.charAt(i)] = true;
        }
    }
}
