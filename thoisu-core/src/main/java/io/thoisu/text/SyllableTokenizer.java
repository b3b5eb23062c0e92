package io.thoisu.text;

import io.thoisu.model.Token;
import io.thoisu.model.TokenType;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into syllables, numbers and punctuation with exact offsets. Vietnamese writes one syllable per
 * space-separated unit, so the work is in the edges: combining marks stay with their letter, hyphenated foreign
 * names ("Kassym-Jomart") stay one token, numbers keep their grouping dots and decimal commas ("5.800", "7,5"),
 * an ellipsis "..." is one mark, and surrogate pairs are never cut. The scanning itself is {@link SyllableLexer},
 * shared with the word segmenter so both see the same units.
 */
public final class SyllableTokenizer {

    public List<Token> tokenize(String text) {
        SyllableLexer.Units units = SyllableLexer.scan(text);
        List<Token> tokens = new ArrayList<>(units.size);
        for (int k = 0; k < units.size; k++) {
            int s = units.start[k];
            int e = units.end[k];
            tokens.add(new Token(text.substring(s, e), typeOf(units.kind[k]), s, e));
        }
        return tokens;
    }

    static TokenType typeOf(byte kind) {
        return switch (kind) {
            case SyllableLexer.SYLLABLE -> TokenType.SYLLABLE;
            case SyllableLexer.NUMBER -> TokenType.NUMBER;
            case SyllableLexer.PUNCTUATION -> TokenType.PUNCTUATION;
            default -> TokenType.SYMBOL;
        };
    }
}
