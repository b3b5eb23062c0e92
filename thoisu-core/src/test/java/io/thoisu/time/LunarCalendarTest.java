package io.thoisu.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Days from printed Vietnamese calendars: Tết, the Hùng Kings' day (10/3), Vu Lan (15/7), mid-autumn (15/8). */
class LunarCalendarTest {
    @ParameterizedTest
    @CsvSource({
            // Tết (1/1) of years where the UTC+7 calendar is known to differ from the UTC+8 one (1985, 2007)
            "1, 1, 1985, 1985-01-21", "1, 1, 2007, 2007-02-17",
            "1, 1, 2020, 2020-01-25", "1, 1, 2021, 2021-02-12", "1, 1, 2022, 2022-02-01",
            "1, 1, 2023, 2023-01-22", "1, 1, 2024, 2024-02-10", "1, 1, 2025, 2025-01-29", "1, 1, 2026, 2026-02-17",
            "10, 3, 2023, 2023-04-29", "10, 3, 2024, 2024-04-18", "10, 3, 2025, 2025-04-07",
            "15, 7, 2024, 2024-08-18", "15, 7, 2025, 2025-09-06",
            "15, 8, 2024, 2024-09-17", "15, 8, 2025, 2025-10-06",
            // the twelfth month of a lunar year ends in the next Gregorian year
            "30, 12, 2023, 2024-02-09"})
    void readsPrintedCalendarDays(int day, int month, int year, String gregorian) {
        assertThat(LunarCalendar.toGregorian(day, month, year, false)).contains(LocalDate.parse(gregorian));
    }

    @Test
    void leapMonthsComeAfterTheirNamesake() {
        // 2023 repeated the second month, 2025 the sixth
        assertThat(LunarCalendar.toGregorian(1, 2, 2023, true)).contains(LocalDate.parse("2023-03-22"));
        assertThat(LunarCalendar.toGregorian(1, 3, 2023, false)).contains(LocalDate.parse("2023-04-20"));
        assertThat(LunarCalendar.toGregorian(1, 6, 2025, true)).contains(LocalDate.parse("2025-07-25"));
        assertThat(LunarCalendar.toGregorian(1, 4, 2025, true)).isEmpty();
    }

    @Test
    void aDayTheMonthDoesNotHaveIsEmpty() {
        // the twelfth month of Giáp Thìn (2024) had 29 days: Tết Ất Tỵ came with no "30 Tết"
        assertThat(LunarCalendar.toGregorian(30, 12, 2024, false)).isEmpty();
        assertThat(LunarCalendar.toGregorian(29, 12, 2024, false)).contains(LocalDate.parse("2025-01-28"));
    }
}
