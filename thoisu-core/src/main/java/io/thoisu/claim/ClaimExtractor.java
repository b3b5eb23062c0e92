package io.thoisu.claim;

import io.thoisu.entity.ArticleWords;
import io.thoisu.entity.Word;
import io.thoisu.model.Article;
import io.thoisu.model.Claim;
import io.thoisu.model.EntityMention;
import io.thoisu.model.EntityType;
import io.thoisu.model.Quantity;
import io.thoisu.model.Quote;
import io.thoisu.model.Sentence;
import io.thoisu.model.TimeExpression;
import io.thoisu.model.TimePrecision;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Claims: a figure in a sentence, what it counts, who puts it forward and the date it refers to.
 *
 * <p>Every counted quantity is a claim, a city's population ("thành phố 2 triệu dân") included: it is a figure the
 * article asserts, and sources disagree about populations as about casualties. Not claims: numbers inside a time
 * expression (dates, years), and numbers with nothing counted after them and no subject before them.
 *
 * <p>A claim's value is the number a reader compares across sources, so it is the quantity recognizer's value: scale
 * words multiplied ("3,2 tỷ đồng" is 3.2e9, unit "đồng"), a range its low end with {@code at-least}, "hàng chục" 10
 * with {@code at-least}. Percentages, money, measures and durations ("12 năm tù", "kéo dài 74 phút") are claims.
 * Also not claims: "hai nước", "hai bên", "hai nhà lãnh đạo" spelt out with no qualifier, which name the two
 * parties already introduced ("both") rather than count them; and a time span that frames when something happens
 * ("sau 5 ngày xét xử", "trong hai năm", "24 giờ tới", "vài ngày nữa") rather than being the figure asserted.
 * Attribution: the speaker of the quote that contains the figure ("Bộ Nội vụ cho biết …"), else a "theo X" source
 * in the sentence, else the article's outlet. Date: the sentence's time expression nearest before the figure (else
 * the first after it), else the article's publication day. Times that are not the figure's own are passed over:
 * a birth year ("sinh năm 2002"), a comparison baseline ("so với năm trước", "cùng kỳ năm ngoái") and the start
 * of a period running to now ("từ năm 2015 đến nay", whose figure is a running total as of publication).
 */
public final class ClaimExtractor {
    /** Words that end the noun phrase a figure counts. */
    private static final Set<String> STOPS = Set.of("và", "với", "trong", "tại", "ở", "từ", "nhằm", "để", "thuộc", "của",
            "khỏi", "tới", "đến", "cho", "nhưng", "tuy", "khi", "sau", "trước", "vào", "theo", "so", "hay", "hoặc",
            "là", "thì", "mà", "nên", "do", "vì", "trên", "dưới", "gồm", "kể", "như");
    /** Aspect markers dropped from "what is counted" ("đã bị bắt giữ" → "bị bắt giữ"). */
    private static final Set<String> ASPECT = Set.of("đã", "đang", "sẽ", "cũng", "vừa", "mới", "đều", "bị", "được");
    /** Predicates that say what happened to what is counted, kept in {@code about}. */
    private static final Set<String> STATES = Set.of("bị", "thiệt", "tử", "mất", "chết", "bắt", "được", "thương");
    private static final int MAX_ABOUT_WORDS = 8;

    public List<Claim> extract(Article article, List<Sentence> sentences, List<EntityMention> entities,
                               List<TimeExpression> times, List<Quantity> quantities, List<Quote> quotes) {
        return extract(article, ArticleWords.scan(article.text(), sentences), entities, times, quantities, quotes);
    }

    /** The same on an article already scanned into words (the scan the entity recognizer used). */
    public List<Claim> extract(Article article, ArticleWords scanned, List<EntityMention> entities,
                               List<TimeExpression> times, List<Quantity> quantities, List<Quote> quotes) {
        List<Sentence> sentences = scanned.sentenceSpans();
        String text = article.text();
        List<Claim> out = new ArrayList<>();
        Set<Quantity> parts = ClockReadings.parts(text, quantities);
        Map<Quantity, Optional<Quantity>> ranges = Ranges.spelledOut(text, quantities);
        for (Quantity q : quantities) {
            if (insideTime(q, times) || insideName(q, entities)) {
                continue; // "Quân khu 5", "Nghị định 13": the number is part of a name
            }
            if (parts.contains(q) || (ranges.containsKey(q) && ranges.get(q).isEmpty())) {
                continue; // "2 giờ 14 phút" (a race result), the upper end of "từ 60 kW đến 180 kW"
            }
            if (ranges.containsKey(q)) {
                q = ranges.get(q).get();
            }
            q = Ranges.openRange(text, q);
            int index = containing(sentences, q.start());
            if (index < 0) {
                continue;
            }
            Sentence s = sentences.get(index);
            List<Word> sentenceWords = scanned.words(index);
            if (namesBothParties(q, sentenceWords) || framesTime(q, sentenceWords)) {
                continue;
            }
            q = comparedBy(q, sentenceWords);
            String about = about(scanned.words(index, q.end(), s.end()), q);
            if (about.isEmpty() || countsDigits(about)) {
                continue;
            }
            Optional<String> attribution = attribution(text, sentenceWords, q, s, entities, quotes);
            if (attribution.isEmpty()) {
                attribution = article.outlet();
            }
            Optional<String> date = date(text, q, s, ownTimes(times, sentenceWords));
            if (date.isEmpty()) {
                date = article.published().map(p -> p.date().toString());
            }
            out.add(new Claim(article.id(), s.text(), q.value(), q.approx(), q.unit(), about, attribution, date,
                    s.start(), s.end()));
        }
        return out;
    }

    /** Spelt "hai" + a noun for the parties of a meeting or dispute: "the two countries", not a count of two. */
    private static final Set<String> PARTIES = Set.of("nước", "bên", "phía", "nhà lãnh đạo", "đoàn", "đội",
            "ngoại trưởng", "bộ trưởng", "nguyên thủ", "tổng thống", "thủ tướng", "ông", "bà", "người");
    /** Units of time: a count of them is a duration. */
    private static final Set<String> TIME_UNITS = Set.of("năm", "tháng", "tuần", "ngày", "giờ", "tiếng", "phút",
            "giây", "thập kỷ");
    /** Words before a duration that make it the frame of an event: "trong hai năm", "sau 5 ngày". */
    private static final Set<String> FRAME_BEFORE = Set.of("trong", "sau", "suốt", "vòng", "cách", "mất");
    /**
     * Words after a duration that make it a time relative to now or a part of a period: "24 giờ tới", "vài ngày
     * nữa", "3 năm trước", "6 tháng đầu năm".
     */
    private static final Set<String> FRAME_AFTER = Set.of("tới", "qua", "nữa", "trước", "sau", "gần", "vừa", "sắp",
            "đầu", "cuối");

    /** "lạm phát ở mức hai con số": the number of digits describes a magnitude; it counts nothing. */
    private static boolean countsDigits(String about) {
        String key = io.thoisu.text.VietnameseNormalizer.key(about);
        return key.equals("con số") || key.startsWith("con số ");
    }

    private static boolean namesBothParties(Quantity q, List<Word> words) {
        if (q.approx() != io.thoisu.model.Approx.EXACT || q.value() != 2) {
            return false;
        }
        int k = wordAt(words, q.start());
        if (k < 0 || !words.get(k).key().equals("hai")) {
            return false;
        }
        String one = k + 1 < words.size() ? words.get(k + 1).key() : "";
        String two = k + 2 < words.size() ? one + " " + words.get(k + 2).key() : one;
        String three = k + 3 < words.size() ? two + " " + words.get(k + 3).key() : two;
        return PARTIES.contains(one) || PARTIES.contains(two) || PARTIES.contains(three);
    }

    private static boolean framesTime(Quantity q, List<Word> words) {
        String unit = q.unit().map(u -> io.thoisu.text.VietnameseNormalizer.key(u)).orElse("");
        int k = wordAt(words, q.start());
        String before = k > 0 ? words.get(k - 1).key() : "";
        if (before.equals("sau") && ROUNDS.contains(unit)) {
            return true; // "sau 9 ván", "sau 22 vòng đấu": when a standing was reached, not a count of its own
        }
        if (!TIME_UNITS.contains(unit)) {
            return false;
        }
        int after = -1;
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).start() >= q.end()) {
                after = i;
                break;
            }
        }
        String next = after >= 0 && words.get(after).letter() ? words.get(after).key() : "";
        // "bị nhốt gần 3 tuần trước khi được giải cứu": "trước khi", "sau khi" open a clause (before, after); the
        // duration before them is the figure, not "3 weeks ago"
        boolean conjunction = after >= 0 && after + 1 < words.size() && words.get(after + 1).key().equals("khi");
        // "lãi suất kỳ hạn 12 tháng": the term names a deposit product, it is no figure of its own
        boolean term = before.equals("hạn") && k > 1 && words.get(k - 2).key().equals("kỳ");
        // "9 tháng năm nay", "10 tháng năm 2025": the months of a year a figure covers, a period like "6 tháng đầu năm"
        boolean monthsOfYear = unit.equals("tháng") && next.equals("năm");
        // "Khoảng 54 phút sau khi rời bệ phóng, …" opening the sentence: when the next event came, not a figure
        boolean opening = conjunction && next.equals("sau") && opensSentence(words, k);
        return term || monthsOfYear || opening || FRAME_BEFORE.contains(before)
                || (FRAME_AFTER.contains(next) && !conjunction);
    }

    /** Units of the rounds of a contest: "sau 9 ván", "sau 22 vòng đấu". */
    private static final Set<String> ROUNDS = Set.of("ván", "vòng", "vòng đấu", "lượt", "lượt trận", "trận", "hiệp");

    /** Whether only an approximation ("Khoảng", "Chỉ") stands before word {@code k} in its sentence. */
    private static boolean opensSentence(List<Word> words, int k) {
        for (int i = 0; i < k; i++) {
            if (words.get(i).letter() && !OPENING_APPROXIMATIONS.contains(words.get(i).key())) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> OPENING_APPROXIMATIONS = Set.of("khoảng", "chỉ", "gần", "hơn", "chừng", "sau");

    /** Two figures joined by a dash: a range ("15-20%", "30 – 50"). */
    private static final java.util.regex.Pattern RANGE = java.util.regex.Pattern.compile("\\d\\s*[-–]\\s*\\d");

    /** Adjectives that compare by a figure: "cao hơn 32% so với …" is higher by 32%, an exact difference. */
    private static final Set<String> COMPARATIVES = Set.of("cao", "thấp", "nhiều", "ít", "lớn", "nhỏ", "đắt", "rẻ",
            "nhanh", "chậm", "tăng", "giảm");

    /**
     * "cao hơn 32% so với cùng kỳ", "ít hơn 8 sự cố so với năm trước": "hơn" after an adjective of comparison,
     * with what is compared named after the figure, gives the difference, exactly; "hơn 300 dự án" alone stays
     * more than 300.
     */
    static Quantity comparedBy(Quantity q, List<Word> words) {
        if (q.approx() != io.thoisu.model.Approx.MORE_THAN) {
            return q;
        }
        int k = wordAt(words, q.start());
        if (k < 0) {
            return q;
        }
        int than = words.get(k).key().equals("hơn") ? k : k > 0 && words.get(k - 1).key().equals("hơn") ? k - 1 : -1;
        if (than < 1 || !COMPARATIVES.contains(words.get(than - 1).key())
                || (than > 1 && words.get(than - 2).key().equals("kéo"))) {
            return q;
        }
        if (RANGE.matcher(q.text()).find()) {
            // "cao hơn 15-20%": higher by 15 to 20 %, a range from its low end, as a range is read elsewhere
            return new Quantity(q.text(), q.value(), io.thoisu.model.Approx.AT_LEAST, q.unit(), q.start(), q.end());
        }
        for (int i = k + 1; i + 1 < words.size(); i++) {
            if (words.get(i).key().equals("so") && words.get(i + 1).key().equals("với")) {
                return new Quantity(q.text(), q.value(), io.thoisu.model.Approx.EXACT, q.unit(), q.start(), q.end());
            }
            if (words.get(i).is(",") || words.get(i).is(";")) {
                break;
            }
        }
        return q;
    }

    /** The times of a sentence that can date its figures (not a birth year, a baseline or a period's start). */
    private static List<TimeExpression> ownTimes(List<TimeExpression> times, List<Word> words) {
        if (words.isEmpty()) {
            return times;
        }
        int from = words.get(0).start();
        int to = words.get(words.size() - 1).end();
        List<TimeExpression> out = new ArrayList<>();
        for (TimeExpression t : times) {
            if (t.start() >= from && t.end() <= to && !borrowed(t, words)) {
                out.add(t);
            }
        }
        return out;
    }

    /** The now a period runs to: "đến nay", "đến giờ", "tới bây giờ", "đến hiện tại". */
    private static final Set<String> NOW = Set.of("nay", "giờ", "bây", "hiện");

    private static boolean borrowed(TimeExpression t, List<Word> words) {
        int k = wordAt(words, t.start());
        if (k < 0) {
            return false;
        }
        String b1 = k > 0 ? words.get(k - 1).key() : "";
        String b2 = k > 1 ? words.get(k - 2).key() + " " + b1 : "";
        if (b1.equals("sinh") || b2.equals("so với") || b2.equals("cùng kỳ") || b2.equals("cùng kì")) {
            return true;
        }
        // "so với Tết năm ngoái", "so với cùng thời điểm năm 2024": a baseline a few words before the time
        for (int j = k - 1; j > 0 && j >= k - 5 && words.get(j).letter(); j--) {
            if (words.get(j).key().equals("với") && words.get(j - 1).key().equals("so")) {
                return true;
            }
        }
        if (b1.equals("từ")) {
            int after = -1;
            for (int i = k; i < words.size(); i++) {
                if (words.get(i).start() >= t.end()) {
                    after = i;
                    break;
                }
            }
            // "từ năm 2015 đến nay", "Từ tối qua đến giờ", "từ tháng 3 tới bây giờ": a period running to now
            return after >= 0 && after + 1 < words.size()
                    && (words.get(after).key().equals("đến") || words.get(after).key().equals("tới"))
                    && NOW.contains(words.get(after + 1).key());
        }
        return false;
    }

    /** The index of the word starting at or containing {@code offset}, or -1. */
    private static int wordAt(List<Word> words, int offset) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).start() <= offset && offset < words.get(i).end()) {
                return i;
            }
        }
        return -1;
    }

    private static boolean insideTime(Quantity q, List<TimeExpression> times) {
        for (TimeExpression t : times) {
            if (q.start() < t.end() && q.end() > t.start()) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideName(Quantity q, List<EntityMention> entities) {
        for (EntityMention m : entities) {
            if (m.type() != EntityType.PER && m.start() <= q.start() && q.start() < m.end()) {
                return true;
            }
        }
        return false;
    }

    private static int containing(List<Sentence> sentences, int offset) {
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (s.start() <= offset && offset < s.end()) {
                return i;
            }
        }
        return -1;
    }

    /** The words after the figure that say what it counts, up to a preposition, a conjunction or punctuation. */
    static String about(List<Word> words, Quantity q) {
        List<String> kept = new ArrayList<>();
        boolean inPredicate = false;
        String unit = q.unit().orElse("");
        // the recognizer took the unit into its span: it is what is counted, in the article's spelling (the lexicon
        // may place a tone mark elsewhere: "uỷ viên" for the text's "ủy viên")
        if (!unit.isEmpty() && io.thoisu.text.VietnameseNormalizer.key(q.text())
                .endsWith(io.thoisu.text.VietnameseNormalizer.key(unit)) && q.text().length() >= unit.length()) {
            kept.add(q.text().substring(q.text().length() - unit.length()));
        }
        for (int k = 0; k < words.size() && kept.size() < MAX_ABOUT_WORDS; k++) {
            Word w = words.get(k);
            if (!w.letter() || STOPS.contains(w.key())) {
                break;
            }
            if (ASPECT.contains(w.key())) {
                // "đã bị bắt giữ": keep the state it leads to, drop the marker; any other verb ends the phrase
                int next = k + 1;
                boolean state = STATES.contains(w.key());
                while (!state && next < words.size() && ASPECT.contains(words.get(next).key())
                        && !STATES.contains(words.get(next).key())) {
                    next++;
                }
                if (!state && (next >= words.size() || !STATES.contains(words.get(next).key()))) {
                    break;
                }
                if (state && (w.key().equals("bị") || w.key().equals("được"))) {
                    kept.add(w.text());
                }
                inPredicate = true;
                continue;
            }
            if (inPredicate && kept.size() >= 2 && isVerbBoundary(w)) {
                break;
            }
            kept.add(w.text());
        }
        return String.join(" ", kept).strip();
    }

    private static boolean isVerbBoundary(Word w) {
        return false;
    }

    private static Optional<String> attribution(String text, List<Word> words, Quantity q, Sentence s,
                                                List<EntityMention> entities, List<Quote> quotes) {
        for (Quote quote : quotes) {
            if (quote.speaker().isPresent() && quote.start() <= q.start() && q.end() <= quote.end()) {
                return quote.speaker();
            }
        }
        Optional<String> subject = Statements.subjectSpeaking(words, q, s, entities, quotes);
        if (subject.isPresent()) {
            return subject;
        }
        // "Theo ước tính của X, …", "theo số liệu của X"
        for (int k = 0; k < words.size(); k++) {
            if (!words.get(k).key().equals("theo")) {
                continue;
            }
            int stop = s.end();
            for (int c = k + 1; c < words.size(); c++) {
                if (words.get(c).is(",") || words.get(c).is(".")) {
                    stop = words.get(c).start();
                    break;
                }
            }
            EntityMention source = null;
            for (EntityMention m : entities) {
                // a body or a person gives figures; a law or a plan ("theo Thông tư 21") only frames them
                if (m.start() >= words.get(k).end() && m.end() <= stop
                        && (m.type() == EntityType.ORG || m.type() == EntityType.PER)
                        && !io.thoisu.quote.SpeakerClues.recipient(text, m)) {
                    source = m;
                    break;
                }
            }
            if (source != null) {
                return Optional.of(source.canonical());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> date(String text, Quantity q, Sentence s, List<TimeExpression> times) {
        TimeExpression before = null;
        TimeExpression after = null;
        // a quotation of several sentences is one sentence to the splitter; its figures take the times of their own
        int from = innerSentenceStart(text, s.start(), q.start());
        int to = innerSentenceEnd(text, q.end(), s.end());
        for (TimeExpression t : times) {
            if (t.start() < from || t.end() > to) {
                continue;
            }
            if (t.end() <= q.start()) {
                before = t;
            } else if (after == null && t.start() >= q.end()) {
                after = t;
            }
        }
        TimeExpression t = before != null ? before : after;
        if (t == null) {
            return Optional.empty();
        }
        return Optional.of(t.precision() == TimePrecision.INSTANT ? t.date().toString() : t.value());
    }

    /**
     * Where the written sentence around {@code at} starts inside a splitter's sentence: after the last full stop that
     * ends a word in lowercase or a figure and is followed by a capital ("… năm ngoái. Có người …"), not after an
     * abbreviation ("TP. Hồ Chí Minh") or an initial.
     */
    static int innerSentenceStart(String text, int from, int at) {
        int start = from;
        for (int i = from + 1; i + 2 < at; i++) {
            if (fullStop(text, i)) {
                start = i + 1;
            }
        }
        return start;
    }

    static int innerSentenceEnd(String text, int at, int to) {
        for (int i = at; i + 2 < to; i++) {
            if (fullStop(text, i)) {
                return i + 1;
            }
        }
        return to;
    }

    private static boolean fullStop(String text, int i) {
        char c = text.charAt(i);
        if (c != '.' && c != '!' && c != '?' || i == 0) {
            return false;
        }
        char before = text.charAt(i - 1);
        return (Character.isLowerCase(before) || Character.isDigit(before)) && text.charAt(i + 1) == ' '
                && Character.isUpperCase(text.charAt(i + 2));
    }
}
