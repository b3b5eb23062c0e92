package io.thoisu.clean;

import io.thoisu.model.Published;
import io.thoisu.text.VietnameseNormalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date lines Vietnamese outlets print above or below an article: "13/01/2022 19:17 GMT+7",
 * "Thứ 6, 11:03, 20/05/2016", "Thứ Năm, 13/1/2022, 19:17 (GMT+7)", "19h30 ngày 13-1-2022",
 * "Cập nhật: 13/01/2022 - 19:17", ISO forms. A time of day without a zone is Vietnamese local time (+07:00); a
 * zone the line states is kept. A line is a dateline only when the date is what it says: after the date, the
 * time, the zone, the weekday and the usual labels are taken away, at most a few words remain (a place, a name).
 */
public final class DatelineParser {
    /** What a dateline line held: the publication time and the words that were left (a place or an author). */
    public record Dateline(Published published, String leftover) {
    }

    public static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    /** A dateline line is at most this long (after NFC and stripping). */
    static final int MAX_LINE_LENGTH = 120;

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::\\d{2}(?:\\.\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern DMY = Pattern.compile("(?<![\\d/.-])(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})(?!\\d)");
    /** "ngày 10 tháng 4 năm 2025": the long form of official letters, press releases and print mastheads. */
    private static final Pattern LONG_DMY = Pattern.compile(
            "(?:ngày|Ngày|NGÀY)\\s+(\\d{1,2})\\s+(?:tháng|Tháng|THÁNG)\\s+(\\d{1,2})\\s*,?\\s+(?:năm|Năm|NĂM)\\s+(\\d{4})(?!\\d)");
    private static final Pattern TIME = Pattern.compile("(?<![\\d/:])(\\d{1,2})\\s*(?::|h|g|giờ)\\s*(\\d{2})(?:'|p|\\s*phút)?(?::\\d{2})?(?![\\d/])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ZONE = Pattern.compile("\\(?\\s*(?:GMT|UTC)\\s*(?:([+-])\\s*(\\d{1,2})(?::?(\\d{2}))?)?\\s*\\)?",
            Pattern.CASE_INSENSITIVE);
    /** Weekdays ("Thứ Năm", "Thứ 6", "Chủ nhật", "T5") and labels that frame a dateline; compared on the folded line. */
    private static final Pattern FRAME = Pattern.compile(
            "\\b(?:thu\\s+(?:hai|ba|tu|nam|sau|bay|[2-7])|chu\\s+nhat|cn|t[2-7]|cap\\s+nhat(?:\\s+luc)?|ngay\\s+dang|dang\\s+luc|"
                    + "dang\\s+ngay|xuat\\s+ban|thoi\\s+gian|dang|luc|ngay|gio|sang|chieu|toi|am|pm|updated|published|"
                    // a print page's masthead: "Số 6.190 - … - Trang 5"
                    // with the running number in brackets: "Số 327 (8.114)"
                    + "so\\s+\\d[\\d.]*(?:\\s*\\(\\s*\\d[\\d.]*\\s*\\))?|trang\\s+\\d+)(?:\\b|(?<=\\)))");

    /** "Số 327", "Số 6.190": a print issue's number; a line that carries one is a masthead. */
    private static final Pattern ISSUE_NUMBER = Pattern.compile("(?:^|\\s)(?:Số|SỐ)\\s+\\d[\\d.]*");

    /** Whether a date line is a print masthead (it carries the issue's number): it names the paper, no writer. */
    static boolean isMasthead(String line) {
        return ISSUE_NUMBER.matcher(line).find();
    }

    private DatelineParser() {
    }

    /** "Thời gian: 7h30 ngày 25/11", "Hạn nộp hồ sơ: 30/11/2026": a label of a few words, a colon, then the date. */
    private static final Pattern LABEL = Pattern.compile("^([\\p{L}][\\p{L} ]{1,30}?)\\s*:\\s*\\S");
    /** Labels under which a page prints its own time, compared folded. */
    private static final Pattern PUBLICATION_LABEL = Pattern.compile(
            "^(?:(?:ngay|thoi gian|gio)\\s+)?(?:cap\\s+nhat|dang|xuat\\s+ban|phat\\s+hanh)(?:\\s+(?:luc|ngay|luc ngay|cuoi))?"
                    + "|ngay|luc|published|updated?|posted|bai\\s+dang|tin\\s+dang|ngay\\s+viet");

    /**
     * A line that opens with a label other than a publication label ("Thời gian: 7h30 ngày 25/11/2026", "Hạn
     * chót: 30/11/2026"): the date of something the story tells (an event, a deadline), not the page's own time.
     */
    static boolean opensWithFactLabel(String line) {
        Matcher m = LABEL.matcher(line);
        return m.find() && !PUBLICATION_LABEL.matcher(VietnameseNormalizer.fold(m.group(1)).strip()).matches();
    }

    /** The line as a dateline, when the date is what the line says. */
    public static Optional<Dateline> parseLine(String line) {
        String text = VietnameseNormalizer.nfc(line).strip();
        if (text.isEmpty() || text.length() > MAX_LINE_LENGTH) {
            return Optional.empty();
        }
        int bar = text.indexOf(" | ");
        if (bar > 0 && labelledFacts(text.substring(bar + 3))) {
            // "Phát hành: 20/11/2026 | Thời lượng: 24:18", "Ngày đăng: 19/11 14:00 | Cập nhật: 21/11 09:30": the
            // page's time first, then labelled facts about the page (length, update); the first time is the line's
            Optional<Dateline> first = parseOne(text.substring(0, bar).strip());
            if (first.isPresent()) {
                return Optional.of(new Dateline(first.get().published(), ""));
            }
        }
        return parseOne(text);
    }

    /** "Thời lượng: 24:18", "Cập nhật: 21/11/2026 09:30", "Lượt xem: 1.204": short labelled facts after a bar. */
    private static final Pattern LABELLED_FACT = Pattern.compile("^[\\p{L}][\\p{L} ]{1,24}:\\s*[\\p{N}][\\p{N}/:.,\\-\\s]{0,24}(?:\\s*\\p{L}{1,8})?$");

    private static boolean labelledFacts(String tail) {
        for (String part : tail.split("\\s+\\|\\s+")) {
            if (!LABELLED_FACT.matcher(part.strip()).matches()) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Dateline> parseOne(String text) {
        Optional<Found> found = find(text);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String rest = found.get().rest;
        String folded = FRAME.matcher(VietnameseNormalizer.fold(rest)).replaceAll(" ");
        // What remains, in the source's letters: count words, not punctuation.
        String leftoverFolded = folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        int words = leftoverFolded.isEmpty() ? 0 : leftoverFolded.split(" ").length;
        if (words > 4) {
            return Optional.empty();
        }
        String leftover = words == 0 ? "" : leftoverInSource(rest);
        return Optional.of(new Dateline(found.get().published, leftover));
    }

    /** The first date (with its time of day when one stands next to it) anywhere in a short text. */
    public static Optional<Published> findIn(String text) {
        return find(text).map(f -> f.published);
    }

    private record Found(Published published, String rest) {
    }

    private static Optional<Found> find(String text) {
        Matcher iso = ISO.matcher(text);
        if (iso.find()) {
            try {
                LocalDate d = LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)));
                String rest = text.substring(0, iso.start()) + " " + text.substring(iso.end());
                if (iso.group(4) == null) {
                    return Optional.of(new Found(Published.ofDay(d), rest));
                }
                LocalTime t = LocalTime.of(Integer.parseInt(iso.group(4)), Integer.parseInt(iso.group(5)));
                ZoneOffset zone = iso.group(6) == null ? VIETNAM : ZoneOffset.of(iso.group(6).equals("Z") ? "Z"
                        : iso.group(6).length() == 5 ? iso.group(6).substring(0, 3) + ":" + iso.group(6).substring(3)
                        : iso.group(6));
                return Optional.of(new Found(Published.ofInstant(OffsetDateTime.of(d, t, zone)), rest));
            } catch (DateTimeException | NumberFormatException bad) {
                return Optional.empty();
            }
        }
        Matcher dmy = DMY.matcher(text);
        if (!dmy.find()) {
            // the long form is looked for only where its words are, and only when no numeric date was found
            dmy = text.indexOf("háng") >= 0 || text.indexOf("HÁNG") >= 0 ? LONG_DMY.matcher(text) : null;
            if (dmy == null || !dmy.find()) {
                return Optional.empty();
            }
        }
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(dmy.group(3)), Integer.parseInt(dmy.group(2)),
                    Integer.parseInt(dmy.group(1)));
        } catch (DateTimeException bad) {
            return Optional.empty();
        }
        StringBuilder rest = new StringBuilder(text);
        rest.replace(dmy.start(), dmy.end(), " ".repeat(dmy.end() - dmy.start()));
        Matcher tm = TIME.matcher(rest);
        LocalTime time = null;
        while (tm.find()) {
            int h = Integer.parseInt(tm.group(1));
            int m = Integer.parseInt(tm.group(2));
            if (h < 24 && m < 60) {
                time = LocalTime.of(h, m);
                rest.replace(tm.start(), tm.end(), " ".repeat(tm.end() - tm.start()));
                break;
            }
        }
        ZoneOffset zone = VIETNAM;
        Matcher zm = ZONE.matcher(rest);
        if (zm.find()) {
            if (zm.group(1) != null) {
                int hours = Integer.parseInt(zm.group(2));
                int minutes = zm.group(3) == null ? 0 : Integer.parseInt(zm.group(3));
                int sign = zm.group(1).equals("-") ? -1 : 1;
                if (hours <= 14 && minutes < 60) {
                    zone = ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
                }
            } else {
                zone = ZoneOffset.UTC;
            }
            rest.replace(zm.start(), zm.end(), " ".repeat(zm.end() - zm.start()));
        }
        Published published = time == null ? Published.ofDay(date)
                : Published.ofInstant(OffsetDateTime.of(date, time, zone));
        return Optional.of(new Found(published, rest.toString()));
    }

    private static String leftoverInSource(String rest) {
        String cleaned = rest.replaceAll("(?iu)\\b(?:Thứ\\s+\\p{L}+|Thứ\\s+\\d|Chủ\\s+nhật|Cập\\s+nhật(?:\\s+lúc)?|Ngày\\s+đăng|Đăng\\s+lúc|Xuất\\s+bản|lúc|ngày)\\b", " ");
        return cleaned.replaceAll("[|,:()\\-–—]+", " ").replaceAll("\\s+", " ").strip();
    }
}
