package io.thoisu.time;

import io.thoisu.text.CaseFoldedText;
import io.thoisu.model.Sentence;
import io.thoisu.model.TimeAnchor;
import io.thoisu.model.TimeExpression;
import io.thoisu.model.TimePrecision;
import io.thoisu.text.VietnameseNormalizer;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and resolves the time expressions of Vietnamese news: "ngày 10/1", "hôm 9/1", "Ngày 13-1", "5/1/2022",
 * "tháng 1/2022", "đầu năm 2022", "hôm nay", "hôm qua", "tuần trước", "sáng 13-1", "19h30 ngày 13-1-2022",
 * "Cùng ngày", "thứ Hai tuần trước", "năm 2021", "cuối tháng 12", "tháng Chín năm 2022", "Chín giờ sáng nay", and
 * lunar dates ("mùng 1 Tết", "ngày 16/8 âm lịch", "rằm tháng Giêng") given as their Gregorian day
 * ({@link LunarCalendar}, the lunar year nearest to the reference).
 *
 * <p>Day and month are in Vietnamese order (10/1 is 10 January). Resolution, in order of preference:
 * <ol>
 * <li>a year written in the expression: {@link TimeAnchor#ABSOLUTE};</li>
 * <li>the publication time: {@link TimeAnchor#PUBLICATION}; a day-month takes the year that puts it nearest to
 * the publication day (published 2022-01-02, "ngày 30/12" is 2021-12-30); a month alone leans to the past, since
 * news reports what has happened (published 2025-12-04, "vào tháng 5" is 2025-05), unless its sentence plans;</li>
 * <li>the document's own absolute dates: {@link TimeAnchor#INFERRED_YEAR}, nearest to the latest full date in the
 * document, or the most frequent written year when there is no full date, leaving out the years of sentences that
 * tell an earlier event ("Năm 2023, một bệnh viện khác từng bị tấn công": background, not the story's year);</li>
 * <li>the user's year: {@link TimeAnchor#GIVEN_YEAR};</li>
 * <li>otherwise an expression without a year is dropped, never guessed.</li>
 * </ol>
 * Precision choices: "đầu/giữa/cuối" ("beginning/middle/end of") keep the precision of what they modify ("cuối
 * tháng 12" is the month 12, "đầu năm 2022" the year 2022). "tuần trước" (last week) resolves to the Monday of that
 * week at day precision; a weekday alone ("thứ 6") is the latest such day on or before publication.
 * "Cùng ngày"/"hôm đó" take the day of the previous day-precise expression ({@link TimeAnchor#PREVIOUS_EXPRESSION});
 * a time of day alone ("19h30") takes the previous expression's day, else the publication day. Relative
 * expressions ("hôm qua", "tuần trước", weekdays) need the publication time. The sentence list is not needed
 * for these rules (the previous expression is searched in text order) and may be empty.
 */
public final class TimeRecognizer {
    private static final String W = "[\\p{L}\\p{M}\\p{N}_]";
    private static final String B0 = "(?<!" + W + ")(?<![/:.,])";
    private static final String B1 = "(?!" + W + ")";
    private static final String SP = "[ \\u00A0]+";
    private static final String POD = "(?:rạng sáng|sáng sớm|sáng|trưa|chiều tối|chiều|tối muộn|tối|đêm khuya|nửa đêm"
            + "|đêm|khuya)";
    private static final String WEEKDAY = "(?:thứ" + SP + "(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ" + SP + "nhật)";
    private static final String NO_MORE_DIGITS = "(?!\\d|[/.-]\\d)";
    /** An hour or a day written in words, one to twelve ("Chín giờ sáng nay", "mùng Một Tết"); longest first. */
    private static final String NUMBER_WORD = "(?:mười" + SP + "một|mười" + SP + "hai|mười|một|hai|ba|bốn|năm|sáu"
            + "|bảy|bẩy|tám|chín)";
    /** A month written in words ("tháng Chín", "tháng Mười Hai"); "Giêng" and "Chạp" name lunar months. */
    private static final String MONTH_WORD = "(?:mười" + SP + "một|mười" + SP + "hai|mười|giêng|chạp|một|hai|ba|tư"
            + "|bốn|năm|sáu|bảy|bẩy|tám|chín)";
    /**
     * No case flags: the patterns are lower case and run on {@link CaseFoldedText}, which finds what
     * {@code CASE_INSENSITIVE | UNICODE_CASE} would on the source at a fraction of the cost.
     */
    private static final int FLAGS = 0;

    private static final Pattern DATE = Pattern.compile(B0 + "(?<pod>" + POD + SP + ")?"
            + "(?<rel>(?:ngày" + SP + ")?hôm" + SP + "(?:nay|qua)" + SP + "|(?:ngày|hôm|mùng|mồng)" + SP + ")?"
            + "(?<wd>" + WEEKDAY + "\\s*,?\\s*(?:ngày" + SP + ")?)?"
            + "(?:(?<d>\\d{1,2})(?<sep>[/.-])(?<m>\\d{1,2})(?:\\k<sep>(?<y>\\d{4}))?"
            + "|(?<d2>\\d{1,2})" + SP + "tháng" + SP + "(?<m2>\\d{1,2})(?:" + SP + "năm" + SP + "(?<y2>\\d{4})"
            + "|[/-](?<y3>\\d{4}))?)" + NO_MORE_DIGITS
            + "(?:\\s*,?\\s*(?:lúc" + SP + ")?(?<th>\\d{1,2})(?:[hg]|:)(?<tm>\\d{2})?" + B1 + ")?", FLAGS);
    private static final Pattern CLOCK = Pattern.compile(B0 + "(?<luc>lúc" + SP + ")?(?:(?<h>\\d{1,2})"
            + "(?:[hg](?<mi>\\d{2})?|:(?<mi2>\\d{2})|" + SP + "giờ(?:" + SP + "(?<mi3>\\d{1,2})(?:" + SP + "phút)?)?)"
            // "Chín giờ sáng nay", "lúc mười giờ rưỡi": the hour in words
            + "|(?<hw>" + NUMBER_WORD + ")" + SP + "giờ(?:" + SP + "(?:(?<half>rưỡi)|(?<mi4>\\d{1,2})(?:" + SP
            + "phút)?))?)" + B1
            + "(?:" + SP + "(?<pod>" + POD + ")" + B1 + "(?:" + SP + "(?<rp>nay|qua|mai)" + B1 + ")?)?"
            + "(?:\\s*,?\\s*(?:(?:ngày|hôm)" + SP + ")?(?:" + WEEKDAY + "\\s*,?\\s*(?:ngày" + SP + ")?)?"
            + "(?<d>\\d{1,2})(?<sep>[/.-])(?<m>\\d{1,2})(?:\\k<sep>(?<y>\\d{4}))?" + NO_MORE_DIGITS
            // "14h hôm qua", "21h cùng ngày", "2h sáng thứ Hai", "8h thứ Năm tuần này": the day the clock is on
            + "|" + SP + "(?<rd>hôm" + SP + "(?:nay|qua|kia|đó|sau)|ngày" + SP + "(?:mai|hôm" + SP + "sau)|cùng" + SP
            + "(?:ngày|hôm))" + B1
            + "|" + SP + "(?:hôm" + SP + ")?(?<cwd>" + WEEKDAY + ")" + B1 + "(?:" + SP + "tuần" + SP
            + "(?<cwhich>trước|này|sau|tới|rồi)" + B1 + "|" + SP + "(?<cdir>tới|này)" + B1 + "(?!" + SP
            + "(?:thứ|chủ))" + ")?)?", FLAGS);
    private static final Pattern RELATIVE_DAY = Pattern.compile(B0 + "(?:(?<pod>" + POD + ")" + SP
            + "(?<pw>hôm nay|hôm qua|nay|qua|mai)|(?:ngày" + SP + ")?hôm" + SP + "(?<hw>nay|qua|kia)|ngày" + SP
            + "(?<nw>mai|kia))" + B1, FLAGS);
    private static final Pattern WEEK = Pattern.compile(B0 + "(?:(?<hom>hôm)" + SP + ")?(?:(?<pod>" + POD + ")" + SP
            + ")?(?:(?<wd>" + WEEKDAY + ")" + SP + ")?tuần" + SP
            + "(?<which>trước|này|sau|tới|rồi)" + B1, FLAGS);
    private static final Pattern SAME_DAY = Pattern.compile(B0 + "(?:(?<pod>" + POD + ")" + SP + ")?(?:cùng" + SP
            + "(?:ngày|hôm)|(?:ngày" + SP + ")?hôm" + SP + "đó|(?<next>(?:ngày" + SP + ")?hôm" + SP + "sau)"
            // "Hai ngày sau" counts from the previous day; "hai ngày sau khi …" is "two days after …", left alone
            + "|(?<n>\\d{1,2}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)" + SP + "ngày" + SP + "sau" + B1 + "(?!"
            + SP + "khi))" + B1,
            FLAGS);
    private static final Pattern MONTH = Pattern.compile(B0 + "(?:(?<mod>đầu|giữa|cuối|trung tuần|thượng tuần"
            + "|hạ tuần)" + SP + ")?tháng" + SP + "(?:(?:(?<m>\\d{1,2})|(?<mw>" + MONTH_WORD + "))(?:(?:" + SP + "năm"
            + SP + "|\\s*[/-]\\s*)"
            + "(?<y>\\d{4}))?" + NO_MORE_DIGITS + "(?:" + SP + "năm" + SP + "(?<yrel>nay|ngoái|trước|tới|sau)"
            + B1 + ")?|(?<rel>này|trước|tới|sau))" + B1, FLAGS);
    private static final Pattern YEAR = Pattern.compile(B0 + "(?:(?<mod>đầu|giữa|cuối)" + SP + ")?năm" + SP
            + "(?:(?<y>\\d{4})" + NO_MORE_DIGITS + "|(?<rel>nay|ngoái|trước|tới|sau))" + B1, FLAGS);
    /**
     * A lunar date: "mùng 1 Tết", "ngày 16/8 âm lịch", "rằm tháng Giêng", "27 tháng Chạp", "mồng 10 tháng 3 âm
     * lịch". Which of these really is lunar (a marker: Tết, âm lịch, rằm, Giêng, Chạp) {@link #plausible} decides.
     */
    private static final Pattern LUNAR = Pattern.compile(B0 + "(?:(?<pod>" + POD + ")" + SP + ")?(?:(?:ngày|hôm)" + SP
            + ")?(?:(?:mùng|mồng)" + SP + "(?<td>\\d{1,2}|" + NUMBER_WORD + ")" + SP + "tết"
            + "|(?:(?:mùng|mồng)" + SP + ")?(?<ld>\\d{1,2}|rằm)" + SP + "tháng" + SP + "(?<lm>\\d{1,2}|" + MONTH_WORD
            + ")(?<al>" + SP + "âm" + SP + "lịch)?"
            + "|(?<ld2>\\d{1,2})/(?<lm2>\\d{1,2})" + SP + "(?:\\(\\s*âm" + SP + "lịch\\s*\\)|âm" + SP + "lịch))"
            + "(?![\\p{L}\\p{M}\\p{N}_])", FLAGS);
    /** "(tức 18/1)", ", tức ngày 18/1": the same day written again in the Gregorian calendar. */
    private static final Pattern SAME_DAY_AGAIN = Pattern.compile("\\s*[(,]?\\s*tức" + B1, FLAGS);
    private static final Pattern LONE_WEEKDAY = Pattern.compile(B0 + "(?:(?<hom>hôm)" + SP + ")?(?:(?<pod>" + POD
            + ")" + SP + ")?(?<wd>" + WEEKDAY + ")" + B1
            // "thứ Hai tới" is the coming Monday; "từ thứ Hai tới thứ Tư" is "from Monday to Wednesday"
            + "(?:" + SP + "(?<dir>tới|này)" + B1 + "(?!" + SP + "(?:thứ|chủ)))?", FLAGS);
    /** The start of a "từ ngày 18 đến …" range whose other end carries the month: ends right before that end. */
    private static final Pattern RANGE_START = Pattern.compile("(?<![\\p{L}\\p{M}])từ" + SP + "(?<ngay>ngày" + SP
            + ")?(?<d>\\d{1,2})" + SP + "(?:đến|tới)" + SP + "$|(?<![\\p{L}\\p{M}])từ" + SP + "(?<ngay2>ngày" + SP
            + ")?(?<d2>\\d{1,2})\\s*[-–]\\s*$", FLAGS);
    /** What joins the two ends of a range of dates or months: "đến", "tới", a dash. */
    private static final Pattern RANGE_JOIN = Pattern.compile("\\s*(?:đến|tới|[-–])\\s*", FLAGS);
    /** Words before a bare "12/3" that make it an address or a number, and words after "3/4" that make it a share. */
    private static final Set<String> NOT_DATE_BEFORE = Set.of("số", "nhà", "ngõ", "ngách", "hẻm", "kiệt", "phòng",
            "lô", "tổ", "căn", "khoảng", "gần", "hơn", "chiếm");
    private static final Set<String> NOT_DATE_AFTER = Set.of("số", "diện", "tổng", "dân", "lượng", "trong", "các",
            "những");

    /** A figure then "h"/"g" ("19h", "7g30"): an hour written in figures, unlike the duration "24 giờ". */
    private static final Pattern HOUR_MARK = Pattern.compile("(?s).*\\d[hg].*");
    /** Words after which a lower-case "thứ hai" is the weekday, not "second". */
    private static final Set<String> WEEKDAY_CUES = Set.of("vào", "hôm", "từ", "đến", "tới", "hồi", "và", "hoặc",
            "trước", "sau", "trong", "cho", "tận");
    /** Words before a weekday in figures ("các ngày thứ 7", "mỗi thứ 2") besides {@link #WEEKDAY_CUES}. */
    private static final Set<String> DIGIT_WEEKDAY_CUES = Set.of("ngày", "các", "mỗi", "hằng", "hàng", "sáng",
            "trưa", "chiều", "tối", "đêm");
    /** Nouns after which "thứ 6"/"thứ Hai" is an ordinal ("lần thứ 6", "người thứ Hai"). */
    private static final Set<String> ORDINAL_NOUNS = Set.of("lần", "người", "hạng", "vòng", "ngày", "năm", "tháng",
            "phần", "bước", "điểm", "đợt", "lượt", "kỳ", "khóa", "khoá", "tập", "chương", "trận", "ván", "hiệp",
            "con", "đứa", "cháu", "vợ", "nhiệm", "giai", "đoạn", "tuần", "phiên", "số", "câu", "mục", "trí", "bậc", "hàng", "giải", "đội", "cấp");
    /** Words that make "năm trước"/"tháng sau" a span ("5 năm trước", "vài tháng sau"), not last year/next month. */
    private static final Set<String> COUNT_WORDS = Set.of("một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "bẩy",
            "tám", "chín", "mười", "mươi", "lăm", "mốt", "tư", "vài", "mấy", "nhiều", "trăm", "nghìn", "ngàn", "chục",
            "dăm", "các", "những");
    private static final Map<String, Integer> WEEKDAY_NUMBERS = Map.of("hai", 2, "ba", 3, "tư", 4, "năm", 5,
            "sáu", 6, "bảy", 7, "bẩy", 7);

    private enum Kind { DATE, CLOCK, RELATIVE_DAY, WEEK, SAME_DAY, MONTH, YEAR, WEEKDAY, LUNAR }

    /** A match before resolution; fields hold what its pattern captured. */
    private record Candidate(Kind kind, int start, int end, Map<String, String> groups) {
        String g(String name) {
            return groups.get(name);
        }
    }

    private static final Map<Kind, Pattern> PATTERNS = Map.of(Kind.DATE, DATE, Kind.CLOCK, CLOCK,
            Kind.RELATIVE_DAY, RELATIVE_DAY, Kind.WEEK, WEEK, Kind.SAME_DAY, SAME_DAY, Kind.MONTH, MONTH,
            Kind.YEAR, YEAR, Kind.WEEKDAY, LONE_WEEKDAY, Kind.LUNAR, LUNAR);
    private static final Map<Kind, List<String>> GROUPS = Map.of(
            Kind.DATE, List.of("pod", "rel", "wd", "d", "sep", "m", "y", "d2", "m2", "y2", "y3", "th", "tm"),
            Kind.CLOCK, List.of("luc", "h", "mi", "mi2", "mi3", "hw", "half", "mi4", "pod", "rp", "d", "sep", "m", "y",
                    "rd", "cwd", "cwhich", "cdir"),
            Kind.RELATIVE_DAY, List.of("pod", "pw", "hw", "nw"),
            Kind.WEEK, List.of("hom", "pod", "wd", "which"),
            Kind.SAME_DAY, List.of("pod", "next", "n"),
            Kind.MONTH, List.of("mod", "m", "mw", "y", "yrel", "rel"),
            Kind.YEAR, List.of("mod", "y", "rel"),
            Kind.WEEKDAY, List.of("hom", "pod", "wd", "dir"),
            Kind.LUNAR, List.of("pod", "td", "ld", "lm", "al", "ld2", "lm2"));

    public TimeRecognizer() {
    }

    public List<TimeExpression> recognize(String text, List<Sentence> sentences, TimeContext context) {
        List<Candidate> chosen = ranges(text, choose(text, candidates(text)));
        List<LocalDate> written = new ArrayList<>();
        List<LocalDate> fullDays = new ArrayList<>();
        for (Candidate c : chosen) {
            boolean fullDay = c.kind() == Kind.DATE || c.kind() == Kind.CLOCK;
            if (!fullDay && context.published().isEmpty() && background(text, c.start())) {
                continue;
            }
            writtenDate(c).ifPresent(d -> {
                written.add(d);
                if (fullDay) {
                    fullDays.add(d);
                }
            });
        }
        Reference reference = Reference.of(context, written, fullDays);
        List<TimeExpression> out = new ArrayList<>();
        LocalDate previousDay = null;
        Candidate previousCandidate = null;
        for (Candidate c : chosen) {
            Optional<TimeExpression> resolved = resolve(text, c, reference, Optional.ofNullable(previousDay));
            if (resolved.isPresent()) {
                TimeExpression t = resolved.get();
                if (previousCandidate != null && !out.isEmpty()) {
                    t = afterRangeStart(text, previousCandidate, out.get(out.size() - 1), c, t);
                }
                previousCandidate = c;
                out.add(t);
                if (t.precision() == TimePrecision.DAY || t.precision() == TimePrecision.INSTANT) {
                    previousDay = t.date();
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * Every pattern starts at a word boundary with a digit or one of a few words, each followed by a space; so
     * instead of letting each pattern scan the whole text, one pass marks those positions and the patterns are
     * tried there only, in the order {@link Matcher#find()} would try them, so the matches are the same.
     */
    private List<Candidate> candidates(String text) {
        CaseFoldedText folded = new CaseFoldedText(text);
        int[] starts = new int[16];
        int[] kinds = new int[16];
        int count = 0;
        int union = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            byte startKind = Triggers.STARTS[text.charAt(i)];
            if (startKind == 0) {
                continue;
            }
            if (i > 0) {
                char before = text.charAt(i - 1);
                // what the patterns' leading (?<!W)(?<![/:.,]) refuses, refused cheaply
                if (before == '/' || before == ':' || before == '.' || before == ','
                        || CaseFoldedText.wordCharBefore(text, i)) {
                    continue;
                }
            }
            int mask = startKind == Triggers.DIGIT ? DIGIT_KINDS : Triggers.kindsAt(folded, i);
            // number words and figures are frequent: try the hour-in-words and lunar patterns only where the word
            // after could complete them ("chín giờ", "27 tháng", "16/8 âm lịch")
            if (startKind == Triggers.DIGIT) {
                if (!lunarAfterFigure(folded, i)) {
                    mask &= ~LUNAR_BIT;
                }
            } else {
                if ((mask & NUMBER_WORD_KINDS) == NUMBER_WORD_KINDS && !wordAhead(folded, i, "giờ")) {
                    mask &= ~CLOCK_BIT;
                }
                if ((mask & LUNAR_BIT) != 0 && !lunarAhead(folded, i)) {
                    mask &= ~LUNAR_BIT;
                }
            }
            union |= mask;
            if (mask != 0) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                    kinds = Arrays.copyOf(kinds, count * 2);
                }
                starts[count] = i;
                kinds[count] = mask;
                count++;
            }
        }
        List<Candidate> all = new ArrayList<>();
        if (count == 0) {
            return all;
        }
        for (Kind kind : Kind.values()) {
            int bit = 1 << kind.ordinal();
            if ((union & bit) == 0) {
                continue; // no position can start this pattern
            }
            Matcher m = PATTERNS.get(kind).matcher(folded).useTransparentBounds(true).useAnchoringBounds(false);
            int from = 0;
            for (int k = 0; k < count; k++) {
                int at = starts[k];
                if (at < from || (kinds[k] & bit) == 0) {
                    continue;
                }
                m.region(at, n);
                if (!m.lookingAt()) {
                    continue;
                }
                from = m.end();
                Map<String, String> groups = new HashMap<>();
                for (String name : GROUPS.get(kind)) {
                    int gs = m.start(name);
                    if (gs >= 0) {
                        groups.put(name, text.substring(gs, m.end(name)));
                    }
                }
                if (groups.containsKey("mw")) {
                    groups.put("m", Integer.toString(monthOfWord(groups.get("mw"))));
                }
                // "lúc" (at) introduces a time like "vào" does; the span starts at the hour
                int start = kind == Kind.CLOCK && groups.containsKey("luc")
                        ? (groups.containsKey("h") ? m.start("h") : m.start("hw")) : m.start();
                Candidate c = new Candidate(kind, start, m.end(), groups);
                if (plausible(text, c)) {
                    all.add(c);
                }
            }
        }
        return all;
    }

    private static final int DIGIT_KINDS = (1 << Kind.DATE.ordinal()) | (1 << Kind.CLOCK.ordinal())
            | (1 << Kind.SAME_DAY.ordinal()) | (1 << Kind.LUNAR.ordinal());
    private static final int CLOCK_BIT = 1 << Kind.CLOCK.ordinal();
    private static final int LUNAR_BIT = 1 << Kind.LUNAR.ordinal();
    /** The kinds a number word ("hai", "năm", "mười") triggers. */
    private static final int NUMBER_WORD_KINDS = CLOCK_BIT | (1 << Kind.SAME_DAY.ordinal());

    /** Whether {@code word} is the second or third word from {@code at} ("chín giờ", "mười một giờ"). */
    private static boolean wordAhead(CharSequence folded, int at, String word) {
        int n = folded.length();
        int p = at;
        for (int skipped = 0; skipped < 2; skipped++) {
            while (p < n && folded.charAt(p) != ' ' && folded.charAt(p) != '\u00A0') {
                p++;
            }
            while (p < n && (folded.charAt(p) == ' ' || folded.charAt(p) == '\u00A0')) {
                p++;
            }
            if (startsWith(folded, p, word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * After a word that may open a lunar date ("Sáng", "ngày", "mùng", "rằm"): whether one can follow, that is
     * the word itself or one of the next two is "mùng", "mồng" or "rằm", or a figure that {@link #lunarAfterFigure}
     * accepts.
     */
    private static boolean lunarAhead(CharSequence folded, int at) {
        int n = folded.length();
        int p = at;
        for (int word = 0; word < 3 && p < n; word++) {
            if (Character.isDigit(folded.charAt(p))) {
                return lunarAfterFigure(folded, p);
            }
            if (startsWith(folded, p, "mùng") || startsWith(folded, p, "mồng") || startsWith(folded, p, "rằm")) {
                return true;
            }
            while (p < n && folded.charAt(p) != ' ' && folded.charAt(p) != '\u00A0') {
                p++;
            }
            while (p < n && (folded.charAt(p) == ' ' || folded.charAt(p) == '\u00A0')) {
                p++;
            }
        }
        return false;
    }

    /** After a figure: "tháng" ("27 tháng Chạp") or "/8 âm lịch", "/8 (âm lịch)". */
    private static boolean lunarAfterFigure(CharSequence folded, int at) {
        int n = folded.length();
        int p = at;
        while (p < n && Character.isDigit(folded.charAt(p))) {
            p++;
        }
        if (p < n && folded.charAt(p) == '/') {
            p++;
            while (p < n && Character.isDigit(folded.charAt(p))) {
                p++;
            }
            while (p < n && (folded.charAt(p) == ' ' || folded.charAt(p) == '\u00A0' || folded.charAt(p) == '(')) {
                p++;
            }
            return startsWith(folded, p, "âm");
        }
        while (p < n && (folded.charAt(p) == ' ' || folded.charAt(p) == '\u00A0')) {
            p++;
        }
        return startsWith(folded, p, "tháng");
    }

    private static boolean startsWith(CharSequence folded, int at, String word) {
        if (at + word.length() > folded.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (folded.charAt(at + i) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The words a pattern can start with (each followed by a space in every match) and the patterns they start. */
    private static final class Triggers {
        private static final int PARTS_OF_DAY = bits(Kind.DATE, Kind.RELATIVE_DAY, Kind.SAME_DAY, Kind.WEEKDAY,
                Kind.WEEK, Kind.LUNAR);
        /** Number words start "Hai ngày sau" and an hour in words ("Chín giờ sáng"). */
        private static final int COUNTS = bits(Kind.SAME_DAY, Kind.CLOCK);
        private static final Map<String, Integer> WORDS = Map.ofEntries(
                Map.entry("rạng", PARTS_OF_DAY), Map.entry("sáng", PARTS_OF_DAY), Map.entry("trưa", PARTS_OF_DAY),
                Map.entry("chiều", PARTS_OF_DAY), Map.entry("tối", PARTS_OF_DAY), Map.entry("đêm", PARTS_OF_DAY),
                Map.entry("nửa", PARTS_OF_DAY), Map.entry("khuya", PARTS_OF_DAY),
                Map.entry("ngày", bits(Kind.DATE, Kind.RELATIVE_DAY, Kind.SAME_DAY, Kind.LUNAR)),
                Map.entry("hôm", bits(Kind.DATE, Kind.RELATIVE_DAY, Kind.SAME_DAY, Kind.WEEK, Kind.WEEKDAY,
                        Kind.LUNAR)),
                Map.entry("mùng", bits(Kind.DATE, Kind.LUNAR)), Map.entry("mồng", bits(Kind.DATE, Kind.LUNAR)),
                Map.entry("rằm", bits(Kind.LUNAR)),
                Map.entry("một", COUNTS), Map.entry("hai", COUNTS), Map.entry("ba", COUNTS),
                Map.entry("bốn", COUNTS), Map.entry("sáu", COUNTS), Map.entry("bảy", COUNTS),
                Map.entry("tám", COUNTS), Map.entry("chín", COUNTS), Map.entry("mười", COUNTS),
                Map.entry("thứ", bits(Kind.DATE, Kind.WEEK, Kind.WEEKDAY)),
                Map.entry("chủ", bits(Kind.DATE, Kind.WEEK, Kind.WEEKDAY)),
                Map.entry("tuần", bits(Kind.WEEK)), Map.entry("cùng", bits(Kind.SAME_DAY)),
                Map.entry("đầu", bits(Kind.MONTH, Kind.YEAR)), Map.entry("giữa", bits(Kind.MONTH, Kind.YEAR)),
                Map.entry("cuối", bits(Kind.MONTH, Kind.YEAR)), Map.entry("trung", bits(Kind.MONTH)),
                Map.entry("thượng", bits(Kind.MONTH)), Map.entry("hạ", bits(Kind.MONTH)),
                Map.entry("tháng", bits(Kind.MONTH)), Map.entry("năm", bits(Kind.YEAR, Kind.SAME_DAY, Kind.CLOCK)),
                Map.entry("lúc", bits(Kind.CLOCK)));
        private static final int LONGEST = WORDS.keySet().stream().mapToInt(String::length).max().orElse(0);
        /** Trigger words by first char, for a check that allocates nothing. */
        private static final char[][][] BY_FIRST = new char[512][][];
        private static final int[][] MASKS_BY_FIRST = new int[512][];
        static final byte DIGIT = 1;
        static final byte FIRST_LETTER = 2;
        /** For every char: a digit, a char that folds to a trigger's first letter, or neither (0). */
        static final byte[] STARTS = new byte[Character.MAX_VALUE + 1];

        static {
            Set<Character> firsts = new HashSet<>();
            WORDS.keySet().forEach(w -> firsts.add(w.charAt(0)));
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                if (firsts.contains(CaseFoldedText.fold((char) c))) {
                    STARTS[c] = FIRST_LETTER;
                }
            }
            for (char c = '0'; c <= '9'; c++) {
                STARTS[c] = DIGIT;
            }
            for (Map.Entry<String, Integer> e : WORDS.entrySet()) {
                char first = e.getKey().charAt(0);
                char[][] words = BY_FIRST[first] == null ? new char[0][] : BY_FIRST[first];
                int[] masks = MASKS_BY_FIRST[first] == null ? new int[0] : MASKS_BY_FIRST[first];
                words = Arrays.copyOf(words, words.length + 1);
                masks = Arrays.copyOf(masks, masks.length + 1);
                words[words.length - 1] = e.getKey().toCharArray();
                masks[masks.length - 1] = e.getValue();
                BY_FIRST[first] = words;
                MASKS_BY_FIRST[first] = masks;
            }
        }

        private static int bits(Kind... kinds) {
            int mask = 0;
            for (Kind k : kinds) {
                mask |= 1 << k.ordinal();
            }
            return mask;
        }

        /** The patterns that may match at {@code at}: those whose trigger word is the text up to the next space. */
        static int kindsAt(CharSequence folded, int at) {
            char first = folded.charAt(at);
            if (first >= BY_FIRST.length || BY_FIRST[first] == null) {
                return 0;
            }
            int n = folded.length();
            int end = at;
            while (end < n && end - at <= LONGEST && folded.charAt(end) != ' ' && folded.charAt(end) != '\u00A0') {
                end++;
            }
            if (end >= n || end - at > LONGEST) {
                return 0; // every trigger is followed by a space
            }
            char[][] words = BY_FIRST[first];
            for (int w = 0; w < words.length; w++) {
                char[] word = words[w];
                if (word.length != end - at) {
                    continue;
                }
                int i = 1;
                while (i < word.length && word[i] == folded.charAt(at + i)) {
                    i++;
                }
                if (i == word.length) {
                    return MASKS_BY_FIRST[first][w];
                }
            }
            return 0;
        }
    }

    /** Earliest first, longest at the same start, no overlaps. */
    private static List<Candidate> choose(String text, List<Candidate> all) {
        all.sort(Comparator.comparingInt(Candidate::start).thenComparing(c -> -(c.end() - c.start())));
        List<Candidate> chosen = new ArrayList<>();
        int lastEnd = 0;
        for (Candidate c : all) {
            if (c.start() >= lastEnd) {
                chosen.add(c);
                lastEnd = c.end();
            }
        }
        return chosen;
    }

    /**
     * A range of days or months written once with its month or year at the end: "từ ngày 18 đến ngày 20/7" adds
     * "ngày 18" with July; "từ tháng 3 tới tháng 5/2021" and "từ 28/12 đến 2/1/2022" give the first end the year
     * of the second (the year before when the range wraps, as a reader would).
     */
    private static List<Candidate> ranges(String text, List<Candidate> chosen) {
        List<Candidate> out = new ArrayList<>(chosen);
        CaseFoldedText folded = null;
        for (int i = 0; i < out.size(); i++) {
            Candidate c = out.get(i);
            if (c.kind() != Kind.DATE || first(c.g("m"), c.g("m2")) == null) {
                continue;
            }
            int lastEnd = i == 0 ? 0 : out.get(i - 1).end();
            int from = Math.max(lastEnd, c.start() - 24);
            if (from >= c.start()) {
                continue;
            }
            folded = folded == null ? new CaseFoldedText(text) : folded;
            Matcher m = RANGE_START.matcher(folded).region(from, c.start()).useTransparentBounds(true);
            if (!m.find()) {
                continue;
            }
            String dayGroup = m.start("d") >= 0 ? "d" : "d2";
            String ngay = m.start("ngay") >= 0 ? "ngay" : m.start("ngay2") >= 0 ? "ngay2" : dayGroup;
            Map<String, String> groups = new HashMap<>();
            groups.put("d", text.substring(m.start(dayGroup), m.end(dayGroup)));
            groups.put("sep", "/");
            groups.put("m", first(c.g("m"), c.g("m2")));
            String y = first(c.g("y"), c.g("y2"), c.g("y3"));
            if (y != null) {
                groups.put("y", y);
            }
            groups.put("rel", "ngày");
            out.add(i, new Candidate(Kind.DATE, m.start(ngay), m.end(dayGroup), groups));
            i++;
        }
        for (int i = 0; i + 1 < out.size(); i++) {
            Candidate a = out.get(i);
            Candidate b = out.get(i + 1);
            String ya = first(a.g("y"), a.g("y2"), a.g("y3"));
            String yb = first(b.g("y"), b.g("y2"), b.g("y3"));
            String ma = first(a.g("m"), a.g("m2"));
            String mb = first(b.g("m"), b.g("m2"));
            boolean sameKind = a.kind() == b.kind() && (a.kind() == Kind.DATE || a.kind() == Kind.MONTH);
            if (!sameKind || ya != null || yb == null || ma == null || mb == null || a.g("yrel") != null
                    || !RANGE_JOIN.matcher(text.substring(a.end(), b.start()).toLowerCase(java.util.Locale.ROOT))
                    .matches()) {
                continue;
            }
            Map<String, String> groups = new HashMap<>(a.groups());
            int year = Integer.parseInt(yb);
            groups.put("y", Integer.toString(Integer.parseInt(ma) > Integer.parseInt(mb) ? year - 1 : year));
            out.set(i, new Candidate(a.kind(), a.start(), a.end(), groups));
        }
        return out;
    }

    /**
     * "Từ 1/7 đến 31/12": the second end of a range without its own year never comes before the first; each end
     * alone is put nearest to the publication day, which can split a range across years it does not cross.
     */
    private static TimeExpression afterRangeStart(String text, Candidate a, TimeExpression first, Candidate b,
                                                  TimeExpression second) {
        boolean sameKind = a.kind() == b.kind() && (b.kind() == Kind.DATE || b.kind() == Kind.MONTH);
        if (!sameKind || first.precision() != second.precision() || first.end() > b.start()
                || first(b.g("y"), b.g("y2"), b.g("y3")) != null || !second.date().isBefore(first.date())
                || !RANGE_JOIN.matcher(text.substring(first.end(), b.start()).toLowerCase(java.util.Locale.ROOT))
                .matches()) {
            return second;
        }
        LocalDate later = second.date().plusYears(1);
        if (later.isBefore(first.date())) {
            return second;
        }
        return new TimeExpression(second.text(), later, second.time(), second.precision(), second.anchor(),
                second.start(), second.end());
    }

    /** Shape checks a regular expression cannot make cheaply. */
    private static boolean plausible(String text, Candidate c) {
        switch (c.kind()) {
            case DATE -> {
                boolean prefixed = c.g("pod") != null || c.g("rel") != null || c.g("wd") != null;
                if (c.g("d2") != null) {
                    return prefixed;
                }
                String sep = c.g("sep");
                if (sep.equals(".") && c.g("y") == null) {
                    return false; // "1.5" is a number
                }
                if (sep.equals("-") && c.g("y") == null && !prefixed && !secondOfPair(text, c.start())) {
                    return false; // "5-7" is a range
                }
                if (sep.equals("/") && c.g("y") == null && !prefixed
                        && (NOT_DATE_BEFORE.contains(previousWord(text, c.start()))
                        || NOT_DATE_AFTER.contains(nextWord(text, c.end())))) {
                    return false; // "số nhà 12/3" is an address, "3/4 số hộ" a share
                }
                return true;
            }
            case CLOCK -> {
                boolean spokenHour = c.g("mi") == null && c.g("mi2") == null
                        && !HOUR_MARK.matcher(text.substring(c.start(), c.end()).toLowerCase(java.util.Locale.ROOT))
                        .matches();
                if (spokenHour) {
                    // "24 giờ" is a duration; "lúc 7 giờ", "7 giờ sáng", "7 giờ ngày 13-1" are times; "kéo dài gần
                    // ba giờ chiều 26/9" lasts three hours and "chiều 26/9" is the day
                    return c.g("luc") != null
                            || ((c.g("pod") != null || c.g("d") != null) && !lasting(text, c.start()));
                }
                return true;
            }
            case YEAR -> {
                if (c.g("rel") != null) {
                    // "5 năm trước" is "five years ago", not "last year"
                    String before = previousWord(text, c.start());
                    return !countsSpan(before);
                }
                return true;
            }
            case WEEK -> {
                // "hai tuần trước" is "two weeks ago", not last week
                return c.g("wd") != null || c.g("hom") != null || c.g("pod") != null
                        || !countsSpan(previousWord(text, c.start()));
            }
            case MONTH -> {
                if (c.g("rel") != null) {
                    String before = previousWord(text, c.start());
                    return !countsSpan(before);
                }
                String word = c.g("mw");
                if (word != null) {
                    // "tháng Chín", "tháng mười năm 2022" are months; "tháng năm" (months and years) is not, and
                    // "tháng Giêng"/"tháng Chạp" are lunar months, which have no Gregorian month to give
                    int month = monthOfWord(word);
                    return month >= 1 && month <= 12 && !lunarMonthWord(word)
                            && (Character.isUpperCase(word.charAt(0)) || c.g("y") != null)
                            && !insideName(text, c.start());
                }
                return true;
            }
            case LUNAR -> {
                boolean marked = c.g("td") != null || c.g("al") != null || c.g("ld2") != null
                        || VietnameseNormalizer.key(first(c.g("ld"), "")).equals("rằm")
                        || (c.g("lm") != null && lunarMonthWord(c.g("lm")));
                // "Ngày 27 tháng Chạp (tức 18/1)": the Gregorian day follows and is the one given
                return marked && !SAME_DAY_AGAIN.matcher(new CaseFoldedText(text)).region(c.end(), text.length())
                        .useTransparentBounds(true).lookingAt();
            }
            case WEEKDAY -> {
                return looksLikeWeekday(text, c);
            }
            default -> {
                return true;
            }
        }
    }

    /**
     * "đường Ba Tháng Hai", "quảng trường Cách Mạng Tháng Tám": a capitalised "Tháng" that does not open a sentence
     * or a clause is part of a name (a street, a square, an event), not a month.
     */
    private static boolean insideName(String text, int start) {
        return Character.isUpperCase(text.charAt(start)) && !startsClause(text, start);
    }

    /** Whether {@code pos} opens the text, a sentence or a clause (after . ! ? : ; a quote or a newline). */
    private static boolean startsClause(String text, int pos) {
        int p = pos;
        while (p > 0 && Character.isWhitespace(text.charAt(p - 1))) {
            p--;
        }
        return p == 0 || ".!?:;\n\"“(".indexOf(text.charAt(p - 1)) >= 0;
    }

    /** Whether a verb of duration ("kéo dài", "trong", "mất", "suốt"), maybe then "gần"/"hơn"…, precedes. */
    private static boolean lasting(String text, int start) {
        String before = previousWord(text, start);
        if (APPROXIMATELY.contains(before)) {
            int p = start;
            while (p > 0 && Character.isWhitespace(text.charAt(p - 1))) {
                p--;
            }
            while (p > 0 && (Character.isLetterOrDigit(text.charAt(p - 1))
                    || Character.getType(text.charAt(p - 1)) == Character.NON_SPACING_MARK)) {
                p--;
            }
            before = previousWord(text, p);
        }
        return LASTS.contains(before);
    }

    private static final Set<String> LASTS = Set.of("dài", "trong", "mất", "suốt");
    private static final Set<String> APPROXIMATELY = Set.of("gần", "hơn", "khoảng", "chừng", "ngót", "trên", "tới",
            "đến", "xấp");

    /** "15 và 16-1", "15 đến 16-1": the second day of a pair carries the month for both. */
    private static boolean secondOfPair(String text, int start) {
        String joiner = previousWord(text, start);
        if (!joiner.equals("và") && !joiner.equals("đến") && !joiner.equals("tới")) {
            return false;
        }
        int w = start;
        while (w > 0 && Character.isWhitespace(text.charAt(w - 1))) {
            w--;
        }
        while (w > 0 && !Character.isWhitespace(text.charAt(w - 1))) {
            w--;
        }
        while (w > 0 && Character.isWhitespace(text.charAt(w - 1))) {
            w--;
        }
        return w > 0 && Character.isDigit(text.charAt(w - 1));
    }

    private static String nextWord(String text, int pos) {
        int p = pos;
        while (p < text.length() && (text.charAt(p) == ' ' || text.charAt(p) == '\u00A0')) {
            p++;
        }
        int s = p;
        while (p < text.length() && (Character.isLetterOrDigit(text.charAt(p))
                || Character.getType(text.charAt(p)) == Character.NON_SPACING_MARK)) {
            p++;
        }
        return VietnameseNormalizer.key(text.substring(s, p));
    }

    private static boolean countsSpan(String before) {
        return (!before.isEmpty() && before.chars().allMatch(Character::isDigit)) || COUNT_WORDS.contains(before);
    }

    private static boolean looksLikeWeekday(String text, Candidate c) {
        if (c.g("pod") != null || c.g("hom") != null || c.g("dir") != null) {
            return true;
        }
        String wd = c.g("wd");
        String before = previousWord(text, c.start());
        String number = wd.substring(wd.lastIndexOf(' ') + 1);
        boolean marked = Character.isUpperCase(number.charAt(0)) || Character.isDigit(number.charAt(0))
                || VietnameseNormalizer.key(wd).startsWith("chủ");
        if (Character.isDigit(number.charAt(0))) {
            // "thứ 5" in figures is as often a rank ("xếp thứ 2", "phiên bản thứ 5") as a day: alone it is a day
            // only after a word that introduces a time, or opening a clause
            return before.isEmpty() || WEEKDAY_CUES.contains(before) || DIGIT_WEEKDAY_CUES.contains(before);
        }
        if (marked) {
            return !ORDINAL_NOUNS.contains(before);
        }
        return WEEKDAY_CUES.contains(before);
    }

    /** The date a candidate writes out in full, for inferring the year of the others. */
    private static Optional<LocalDate> writtenDate(Candidate c) {
        try {
            String y = first(c.g("y"), c.g("y2"), c.g("y3"));
            if (y == null) {
                return Optional.empty();
            }
            int year = Integer.parseInt(y);
            return switch (c.kind()) {
                case DATE, CLOCK -> Optional.of(LocalDate.of(year, Integer.parseInt(first(c.g("m"), c.g("m2"))),
                        Integer.parseInt(first(c.g("d"), c.g("d2")))));
                case MONTH -> Optional.of(LocalDate.of(year, Integer.parseInt(c.g("m")), 1));
                case YEAR -> Optional.of(LocalDate.of(year, 1, 1));
                default -> Optional.empty();
            };
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Optional<TimeExpression> resolve(String text, Candidate c, Reference ref, Optional<LocalDate> previous) {
        try {
            return switch (c.kind()) {
                case DATE -> date(text, c, ref);
                case CLOCK -> clock(text, c, ref, previous);
                case RELATIVE_DAY -> relativeDay(text, c, ref);
                case WEEK -> week(text, c, ref);
                case SAME_DAY -> previous.map(p -> expression(text, c, p.plusDays(daysLater(c)), TimePrecision.DAY,
                        TimeAnchor.PREVIOUS_EXPRESSION));
                case MONTH -> month(text, c, ref);
                case YEAR -> year(text, c, ref);
                case WEEKDAY -> ref.published().map(pub -> expression(text, c,
                        weekdayOf(pub, c.g("wd"), null, c.g("dir")), TimePrecision.DAY, TimeAnchor.PUBLICATION));
                case LUNAR -> lunar(text, c, ref);
            };
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty(); // "ngày 31/2", "25h": not a time
        }
    }

    private Optional<TimeExpression> date(String text, Candidate c, Reference ref) {
        int day = Integer.parseInt(first(c.g("d"), c.g("d2")));
        int month = Integer.parseInt(first(c.g("m"), c.g("m2")));
        String y = first(c.g("y"), c.g("y2"), c.g("y3"));
        Optional<Dated> dated;
        if (c.g("rel") != null && VietnameseNormalizer.key(c.g("rel")).contains("qua") && y == null) {
            dated = ref.dayMonth(day, month); // "hôm qua 9/1": the written date decides
        } else {
            dated = y != null ? Optional.of(new Dated(LocalDate.of(Integer.parseInt(y), month, day), TimeAnchor.ABSOLUTE))
                    : ref.dayMonth(day, month);
        }
        if (dated.isEmpty()) {
            return Optional.empty();
        }
        if (c.g("th") != null) {
            LocalTime t = LocalTime.of(Integer.parseInt(c.g("th")), c.g("tm") == null ? 0 : Integer.parseInt(c.g("tm")));
            return Optional.of(instant(text, c, dated.get().date(), t, dated.get().anchor()));
        }
        return Optional.of(expression(text, c, dated.get().date(), TimePrecision.DAY, dated.get().anchor()));
    }

    /** A lunar day: the Gregorian day of the lunar year that puts it nearest to the reference. */
    private Optional<TimeExpression> lunar(String text, Candidate c, Reference ref) {
        int day;
        int month;
        if (c.g("td") != null) {
            day = dayOfWord(c.g("td"));
            month = 1; // "mùng 1 Tết": the first lunar month
        } else if (c.g("ld2") != null) {
            day = Integer.parseInt(c.g("ld2"));
            month = Integer.parseInt(c.g("lm2"));
        } else {
            String ld = VietnameseNormalizer.key(c.g("ld"));
            day = ld.equals("rằm") ? 15 : Integer.parseInt(ld);
            month = monthOfWord(c.g("lm"));
        }
        return ref.lunar(day, month).map(d -> expression(text, c, d.date(), TimePrecision.DAY, d.anchor()));
    }

    private Optional<TimeExpression> clock(String text, Candidate c, Reference ref, Optional<LocalDate> previous) {
        int hour = c.g("h") != null ? Integer.parseInt(c.g("h")) : dayOfWord(c.g("hw"));
        String minutes = first(c.g("mi"), c.g("mi2"), c.g("mi3"), c.g("mi4"));
        int minute = c.g("half") != null ? 30 : minutes == null ? 0 : Integer.parseInt(minutes);
        if (c.g("pod") != null) {
            String pod = VietnameseNormalizer.key(c.g("pod"));
            boolean afternoon = pod.startsWith("chiều") || pod.startsWith("tối")
                    || (pod.startsWith("trưa") && hour < 3) || (pod.equals("đêm") && hour >= 7);
            if (afternoon && hour < 12) {
                hour += 12;
            }
        }
        LocalTime time = LocalTime.of(hour, minute);
        Optional<Dated> dated;
        if (c.g("d") != null) {
            int day = Integer.parseInt(c.g("d"));
            int month = Integer.parseInt(c.g("m"));
            dated = c.g("y") != null
                    ? Optional.of(new Dated(LocalDate.of(Integer.parseInt(c.g("y")), month, day), TimeAnchor.ABSOLUTE))
                    : ref.dayMonth(day, month);
        } else if (c.g("rp") != null || (c.g("rd") != null && !sameDayWord(c.g("rd")))) {
            String word = VietnameseNormalizer.key(first(c.g("rp"), c.g("rd"))).replaceAll("[ \\u00A0]+", " ");
            if (word.endsWith("sau")) {
                return previous.map(p -> instant(text, c, p.plusDays(1), time, TimeAnchor.PREVIOUS_EXPRESSION));
            }
            int shift = word.endsWith("qua") ? -1 : word.endsWith("kia") ? -2 : word.endsWith("mai") ? 1 : 0;
            dated = ref.published().map(p -> new Dated(p.plusDays(shift), TimeAnchor.PUBLICATION));
        } else if (c.g("cwd") != null) {
            dated = ref.published().map(p -> new Dated(weekdayOf(p, c.g("cwd"), c.g("cwhich"), c.g("cdir")),
                    TimeAnchor.PUBLICATION));
        } else if (previous.isPresent()) {
            dated = Optional.of(new Dated(previous.get(), TimeAnchor.PREVIOUS_EXPRESSION));
        } else {
            dated = ref.published().map(p -> new Dated(p, TimeAnchor.PUBLICATION));
        }
        return dated.map(d -> instant(text, c, d.date(), time, d.anchor()));
    }

    private static int daysLater(Candidate c) {
        if (c.g("next") != null) {
            return 1;
        }
        String n = c.g("n");
        if (n == null) {
            return 0;
        }
        String key = VietnameseNormalizer.key(n);
        return Character.isDigit(key.charAt(0)) ? Integer.parseInt(key) : NUMBER_WORDS.get(key);
    }

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("một", 1), Map.entry("hai", 2),
            Map.entry("ba", 3), Map.entry("bốn", 4), Map.entry("tư", 4), Map.entry("năm", 5), Map.entry("sáu", 6),
            Map.entry("bảy", 7), Map.entry("bẩy", 7), Map.entry("tám", 8), Map.entry("chín", 9), Map.entry("mười", 10),
            Map.entry("mười một", 11), Map.entry("mười hai", 12), Map.entry("giêng", 1), Map.entry("chạp", 12));

    /** A day, hour or month in figures or words, 1–12 for words ("Chín" 9, "Mười Hai" 12, "Giêng" 1, "Chạp" 12). */
    private static int dayOfWord(String written) {
        String key = VietnameseNormalizer.key(written).replaceAll("[ \\u00A0]+", " ");
        if (Character.isDigit(key.charAt(0))) {
            return Integer.parseInt(key);
        }
        Integer n = NUMBER_WORDS.get(key);
        if (n == null) {
            throw new NumberFormatException("not a number word: " + written);
        }
        return n;
    }

    private static int monthOfWord(String written) {
        return dayOfWord(written);
    }

    private static boolean lunarMonthWord(String written) {
        String key = VietnameseNormalizer.key(written);
        return key.equals("giêng") || key.equals("chạp");
    }

    /**
     * The day a weekday names, seen from the publication day: with "tuần trước/này/tới" that day of that week; with
     * "tới" ("thứ Hai tới") the next one after publication; with "này" the one of the publication week; alone, the
     * latest on or before publication (news reports what happened).
     */
    private static LocalDate weekdayOf(LocalDate pub, String wd, String which, String dir) {
        DayOfWeek day = weekday(wd);
        if (which != null) {
            String w = VietnameseNormalizer.key(which);
            int weeks = w.equals("trước") || w.equals("rồi") ? -1 : w.equals("này") ? 0 : 1;
            return pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(weeks)
                    .with(TemporalAdjusters.nextOrSame(day));
        }
        if (dir != null) {
            return VietnameseNormalizer.key(dir).equals("này")
                    ? pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).with(TemporalAdjusters.nextOrSame(day))
                    : pub.with(TemporalAdjusters.next(day));
        }
        return pub.with(TemporalAdjusters.previousOrSame(day));
    }

    private Optional<TimeExpression> relativeDay(String text, Candidate c, Reference ref) {
        String word = VietnameseNormalizer.key(first(c.g("pw"), c.g("hw"), c.g("nw")));
        int shift = switch (word) {
            case "hôm nay", "nay" -> 0;
            case "hôm qua", "qua" -> -1;
            case "kia" -> c.g("hw") != null ? -2 : 2;
            case "mai" -> 1;
            default -> 0;
        };
        return ref.published().map(p -> expression(text, c, p.plusDays(shift), TimePrecision.DAY,
                TimeAnchor.PUBLICATION));
    }

    /** "cùng ngày", "hôm đó": the day of the previous expression. */
    private static boolean sameDayWord(String rd) {
        String key = VietnameseNormalizer.key(rd);
        return key.startsWith("cùng") || key.endsWith("đó");
    }

    private Optional<TimeExpression> week(String text, Candidate c, Reference ref) {
        String which = VietnameseNormalizer.key(c.g("which"));
        int weeks = switch (which) {
            case "trước", "rồi" -> -1;
            case "sau", "tới" -> 1;
            default -> 0;
        };
        return ref.published().map(p -> {
            LocalDate monday = p.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(weeks);
            LocalDate day = c.g("wd") == null ? monday
                    : monday.with(TemporalAdjusters.nextOrSame(weekday(c.g("wd"))));
            return expression(text, c, day, TimePrecision.DAY, TimeAnchor.PUBLICATION);
        });
    }

    private Optional<TimeExpression> month(String text, Candidate c, Reference ref) {
        if (c.g("rel") != null) {
            String rel = VietnameseNormalizer.key(c.g("rel"));
            int shift = rel.equals("trước") ? -1 : rel.equals("này") ? 0 : 1;
            return ref.published().map(p -> expression(text, c, p.withDayOfMonth(1).plusMonths(shift),
                    TimePrecision.MONTH, TimeAnchor.PUBLICATION));
        }
        int month = Integer.parseInt(c.g("m"));
        if (month < 1 || month > 12) {
            return Optional.empty();
        }
        Optional<Dated> dated;
        if (c.g("y") != null) {
            dated = Optional.of(new Dated(LocalDate.of(Integer.parseInt(c.g("y")), month, 1), TimeAnchor.ABSOLUTE));
        } else if (c.g("yrel") != null) {
            String rel = VietnameseNormalizer.key(c.g("yrel"));
            int shift = rel.equals("nay") ? 0 : rel.equals("ngoái") || rel.equals("trước") ? -1 : 1;
            dated = ref.year().map(d -> new Dated(LocalDate.of(d.date().getYear() + shift, month, 1), d.anchor()));
        } else {
            dated = ref.month(month, futureCue(text, c.start()));
        }
        return dated.map(d -> expression(text, c, d.date(), TimePrecision.MONTH, d.anchor()));
    }

    /** Words of a plan, a forecast or a deadline: a month named after them may be ahead of the publication. */
    private static final Pattern FUTURE_CUE = Pattern.compile("(?iu)(?<![\\p{L}\\p{M}])(?:sẽ|dự kiến|kế hoạch"
            + "|dự định|dự báo|sắp|chậm nhất|hạn chót|hạn cuối|trước khi|phấn đấu|năm tới|năm sau)(?![\\p{L}\\p{M}])");

    /**
     * Words of a sentence that tells an earlier event: "Năm 2023, một bệnh viện khác từng bị tấn công", "Lần gần
     * nhất tỉnh ghi nhận ổ dịch là năm 2014".
     */
    private static final Pattern BACKGROUND = Pattern.compile("(?iu)(?<![\\p{L}\\p{M}])"
            + "(?:từng|trước đó|trước đây|cách đây|lần gần nhất|lần gần đây nhất|lần trước|lần cuối)"
            + "(?![\\p{L}\\p{M}])");

    /**
     * Whether the sentence around {@code at} tells an earlier event: its year ("Năm 2023, … từng bị tấn công") is
     * background, not the year of the story, and gives no year to the document's day-months.
     */
    private static boolean background(String text, int at) {
        return BACKGROUND.matcher(sentenceAround(text, at)).find();
    }

    private static String sentenceAround(String text, int at) {
        int from = at;
        while (from > 0 && ".;!?\n".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = at;
        while (to < text.length() && ".;!?\n".indexOf(text.charAt(to)) < 0) {
            to++;
        }
        return text.substring(from, to);
    }

    /** Whether the sentence around {@code at} speaks of the future ("Đến tháng Mười Hai, công trình sẽ cất nóc"). */
    private static boolean futureCue(String text, int at) {
        return FUTURE_CUE.matcher(sentenceAround(text, at)).find();
    }

    private Optional<TimeExpression> year(String text, Candidate c, Reference ref) {
        if (c.g("y") != null) {
            return Optional.of(expression(text, c, LocalDate.of(Integer.parseInt(c.g("y")), 1, 1), TimePrecision.YEAR,
                    TimeAnchor.ABSOLUTE));
        }
        String rel = VietnameseNormalizer.key(c.g("rel"));
        int shift = switch (rel) {
            case "nay" -> 0;
            case "ngoái", "trước" -> -1;
            default -> 1;
        };
        return ref.year().map(d -> expression(text, c, LocalDate.of(d.date().getYear() + shift, 1, 1),
                TimePrecision.YEAR, d.anchor()));
    }

    private static TimeExpression expression(String text, Candidate c, LocalDate date, TimePrecision precision,
                                             TimeAnchor anchor) {
        return new TimeExpression(text.substring(c.start(), c.end()), date, Optional.empty(), precision, anchor,
                c.start(), c.end());
    }

    private static TimeExpression instant(String text, Candidate c, LocalDate date, LocalTime time, TimeAnchor anchor) {
        return new TimeExpression(text.substring(c.start(), c.end()), date, Optional.of(time), TimePrecision.INSTANT,
                anchor, c.start(), c.end());
    }

    private static DayOfWeek weekday(String written) {
        String key = VietnameseNormalizer.key(written).replaceAll("[ \\u00A0]+", " ");
        if (key.startsWith("chủ")) {
            return DayOfWeek.SUNDAY;
        }
        String number = key.substring(key.lastIndexOf(' ') + 1);
        int n = Character.isDigit(number.charAt(0)) ? Integer.parseInt(number) : WEEKDAY_NUMBERS.get(number);
        return DayOfWeek.of(n - 1); // thứ Hai (2) is Monday (1)
    }

    private static String previousWord(String text, int pos) {
        int p = pos;
        while (p > 0 && (text.charAt(p - 1) == ' ' || text.charAt(p - 1) == '\u00A0')) {
            p--;
        }
        int end = p;
        while (p > 0 && (Character.isLetterOrDigit(text.charAt(p - 1))
                || Character.getType(text.charAt(p - 1)) == Character.NON_SPACING_MARK)) {
            p--;
        }
        return VietnameseNormalizer.key(text.substring(p, end));
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** A resolved day with what anchored it. */
    record Dated(LocalDate date, TimeAnchor anchor) {
    }

    /**
     * What day-months, months and relative years resolve against: the publication day, else the latest full
     * date the document writes (or the most frequent written year), else the user's year.
     */
    record Reference(Optional<LocalDate> published, Optional<LocalDate> inferredDay, OptionalInt inferredYear,
                     OptionalInt givenYear) {
        static Reference of(TimeContext context, List<LocalDate> written, List<LocalDate> fullDays) {
            Optional<LocalDate> published = context.published().map(p -> p.date());
            if (published.isPresent()) {
                return new Reference(published, Optional.empty(), OptionalInt.empty(), context.givenYear());
            }
            // full dates (day precision) are the best evidence; a month or year alone gives only the year
            Optional<LocalDate> latestDay = Optional.empty();
            Map<Integer, Integer> yearCounts = new HashMap<>();
            for (LocalDate d : written) {
                yearCounts.merge(d.getYear(), 1, Integer::sum);
            }
            for (LocalDate d : fullDays) {
                latestDay = latestDay.isEmpty() || d.isAfter(latestDay.get()) ? Optional.of(d) : latestDay;
            }
            OptionalInt year = yearCounts.entrySet().stream()
                    .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .map(e -> OptionalInt.of(e.getKey())).orElse(OptionalInt.empty());
            return new Reference(published, latestDay, year, context.givenYear());
        }

        Optional<Dated> dayMonth(int day, int month) {
            if (published.isPresent()) {
                return Optional.of(new Dated(nearest(published.get(), day, month), TimeAnchor.PUBLICATION));
            }
            if (inferredDay.isPresent()) {
                return Optional.of(new Dated(nearest(inferredDay.get(), day, month), TimeAnchor.INFERRED_YEAR));
            }
            if (inferredYear.isPresent()) {
                return Optional.of(new Dated(LocalDate.of(inferredYear.getAsInt(), month, day), TimeAnchor.INFERRED_YEAR));
            }
            if (givenYear.isPresent()) {
                return Optional.of(new Dated(LocalDate.of(givenYear.getAsInt(), month, day), TimeAnchor.GIVEN_YEAR));
            }
            return Optional.empty();
        }

        /**
         * A month without its year. Next to the publication day it is the one of the three years whose distance is
         * least, a month ahead counting double unless the clause speaks of the future ({@code future}): news reports
         * what has happened, so in an article of 4 December "vào tháng 5" is the May just gone (seven months back)
         * rather than the next (five ahead), while in June "tháng 9" is still the coming September (three ahead
         * against nine back), and in January "tháng 12" the December just gone. A tie keeps the publication's year.
         */
        Optional<Dated> month(int month, boolean future) {
            if (published.isEmpty()) {
                return dayMonth(1, month);
            }
            LocalDate pub = published.get();
            int here = pub.getYear() * 12 + pub.getMonthValue() - 1;
            LocalDate best = null;
            int bestCost = Integer.MAX_VALUE;
            for (int shift : new int[] {0, -1, 1}) { // the publication's year first: it wins a tie
                int y = pub.getYear() + shift;
                int apart = y * 12 + month - 1 - here;
                int cost = apart > 0 && !future ? 2 * apart : Math.abs(apart);
                if (cost < bestCost) {
                    best = LocalDate.of(y, month, 1);
                    bestCost = cost;
                }
            }
            return Optional.of(new Dated(best, TimeAnchor.PUBLICATION));
        }

        /** A lunar day-month in the lunar year (of three) whose Gregorian day is nearest to the reference. */
        Optional<Dated> lunar(int day, int month) {
            Optional<LocalDate> around = published.or(() -> inferredDay);
            if (around.isPresent()) {
                LocalDate best = null;
                for (int y = around.get().getYear() - 1; y <= around.get().getYear() + 1; y++) {
                    Optional<LocalDate> d = LunarCalendar.toGregorian(day, month, y, false);
                    if (d.isPresent() && (best == null || Math.abs(ChronoUnit.DAYS.between(around.get(), d.get()))
                            < Math.abs(ChronoUnit.DAYS.between(around.get(), best)))) {
                        best = d.get();
                    }
                }
                TimeAnchor anchor = published.isPresent() ? TimeAnchor.PUBLICATION : TimeAnchor.INFERRED_YEAR;
                return Optional.ofNullable(best).map(d -> new Dated(d, anchor));
            }
            OptionalInt year = inferredYear.isPresent() ? inferredYear : givenYear;
            TimeAnchor anchor = inferredYear.isPresent() ? TimeAnchor.INFERRED_YEAR : TimeAnchor.GIVEN_YEAR;
            return year.isPresent()
                    ? LunarCalendar.toGregorian(day, month, year.getAsInt(), false).map(d -> new Dated(d, anchor))
                    : Optional.empty();
        }

        Optional<Dated> year() {
            if (published.isPresent()) {
                return Optional.of(new Dated(published.get(), TimeAnchor.PUBLICATION));
            }
            if (inferredYear.isPresent()) {
                return Optional.of(new Dated(LocalDate.of(inferredYear.getAsInt(), 1, 1), TimeAnchor.INFERRED_YEAR));
            }
            return givenYear.isPresent()
                    ? Optional.of(new Dated(LocalDate.of(givenYear.getAsInt(), 1, 1), TimeAnchor.GIVEN_YEAR))
                    : Optional.empty();
        }

        /** The day-month in the year (of three) that puts it nearest to {@code around}. */
        private static LocalDate nearest(LocalDate around, int day, int month) {
            LocalDate best = null;
            long bestDistance = Long.MAX_VALUE;
            for (int y = around.getYear() - 1; y <= around.getYear() + 1; y++) {
                try {
                    LocalDate d = LocalDate.of(y, month, day);
                    long distance = Math.abs(ChronoUnit.DAYS.between(around, d));
                    if (distance < bestDistance) {
                        best = d;
                        bestDistance = distance;
                    }
                } catch (DateTimeException leapDay) {
                    // 29/2 exists only in some of the three years
                }
            }
            if (best == null) {
                throw new DateTimeException("no such day: " + day + "/" + month);
            }
            return best;
        }
    }
}
