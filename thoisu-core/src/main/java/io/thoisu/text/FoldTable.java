package io.thoisu.text;

/**
 * One folded character per character of the Latin blocks (U+0080–U+024F, U+1E00–U+1EFF) and of the combining
 * diacritical marks (U+0300–U+036F), computed once from {@link VietnameseNormalizer#slowFold} on the character
 * alone. That is exact for whole texts because folding works character by character in these blocks: lower-casing
 * them never changes their number or depends on a neighbour, and every mark a decomposition yields is dropped. A
 * character whose fold is not one character (or nothing) is {@link #UNKNOWN}, and the text takes the slow path.
 */
final class FoldTable {
    /** The character folds to nothing (a combining mark). */
    static final char DROP = '\uFFFF';
    /** The character is outside the table or folds to several characters. */
    static final char UNKNOWN = '\uFFFE';

    private static final char LATIN_END = 0x250;
    private static final char MARKS_START = 0x300;
    private static final char MARKS_END = 0x370;
    private static final char EXTENDED_START = 0x1E00;
    private static final char EXTENDED_END = 0x1F00;

    private static final char[] LATIN = build(0, LATIN_END);
    private static final char[] MARKS = build(MARKS_START, MARKS_END);
    private static final char[] EXTENDED = build(EXTENDED_START, EXTENDED_END);

    private FoldTable() {
    }

    /** The fold of {@code c}, or {@link #DROP}, or {@link #UNKNOWN}. */
    static char of(char c) {
        if (c < LATIN_END) {
            return LATIN[c];
        }
        if (c >= MARKS_START && c < MARKS_END) {
            return MARKS[c - MARKS_START];
        }
        if (c >= EXTENDED_START && c < EXTENDED_END) {
            return EXTENDED[c - EXTENDED_START];
        }
        return UNKNOWN;
    }

    private static char[] build(int from, int to) {
        char[] table = new char[to - from];
        for (int c = from; c < to; c++) {
            String alone = String.valueOf((char) c);
            String folded = VietnameseNormalizer.slowFold(alone);
            boolean perCharacter = alone.toLowerCase(java.util.Locale.ROOT).length() == 1;
            table[c - from] = !perCharacter ? UNKNOWN
                    : folded.isEmpty() ? DROP
                    : folded.length() == 1 && folded.charAt(0) < DROP - 1 ? folded.charAt(0)
                    : UNKNOWN;
        }
        return table;
    }
}
