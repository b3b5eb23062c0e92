package io.thoisu.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.model.SpanStageContract;
import io.thoisu.model.Token;
import io.thoisu.model.TokenType;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordSegmenterTest extends SpanStageContract<Token> {
    private static final WordSegmenter SEGMENTER = new WordSegmenter();

    @Override
    protected List<Token> process(String text) {
        return SEGMENTER.segment(text);
    }

    @Override
    protected List<String> samples() {
        return List.of("Chủ tịch xã Hoàng Văn Luận cho biết gia đình anh đã nhận 5.800 đồng hỗ trợ.",
                "Tổng thống Kassym-Jomart Tokayev ngày 10/1 tuyên bố, “đó là một âm mưu”...",
                "Dòng một\nDòng hai có TP.HCM và 7,5%");
    }

    @Test
    void contractLineFormatJoinsSyllablesWithUnderscores() {
        String out = SEGMENTER.segmentLine("Chính phủ và nhân dân cùng quan tâm đến vấn đề này.");
        assertThat(out).contains("Chính_phủ").contains("nhân_dân").contains("vấn_đề").endsWith(" .");
        assertThat(out).doesNotContain("  ").doesNotStartWith(" ");
    }

    @Test
    void aWordSpansItsSyllablesAndTheSpacesBetween() {
        String text = "Hội  đồng nhân dân";
        List<Token> words = SEGMENTER.segment(text);
        for (Token w : words) {
            assertThat(text.substring(w.start(), w.end())).isEqualTo(w.text());
            assertThat(w.type()).isEqualTo(TokenType.WORD);
        }
        assertThat(words.stream().filter(w -> w.text().contains(" ")).count()).isGreaterThan(0);
    }

    @Test
    void aLineBreakIsAlwaysAWordBoundary() {
        for (Token w : SEGMENTER.segment("chủ\ntịch\r\ngia\nđình")) {
            assertThat(w.text()).doesNotContain("\n").doesNotContain("\r");
        }
    }

    @Test
    void numbersAndPunctuationKeepTheirTypes() {
        List<Token> words = SEGMENTER.segment("Có 2.500 binh sĩ, tăng 7,5%.");
        assertThat(words).filteredOn(w -> w.text().equals("2.500")).extracting(Token::type)
                .containsExactly(TokenType.NUMBER);
        assertThat(words).filteredOn(w -> w.text().equals(",")).extracting(Token::type)
                .containsExactly(TokenType.PUNCTUATION);
    }

    @Test
    void segmentationNeverLosesOrAddsCharacters() {
        // seeded random mixes of syllables, numbers and marks: the line format keeps every non-space character
        String[] pool = {"người", "dân", "Hà", "Nội", "5.800", ",", ".", "“", "”", "chủ", "tịch", "Kassym-Jomart",
                "10/1", "...", "𝔸", "e\u0301", "TP.HCM", "(", ")"};
        Random random = new Random(99);
        for (int round = 0; round < 500; round++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(15); k >= 0; k--) {
                sb.append(pool[random.nextInt(pool.length)]).append(random.nextInt(5) == 0 ? "" : " ");
            }
            String text = sb.toString();
            String line = SEGMENTER.segmentLine(text);
            assertThat(line.replace(" ", "").replace("_", "")).isEqualTo(text.replace(" ", "").replace("_", ""));
            StringBuilder fromTokens = new StringBuilder();
            SEGMENTER.segment(text).forEach(t -> fromTokens.append(t.text()));
            assertThat(fromTokens.toString().replace(" ", "")).isEqualTo(text.replace(" ", ""));
        }
    }

    @Test
    void aNumberWrittenSolidWithASlashDashOrPercentIsOneToken() {
        String text = "Hợp đồng ký ngày 14/3/2019, giai đoạn 2019-2021, lãi 6,8% một năm; tăng 150 - 200 tấn.";
        List<String> words = SEGMENTER.segment(text).stream().map(Token::text).toList();
        assertThat(words).contains("14/3/2019", "2019-2021", "6,8%");
        // with spaces around the dash the model decides, but the gap is not forced: the units stay apart here
        assertThat(SEGMENTER.segmentLine(text)).doesNotContain("150_-_200");
    }

    @Test
    void soundCodesSeparateTonesAndEndings() {
        String text = "ba bà bá bả bã bạ bát bạn bánh bách";
        SyllableLexer.Units u = SyllableLexer.scan(text);
        java.util.Set<Integer> codes = new java.util.HashSet<>();
        for (int k = 0; k < u.size; k++) {
            codes.add(JoinFeatures.sound(text, u, k));
        }
        // six tones on an open syllable, then sắc+stop, nặng+nasal, sắc+nasal; "bách" ends in a stop like "bát"
        assertThat(codes).hasSize(9);
        assertThat(JoinFeatures.sound(text, u, 9)).isEqualTo(JoinFeatures.sound(text, u, 6));
        SyllableLexer.Units decomposed = SyllableLexer.scan("ba\u0301");
        SyllableLexer.Units composed = SyllableLexer.scan("bá");
        assertThat(JoinFeatures.sound("ba\u0301", decomposed, 0)).isEqualTo(JoinFeatures.sound("bá", composed, 0));
    }

    @Test
    void namesOfCapitalisedSyllablesBecomeOneWord() {
        String out = SEGMENTER.segmentLine("Ông Nguyễn Văn Thắng đã phát biểu.");
        assertThat(out).contains("Nguyễn_Văn_Thắng");
    }

    @Test
    void spellingsVietnameseCannotProduceAreMarkedForeign() {
        SyllableLexer.Units u = SyllableLexer.scan("Quỳnh gặp Zhang và Wolfgang ở phố Nguyễn Trãi, ngh");
        for (int k = 0; k < u.size; k++) {
            String unit = "Quỳnh gặp Zhang và Wolfgang ở phố Nguyễn Trãi, ngh".substring(u.start[k], u.end[k]);
            boolean expectForeign = unit.equals("Zhang") || unit.equals("Wolfgang") || unit.equals("ngh");
            assertThat(u.foreign[k] == 1).as(unit).isEqualTo(expectForeign);
        }
    }

    @Test
    void decoderNeverJoinsAcrossAForcedCut() {
        String text = "chủ tịch chủ tịch chủ tịch";
        SyllableLexer.Units u = SyllableLexer.scan(text);
        boolean[] cut = new boolean[u.size];
        cut[1] = true;
        cut[3] = true;
        cut[5] = true;
        boolean[] join = new boolean[u.size];
        SegmentationModel model = SegmentationModel.fromClasspath();
        WordSegmenter.decode(u, JoinFeatures.lexiconMatches(text, u, model.lexicon), cut, model, join);
        assertThat(join[1]).isFalse();
        assertThat(join[3]).isFalse();
        assertThat(join[5]).isFalse();
        boolean[] free = new boolean[u.size];
        WordSegmenter.decode(u, JoinFeatures.lexiconMatches(text, u, model.lexicon), new boolean[u.size], model, free);
        assertThat(free[1] && free[3] && free[5]).as("uncut, each \"chủ tịch\" is one word").isTrue();
    }
}
