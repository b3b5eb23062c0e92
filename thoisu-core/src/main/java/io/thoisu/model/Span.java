package io.thoisu.model;

/**
 * A stretch of an article's cleaned text, {@code [start, end)} in UTF-16 code units. Every analysis result that
 * points into the text implements this, so the test kit can check offsets for all stages the same way.
 */
public interface Span {
    int start();

    int end();

    /** The covered text exactly as the source wrote it. */
    String text();

    /** Rejects impossible offsets; records call this from their compact constructors. */
    static void check(int start, int end) {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** Rejects offsets whose covered text does not match {@code text}'s length. */
    static void check(int start, int end, String text) {
        check(start, end);
        if (text == null || text.length() != end - start) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") does not cover text of length "
                    + (text == null ? "null" : text.length()));
        }
    }
}
