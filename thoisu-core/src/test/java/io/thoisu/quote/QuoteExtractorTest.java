package io.thoisu.quote;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.entity.EntityRecognizer;
import io.thoisu.entity.TestSentences;
import io.thoisu.model.Quote;
import io.thoisu.model.Sentence;
import io.thoisu.model.SpanStageContract;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Quotes never overlap: reported speech gives way to a direct quote inside it. */
class QuoteExtractorTest extends SpanStageContract<Quote> {
    private final EntityRecognizer recognizer = new EntityRecognizer();
    private final QuoteExtractor extractor = new QuoteExtractor();

    @Override
    protected List<Quote> process(String text) {
        List<Sentence> s = TestSentences.split(text);
        return extractor.extract(text, s, recognizer.recognize(text, s));
    }

    @Override
    protected List<String> samples() {
        return List.of("“Chúng tôi sẽ không lùi bước trước sức ép”, Thủ tướng Ingrid Solvik nói.",
                "Bộ Y tế cho biết số ca mắc mới đã giảm mạnh trong tuần.",
                "Bộ trưởng Tài chính Hamid Rostami đến thăm. Ông khẳng định “ngân sách năm sau sẽ được cân đối”.");
    }

    @Test
    void speakerAfterTheQuote() {
        List<Quote> q = process("“Đội hình sẽ được giữ nguyên cho trận chung kết”, huấn luyện viên Dario Fenwick, "
                + "người dẫn dắt đội từ năm ngoái, cho biết.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speaker()).contains("Dario Fenwick");
        assertThat(q.get(0).direct()).isTrue();
    }

    @Test
    void roleAloneStandsForThePersonGivenIt() {
        List<Quote> q = process("Bộ trưởng Y tế Thái Lan, bác sĩ Somchai Pradit, thăm bệnh viện. "
                + "“Chúng tôi đủ thuốc cho mọi bệnh nhân”, Bộ trưởng Y tế Thái Lan nói.");
        assertThat(q).extracting(Quote::speaker).containsExactly(java.util.Optional.of("Somchai Pradit"));
    }

    @Test
    void pronounIsTheLastPersonNamed() {
        List<Quote> q = process(samples().get(2));
        assertThat(q).extracting(Quote::speaker).containsExactly(java.util.Optional.of("Hamid Rostami"));
    }

    @Test
    void scareQuotesAreNotQuotes() {
        assertThat(process("Họ gọi đó là \"lửa\" của mùa hè.")).isEmpty();
    }

    @Test
    void reportedSpeechSpansTheClause() {
        Quote q = process("Bộ Y tế cho biết số ca mắc mới đã giảm mạnh trong tuần.").get(0);
        assertThat(q.text()).isEqualTo("số ca mắc mới đã giảm mạnh trong tuần");
        assertThat(q.speaker()).contains("Bộ Y tế");
        assertThat(q.direct()).isFalse();
    }
}
