package io.thoisu.text;

import io.thoisu.model.Token;
import io.thoisu.model.TokenType;
import java.util.ArrayList;
import java.util.List;

/**
 * Groups syllables into words. Vietnamese writes spaces between syllables, not words ("chủ tịch", "Bùi Văn
 * Luyến" are one word each), so every gap between two units is a yes/no decision: an averaged perceptron over the
 * syllables around the gap, their case shapes and a lexicon, decoded greedily left to right with the previous
 * decision as one more feature. Model and lexicon come from UD Vietnamese-VTB train+dev (see NOTICE) through
 * {@link SegmenterTrainer}; they load once, here.
 *
 * <p>A line break is always a word boundary. A word's span covers its syllables and the spaces between them.
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
        int[] lex = JoinFeatures.lexiconMatches(u, model.lexicon);
        long[] keys = new long[JoinFeatures.MAX_STATIC];
        boolean previous = false;
        for (int b = 1; b < u.size; b++) {
            if (lineBreakBetween(text, u.end[b - 1], u.start[b])) {
                previous = false;
                continue;
            }
            int n = JoinFeatures.staticKeys(u, lex, b, keys);
            float score = 0f;
            for (int f = 0; f < n; f++) {
                score += model.weight(keys[f]);
            }
            score += model.weight(JoinFeatures.previousKey(previous, u, b));
            score += model.weight(JoinFeatures.previousWordKey(previous, u, b));
            previous = score > 0f;
            join[b] = previous;
        }
        return join;
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
