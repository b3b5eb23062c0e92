package io.thoisu.text;

import io.thoisu.model.Token;
import io.thoisu.model.TokenType;
import java.util.ArrayList;
import java.util.List;

/**
 * Groups syllables into words. Vietnamese writes spaces between syllables, not words ("chủ tịch", "Bùi Văn
 * Luyến" are one word each), so every gap between two units is a yes/no decision: an averaged perceptron over the
 * syllables around the gap, their case shapes, what each syllable does in the training words and a lexicon,
 * decoded with Viterbi over the length of the word being built. Model and lexicon come from UD Vietnamese-VTB train+dev (see NOTICE) through
 * {@link SegmenterTrainer}; they load once, here.
 *
 * <p>A line break is always a word boundary; a number written solid with "/", "-" or "%" never splits. A word's
 * span covers its syllables and the spaces between them.
 */
public final class WordSegmenter {
    private final SegmentationModel model;

    public WordSegmenter() {
        this(SegmentationModel.fromClasspath());
    }

    WordSegmenter(SegmentationModel model) {
        this.model = model;
    }

    public List<Token> segment(String text) {
        SyllableLexer.Units u = SyllableLexer.scan(text);
        boolean[] join = decide(text, u);
        List<Token> words = new ArrayList<>(u.size);
        int k = 0;
        while (k < u.size) {
            int last = k;
            boolean syllable = u.kind[k] == SyllableLexer.SYLLABLE;
            while (last + 1 < u.size && join[last + 1]) {
                last++;
                syllable |= u.kind[last] == SyllableLexer.SYLLABLE;
            }
            int s = u.start[k];
            int e = u.end[last];
            TokenType type = syllable ? TokenType.WORD
                    : u.kind[k] == SyllableLexer.NUMBER ? TokenType.NUMBER : SyllableTokenizer.typeOf(u.kind[k]);
            words.add(new Token(text.substring(s, e), type, s, e));
            k = last + 1;
        }
        return words;
    }

    /**
     * The contract's line format: words separated by one space, the syllables of a word joined by {@code _} (units
     * written without a space between them, as in "TP.HCM", stay glued).
     */
    public String segmentLine(String line) {
        SyllableLexer.Units u = SyllableLexer.scan(line);
        boolean[] join = decide(line, u);
        StringBuilder out = new StringBuilder(line.length() + 8);
        for (int k = 0; k < u.size; k++) {
            if (k > 0) {
                if (!join[k]) {
                    out.append(' ');
                } else if (u.end[k - 1] != u.start[k]) {
                    out.append('_');
                }
            }
            out.append(line, u.start[k], u.end[k]);
        }
        return out.toString();
    }

    /** {@code join[k]}: unit k continues the word of unit k-1. */
    private boolean[] decide(String text, SyllableLexer.Units u) {
        boolean[] join = new boolean[u.size];
        if (u.size < 2) {
            return join;
        }
        boolean[] cut = new boolean[u.size];
        for (int b = 1; b < u.size; b++) {
            cut[b] = lineBreakBetween(text, u.end[b - 1], u.start[b]);
        }
        decode(u, JoinFeatures.lexiconMatches(text, u, model.lexicon), cut, model, join);
        return join;
    }

    /** States of the decoder: the length of the word that the last unit ends, the last state meaning "or more". */
    static final int LENGTHS = 5;
    private static final float UNREACHABLE = Float.NEGATIVE_INFINITY;

    /**
     * Viterbi over the joins of a sentence: the state after unit b is the length of the word being built, so a
     * join can be scored by what it would make (the partial word plus unit b, is that a lexicon word), not only by
     * the two syllables around the gap. A split scores zero; a join scores its gap's static features plus its
     * state's. {@code cut[b]} forces a split before unit b. Shared by the segmenter and the trainer.
     */
    static void decode(SyllableLexer.Units u, int[] lex, boolean[] cut, JoinFeatures.Weights w, boolean[] join) {
        int n = u.size;
        int width = LENGTHS + 1;
        float[] score = new float[width];
        float[] next = new float[width];
        byte[] back = new byte[n * width];
        long[] keys = new long[JoinFeatures.MAX_STATIC];
        java.util.Arrays.fill(score, UNREACHABLE);
        score[1] = 0f;
        for (int b = 1; b < n; b++) {
            java.util.Arrays.fill(next, UNREACHABLE);
            int bestState = 1;
            for (int l = 2; l <= LENGTHS; l++) {
                if (score[l] > score[bestState]) {
                    bestState = l;
                }
            }
            next[1] = glued(u, b) && !cut[b] ? UNREACHABLE : score[bestState];
            back[b * width + 1] = (byte) bestState;
            if (!cut[b]) {
                int m = JoinFeatures.staticKeys(u, lex, b, keys);
                float gap = 0f;
                for (int f = 0; f < m; f++) {
                    gap += w.weight(keys[f]);
                }
                for (int l = 1; l <= LENGTHS; l++) {
                    if (score[l] == UNREACHABLE) {
                        continue;
                    }
                    int k = JoinFeatures.stateKeys(u, lex, b, l, keys);
                    float v = score[l] + gap;
                    for (int f = 0; f < k; f++) {
                        v += w.weight(keys[f]);
                    }
                    int to = Math.min(l + 1, LENGTHS);
                    if (v > next[to]) {
                        next[to] = v;
                        back[b * width + to] = (byte) l;
                    }
                }
            }
            float[] t = score;
            score = next;
            next = t;
        }
        int state = 1;
        for (int l = 2; l <= LENGTHS; l++) {
            if (score[l] > score[state]) {
                state = l;
            }
        }
        for (int b = n - 1; b >= 1; b--) {
            join[b] = state >= 2;
            state = back[b * width + state];
        }
    }

    /**
     * A number written solid with a slash, dash or percent sign ("5/10/2000", "2000-2001", "7,5%") is one token:
     * the gap cannot split. With a space ("150 - 200") the model decides.
     */
    static boolean glued(SyllableLexer.Units u, int b) {
        if (u.end[b - 1] != u.start[b]) {
            return false;
        }
        return u.kind[b - 1] == SyllableLexer.NUMBER && isNumberGlue(u, b)
                || u.kind[b] == SyllableLexer.NUMBER && isNumberGlue(u, b - 1);
    }

    private static boolean isNumberGlue(SyllableLexer.Units u, int k) {
        if (u.kind[k] != SyllableLexer.PUNCTUATION && u.kind[k] != SyllableLexer.SYMBOL || u.end[k] - u.start[k] != 1) {
            return false;
        }
        char c = u.first[k];
        return c == '/' || c == '-' || c == '%' || c == '\u2013';
    }

    static boolean lineBreakBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }
}
