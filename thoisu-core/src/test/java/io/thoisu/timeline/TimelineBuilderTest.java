package io.thoisu.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.Article;
import io.thoisu.model.Caption;
import io.thoisu.model.Origin;
import io.thoisu.model.Published;
import io.thoisu.model.Sentence;
import io.thoisu.model.TimeAnchor;
import io.thoisu.model.TimeExpression;
import io.thoisu.model.TimePrecision;
import io.thoisu.model.TimelineEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimelineBuilderTest {
    /** Sentences are the text's lines; each {date, surface, precision} marks a time expression. */
    private static AnalysedArticle article(String id, String text, Object[]... times) {
        List<Sentence> sentences = new ArrayList<>();
        int at = 0;
        for (String line : text.split("\n")) {
            sentences.add(new Sentence(line, at, at + line.length()));
            at += line.length() + 1;
        }
        List<TimeExpression> exprs = new ArrayList<>();
        for (Object[] t : times) {
            String surface = (String) t[1];
            int start = text.indexOf(surface);
            exprs.add(new TimeExpression(surface, (LocalDate) t[0], Optional.empty(), (TimePrecision) t[2],
                    TimeAnchor.PUBLICATION, start, start + surface.length()));
        }
        Article a = new Article(id, Origin.ofFile(id), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), "vi", text, List.of(), List.of());
        return new AnalysedArticle(a, sentences, List.of(), exprs, List.of(), List.of(), List.of());
    }

    private static final LocalDate OCT14 = LocalDate.of(2023, 10, 14);
    private static final LocalDate OCT15 = LocalDate.of(2023, 10, 15);
    private static final LocalDate OCT12 = LocalDate.of(2023, 10, 12);

    @Test
    void sameDayEventsInSimilarWordsMergeAndEntriesAreOrderedByDate() {
        AnalysedArticle a = article("a",
                "Ngày 14/10, mưa lớn làm 7 người chết tại tỉnh Bình Lạc.\n"
                        + "Học sinh năm huyện được nghỉ học từ ngày 15/10.\n"
                        + "Mưa bắt đầu từ ngày 12/10 trong tháng 10 này.",
                new Object[] {OCT14, "Ngày 14/10", TimePrecision.DAY},
                new Object[] {OCT15, "ngày 15/10", TimePrecision.DAY},
                new Object[] {OCT12, "ngày 12/10", TimePrecision.DAY},
                new Object[] {LocalDate.of(2023, 10, 1), "tháng 10", TimePrecision.MONTH});
        AnalysedArticle b = article("b",
                "Tại tỉnh Bình Lạc, mưa lớn ngày 14/10 đã làm 7 người chết và 3 người mất tích.\n"
                        + "Cũng trong ngày 14/10, tỉnh xin hỗ trợ 500 tấn gạo cứu đói.",
                new Object[] {OCT14, "ngày 14/10 đã", TimePrecision.DAY},
                new Object[] {OCT14, "ngày 14/10, tỉnh", TimePrecision.DAY});

        List<TimelineEntry> timeline = new TimelineBuilder().build(List.of(a, b));

        assertThat(timeline).extracting(TimelineEntry::date)
                .containsExactly("2023-10-12", "2023-10-14", "2023-10-14", "2023-10-15");
        TimelineEntry deaths = timeline.get(1);
        assertThat(deaths.articles()).containsExactly("a", "b");
        assertThat(deaths.text()).contains("7 người chết");
        assertThat(timeline.get(2).text()).contains("500 tấn gạo");
        assertThat(timeline.get(2).articles()).containsExactly("b");
        assertThat(timeline).noneMatch(e -> e.text().contains("tháng 10 này") && e.date().equals("2023-10-01"));
    }

    @Test
    void plansWeeksAndPageFurnitureAreNoEventsAndDatelinesAreLeftOut() {
        String text = "KT - Ngày 14/10, cầu Bến Dâu bị sà lan đâm sập một nhịp.\n"
                + "Cầu tạm dự kiến thông xe ngày 20/10.\n"
                + "Mưa lớn kéo dài suốt tuần trước ở thượng nguồn.\n"
                + "Báo Kinh Tế | Thứ Hai, 14/10/2023 | Đăng nhập";
        AnalysedArticle a = article("a", text,
                new Object[] {OCT14, "Ngày 14/10", TimePrecision.DAY},
                new Object[] {LocalDate.of(2023, 10, 20), "ngày 20/10", TimePrecision.DAY},
                new Object[] {LocalDate.of(2023, 10, 2), "tuần trước", TimePrecision.DAY},
                new Object[] {OCT14, "14/10/2023", TimePrecision.DAY});
        Article published = new Article("a", Origin.ofFile("a"), Optional.empty(), Optional.empty(),
                Optional.of(Published.ofDay(OCT15)), Optional.empty(), List.of(), "vi", text, List.of(), List.of());
        AnalysedArticle dated = new AnalysedArticle(published, a.sentences(), List.of(), a.times(), List.of(),
                List.of(), List.of());

        List<TimelineEntry> timeline = new TimelineBuilder().build(List.of(dated));

        assertThat(timeline).singleElement().satisfies(e -> {
            assertThat(e.date()).isEqualTo("2023-10-14");
            assertThat(e.text()).startsWith("Ngày 14/10, cầu Bến Dâu");
        });
    }

    @Test
    void aCaptionDatesAnEvent() {
        Article withCaption = new Article("p", Origin.ofFile("p"), Optional.empty(), Optional.empty(),
                Optional.of(Published.ofDay(OCT15)), Optional.empty(), List.of(), "vi", "Không có ngày nào ở đây.",
                List.of(new Caption("Người dân tập trung trước trụ sở xã Hòa Mỹ ngày 12/10/2023.",
                        Optional.of("NGỌC LAN"))), List.of());
        AnalysedArticle a = new AnalysedArticle(withCaption, List.of(new Sentence("Không có ngày nào ở đây.", 0, 24)),
                List.of(), List.of(), List.of(), List.of(), List.of());
        assertThat(new TimelineBuilder().build(List.of(a))).singleElement()
                .satisfies(e -> assertThat(e.date()).isEqualTo("2023-10-12"));
    }

    @Test
    void articlesWithoutDayPrecisionTimesGiveNoTimeline() {
        AnalysedArticle a = article("a", "Năm 2023 là năm mưa nhiều.",
                new Object[] {LocalDate.of(2023, 1, 1), "Năm 2023", TimePrecision.YEAR});
        assertThat(new TimelineBuilder().build(List.of(a))).isEmpty();
        assertThat(new TimelineBuilder().build(List.of())).isEmpty();
    }
}
