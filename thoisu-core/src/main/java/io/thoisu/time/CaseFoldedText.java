package io.thoisu.time;

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

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            int folded = Character.toLowerCase(Character.toUpperCase(c));
            // a fold leaving the BMP cannot equal a pattern's (BMP) letter; keeping c keeps it unmatched too
            FOLD[c] = Character.isSurrogate((char) c) || folded > Character.MAX_VALUE ? (char) c : (char) folded;
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
