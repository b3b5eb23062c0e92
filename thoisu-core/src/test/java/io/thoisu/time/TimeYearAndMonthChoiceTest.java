package io.thoisu.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.model.Published;
import io.thoisu.model.TimeExpression;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which year a day-month or a month without its own year is given: the year of a sentence telling an earlier event is background,
 * and a month named in a report leans to the past. Every sentence is invented.
 */
class TimeYearAndMonthChoiceTest {
    private final TimeRecognizer recognizer = new TimeRecognizer();

    private List<String> values(String text, TimeContext context) {
        return recognizer.recognize(text, List.of(), context).stream().map(t -> t.text() + "=" + t.value()).toList();
    }

    private static TimeContext on(int year, int month, int day) {
        return TimeContext.publishedOn(Published.ofDay(LocalDate.of(year, month, day)));
    }

    @Test
    void theYearOfAnEarlierEventGivesNoYearToTheStorysDays() {
        String text = "Theo công an, nhóm trộm đột nhập kho hàng đến tối 12/3 mới bị phát hiện. "
                + "Năm 2014, kho này từng bị mất trộm một lần.";
        assertThat(values(text, TimeContext.none())).containsExactly("Năm 2014=2014");
        // the story's own year, written before or after, still sets the year of its days
        String story = "Ngày 8/4, đoàn kiểm tra đến kho Hòa Phước. Vụ việc bắt đầu từ đầu năm 2019.";
        assertThat(values(story, TimeContext.none())).containsExactly("Ngày 8/4=2019-04-08", "đầu năm 2019=2019");
        String both = story + " Cách đây 5 năm, vào năm 2014, kho này cũng bị mất trộm.";
        assertThat(values(both, TimeContext.none())).contains("Ngày 8/4=2019-04-08");
        String last = "Đến tối 12/3, đã có 4 trại gà ở xã Phú Hòa có gia cầm chết. "
                + "Lần gần nhất huyện ghi nhận ổ dịch là năm 2016.";
        assertThat(values(last, TimeContext.none())).containsExactly("năm 2016=2016");
        // with a publication day nothing changes: the day-month stays next to it
        assertThat(values(text, on(2025, 3, 14))).containsExactly("tối 12/3=2025-03-12", "Năm 2014=2014");
    }

    @Test
    void aFullDateStillGivesItsYearToTheWholeDocument() {
        String text = "Đến tối 12/3, đoàn cứu hộ vẫn chưa tiếp cận được hiện trường. Sáng 13/3/2025, mưa ngớt.";
        assertThat(values(text, TimeContext.none())).contains("tối 12/3=2025-03-12");
    }

    @Test
    void aMonthInAReportOfDecemberIsTheMayJustGone() {
        String text = "Vào tháng 5, hợp tác xã Đồng Lợi đã ký hợp đồng bao tiêu với doanh nghiệp.";
        assertThat(values(text, on(2025, 12, 4))).containsExactly("tháng 5=2025-05");
    }

    @Test
    void aMonthAheadOfTheSameYearOrPlannedStaysAhead() {
        // June: September is three months ahead, nine back; ahead costs double and still wins
        assertThat(values("Trong tháng 9, hồ chứa Khe Lau tích nước.", on(2025, 6, 10)))
                .containsExactly("tháng 9=2025-09");
        // January: the December just gone
        assertThat(values("Hồi tháng 12, xã Phú Lạc đã nhận hàng cứu trợ.", on(2025, 1, 5)))
                .containsExactly("tháng 12=2024-12");
        // a plan in December: the May to come
        assertThat(values("Công trình dự kiến hoàn thành vào tháng 5.", on(2025, 12, 4)))
                .containsExactly("tháng 5=2026-05");
        assertThat(values("Đến tháng 5, tuyến đường sẽ thông xe.", on(2025, 12, 4)))
                .containsExactly("tháng 5=2026-05");
    }

    @Test
    void everyMonthOfEveryPublicationMonthLandsWithinAYearAndLeansBack() {
        for (int pub = 1; pub <= 12; pub++) {
            for (int month = 1; month <= 12; month++) {
                TimeExpression t = recognizer.recognize("Hồi tháng " + month + ", đoàn đã đến.", List.of(),
                        on(2024, pub, 15)).get(0);
                int apart = (LocalDate.parse(t.value() + "-01").getYear() - 2024) * 12
                        + LocalDate.parse(t.value() + "-01").getMonthValue() - pub;
                assertThat(apart).as("tháng %d published in month %d", month, pub).isBetween(-8, 4);
            }
        }
    }
}
