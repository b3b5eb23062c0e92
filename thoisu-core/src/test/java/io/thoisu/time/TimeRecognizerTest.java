package io.thoisu.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.model.Published;
import io.thoisu.model.SpanStageContract;
import io.thoisu.model.TimeAnchor;
import io.thoisu.model.TimeExpression;
import io.thoisu.model.TimePrecision;
import io.thoisu.testkit.SharedData;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TimeRecognizerTest extends SpanStageContract<TimeExpression> {
    private static final TimeContext PUBLISHED = TimeContext.publishedOn(Published.ofDay(LocalDate.of(2022, 1, 13)));
    private final TimeRecognizer recognizer = new TimeRecognizer();

    @Override
    protected List<TimeExpression> process(String text) {
        return recognizer.recognize(text, List.of(), PUBLISHED);
    }

    @Override
    protected List<String> samples() {
        return List.of("Tổng thống ngày 10/1 tuyên bố về làn sóng bạo loạn tuần trước. Cùng ngày, ông điện đàm.",
                "Ngày 13-1, khoảng 2.000 binh sĩ rút quân; 19h30 ngày 13-1-2022 lễ kết thúc.",
                "Thứ Hai tuần trước, hôm qua, hôm 9/1, tháng 1/2022, đầu năm 2022, cuối tháng 12, thứ 6.");
    }

    private TimeExpression only(String text, TimeContext context) {
        List<TimeExpression> found = recognizer.recognize(text, List.of(), context);
        assertThat(found).as("times in: %s", text).hasSize(1);
        return found.get(0);
    }

    @Test
    void dayMonthIsVietnameseOrderAndTakesThePublicationYear() {
        TimeExpression t = only("Tổng thống ngày 10/1 tuyên bố", PUBLISHED);
        assertThat(t.value()).isEqualTo("2022-01-10");
        assertThat(t.text()).isEqualTo("ngày 10/1");
        assertThat(t.anchor()).isEqualTo(TimeAnchor.PUBLICATION);
    }

    @Test
    void aYearCrossingResolvesToThePreviousYear() {
        TimeContext jan2 = TimeContext.publishedOn(Published.ofDay(LocalDate.of(2022, 1, 2)));
        assertThat(only("lễ ký ngày 30/12", jan2).value()).isEqualTo("2021-12-30");
        assertThat(only("lễ ký ngày 5/1", jan2).value()).isEqualTo("2022-01-05");
    }

    /** Property: with a publication day, a day-month always lands within half a year of it. */
    @Test
    void dayMonthLandsNearThePublicationDay() {
        Random random = new Random(2022);
        for (int i = 0; i < 400; i++) {
            LocalDate pub = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(4000));
            LocalDate d = pub.plusDays(random.nextInt(300) - 150);
            TimeContext ctx = TimeContext.publishedOn(Published.ofDay(pub));
            TimeExpression t = only("hôm " + d.getDayOfMonth() + "/" + d.getMonthValue(), ctx);
            assertThat(t.date()).as("pub %s", pub).isEqualTo(d);
            assertThat(Math.abs(ChronoUnit.DAYS.between(pub, t.date()))).isLessThanOrEqualTo(184);
        }
    }

    @Test
    void withoutPublicationTheYearComesFromTheDocument() {
        String text = "Tổng thống ngày 10/1 tuyên bố. Người biểu tình tại Almaty ngày 5/1/2022.";
        List<TimeExpression> found = recognizer.recognize(text, List.of(), TimeContext.none());
        assertThat(found).extracting(TimeExpression::value).containsExactly("2022-01-10", "2022-01-05");
        assertThat(found.get(0).anchor()).isEqualTo(TimeAnchor.INFERRED_YEAR);
        assertThat(found.get(1).anchor()).isEqualTo(TimeAnchor.ABSOLUTE);
    }

    @Test
    void givenYearIsTheLastResortAndNothingMeansNothing() {
        assertThat(only("Hôm 9/1, đoàn lên đường.", TimeContext.year(2019)).anchor()).isEqualTo(TimeAnchor.GIVEN_YEAR);
        assertThat(only("Hôm 9/1, đoàn lên đường.", TimeContext.year(2019)).value()).isEqualTo("2019-01-09");
        assertThat(recognizer.recognize("Hôm 9/1, hôm qua, tuần trước, thứ 6, cùng ngày.", List.of(),
                TimeContext.none())).isEmpty();
    }

    @Test
    void sameDayTakesThePreviousExpression() {
        List<TimeExpression> found = process("Ngày 12-1, chính quyền tuyên bố. Cùng ngày, Bộ Quốc phòng cho biết.");
        assertThat(found).hasSize(2);
        assertThat(found.get(1).value()).isEqualTo("2022-01-12");
        assertThat(found.get(1).anchor()).isEqualTo(TimeAnchor.PREVIOUS_EXPRESSION);
    }

    @Test
    void relativeDaysWeeksAndWeekdays() {
        assertThat(only("hôm qua", PUBLISHED).value()).isEqualTo("2022-01-12");
        assertThat(only("hôm nay", PUBLISHED).value()).isEqualTo("2022-01-13");
        assertThat(only("làn sóng bạo loạn tuần trước", PUBLISHED).value()).isEqualTo("2022-01-03");
        assertThat(only("thứ Hai tuần trước", PUBLISHED).value()).isEqualTo("2022-01-03");
        assertThat(only("vào thứ 6 vừa qua", PUBLISHED).value()).isEqualTo("2022-01-07");
        assertThat(recognizer.recognize("lần thứ 6 và người thứ hai", List.of(), PUBLISHED)).isEmpty();
    }

    @Test
    void monthsYearsAndInstants() {
        TimeExpression month = only("tháng 1/2022", PUBLISHED);
        assertThat(month.precision()).isEqualTo(TimePrecision.MONTH);
        assertThat(month.value()).isEqualTo("2022-01");
        assertThat(only("những ngày đầu năm 2022", PUBLISHED).value()).isEqualTo("2022");
        assertThat(only("cuối tháng 12", PUBLISHED).value()).isEqualTo("2021-12");
        assertThat(only("năm 2021", PUBLISHED).precision()).isEqualTo(TimePrecision.YEAR);
        TimeExpression instant = only("lúc 19h30 ngày 13-1-2022", TimeContext.none());
        assertThat(instant.value()).isEqualTo("2022-01-13T19:30");
        assertThat(instant.text()).isEqualTo("19h30 ngày 13-1-2022");
        assertThat(only("sáng 13-1", PUBLISHED).value()).isEqualTo("2022-01-13");
        assertThat(recognizer.recognize("trong 24 giờ, 5 năm trước", List.of(), PUBLISHED)).isEmpty();
    }

    @Test
    void impossibleDatesAreDropped() {
        assertThat(recognizer.recognize("ngày 31/2 và ngày 45/13", List.of(), PUBLISHED)).isEmpty();
    }

    @Test
    void seedPagesResolveWithoutAPublicationTime() throws Exception {
        String page = Files.readString(SharedData.require("seeds/000_215848963ab2a465.txt"));
        List<TimeExpression> found = recognizer.recognize(page, List.of(), TimeContext.none());
        assertThat(found).filteredOn(t -> t.text().equals("ngày 10/1")).isNotEmpty()
                .allMatch(t -> t.value().equals("2022-01-10") && t.anchor() == TimeAnchor.INFERRED_YEAR);
        assertThat(found).extracting(TimeExpression::text).contains("hôm 9/1", "ngày 5/1/2022", "đầu năm 2022");
        String other = Files.readString(SharedData.require("seeds/002_09dc01be7d0b9e27.txt"));
        assertThat(recognizer.recognize(other, List.of(), TimeContext.none())).extracting(TimeExpression::value)
                .contains("2022-01-13T19:17", "2022-01-13", "2022-01-12");
    }
}
