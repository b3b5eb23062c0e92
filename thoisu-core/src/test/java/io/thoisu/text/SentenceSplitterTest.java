package io.thoisu.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.model.Sentence;
import io.thoisu.model.SpanStageContract;
import io.thoisu.testkit.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest extends SpanStageContract<Sentence> {
    private final SentenceSplitter splitter = new SentenceSplitter();

    @Override
    protected List<Sentence> process(String text) {
        return splitter.split(text);
    }

    @Override
    protected List<String> samples() {
        return List.of(
                "Sáng 3/4, PGS.TS. Lê Văn Hòa đến thăm xã Tân An. Ông trao 1.500 suất quà, trị giá 7,5 tỷ đồng.",
                "“Chúng tôi đã sẵn sàng. Mọi việc đều ổn”, ông Kha nói.\n\nẢnh: AFP/TTXVN",
                "  Đợi mãi... Không ai đến.  \r\n  Anh B. nói vậy.  ");
    }

    private List<String> texts(String text) {
        return splitter.split(text).stream().map(Sentence::text).toList();
    }

    @Test
    void sentencesAreTrimmedAndPointIntoTheText() {
        String text = "   Mưa lớn.   Đường ngập.  ";
        for (Sentence s : splitter.split(text)) {
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
            assertThat(s.text()).isEqualTo(s.text().strip());
        }
        assertThat(texts(text)).containsExactly("Mưa lớn.", "Đường ngập.");
    }

    @Test
    void aLineBreakAlwaysEndsASentence() {
        assertThat(texts("Tiêu đề không có dấu chấm\nĐoạn đầu tiên của bài")).hasSize(2);
        assertThat(texts("Dòng một\r\n\r\nDòng hai")).containsExactly("Dòng một", "Dòng hai");
    }

    @Test
    void titlesBeforeNamesDoNotEndSentences() {
        assertThat(texts("Theo ThS. Vũ Hà, TS. Lý Sơn và GS. Mạc Tâm, việc này khả thi.")).hasSize(1);
        assertThat(texts("Hội thảo ở TP. Vinh có Mr. John Carter tham dự.")).hasSize(1);
    }

    @Test
    void initialsBeforeTheirDetailsInBracketsDoNotEndASentence() {
        assertThat(texts("Anh H.V.K. (41 tuổi, trú phường Đông Hải) khai nhận đã mua 12 bánh heroin. Vụ án đang "
                + "được mở rộng.")).containsExactly("Anh H.V.K. (41 tuổi, trú phường Đông Hải) khai nhận đã mua 12 "
                + "bánh heroin.", "Vụ án đang được mở rộng.");
        // initials closing a sentence before a capital still end it, as a single initial does
        assertThat(texts("Người bị bắt là N.T.H. Người này khai đã nhận 5 triệu đồng.")).hasSize(2);
        // a word that is not initials keeps the period's end before a bracket
        assertThat(texts("Đội bóng thua 0-3 ở vòng 5. (Ảnh: Minh Tâm)")).hasSize(2);
    }

    @Test
    void figuresKeepTheirDotsAndCommas() {
        assertThat(texts("Có 5.800 người bị bắt, chiếm 7,5% số người tham gia. Ngày 13-1-2022 họ được thả."))
                .containsExactly("Có 5.800 người bị bắt, chiếm 7,5% số người tham gia.", "Ngày 13-1-2022 họ được thả.");
    }

    @Test
    void aQuoteWithSeveralSentencesStaysWithItsSpeaker() {
        assertThat(texts("“Tôi đến. Tôi thấy. Tôi về”, anh Tín kể. Rồi anh cười.")).containsExactly(
                "“Tôi đến. Tôi thấy. Tôi về”, anh Tín kể.", "Rồi anh cười.");
    }

    @Test
    void aQuoteEndingWithAPeriodEndsTheSentence() {
        assertThat(texts("Bà nói: \"Xong rồi.\" Sau đó bà về.")).hasSize(2);
    }

    @Test
    void anInitialBeforeLowerCaseIsPartOfTheSentence() {
        assertThat(texts("Lê Văn A. khai nhận hành vi. Anh C. bỏ trốn.")).containsExactly("Lê Văn A. khai nhận hành vi.",
                "Anh C. bỏ trốn.");
    }

    @Test
    void aCreditGluedToTheNextSentenceIsCutAfterTheCredit() {
        assertThat(texts("Binh sĩ tại sân bay. Ảnh: AFP/TTXVN Thông báo nêu rõ kế hoạch."))
                .containsExactly("Binh sĩ tại sân bay.", "Ảnh: AFP/TTXVN", "Thông báo nêu rõ kế hoạch.");
    }

    @Test
    void joiningSentencesBackGivesTheTextWithoutItsSpaces() {
        // seeded random paragraphs from a pool of sentences: splitting then rejoining never loses characters
        List<String> pool = List.of("Giá tăng 7,5%.", "Ông H. nói vậy!", "TP. Huế mưa to?", "“Đi. Về”, chị nói.",
                "Có 2.500 người...", "Ảnh: TTXVN", "Ngày 10/1 trời rét.");
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            StringBuilder sb = new StringBuilder();
            int count = 1 + random.nextInt(6);
            for (int k = 0; k < count; k++) {
                sb.append(pool.get(random.nextInt(pool.size()))).append(random.nextBoolean() ? " " : "\n");
            }
            String text = sb.toString();
            String joined = String.join("", texts(text));
            assertThat(joined).isEqualTo(text.replaceAll("\\s+", "").isEmpty() ? "" : joined);
            assertThat(joined.replaceAll("\\s+", "")).isEqualTo(text.replaceAll("\\s+", ""));
        }
    }

    @Test
    void seedPagesSplitWithoutCuttingFiguresOrDates() throws IOException {
        Path seeds = SharedData.require("seeds");
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                List<Sentence> sentences = splitter.split(text);
                assertThat(sentences).isNotEmpty();
                for (Sentence s : sentences) {
                    assertThat(s.text()).doesNotContain("\n");
                    assertThat(s.text()).doesNotStartWith("800").doesNotStartWith("5 ");
                    assertThat(s.text().length()).as("a runaway sentence in %s", file).isLessThan(1500);
                }
            }
        }
    }
}
