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

    /** A day named before a reporting verb: "Chiều 12-4, UBND phường … cho biết". */
    private static final Pattern REPORTED_ON = Pattern.compile("(?<![\\d/.-])(\\d{1,2})\\s*[-/]\\s*(\\d{1,2})"
            + "(?![\\d/.-])[^.;]{0,80}?(?iu:cho biết|cho hay|thông báo|công bố|xác nhận|báo cáo)");
    /** How many days after a figure's own day a report of it may come and still be read as its as-of day. */
    private static final int MOST_DAYS_REPORTED_AFTER = 7;

    private DayMention() {
    }

    /**
     * The day a sentence reports its figure on, when it names one after the figure's own day ("Chiều 12-4, UBND
     * phường cho biết vụ sập nhà chiều thứ Năm đã làm 3 người chết": a count of the dead as of 12/4, not of the
     * collapse day); empty when it names none, or none within a week after {@code date}.
     */
    static java.util.Optional<LocalDate> reportedOn(String sentence, String date) {
        if (date.length() < 10) {
            return java.util.Optional.empty();
        }
        LocalDate own;
        try {
            own = LocalDate.parse(date.substring(0, 10));
        } catch (DateTimeParseException e) {
            return java.util.Optional.empty();
        }
        var m = REPORTED_ON.matcher(sentence);
        while (m.find()) {
            try {
                LocalDate named = LocalDate.of(own.getYear(), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1)));
                long after = java.time.temporal.ChronoUnit.DAYS.between(own, named);
                if (after > 0 && after <= MOST_DAYS_REPORTED_AFTER) {
                    return java.util.Optional.of(named);
                }
            } catch (java.time.DateTimeException e) {
                // not a day: "3-4 người"
            }
        }
        return java.util.Optional.empty();
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
