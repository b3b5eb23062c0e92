package io.thoisu.quantity;

import io.thoisu.model.Approx;
import io.thoisu.model.Quantity;
import io.thoisu.model.Token;
import io.thoisu.model.TokenType;
import io.thoisu.text.VietnameseNormalizer;
import io.thoisu.text.WordSegmenter;
import io.thoisu.text.CaseFoldedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the numbers of Vietnamese news text with their qualifier and counted unit: "khoảng 5.800 đối tượng",
 * "hơn 75 máy bay vận tải", "3,2 tỷ đồng", "Hàng chục đối tượng", "mười lăm người", "7,5%".
 *
 * <p>Conventions (documented because the model has one number and one unit):
 * <ul>
 * <li>The dot groups thousands and the comma is the decimal mark ("1.300", "7,5"); a dot followed by one or
 * two digits is read as a decimal point, as in wire copy.</li>
 * <li>Scale words multiply the value: "2 triệu" is 2,000,000 and "3,2 tỷ đồng" is 3.2e9 with unit "đồng", so
 * figures written at different scales compare equal.</li>
 * <li>A range ("5-7 người", "từ 5 đến 7 người") gives the low end with {@code AT_LEAST} unless a qualifier
 * precedes it; {@link #recognizeMatches} keeps the upper end.</li>
 * <li>"hàng chục/trăm/nghìn" (tens/hundreds/thousands of) and "vài"/"mấy" + scale (a few) give their lower bound
 * (10, 100, 1000; vài = 2) with {@code AT_LEAST}.</li>
 * <li>After a classifier ("3 chiếc máy bay") the unit is the noun; the span still covers the classifier.</li>
 * <li>"âm" before a figure makes it negative and belongs to the span ("âm 196 độ C" is -196).</li>
 * </ul>
 * Not quantities: dates ("10/1", "13-1-2022", "ngày 13", "mùng 2"), times of day ("19h30", "19:17", "8 giờ
 * sáng"), years ("năm 2022", a bare 2022, "Phật lịch 2569"), ordinals ("thứ hai", "lần thứ 6", "lần 3", "ván
 * 5"), labels ("Điều 5", "Ảnh 1"), ratings ("4 sao"), codes ("0312456789", "57-NQ/TW", "1800 1090"), titles
 * ("“Mười năm”") and numbers inside names ("G20", "COVID-19", "Su-35", "LockBit 3.0").
 */
public final class QuantityRecognizer {
    private static final String WORD_CHAR = "[\\p{L}\\p{M}\\p{N}_]";
    /**
     * No case flags: the patterns are lower case and run on {@link CaseFoldedText}, which finds what
     * {@code CASE_INSENSITIVE | UNICODE_CASE} would on the source at a fraction of the cost.
     */
    private static final int FLAGS = 0;
    /** Words that start a quantity written in words, tried in this order (as a regex alternation would). */
    private static final char[][] FIRST_WORDS = {"hàng".toCharArray(), "vài".toCharArray(), "mấy".toCharArray(),
            "một".toCharArray(), "hai".toCharArray(), "ba".toCharArray(), "bốn".toCharArray(), "năm".toCharArray(),
            "sáu".toCharArray(), "bảy".toCharArray(), "bẩy".toCharArray(), "tám".toCharArray(),
            "chín".toCharArray(), "mười".toCharArray()};
    private static final byte DIGIT = 1;
    private static final byte FIRST_LETTER = 2;
    /** For every char: a digit, a char that folds to the first letter of a number word, or neither (0). */
    private static final byte[] STARTS = new byte[Character.MAX_VALUE + 1];

    static {
        StringBuilder firsts = new StringBuilder();
        for (char[] word : FIRST_WORDS) {
            firsts.append(word[0]);
        }
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (firsts.indexOf(String.valueOf(CaseFoldedText.fold((char) c))) >= 0) {
                STARTS[c] = FIRST_LETTER;
            }
        }
        for (char c = '0'; c <= '9'; c++) {
            STARTS[c] = DIGIT;
        }
    }

    /** A qualifier right before the number; leftmost match in the window is the longest. */
    private static final Pattern QUALIFIER = Pattern.compile("(?<!" + WORD_CHAR + ")(?:ít nhất|tối thiểu|trên dưới"
            + "|xấp xỉ|ước chừng|ước tính đạt|ước tính|ước đạt|ước|khoảng|chừng|gần|ngót|hơn|trên|lên tới|lên đến|tối đa|không quá"
            + "|chưa đến|chưa tới|chưa đầy|không tới|không đến|dưới|tới|đến|vượt ngưỡng|vượt mức|vượt|ngoài)[ \\u00A0]+$",
            FLAGS);
    private static final Map<String, Approx> APPROX = Map.ofEntries(
            Map.entry("ít nhất", Approx.AT_LEAST), Map.entry("tối thiểu", Approx.AT_LEAST),
            Map.entry("trên dưới", Approx.ABOUT), Map.entry("xấp xỉ", Approx.ABOUT),
            Map.entry("ước chừng", Approx.ABOUT), Map.entry("ước tính", Approx.ABOUT),
            Map.entry("ước tính đạt", Approx.ABOUT), Map.entry("ước đạt", Approx.ABOUT), Map.entry("ước", Approx.ABOUT),
            Map.entry("khoảng", Approx.ABOUT), Map.entry("chừng", Approx.ABOUT),
            Map.entry("gần", Approx.NEARLY), Map.entry("ngót", Approx.NEARLY),
            Map.entry("hơn", Approx.MORE_THAN), Map.entry("trên", Approx.MORE_THAN),
            Map.entry("lên tới", Approx.UP_TO), Map.entry("lên đến", Approx.UP_TO), Map.entry("tối đa", Approx.UP_TO),
            Map.entry("không quá", Approx.UP_TO), Map.entry("tới", Approx.UP_TO), Map.entry("đến", Approx.UP_TO),
            Map.entry("chưa đến", Approx.LESS_THAN), Map.entry("chưa tới", Approx.LESS_THAN),
            Map.entry("không tới", Approx.LESS_THAN), Map.entry("không đến", Approx.LESS_THAN),
            Map.entry("dưới", Approx.LESS_THAN), Map.entry("chưa đầy", Approx.LESS_THAN),
            // "vượt 90.000 lượt", "vượt ngưỡng 200": beyond; "ngoài 80 tuổi": past eighty (an age only, see qualifier)
            Map.entry("vượt", Approx.MORE_THAN), Map.entry("vượt ngưỡng", Approx.MORE_THAN),
            Map.entry("vượt mức", Approx.MORE_THAN), Map.entry("ngoài", Approx.MORE_THAN));
    /** Words after which a number names a day, month, year, hour, rank or label rather than counting. */
    private static final Set<String> NOT_COUNTED_AFTER = Set.of("ngày", "hôm", "tháng", "năm", "thứ", "sáng", "trưa",
            "chiều", "tối", "đêm", "khuya", "quý", "lúc", "kỷ", "số", "điều", "khoản", "chương", "mục", "vòng",
            "quận", "tập", "kỳ", "khóa", "khoá", "phiên", "hạng", "ảnh", "hình", "bảng", "đoạn", "phòng", "tầng", "lô",
            "top", "nhóm", "cấp", "mùa", "lớp", "phụ", "dòng", "mã",
            // a day of a month: "mùng 2"
            "mùng", "mồng",
            // labels that name a minute of a match, a bus line, a dose, a half, a channel, a grade
            "phút", "tuyến", "mũi", "hiệp", "kênh", "điểm");
    /**
     * Two-word labels whose second word alone is too common to list: "báo động 3", "cấp độ 4", and the roads
     * ("quốc lộ 1A", "tỉnh lộ 8"), whose "lộ" alone is also the end of "hối lộ 5 tỷ đồng" (a bribe of 5 billion).
     */
    private static final Set<String> TWO_WORD_LABELS = Set.of("báo động", "cấp độ", "mức độ", "giai đoạn",
            "phiên bản", "quốc lộ", "tỉnh lộ", "huyện lộ", "hương lộ");
    /** Words before "số" that make "số N" a count, not a number label: "trong số 14 người", "tổng số 120 hộ". */
    private static final Set<String> COUNTING_BEFORE_SO = Set.of("trong", "tổng", "con");
    /**
     * Nouns that number an occurrence or a unit when the figure follows them: "lần 3" (the third edition), "ván 5"
     * (game five), "đợt 2", "chặng 4", "Cảnh sát biển 2" (a coast-guard region), "tàu Cảnh sát biển 4033". Unlike
     * {@link #NOT_COUNTED_AFTER} they also end noun phrases before a count ("mỗi lần 5 người", "chuyến biển 18
     * ngày"), so they make a label only when no listed unit follows the figure.
     */
    private static final Set<String> ORDINAL_AFTER = Set.of("lần", "ván", "trận", "đợt", "chặng", "game", "biển",
            // a year of another calendar, "Phật lịch 2569", but "bóc lịch 7 năm tù" (served seven years)
            "lịch");
    /** Words before "N giờ" that make it a duration whatever follows: "kéo dài", "trong", "mất", "suốt". */
    private static final Set<String> LASTS = Set.of("dài", "trong", "mất", "suốt", "kéo");
    /** Parts of the day after "N giờ" that make it a clock time ("8 giờ sáng", "Chín giờ tối qua"), not hours. */
    private static final Set<String> PARTS_OF_DAY = Set.of("sáng", "trưa", "chiều", "tối", "đêm", "khuya", "rạng");
    /** Words right after a figure that make it a rating, not a count: "khách sạn 5 sao", "đạt chuẩn 4 sao". */
    private static final Set<String> RATING_AFTER = Set.of("sao");
    /** Verbs that take "tới"/"đến" as a preposition: "liên quan tới 12 vụ" is exactly 12, not up to 12. */
    private static final Set<String> GOVERNS_TOWARDS = Set.of("quan", "gửi", "đưa", "dẫn", "đi", "chuyển", "nhắc",
            "cập", "tặng", "trao");
    private static final Set<String> SCALE_WORDS = Set.of("nghìn", "ngàn", "triệu", "tỷ", "tỉ", "trăm", "chục");
    private static final Pattern AFTERWARDS = Pattern.compile("[ \\u00A0]+(trở lên|trở xuống)(?!" + WORD_CHAR + ")",
            FLAGS);

    private static final Pattern RANGE_WORD = Pattern.compile("[ \\u00A0]+(?:đến|tới)[ \\u00A0]+", FLAGS);
    private static final Pattern COMPOUND = Pattern.compile("[ \\u00A0]+(\\d{1,3}(?:,\\d+)?)[ \\u00A0]+"
            + "(triệu|nghìn|ngàn|trăm)(?!" + WORD_CHAR + ")", FLAGS);

    private final UnitLexicon units;
    /** Reads the compound after a number when the lexicon knows no unit there; see {@link #unknownNoun}. */
    private final WordSegmenter segmenter;
    /** Compounds that follow a bare number without being what it counts. */
    private static final Set<String> NOT_UNITS = Set.of("trở lên", "trở xuống", "so với", "liên tiếp", "tiếp theo",
            "trở lại", "vừa qua", "gần đây", "trước đó", "sau đó", "hiện nay", "hiện tại", "tới đây", "qua đó",
            "cùng với", "đối với", "trong đó", "bao gồm", "tương đương", "tương ứng", "kể từ", "trong khi",
            "thế giới", "toàn quốc", "cả nước", "chung cuộc", "quốc tế", "trên đây", "như vậy", "mỗi ngày",
            "mỗi năm", "mỗi tháng", "một lần", "nhưng không", "tuy nhiên", "vì vậy", "do đó", "dự kiến", "ước tính",
            "khoảng cách", "cùng kỳ", "năm ngoái", "năm nay", "năm trước", "tháng trước", "tuần trước", "hôm qua",
            "hôm nay", "ngày mai", "sáng nay", "chiều nay", "tối nay", "đêm qua");

    public QuantityRecognizer() {
        this.units = new UnitLexicon("/io/thoisu/quantity/units.txt");
        this.segmenter = SharedSegmenter.INSTANCE;
    }

    public List<Quantity> recognize(String text) {
        return recognizeMatches(text).stream().map(QuantityMatch::quantity).toList();
    }

    /** Like {@link #recognize} but keeps the upper end of ranges. */
    public List<QuantityMatch> recognizeMatches(String text) {
        List<QuantityMatch> out = new ArrayList<>();
        int from = 0;
        int lastEnd = 0;
        long found;
        while (from < text.length() && (found = nextCandidate(text, from)) >= 0) {
            int start = (int) (found >>> 32);
            int candidateEnd = (int) found;
            Attempt attempt = Character.isDigit(text.charAt(start))
                    ? digits(text, start, lastEnd) : words(text, start, candidateEnd, lastEnd);
            if (attempt.match != null) {
                out.add(attempt.match);
                lastEnd = attempt.match.quantity().end();
            }
            from = Math.max(attempt.resumeAt, start + 1);
        }
        return List.copyOf(out);
    }

    /**
     * The next place a quantity may start at or after {@code from}: a digit, or a number word ("hàng", "vài",
     * "mười"...) standing alone as a word. Start and end packed in a long, or -1. A hand-written scan: a regex
     * alternation tried at every position with case folding cost more than the rest of the recognizer.
     */
    private static long nextCandidate(String text, int from) {
        int n = text.length();
        boolean wordBefore = CaseFoldedText.wordCharBefore(text, from);
        for (int p = from; p < n; p++) {
            char c = text.charAt(p);
            byte start = STARTS[c];
            if (start == DIGIT) {
                return ((long) p << 32) | (p + 1);
            }
            if (start == FIRST_LETTER && !wordBefore) {
                char f = CaseFoldedText.fold(c);
                for (char[] word : FIRST_WORDS) {
                    int end = p + word.length;
                    if (word[0] != f || end > n) {
                        continue;
                    }
                    int i = 1;
                    while (i < word.length && word[i] == CaseFoldedText.fold(text.charAt(p + i))) {
                        i++;
                    }
                    if (i == word.length && !CaseFoldedText.wordCharAt(text, end)) {
                        return ((long) p << 32) | end;
                    }
                }
            }
            wordBefore = CaseFoldedText.wordCharBefore(text, p + 1);
        }
        return -1;
    }

    /** What one candidate gave: a match or nothing, and where scanning resumes. */
    private record Attempt(QuantityMatch match, int resumeAt) {
    }

    private Attempt digits(String text, int start, int lastEnd) {
        Cluster c = Cluster.read(text, start);
        if (c.end < 0) {
            return new Attempt(null, start + 1);
        }
        int resume = c.end;
        if (insideName(text, start) || c.hasTimeOrDateMark) {
            return new Attempt(null, resume);
        }
        String before = previousWordKey(text, start);
        if (NOT_COUNTED_AFTER.contains(before) && !countsAfterLabel(text, before, start, c.end)
                && !COMPOUNDS_ENDING_IN_A_LABEL.contains(previousWordKey(text, previousWordStart(text, start)) + " "
                + before)) {
            return new Attempt(null, resume);
        }
        if (TWO_WORD_LABELS.contains(previousWordKey(text, previousWordStart(text, start)) + " " + before)) {
            return new Attempt(null, resume);
        }
        if (productRatio(text, start, c.end)) {
            return new Attempt(null, resume); // "vắc xin 5 trong 1": a product's name
        }
        if (afterAcronym(text, start)) {
            return new Attempt(null, resume); // "RON 95", "Euro 5", "Quân khu 5" style labels
        }
        if (code(text, start, c)) {
            return new Attempt(null, resume); // "0312456789", "57-NQ/TW": a tax number, a phone, a document
        }
        int afterNumber = skipSpaces(text, c.end);
        if (ORDINAL_AFTER.contains(before) && (afterNumber == c.end || units.at(text, afterNumber).isEmpty())) {
            return new Attempt(null, resume); // "Liên hoan phim lần 3", "Ván 5 của loạt trận"
        }
        if (afterNumber > c.end && afterNumber + 3 <= text.length()
                && Character.toLowerCase(text.charAt(afterNumber)) == 's'
                && RATING_AFTER.contains(wordKeyAt(text, afterNumber))) {
            return new Attempt(null, resume); // "đạt chuẩn 4 sao": a rating
        }
        if (c.end < text.length() && Character.isLetter(text.charAt(c.end)) && units.at(text, c.end).isEmpty()) {
            return new Attempt(null, resume); // "5G", "3D": a name, not a count
        }
        double value;
        OptionalDouble upper = OptionalDouble.empty();
        if (c.parts.size() == 2) {
            double low = c.parts.get(0);
            double high = c.parts.get(1);
            if (!(high > low) || (isYear(c, 0) && isYear(c, 1))) {
                return new Attempt(null, resume); // "13-1" is a day, "2021-2022" a span of years, "2-1" a score
            }
            value = low;
            upper = OptionalDouble.of(high);
        } else if (c.parts.size() == 1) {
            value = c.parts.get(0);
        } else {
            return new Attempt(null, resume);
        }
        int end = c.end;
        int spanStart = start;
        // "từ 5 đến 7" — a range written with words; "từ 50 triệu đến 200 triệu đồng" scales each end
        if (upper.isEmpty() && before.equals("từ")) {
            int scaleEnd = end;
            long firstScale = 1;
            for (int next = skipSpaces(text, scaleEnd); next > scaleEnd && next < text.length(); ) {
                int we = wordEnd(text, next);
                String key = VietnameseNormalizer.key(text.substring(next, we));
                long s = SCALE_WORDS.contains(key) && !key.equals("chục") ? NumberWords.scaleOf(key) : 0;
                if (s == 0 || (firstScale > 1 && s <= firstScale)) {
                    break;
                }
                firstScale = firstScale == 1 ? s : firstScale * s;
                scaleEnd = we;
                next = skipSpaces(text, scaleEnd);
            }
            Matcher scaledTail = RANGE_WORD.matcher(new CaseFoldedText(text)).region(scaleEnd, text.length());
            if (firstScale > 1 && scaledTail.lookingAt()) {
                Cluster second = Cluster.read(text, scaledTail.end());
                if (second.end > 0 && !second.hasTimeOrDateMark && second.parts.size() == 1) {
                    Tail high = tail(text, second.end, second.parts.get(0), OptionalDouble.empty(), true);
                    double low = value * firstScale;
                    if (high.value > low) {
                        Tail range = new Tail(high.numberEnd, high.end, low, OptionalDouble.of(high.value), high.unit,
                                high.trailingApprox, high.guessed);
                        return new Attempt(build(text, previousWordStart(text, start), range, Approx.AT_LEAST,
                                lastEnd), range.end);
                    }
                }
            }
            Matcher rangeTail = RANGE_WORD.matcher(new CaseFoldedText(text)).region(end, text.length());
            if (rangeTail.lookingAt()) {
                Cluster second = Cluster.read(text, rangeTail.end());
                if (second.end > 0 && !second.hasTimeOrDateMark && second.parts.size() == 1
                        && second.parts.get(0) > value) {
                    upper = OptionalDouble.of(second.parts.get(0));
                    end = second.end;
                    spanStart = previousWordStart(text, start);
                }
            }
        }
        Tail tail = tail(text, end, value, upper, true);
        // a guessed unit is only the next compound ("2026 chính thức", "LockBit 3.0 lây lan"): it does not make a
        // year, a label or a code a count the way a listed unit does
        boolean bare = (tail.unit.isEmpty() && tail.end == end) || tail.guessed;
        if (isYear(c, 0) && c.parts.size() == 1 && bare) {
            return new Attempt(null, resume); // a bare 2022 is a year
        }
        if (spanStart == start
                && ((bare && tail.value == value && afterNameWord(text, start)) || afterBareNumber(text, start))
                && qualifier(text, start, lastEnd).isEmpty()) {
            // "SEA Games 33", "Km 15": a label; "1900 6868", "1800 1090 hoạt động": two figures side by side are one
            // code even when a noun follows, since news never writes two counts with only a space between them
            return new Attempt(null, resume);
        }
        if (clockTime(text, spanStart, tail, lastEnd)) {
            return new Attempt(null, resume); // "8 giờ sáng" is a time of day, not eight hours
        }
        if (before.equals("âm") && upper.isEmpty() && spanStart == start) {
            // "âm 196 độ C", "tăng trưởng âm 2%": "âm" (negative) belongs to the figure
            tail = new Tail(tail.numberEnd, tail.end, -tail.value, tail.upper, tail.unit, tail.trailingApprox,
                    tail.guessed);
            spanStart = previousWordStart(text, start);
        }
        return new Attempt(build(text, spanStart, tail, upper.isPresent() ? Approx.AT_LEAST : Approx.EXACT, lastEnd),
                tail.end);
    }

    private Attempt words(String text, int start, int firstEnd, int lastEnd) {
        String first = VietnameseNormalizer.key(text.substring(start, firstEnd));
        String before = previousWordKey(text, start);
        if (NOT_COUNTED_AFTER.contains(before)) {
            return new Attempt(null, firstEnd);
        }
        if (first.equals("hàng") || first.equals("vài") || first.equals("mấy")) {
            return vague(text, start, firstEnd, first, lastEnd);
        }
        List<int[]> bounds = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        int pos = start;
        int wordEnd = firstEnd;
        while (keys.size() < 12) {
            String key = VietnameseNormalizer.key(text.substring(pos, wordEnd));
            if (!NumberWords.isNumberWord(key)) {
                break;
            }
            keys.add(key);
            bounds.add(new int[] {pos, wordEnd});
            int next = skipSpaces(text, wordEnd);
            if (next == wordEnd || next >= text.length() || !Character.isLetter(text.charAt(next))) {
                break;
            }
            pos = next;
            wordEnd = wordEnd(text, next);
        }
        Optional<NumberWords.Reading> reading = NumberWords.read(keys);
        if (reading.isEmpty()) {
            return new Attempt(null, firstEnd);
        }
        int end = bounds.get(reading.get().words() - 1)[1];
        if (Character.isUpperCase(text.charAt(start)) && quotedTitle(text, start, end)) {
            return new Attempt(null, firstEnd);
        }
        // a lone number word ("ba", "năm") is too often something else to guess its noun ("năm cố định")
        Tail tail = tail(text, end, reading.get().value(), OptionalDouble.empty(), reading.get().words() > 1);
        if (clockTime(text, start, tail, lastEnd)) {
            return new Attempt(null, tail.end); // "Chín giờ sáng nay"
        }
        if (reading.get().words() == 1) {
            boolean capitalisedMidSentence = Character.isUpperCase(text.charAt(start)) && !sentenceStart(text, start);
            boolean hasQualifier = qualifier(text, start, lastEnd).isPresent();
            if (first.equals("một") || capitalisedMidSentence || (tail.unit.isEmpty() && !hasQualifier)) {
                return new Attempt(null, firstEnd);
            }
        }
        return new Attempt(build(text, start, tail, Approx.EXACT, lastEnd), tail.end);
    }

    /** "hàng chục", "hàng trăm nghìn", "vài", "vài trăm", "mấy chục": lower bounds. */
    private Attempt vague(String text, int start, int firstEnd, String first, int lastEnd) {
        double value = 1;
        int end = firstEnd;
        int scales = 0;
        while (true) {
            int next = skipSpaces(text, end);
            if (next == end || next >= text.length()) {
                break;
            }
            int we = wordEnd(text, next);
            String key = VietnameseNormalizer.key(text.substring(next, we));
            if (!SCALE_WORDS.contains(key)) {
                break;
            }
            value *= NumberWords.scaleOf(key);
            end = we;
            scales++;
        }
        if (scales == 0 && !first.equals("vài")) {
            return new Attempt(null, firstEnd);
        }
        if (first.equals("vài") || first.equals("mấy")) {
            value *= 2;
        }
        Tail tail = tailAfterScale(text, end, value, OptionalDouble.empty(), true);
        return new Attempt(build(text, start, tail, Approx.AT_LEAST, lastEnd), tail.end);
    }

    /** Scale, percent, unit and trailing qualifier after the number. */
    private record Tail(int numberEnd, int end, double value, OptionalDouble upper, Optional<String> unit,
                        Optional<Approx> trailingApprox, boolean guessed) {
    }

    private Tail tail(String text, int end, double value, OptionalDouble upper, boolean guessUnit) {
        double scale = 1;
        long lastScale = Long.MAX_VALUE;
        int pos = end;
        while (true) {
            int next = skipSpaces(text, pos);
            if (next >= text.length() || !Character.isLetter(text.charAt(next))) {
                break;
            }
            int we = wordEnd(text, next);
            String key = VietnameseNormalizer.key(text.substring(next, we));
            long s = SCALE_WORDS.contains(key) ? NumberWords.scaleOf(key) : 0;
            if (s == 0 || (next == pos && pos != end)) {
                break;
            }
            if (key.equals("chục") && scale > 1) {
                break;
            }
            scale = s >= lastScale || scale == 1 ? scale * s : scale;
            lastScale = s;
            pos = we;
        }
        double scaled = value * scale;
        OptionalDouble scaledUpper = upper.isPresent() ? OptionalDouble.of(upper.getAsDouble() * scale) : upper;
        // "1 tỷ 200 triệu": a smaller group after the first scale adds up
        if (scale > 1) {
            Matcher m = COMPOUND.matcher(new CaseFoldedText(text)).region(pos, text.length())
                    .useTransparentBounds(true);
            if (m.lookingAt()) {
                long s = NumberWords.scaleOf(VietnameseNormalizer.key(text.substring(m.start(2), m.end(2))));
                if (s < scale) {
                    scaled += Double.parseDouble(text.substring(m.start(1), m.end(1)).replace(',', '.')) * s;
                    pos = m.end();
                }
            }
        }
        return tailAfterScale(text, pos, scaled, scaledUpper, guessUnit);
    }

    private Tail tailAfterScale(String text, int pos, double value, OptionalDouble upper, boolean guessUnit) {
        int numberEnd = pos;
        Optional<String> unit = Optional.empty();
        boolean guessed = false;
        int end = pos;
        int next = pos < text.length() && text.charAt(pos) == '%' ? pos : skipSpaces(text, pos);
        if (next < text.length() && text.charAt(next) == '%') {
            unit = Optional.of("%");
            end = next + 1;
        } else if (next < text.length() && (next > pos || Character.isLetter(text.charAt(next)))) {
            Optional<UnitLexicon.Found> found = units.at(text, next);
            if (found.isEmpty() && next > pos && guessUnit) {
                found = unknownNoun(text, next);
                guessed = found.isPresent();
            }
            if (found.isPresent()) {
                UnitLexicon.Found f = found.get();
                unit = Optional.of(f.unit());
                end = f.end();
                if (f.classifier()) {
                    int noun = skipSpaces(text, end);
                    Optional<UnitLexicon.Found> after = noun > end ? units.at(text, noun) : Optional.empty();
                    if (after.isPresent() && !after.get().classifier()) {
                        unit = Optional.of(after.get().unit());
                        end = after.get().end();
                    }
                }
            }
        }
        Optional<Approx> trailing = Optional.empty();
        Matcher m = AFTERWARDS.matcher(new CaseFoldedText(text)).region(end, text.length())
                .useTransparentBounds(true);
        if (m.lookingAt()) {
            String which = VietnameseNormalizer.key(text.substring(m.start(1), m.end(1)));
            trailing = Optional.of(which.equals("trở lên") ? Approx.AT_LEAST : Approx.UP_TO);
            end = m.end();
        }
        return new Tail(numberEnd, end, value, upper, unit, trailing, guessed);
    }

    /**
     * A counted noun the lexicon lacks ("42 thí sinh", "14 văn kiện"): a Vietnamese number comes before what it
     * counts, so a lower-case compound word (two syllables or more, as the word segmenter reads it) right after a
     * bare number is taken as its unit, unless it is one of the few compounds that follow numbers as adverbs.
     */
    private Optional<UnitLexicon.Found> unknownNoun(String text, int from) {
        if (from >= text.length() || !Character.isLowerCase(text.charAt(from))) {
            return Optional.empty();
        }
        int end = from;
        int limit = Math.min(text.length(), from + 40);
        while (end < limit && ".,;:!?()[]“”\"\n…–/".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        List<Token> words = segmenter.segment(text.substring(from, end));
        if (words.isEmpty() || words.get(0).type() != TokenType.WORD) {
            return Optional.empty();
        }
        Token first = words.get(0);
        String written = first.text();
        if (written.indexOf(' ') < 0 && written.indexOf('\u00A0') < 0) {
            return Optional.empty(); // one syllable: too often a verb or a particle to guess
        }
        String key = VietnameseNormalizer.key(written.replace('\u00A0', ' ').replaceAll(" +", " "));
        if (NOT_UNITS.contains(key) || !written.equals(written.toLowerCase(java.util.Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of(new UnitLexicon.Found(from + first.end(), key, false));
    }

    /** One segmentation model for every recognizer: immutable once loaded, so sharing it is safe. */
    private static final class SharedSegmenter {
        static final WordSegmenter INSTANCE = new WordSegmenter();
    }

    private QuantityMatch build(String text, int numberStart, Tail tail, Approx fallback, int lastEnd) {
        Optional<int[]> q = qualifier(text, numberStart, lastEnd);
        int start = numberStart;
        Approx approx = tail.trailingApprox.orElse(fallback);
        if (q.isPresent()) {
            start = q.get()[0];
            approx = Approx.values()[q.get()[1]];
        }
        Quantity quantity = new Quantity(text.substring(start, tail.end), decimal(tail.value), approx, tail.unit,
                start, tail.end);
        return new QuantityMatch(quantity, tail.upper.isPresent() ? OptionalDouble.of(decimal(tail.upper.getAsDouble()))
                : tail.upper);
    }

    /**
     * The value as the decimal the text wrote: a decimal times a scale word is inexact in binary ("8,2 triệu" gives
     * 8199999.999999999, "1,1 triệu tỷ" 1.1000000000000001e15), so two sources writing the same figure would not
     * compare equal. Twelve significant digits are more than any news figure has.
     */
    static double decimal(double value) {
        if (value == 0 || Double.isNaN(value) || Double.isInfinite(value)) {
            return value;
        }
        return new java.math.BigDecimal(value).round(new java.math.MathContext(12)).doubleValue();
    }

    private static final Pattern MARGIN_AFTER = Pattern.compile("[\\d.,]+[ \\u00A0]*%?[ \\u00A0]*(?:so với|kế hoạch"
            + "|chỉ tiêu|dự toán|mục tiêu)");
    private static final Pattern AGE_AFTER = Pattern.compile("\\d{1,3}[ \\u00A0]+tuổi");

    /**
     * Compound verbs whose second syllable is also a label word: "nâng cấp 14 trạm" (upgraded), "cung cấp 500
     * suất" (supplied), "quỹ dự phòng 8,5 tỷ đồng" (the reserve fund), where "cấp 12" is a level and "phòng 8" a room.
     */
    private static final Set<String> COMPOUNDS_ENDING_IN_A_LABEL = Set.of("nâng cấp", "cung cấp", "dự phòng",
            "đề phòng");

    private static final Pattern MONEY_AFTER = Pattern.compile("[ \\u00A0]+(?:triệu|tỷ|tỉ|nghìn|ngàn)?[ \\u00A0]*"
            + "(?:đồng|usd|euro|yên|nhân dân tệ|baht)(?!" + WORD_CHAR + ")", FLAGS);

    /**
     * Whether the figure is money that cannot be a day, month or year: a sum written with a thousands dot or a scale
     * word, with its currency after it.
     */
    private static boolean price(String text, int start, int numberEnd) {
        String figure = text.substring(start, numberEnd);
        boolean large = figure.indexOf('.') > 0;
        Matcher m = MONEY_AFTER.matcher(new CaseFoldedText(text)).region(numberEnd, text.length())
                .useTransparentBounds(true);
        if (!m.lookingAt()) {
            return false;
        }
        String money = VietnameseNormalizer.key(text.substring(numberEnd, m.end()));
        return large || money.contains("triệu") || money.contains("tỷ") || money.contains("tỉ")
                || money.contains("nghìn") || money.contains("ngàn");
    }

    /** {start, approx ordinal} of a qualifier ending right before {@code numberStart}. */
    private static Optional<int[]> qualifier(String text, int numberStart, int lastEnd) {
        int windowStart = Math.max(lastEnd, numberStart - 16);
        if (windowStart >= numberStart) {
            return Optional.empty();
        }
        char last = text.charAt(numberStart - 1);
        if (last != ' ' && last != '\u00A0') {
            return Optional.empty(); // every qualifier is followed by a space
        }
        Matcher m = QUALIFIER.matcher(new CaseFoldedText(text)).region(windowStart, numberStart)
                .useTransparentBounds(true).useAnchoringBounds(true);
        if (!m.find()) {
            return Optional.empty();
        }
        String key = VietnameseNormalizer.key(text.substring(m.start(), m.end()).strip().replace('\u00A0', ' ').replaceAll(" +", " "));
        Approx approx = APPROX.get(key);
        if ((key.equals("tới") || key.equals("đến"))
                && GOVERNS_TOWARDS.contains(previousWordKey(text, m.start()))) {
            return Optional.empty();
        }
        if (key.startsWith("vượt") && MARGIN_AFTER.matcher(text).region(numberStart, text.length()).lookingAt()) {
            return Optional.empty(); // "vượt 4% kế hoạch": the margin over a plan is the figure itself
        }
        if (key.equals("ngoài") && !AGE_AFTER.matcher(text).region(numberStart, text.length()).lookingAt()) {
            return Optional.empty(); // "ngoài 3 bị can trên" (besides): "ngoài" qualifies an age only
        }
        return approx == null ? Optional.empty() : Optional.of(new int[] {m.start(), approx.ordinal()});
    }

    /**
     * "điều 12 xe chữa cháy": lower-case "điều" is also the verb "dispatch", and then a counted unit follows; the
     * label "Điều 5" (article 5 of a law) is capitalised or has no unit after it.
     */
    /**
     * Whether a figure after a label word counts all the same: "điều 12 xe" (dispatched twelve vehicles, where
     * "Điều 5" is an article of a law) and "trong số 14 người" (among fourteen, where "số 5" is a house number).
     */
    private boolean countsAfterLabel(String text, String before, int start, int numberEnd) {
        if (price(text, start, numberEnd)) {
            // "vé tháng 300.000 đồng", "lương tháng 12 triệu đồng" (a price per period, not a date), "hỗ trợ khẩn
            // cấp 20 triệu đồng" (money granted, not a level): a sum of money is never a date or a label
            return true;
        }
        if (before.equals("số")) {
            return COUNTING_BEFORE_SO.contains(previousWordKey(text, previousWordStart(text, start)));
        }
        if (!before.equals("điều")) {
            return false;
        }
        int wordStart = previousWordStart(text, start);
        if (Character.isUpperCase(text.charAt(wordStart))) {
            return false;
        }
        int next = skipSpaces(text, numberEnd);
        return next > numberEnd && units.at(text, next).isPresent();
    }

    /**
     * A bare number right after a capitalised word that does not open the sentence is the tail of a name or label
     * ("SEA Games 33", "Km 15+300", "Quân đoàn 12"): a count would carry its unit.
     */
    private static boolean afterNameWord(String text, int start) {
        int s = previousWordStart(text, start);
        if (s == start || s + 1 >= start || !Character.isUpperCase(text.charAt(s))) {
            return false;
        }
        int gap = s;
        while (gap < start && Character.isLetter(text.charAt(gap))) {
            gap++;
        }
        return gap < start && Character.isWhitespace(text.charAt(gap)) && !sentenceStart(text, s);
    }

    /**
     * A number right after another number and a space is one code ("1900 6868", "0912 345 678"); the number before
     * must stand alone ("NH3 0,3 mg/l" is a name then a count).
     */
    private static boolean afterBareNumber(String text, int start) {
        int p = start;
        while (p > 0 && (text.charAt(p - 1) == ' ' || text.charAt(p - 1) == '\u00A0')) {
            p--;
        }
        if (p == start || p == 0 || !Character.isDigit(text.charAt(p - 1))) {
            return false;
        }
        while (p > 0 && (Character.isDigit(text.charAt(p - 1)) || text.charAt(p - 1) == '.'
                || text.charAt(p - 1) == ',')) {
            p--;
        }
        return p == 0 || !CaseFoldedText.wordCharAt(text, p - 1);
    }

    /**
     * A figure that is a code, not a count: four digits or more opening with 0 (a tax number, a phone number, "0312
     * 456 789"), or a figure glued by "-" or "/" to letters after it (a document number, "57-NQ/TW", "12/QĐ-UBND").
     */
    private static boolean code(String text, int start, Cluster c) {
        if (c.plainDigits && text.charAt(start) == '0') {
            int digits = start;
            while (digits < c.end && Character.isDigit(text.charAt(digits))) {
                digits++;
            }
            if (digits - start >= 4) {
                return true; // "0-100 km/h" is a range from zero
            }
        }
        int e = c.end;
        return e + 1 < text.length() && (text.charAt(e) == '-' || text.charAt(e) == '/')
                && Character.isLetter(text.charAt(e + 1));
    }

    /**
     * "ca khúc “Mười năm”": a numeral in words that fills a whole quotation, capitalised, with at most one word
     * after it, is a title (a song, a film, a book), not a count.
     */
    private static boolean quotedTitle(String text, int start, int numberEnd) {
        int open = start - 1;
        if (open < 0 || "\"“'‘«".indexOf(text.charAt(open)) < 0) {
            return false;
        }
        int p = skipSpaces(text, numberEnd);
        if (p > numberEnd && p < text.length() && Character.isLetter(text.charAt(p))) {
            p = wordEnd(text, p); // "Mười năm", "Ba ngày": one word of its own after the numeral
        }
        return p < text.length() && "\"”'’»".indexOf(text.charAt(p)) >= 0;
    }

    /**
     * "N giờ" followed by a part of the day names an hour of the clock ("8 giờ sáng"), unless a verb of duration
     * governs it: in "kéo dài gần ba giờ chiều 26/9" the part of the day belongs to the date and the hours last.
     */
    private static boolean clockTime(String text, int numberStart, Tail tail, int lastEnd) {
        if (tail.unit.isEmpty() || !tail.unit.get().equals("giờ")) {
            return false;
        }
        int next = skipSpaces(text, tail.end);
        if (next == tail.end || next >= text.length() || !PARTS_OF_DAY.contains(wordKeyAt(text, next))) {
            return false;
        }
        int start = qualifier(text, numberStart, lastEnd).map(q -> q[0]).orElse(numberStart);
        return !LASTS.contains(previousWordKey(text, start));
    }

    /** The key of the word starting at {@code pos}. */
    private static String wordKeyAt(String text, int pos) {
        return VietnameseNormalizer.key(text.substring(pos, wordEnd(text, pos)));
    }

    /** "5 trong 1", "3 trong 1": a number before or after "trong" joined to another number names a product. */
    private static boolean productRatio(String text, int start, int end) {
        if (previousWordKey(text, start).equals("trong")) {
            int w = previousWordStart(text, start);
            int p = w;
            while (p > 0 && (text.charAt(p - 1) == ' ' || text.charAt(p - 1) == '\u00A0')) {
                p--;
            }
            if (p < w && p > 0 && Character.isDigit(text.charAt(p - 1))) {
                return true;
            }
        }
        int next = skipSpaces(text, end);
        if (next > end && text.regionMatches(true, next, "trong", 0, 5)) {
            int digit = skipSpaces(text, next + 5);
            return digit > next + 5 && digit < text.length() && Character.isDigit(text.charAt(digit));
        }
        return false;
    }

    /** "RON 95", "ASEAN 2": a number right after an all-capitals word is part of a name or label. */
    private static boolean afterAcronym(String text, int start) {
        int s = previousWordStart(text, start);
        if (s == start) {
            return false;
        }
        int e = s;
        while (e < start && Character.isLetter(text.charAt(e))) {
            e++;
        }
        if (e - s < 2) {
            return false;
        }
        for (int i = s; i < e; i++) {
            if (!Character.isUpperCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** "G20", "COVID-19", "Su-35", "GMT+7": a number glued to letters is part of a name. */
    private static boolean insideName(String text, int start) {
        if (start == 0) {
            return false;
        }
        char before = text.charAt(start - 1);
        if (Character.isLetter(before) || before == '_' || before == '.' || before == ',' || before == '/') {
            return true;
        }
        return (before == '-' || before == '+' || before == '#') && start >= 2
                && Character.isLetterOrDigit(text.charAt(start - 2));
    }

    private static boolean isYear(Cluster c, int part) {
        double v = c.parts.get(part);
        return c.plainDigits && v >= 1800 && v <= 2100 && v == Math.rint(v);
    }

    static int skipSpaces(String text, int pos) {
        int p = pos;
        while (p < text.length() && (text.charAt(p) == ' ' || text.charAt(p) == '\u00A0' || text.charAt(p) == '\t')) {
            p++;
        }
        return p;
    }

    static int wordEnd(String text, int pos) {
        int p = pos;
        while (p < text.length() && (Character.isLetter(text.charAt(p)) || Character.getType(text.charAt(p))
                == Character.NON_SPACING_MARK)) {
            p++;
        }
        return p;
    }

    private static int previousWordStart(String text, int pos) {
        int p = pos;
        while (p > 0 && (text.charAt(p - 1) == ' ' || text.charAt(p - 1) == '\u00A0' || text.charAt(p - 1) == '\t')) {
            p--;
        }
        int end = p;
        while (p > 0 && (Character.isLetter(text.charAt(p - 1))
                || Character.getType(text.charAt(p - 1)) == Character.NON_SPACING_MARK)) {
            p--;
        }
        return p == end ? pos : p;
    }

    /** The key of the word right before {@code pos} (spaces between), or "" when punctuation intervenes. */
    private static String previousWordKey(String text, int pos) {
        int s = previousWordStart(text, pos);
        if (s == pos) {
            return "";
        }
        int e = s;
        while (e < pos && text.charAt(e) != ' ' && text.charAt(e) != '\u00A0' && text.charAt(e) != '\t') {
            e++;
        }
        return VietnameseNormalizer.key(text.substring(s, e));
    }

    private static boolean sentenceStart(String text, int pos) {
        int p = pos - 1;
        while (p >= 0 && Character.isWhitespace(text.charAt(p))) {
            p--;
        }
        if (p < 0) {
            return true;
        }
        char c = text.charAt(p);
        return c == '.' || c == '!' || c == '?' || c == '\n' || c == '"' || c == '“' || c == ':' || c == '('
                || c == '-' || c == '–' || c == '…' || pos > 0 && text.charAt(pos - 1) == '\n';
    }
}
