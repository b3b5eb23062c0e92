package io.thoisu.text;

/**
 * The scanning core shared by {@link SyllableTokenizer} and {@link WordSegmenter}: one pass over the text that
 * records each unit's offsets, kind and a 64-bit hash of its lower-cased text, without creating a string per
 * unit. The segmenter runs this on every line, so it is a plain character loop: no regex, no code-point boxing.
 *
 * <p>Units: a syllable (letters, digits and combining marks; a hyphen between letters keeps a foreign name such
 * as "Kassym-Jomart" whole), a number (digits with grouping dots and decimal commas: "5.800", "7,5"), a run of one
 * repeated punctuation mark ("...", "--", "!!!") or a single other character with its combining marks.
 */
final class SyllableLexer {
    static final byte SYLLABLE = 0;
    static final byte NUMBER = 1;
    static final byte PUNCTUATION = 2;
    static final byte SYMBOL = 3;

    private SyllableLexer() {
    }

    /** The units of one text; arrays grow as needed and are only valid up to {@code size}. */
    static final class Units {
        int size;
        int[] start;
        int[] end;
        byte[] kind;
        /** Hash of the lower-cased unit; numbers share one hash per digit-shape class. */
        long[] hash;
        /** Case shape: 0 lower, 1 capitalised, 2 all capitals, 3 number, 4 punctuation, 5 other. */
        byte[] shape;
        /** Lower-cased first and last character: alliteration and rhyme across a gap hint at a reduplicative word. */
        char[] first;
        char[] last;
        /** 1 when the unit is a syllable that Vietnamese spelling cannot produce (f, j, w, z, or no vowel). */
        byte[] foreign;

        Units(int capacity) {
            int c = Math.max(8, capacity);
            start = new int[c];
            end = new int[c];
            kind = new byte[c];
            hash = new long[c];
            shape = new byte[c];
            first = new char[c];
            last = new char[c];
            foreign = new byte[c];
        }

        private void add(int s, int e, byte k, long h, byte sh) {
            if (size == start.length) {
                int c = size * 2;
                start = java.util.Arrays.copyOf(start, c);
                end = java.util.Arrays.copyOf(end, c);
                kind = java.util.Arrays.copyOf(kind, c);
                hash = java.util.Arrays.copyOf(hash, c);
                shape = java.util.Arrays.copyOf(shape, c);
                first = java.util.Arrays.copyOf(first, c);
                last = java.util.Arrays.copyOf(last, c);
                foreign = java.util.Arrays.copyOf(foreign, c);
            }
            start[size] = s;
            end[size] = e;
            kind[size] = k;
            hash[size] = h;
            shape[size] = sh;
            size++;
        }

        private void letters(String text) {
            int k = size - 1;
            int s = start[k];
            int e = end[k];
            first[k] = Character.toLowerCase(text.charAt(s));
            last[k] = Character.toLowerCase(text.charAt(e - 1));
            if (kind[k] == SYLLABLE) {
                foreign[k] = isVietnameseSpelling(text, s, e) ? (byte) 0 : (byte) 1;
            }
        }
    }

    static Units scan(String text) {
        Units units = new Units(text.length() / 4 + 4);
        scan(text, 0, text.length(), units);
        return units;
    }

    static void scan(String text, int from, int to, Units out) {
        int i = from;
        int added = out.size;
        while (i < to) {
            if (out.size > added) {
                out.letters(text);
                added = out.size;
            }
            char c = text.charAt(i);
            if (isSpace(c)) {
                i++;
                continue;
            }
            int start = i;
            if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(i + 1));
                i += 2;
                if (Character.isLetter(cp)) {
                    i = endOfSyllable(text, i, to);
                    out.add(start, i, SYLLABLE, hashOf(text, start, i), (byte) 5);
                } else {
                    i = skipMarks(text, i, to);
                    out.add(start, i, SYMBOL, hashOf(text, start, i), (byte) 5);
                }
                continue;
            }
            if (c >= '0' && c <= '9' || Character.isDigit(c)) {
                i = endOfNumber(text, i, to);
                if (i < to && Character.isLetter(text.charAt(i))) {
                    // "43H-016", "3G": a code, not a number
                    i = endOfSyllable(text, i, to);
                    out.add(start, i, SYLLABLE, hashOf(text, start, i), (byte) 5);
                } else {
                    out.add(start, i, NUMBER, NUMBER_HASH + Math.min(i - start, 6), (byte) 3);
                }
            } else if (Character.isLetter(c)) {
                i = endOfSyllable(text, i, to);
                out.add(start, i, SYLLABLE, hashOf(text, start, i), shapeOf(text, start, i));
            } else {
                i++;
                if (isRepeatable(c)) {
                    while (i < to && text.charAt(i) == c) {
                        i++;
                    }
                }
                i = skipMarks(text, i, to);
                boolean punct = isPunctuation(c);
                out.add(start, i, punct ? PUNCTUATION : SYMBOL, hashOf(text, start, i), punct ? (byte) 4 : (byte) 5);
            }
        }
        if (out.size > added) {
            out.letters(text);
        }
    }

    /** Whether the letters could be a Vietnamese syllable: a vowel, and none of f, j, w, z. */
    static boolean isVietnameseSpelling(String text, int s, int e) {
        boolean vowel = false;
        for (int k = s; k < e; k++) {
            char c = Character.toLowerCase(text.charAt(k));
            if (c == 'f' || c == 'j' || c == 'w' || c == 'z' || c == '-') {
                return false;
            }
            if (c < 0x80) {
                vowel |= c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
            } else if (Character.isLetter(c)) {
                vowel |= c != 'đ'; // every other accented letter Vietnamese uses is a vowel
            }
        }
        return vowel;
    }

    private static final long NUMBER_HASH = 0x5bd1e9955bd1e995L;

    static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u00A0' || c == '\f' || c == 0x0B
                || c == 0x1C || c == 0x1D || c == 0x1E || c == 0x1F || c == 0x85
                || (c >= 0x2000 && c <= 0x200D) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F
                || c == 0x2060 || c == 0x3000 || c == 0x1680 || c == 0xFEFF || c == 0x00AD;
    }

    private static int endOfSyllable(String text, int i, int to) {
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (!Character.isLetterOrDigit(Character.toCodePoint(c, text.charAt(i + 1)))) {
                    break;
                }
                i += 2;
            } else if (Character.isLetterOrDigit(c) || isMark(c)) {
                i++;
            } else if (c == '-' && i + 1 < to && Character.isLetter(text.charAt(i + 1))) {
                i++; // "Kassym-Jomart", "Nur-Sultan": one name
            } else {
                break;
            }
        }
        return i;
    }

    private static int endOfNumber(String text, int i, int to) {
        while (i < to) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' || Character.isDigit(c)) {
                i++;
            } else if ((c == '.' || c == ',') && i + 1 < to && Character.isDigit(text.charAt(i + 1))) {
                i++; // "5.800", "7,5"
            } else {
                break;
            }
        }
        return i;
    }

    private static int skipMarks(String text, int i, int to) {
        while (i < to && isMark(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isMark(char c) {
        if (c < 0x0300) {
            return false;
        }
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
    }

    private static boolean isRepeatable(char c) {
        return c == '.' || c == '-' || c == '!' || c == '?' || c == '…' || c == '*' || c == '=';
    }

    static boolean isPunctuation(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    /** FNV-1a over the lower-cased UTF-16 units, then a finaliser so similar strings spread. */
    static long hashOf(CharSequence text, int start, int end) {
        long h = 0xcbf29ce484222325L;
        for (int k = start; k < end; k++) {
            h ^= Character.toLowerCase(text.charAt(k));
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    private static byte shapeOf(String text, int start, int end) {
        boolean firstUpper = Character.isUpperCase(text.charAt(start));
        if (!firstUpper) {
            return 0;
        }
        for (int k = start + 1; k < end; k++) {
            if (Character.isLowerCase(text.charAt(k))) {
                return 1;
            }
        }
        return end - start > 1 ? (byte) 2 : (byte) 1;
    }
}
