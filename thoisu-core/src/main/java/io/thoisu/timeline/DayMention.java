package io.thoisu.timeline;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Whether a sentence names a day itself ("ngày 10/1", "Đêm 11-1", "từ ngày 8 đến 12/1") or points at one from the
 * day it was written ("hôm qua", "tối cùng ngày", "rạng sáng Chủ nhật"), rather than getting its day from the
 * article's publication. A named day is firm; a publication day may be a day after the event.
 */
final class DayMention {
    /** Relative day words: "hôm qua", "sáng nay", "tối qua", "cùng ngày", a weekday (capitalised: "thứ Bảy"). */
    private static final Pattern RELATIVE = Pattern.compile("(?<![\\p{L}\\p{M}])(?:(?iu:(?:hôm|sáng|trưa|chiều|tối"
            + "|đêm|khuya)\\s+(?:qua|nay|kia)|cùng ngày|hôm trước|ngày trước đó)|[tT]hứ\\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy)"
            + "|(?iu:chủ nhật))(?![\\p{L}\\p{M}])");

    private DayMention() {
    }

    static boolean names(String sentence, String date) {
        if (date.length() < 10) {
            return false;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(date.substring(0, 10));
        } catch (DateTimeParseException e) {
            return false;
        }
        int d = day.getDayOfMonth();
        int m = day.getMonthValue();
        Pattern dayMonth = Pattern.compile("(?<!\\d)0?" + d + "\\s*[-/.]\\s*0?" + m + "(?!\\d)");
        Pattern dayWord = Pattern.compile("(?iu)(?<![\\p{L}\\p{M}])(ngày|hôm|đêm|sáng|trưa|chiều|tối)\\s+0?" + d
                + "(?![\\d/.-])");
        return dayMonth.matcher(sentence).find() || dayWord.matcher(sentence).find();
    }

    /** Whether the sentence points at a day relative to its writing ("hôm qua", "rạng sáng thứ Bảy"). */
    static boolean pointsAt(String sentence) {
        return RELATIVE.matcher(sentence).find();
    }
}
