package io.thoisu.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.testkit.RandomText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;

class VietnameseAnalyzerTest {
    record Tok(String term, int start, int end, int posInc, String type) {
    }

    static List<Tok> tokens(Analyzer analyzer, String text) throws IOException {
        List<Tok> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(new Tok(term.toString(), offset.startOffset(), offset.endOffset(), inc.getPositionIncrement(),
                        type.type()));
            }
            ts.end();
        }
        return out;
    }

    static List<String> terms(Analyzer analyzer, String text) throws IOException {
        return tokens(analyzer, text).stream().map(Tok::term).toList();
    }

    @Test
    void exactKeysKeepDiacriticsWithCanonicalToneMarks() throws IOException {
        Analyzer exact = new VietnameseAnalyzer(VietnameseAnalyzer.Form.EXACT, false);
        assertThat(terms(exact, "Hoà bình ở Đà Nẵng")).containsExactly(
                io.thoisu.text.VietnameseNormalizer.key("hòa"), "bình", "ở", "đà", "nẵng");
        assertThat(terms(exact, "HÒA BÌNH")).isEqualTo(terms(exact, "hoà bình"));
        assertThat(terms(exact, "Thuỷ lợi")).isEqualTo(terms(exact, "thủy lợi"));
        // Decomposed input (NFD) gives the same keys as composed.
        assertThat(terms(exact, java.text.Normalizer.normalize("Bạo loạn", java.text.Normalizer.Form.NFD)))
                .containsExactly("bạo", "loạn");
    }

    @Test
    void foldedKeysDropDiacriticsAndStroke() throws IOException {
        Analyzer folded = new VietnameseAnalyzer(VietnameseAnalyzer.Form.FOLDED, false);
        assertThat(terms(folded, "Đà Nẵng")).isEqualTo(terms(folded, "da nang"));
        assertThat(terms(folded, "bạo loạn")).containsExactly("bao", "loan");
    }

    @Test
    void bigramsSitAtTheFirstSyllableAndOffsetsPointAtTheSource() throws IOException {
        String text = "Ông Khải nói: bạo loạn";
        List<Tok> toks = tokens(VietnameseAnalyzer.exact(), text);
        List<String> bigrams = toks.stream().filter(t -> t.type().equals("shingle")).map(Tok::term).toList();
        assertThat(bigrams).contains("ông khải", "bạo loạn");
        for (Tok t : toks) {
            assertThat(VietnameseAnalyzerTest.key(text.substring(t.start(), t.end())))
                    .isEqualTo(t.term().replace(" ", "")).as(t.toString());
            if (t.type().equals("shingle")) {
                assertThat(t.posInc()).isZero();
            }
        }
    }

    private static String key(String surface) {
        return io.thoisu.text.VietnameseNormalizer.key(surface).replaceAll("[\\s:]", "");
    }

    @Test
    void randomDamagedTextNeverBreaksTheAnalyzerAndOffsetsStayInside() throws IOException {
        Analyzer[] analyzers = {VietnameseAnalyzer.exact(), VietnameseAnalyzer.folded()};
        for (long seed = 0; seed < 300; seed++) {
            String text = new RandomText(seed).next(60);
            for (Analyzer a : analyzers) {
                int lastStart = 0;
                for (Tok t : tokens(a, text)) {
                    assertThat(t.start()).isBetween(0, text.length());
                    assertThat(t.end()).isBetween(t.start(), text.length());
                    assertThat(t.start()).isGreaterThanOrEqualTo(lastStart);
                    lastStart = t.start();
                }
                // Analysing twice with the reused components gives the same tokens.
                assertThat(tokens(a, text)).isEqualTo(tokens(a, text));
            }
        }
    }
}
