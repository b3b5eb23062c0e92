package io.thoisu.timeline;

import io.thoisu.model.Token;
import io.thoisu.model.TokenType;
import io.thoisu.text.SyllableTokenizer;
import io.thoisu.text.VietnameseNormalizer;
import java.util.ArrayList;
import java.util.List;

/** A text's words as comparison keys, in order: syllables, numbers and the few symbols that are units (%, $). */
final class Syllables {
    private static final SyllableTokenizer TOKENIZER = new SyllableTokenizer();

    private Syllables() {
    }

    static List<String> keys(String text) {
        List<String> out = new ArrayList<>();
        for (Token t : TOKENIZER.tokenize(VietnameseNormalizer.key(text))) {
            if (t.type() == TokenType.SYLLABLE || t.type() == TokenType.NUMBER
                    || t.text().equals("%") || t.text().equals("$")) {
                out.add(t.text());
            }
        }
        return out;
    }
}
