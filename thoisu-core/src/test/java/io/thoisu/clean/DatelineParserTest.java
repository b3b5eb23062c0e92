package io.thoisu.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.model.Published;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineParserTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "13/01/2022 19:17 GMT+7|2022-01-13T19:17:00+07:00",
        "Thứ 6, 11:03, 20/05/2016|2016-05-20T11:03:00+07:00",
        "Thứ Năm, 13/1/2022, 19:17 (GMT+7)|2022-01-13T19:17:00+07:00",
        "19h30 ngày 13-1-2022|2022-01-13T19:30:00+07:00",
        "Cập nhật: 13/01/2022 - 19:17|2022-01-13T19:17:00+07:00",
        "Chủ nhật, 16/1/2022 08:05 (GMT+0)|2022-01-16T08:05:00Z",
        "Thứ bảy, ngày 15/01/2022 - 06:40 (GMT-5)|2022-01-15T06:40:00-05:00",
        "2022-01-13T19:17:00+07:00|2022-01-13T19:17:00+07:00",
        "Ngày đăng: 02/03/2021|2021-03-02",
        "Đăng lúc 07:15 sáng 4.2.2020|2020-02-04T07:15:00+07:00",
        "Cần Thơ Nam, ngày 21 tháng 6 năm 2024|2024-06-21",
        "Thứ Hai, ngày 2 tháng 12 năm 2024, 08:45 (GMT+7)|2024-12-02T08:45:00+07:00",
        "THỜI BÁO ĐỒNG BẰNG - Số 2.031 - Thứ Sáu, 7/2/2025 - Trang 8|2025-02-07",
    })
    void readsTheFormsOutletsPrint(String line, String expected) {
        assertThat(DatelineParser.parseLine(line)).hasValueSatisfying(d ->
                assertThat(d.published().wireValue()).isEqualTo(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Ngày 13-1, khoảng 2.000 binh sĩ gìn giữ hòa bình đã bắt đầu rút quân khỏi thành phố sau các cuộc biểu tình 12/1/2022.",
        "Người biểu tình tập trung tại thành phố, ngày 5/1/2022 tại quảng trường trung tâm của thủ đô",
        "31/02/2022 10:00",
        "Không có ngày nào ở đây",
        "Từ ngày 1 tháng 7 năm 2025, người dân có thể làm thủ tục cấp đổi giấy tờ trực tuyến tại nhà.",
    })
    void aSentenceWithADateIsNotADateline(String line) {
        assertThat(DatelineParser.parseLine(line)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void keepsANameLeftBesideTheDate() {
        assertThat(DatelineParser.parseLine("Hoàng Vân | 13/01/2022 19:17")).hasValueSatisfying(d -> {
            assertThat(d.leftover()).isEqualTo("Hoàng Vân");
            assertThat(d.published()).isEqualTo(Published.parse("2022-01-13T19:17+07:00").orElseThrow());
        });
    }
}
