package io.thoisu.text;

/**
 * A text as {@link java.util.regex.Pattern} compares it under {@code CASE_INSENSITIVE | UNICODE_CASE}: each char
 * {@code c} read as {@code toLowerCase(toUpperCase(c))}, one char for one char, so every offset is the source's.
 * Lower-case patterns compiled without those flags find on this view exactly what the flagged patterns find on the
 * source, without the regex engine folding every char again at every attempt (the cost that dominated the
 * recognizers). Surrogates stay as they are: the patterns hold no supplementary characters, and a supplementary
 * letter folds to a supplementary letter.
 */
public final class CaseFoldedText implements CharSequence {
    private static final char[] FOLD = new char[Character.MAX_VALUE + 1];
    /** {@code [\\p{L}\\p{M}\\p{N}_]} for each char that is no surrogate (the same for a char and its fold). */
    private static final boolean[] WORD = new boolean[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            int folded = Character.toLowerCase(Character.toUpperCase(c));
            // a fold leaving the BMP cannot equal a pattern's (BMP) letter; keeping c keeps it unmatched too
            FOLD[c] = Character.isSurrogate((char) c) || folded > Character.MAX_VALUE ? (char) c : (char) folded;
            WORD[c] = isWordChar(c);
        }
    }

    private final String text;

    public CaseFoldedText(String text) {
        this.text = text;
    }

    /** The char as a case-insensitive, Unicode-case regex compares it. */
    public static char fold(char c) {
        return FOLD[c];
    }

    /** {@code [\\p{L}\\p{M}\\p{N}_]}, the word character of the recognizers' patterns. */
    public static boolean isWordChar(int cp) {
        int type = Character.getType(cp);
        return Character.isLetter(cp) || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER || cp == '_';
    }

    /**
     * Whether a pattern's {@code (?<![\\p{L}\\p{M}\\p{N}_])} refuses {@code pos}. java.util.regex looks behind
     * one char only: the low half of a surrogate pair before {@code pos} is no word character to it, and a lone
     * high surrogate neither.
     */
    public static boolean wordCharBefore(String text, int pos) {
        return pos > 0 && WORD[text.charAt(pos - 1)];
    }

    /** Whether the code point starting at {@code pos} is a word character; false at the end. */
    public static boolean wordCharAt(String text, int pos) {
        if (pos >= text.length()) {
            return false;
        }
        char c = text.charAt(pos);
        return Character.isSurrogate(c) ? isWordChar(Character.codePointAt(text, pos)) : WORD[c];
    }

    public String source() {
        return text;
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public char charAt(int index) {
        return FOLD[text.charAt(index)];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new CaseFoldedText(text.substring(start, end));
    }

    @Override
    public String toString() {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = FOLD[text.charAt(i)];
        }
        return new String(out);
    }
}
