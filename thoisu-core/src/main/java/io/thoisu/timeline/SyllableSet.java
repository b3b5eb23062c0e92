package io.thoisu.timeline;

import io.thoisu.model.Token;
import io.thoisu.model.TokenType;
import io.thoisu.text.SyllableTokenizer;
import io.thoisu.text.VietnameseNormalizer;
import java.util.HashSet;
import java.util.Set;

/** The distinct keyed syllables of a text, and how much two such sets share. */
final class SyllableSet {
    private static final SyllableTokenizer TOKENIZER = new SyllableTokenizer();

    private SyllableSet() {
    }

    static Set<String> of(String text) {
        Set<String> out = new HashSet<>();
        for (Token t : TOKENIZER.tokenize(VietnameseNormalizer.key(text))) {
            if (t.type() == TokenType.SYLLABLE || t.type() == TokenType.NUMBER) {
                out.add(t.text());
            }
        }
        return out;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        return common(a, b) / (double) (a.size() + b.size() - common(a, b));
    }

    /** Shared syllables over the smaller set: 1 when one phrase is inside the other. */
    static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        return common(a, b) / (double) Math.min(a.size(), b.size());
    }

    private static int common(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int n = 0;
        for (String s : small) {
            if (large.contains(s)) {
                n++;
            }
        }
        return n;
    }
}
