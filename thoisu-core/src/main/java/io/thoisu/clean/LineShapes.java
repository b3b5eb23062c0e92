package io.thoisu.clean;

import io.thoisu.model.Caption;
import io.thoisu.text.VietnameseNormalizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shapes of lines on a news page, from their words alone: a caption ends in a photo credit, an image alt text
 * ends in "- Ảnh 1.", a byline is a short run of capitalised names, a title is short and has no final period, a
 * teaser cut off by the site ends in an ellipsis. Word lists load once; instances are immutable.
 */
final class LineShapes {
    /** "… Ảnh: AFP/TTXVN", "… (Ảnh: Getty).", "… - Ảnh: REUTERS", "… (Nguồn: Bộ Y tế)", "… Ảnh minh họa". */
    private static final Pattern CAPTION = Pattern.compile(
            "^(.*?)[\\s.,;–—-]*(?:\\(\\s*)?(?:Ảnh(?:\\s+(?:minh họa|minh hoạ|tư liệu|chụp màn hình))?|ẢNH|Nguồn ảnh|Nguồn|Đồ họa|Đồ hoạ|Clip|Video|Photo)\\s*:\\s*([^():]{1,60}?)\\s*\\)?\\s*[.]?$");
    private static final Pattern ILLUSTRATIVE = Pattern.compile(
            "^(.*?)[\\s.,;–—-]*\\(?\\s*(?:Ảnh|ảnh)\\s+(?:minh họa|minh hoạ|tư liệu|chụp màn hình)\\s*\\)?\\s*[.]?$");
    /** The alt text many CMSs give an inline photo: the title again, then "- Ảnh 1.". */
    private static final Pattern IMAGE_ALT = Pattern.compile("^.{0,300}?\\s[-–]\\s*(?:Ảnh|Hình|Photo)\\s*\\d{1,3}\\s*\\.?$");
    private static final Pattern BYLINE_PREFIX = Pattern.compile(
            "^(?:(?:Ghi chép|Bút ký|Tùy bút|Phóng sự|Bài viết|Bài và ảnh|Bài)\\s+của\\s+"
                    + "|(?:Bài và ảnh|Bài, ảnh|Bài & ảnh|Bài/ảnh|Bài|Tác giả|Nhóm phóng viên|Phóng viên|Thực hiện|Nhóm PV|PV|Người viết|"
                    + "Người dịch|Biên dịch|Lược dịch|Ghi chép|Nội dung|Ảnh)\\s*:?\\s*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME_SEPARATORS = Pattern.compile("\\s*(?:[-–—,;&/|]|\\s và\\s)\\s*");
    private static final Pattern SPEAKER_TITLE = Pattern.compile("^(?:Ông|Bà|Anh|Chị|Em|Cô|Chú|Bác|Cụ)\\s");
    private static final Pattern ADDRESS_TAIL = Pattern.compile("\\s*\\(([^()]{2,100})\\)\\s*$");
    private static final Pattern AGENCY_TAIL = Pattern.compile("\\s*\\(([^()]{2,40})\\)\\s*$");
    /** "Thu Hằng - Văn Tú/LGTV", "Minh Anh/TTXVN": the outlet's code after a slash closes the byline. */
    private static final Pattern AGENCY_SLASH = Pattern.compile("\\s*/\\s*[\\p{Lu}][\\p{Lu}\\d.+]{1,9}\\s*$");
    /** A title or degree before a signature ("Luật sư Đỗ Thanh Bình", "PGS.TS Lê Văn Minh"): dropped from the name. */
    private static final Pattern HONORIFIC = Pattern.compile(
            "^(?:(?:Luật sư|Bác sĩ|Kiến trúc sư|Nhà báo|Nhà văn|Tiến sĩ|Thạc sĩ|Dược sĩ|Cô giáo|Thầy giáo)\\s+"
                    // degrees written as abbreviations, alone or chained with dots: "BS.CKII", "PGS.TS", "ThS.BS"
                    + "|(?:(?:PGS|GS|TS|ThS|BSCK|BS|CK|LS|KTS|DS|NCS)(?:III|II|I)?(?:\\.\\s?|\\s+))+)(?=\\p{Lu})");
    /**
     * Credits of the page's makers who are not its writers ("Thiết kế: Lê An", "Trình bày: …", "Đồ họa: …"): a
     * byline line, but no author.
     */
    private static final Pattern MAKER_CREDIT = Pattern.compile(
            "^(?:Thiết kế|Trình bày|Đồ họa|Đồ hoạ|Minh họa|Minh hoạ|Kỹ thuật|Kĩ thuật|Lập trình|Dựng phim|Dựng video|"
                    + "Quay phim|Biên tập|Hiệu đính|Biên dịch|Dịch|Chế bản|Infographic|Design|Âm thanh|Hòa âm|Hoà âm|Phối âm|Sản xuất|"
                    + "Điều phối|Dẫn chương trình|Lồng tiếng|Chụp ảnh)(?:\\s+\\p{Ll}+){0,2}\\s*:\\s*(\\S.*)$",
            Pattern.CASE_INSENSITIVE);
    /** An interviewer's or a reader's turn ("PV: …", "Hỏi: …"): a line of the dialogue, never another article's title. */
    private static final Pattern DIALOGUE_LABEL = Pattern.compile(
            "^(?:PV|P\\.V|Phóng viên|Hỏi|Câu hỏi|Đáp|Trả lời|MC|BTV|Người dẫn chương trình|Bạn đọc)\\s*:",
            Pattern.CASE_INSENSITIVE);
    /** "… - 20 phút trước", "- 3 giờ trước", "· Hôm qua": an aggregator's age of an item, no date at all. */
    private static final Pattern RELATIVE_AGE = Pattern.compile(
            "\\s*[-–—|·•,]\\s*(?:\\d{1,3}\\s+(?:giây|phút|tiếng|giờ|ngày|tuần|tháng|năm)\\s+trước|hôm qua|hôm kia|vừa xong|mới đây)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SOURCE = Pattern.compile(
            "^\\(?\\s*(?:Theo|Nguồn)\\s*:?\\s+([^()]{2,80}?)\\s*\\.?\\s*\\)?\\s*\\.?$|^\\((\\p{Lu}[\\p{L}.+]{1,15})\\)\\s*\\.?$");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?…][\"”»']?$");
    private static final Pattern ELLIPSIS = Pattern.compile("(?:\\.\\.\\.|…)\\s*[\"”’']?\\s*$");

    private final Set<String> exactFurniture = new java.util.HashSet<>();
    private final List<String> prefixFurniture = new ArrayList<>();
    private final List<String> widgetWords = new ArrayList<>();

    LineShapes() {
        for (String line : resource("boilerplate.txt")) {
            if (line.startsWith("=")) {
                exactFurniture.add(VietnameseNormalizer.key(line.substring(1).strip()));
            } else if (line.startsWith("^")) {
                prefixFurniture.add(VietnameseNormalizer.key(line.substring(1).strip()));
            } else {
                throw new IllegalStateException("LineShapes: boilerplate.txt entries start with = or ^: " + line);
            }
        }
        for (String line : resource("widgets.txt")) {
            widgetWords.add(VietnameseNormalizer.key(line.strip()));
        }
    }

    private static List<String> resource(String name) {
        try (InputStream in = LineShapes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("LineShapes: resource " + name + " is missing");
            }
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(VietnameseNormalizer.nfc(line.strip()));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs of non-space characters, spaces as {@code \\s} means them; counted without a regex, as it runs on every line. */
    static int words(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && Character.isWhitespace(line.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        int n = 0;
        boolean inWord = false;
        for (int i = start; i < end; i++) {
            if (isRegexSpace(line.charAt(i))) {
                inWord = false;
            } else if (!inWord) {
                inWord = true;
                n++;
            }
        }
        return n;
    }

    /**
     * {@code min(words(line), cap)} for a line as {@link PageCleaner#lines} gives it: spaces single, none at the
     * ends, no other whitespace {@code \\s} matches. Its words are its spaces plus one, found without a scan per
     * character.
     */
    static int wordsOfNormalLine(String line, int cap) {
        if (line.isEmpty()) {
            return 0;
        }
        int n = 1;
        for (int at = line.indexOf(' '); at >= 0 && n < cap; at = line.indexOf(' ', at + 1)) {
            n++;
        }
        return n;
    }

    /** {@code min(words(line), cap)}: the words of a line, counted no further than the cap. */
    static int wordsUpTo(String line, int cap) {
        int n = 0;
        int lo = 0;
        int hi = line.length();
        while (lo < hi && Character.isWhitespace(line.charAt(lo))) {
            lo++;
        }
        while (hi > lo && Character.isWhitespace(line.charAt(hi - 1))) {
            hi--;
        }
        boolean inWord = false;
        for (int i = lo; i < hi; i++) {
            if (isRegexSpace(line.charAt(i))) {
                inWord = false;
            } else if (!inWord) {
                inWord = true;
                if (++n >= cap) {
                    return cap;
                }
            }
        }
        return n;
    }

    /** {@code words(line) <= max}, counting no further than needed: most lines are far longer than the limits. */
    static boolean wordsAtMost(String line, int max) {
        if (line.length() <= 2 * max) {
            return true; // a word and the space after it take two characters: no scan needed
        }
        int n = 0;
        boolean inWord = false;
        int start = 0;
        int len = line.length();
        while (start < len && Character.isWhitespace(line.charAt(start))) {
            start++;
        }
        for (int i = start; i < len; i++) {
            char c = line.charAt(i);
            if (isRegexSpace(c)) {
                inWord = false;
            } else if (!inWord) {
                inWord = true;
                // a run of trailing whitespace that strip() would drop is never a word
                if (++n > max && !onlyWhitespaceFrom(line, i)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean onlyWhitespaceFrom(String line, int from) {
        for (int i = from; i < line.length(); i++) {
            if (!Character.isWhitespace(line.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The characters {@code \\s} matches in a Java regex without the Unicode flag. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * Whether a text holds a character a regex's {@code $} and {@code .} treat as a line end: the hand-written
     * tests below stand for their patterns only on texts without one (every normalised line), else the pattern runs.
     */
    private static boolean hasLineTerminator(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    /**
     * The words of a comparison key as adjacent pairs, a pair never spanning punctuation: close to Vietnamese
     * compound words ("cá chết", "lãi suất"), which say more about a text's topic than single syllables do.
     */
    static List<String> wordPairs(String key) {
        List<String> pairs = new ArrayList<>();
        int n = key.length();
        int i = 0;
        String previous = null;
        while (i < n) {
            char c = key.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                if (c != ' ') {
                    previous = null;
                }
                i++;
                continue;
            }
            int j = i;
            while (j < n && Character.isLetterOrDigit(key.charAt(j))) {
                j++;
            }
            String w = key.substring(i, j);
            if (previous != null) {
                pairs.add(previous + ' ' + w);
            }
            previous = w;
            i = j;
        }
        return pairs;
    }

    /** A furniture phrase from the list: the whole line, or a short line that starts with it. */
    boolean isBoilerplate(String line) {
        return isBoilerplate(line, VietnameseNormalizer.key(line));
    }

    /** {@link #isBoilerplate(String)} with the line's comparison key already made. */
    boolean isBoilerplate(String line, String key) {
        int end = key.length();
        while (end > 0 && isFurnitureTail(key.charAt(end - 1))) {
            end--;
        }
        String k = key.substring(0, end).strip();
        if (exactFurniture.contains(k)) {
            return true;
        }
        if (wordsAtMost(line, 12)) {
            for (String p : prefixFurniture) {
                if (k.startsWith(p)) {
                    return true;
                }
            }
        }
        return keywordList(line, k);
    }

    /** Labels of a page's keyword list, which may run long: "Từ khóa: a, b, c, …". */
    private static final List<String> KEYWORD_LABELS = List.of("từ khóa:", "từ khoá:", "tags:", "tag:", "chủ đề:");

    /**
     * "Từ khóa: ùn tắc giao thông, cầu vượt Ngã Ba Sen, xe container": a keyword label and a list of short items
     * split by commas or semicolons, however many, with no sentence in it.
     */
    private static boolean keywordList(String line, String key) {
        if (!wordsAtMost(line, 40) || SENTENCE_END.matcher(line.strip()).matches()) {
            return false;
        }
        for (String label : KEYWORD_LABELS) {
            if (key.startsWith(label)) {
                for (String item : key.substring(label.length()).split("[,;]")) {
                    if (!wordsAtMost(item, 6)) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    private static boolean isFurnitureTail(char c) {
        // an arrow after a link's words ("Đọc tiếp →") points, it says nothing
        return isRegexSpace(c) || c == ':' || c == '>' || c == '»' || c == '›' || c == '|' || c == '→' || c == '⟶' || c == '➜';
    }

    /**
     * A comment, rating or sharing widget: a short line with no sentence end that names widget actions, either
     * several of them or one beside bare counters ("Bình luận (0)", "Thích 12").
     */
    boolean isWidget(String line) {
        if (!wordsAtMost(line, 14) || line.strip().endsWith(".") || line.strip().endsWith(":")) {
            return false; // "Trả lời:" heading an answer is a label of the text, not a reply button
        }
        int w = words(line);
        String k = " " + VietnameseNormalizer.key(line).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
        int hits = 0;
        for (String word : widgetWords) {
            if (k.contains(" " + word + " ")) {
                hits++;
            }
        }
        boolean counters = line.matches(".*(?:\\(\\d+\\)|(?:^|\\s)\\d+(?:\\s|$)).*");
        return hits >= 2 || (hits == 1 && (counters || w <= 4));
    }

    Optional<Caption> caption(String line) {
        // a credit needs its colon, an illustration its word: looked up before the words are counted
        if (line.indexOf(':') < 0 && !line.contains("Ảnh") && !line.contains("ảnh") || !wordsAtMost(line, 70)) {
            return Optional.empty();
        }
        // The patterns start with a lazy scan of the whole line; most lines lack the words they look for.
        Matcher m = CAPTION.matcher(line);
        if (line.indexOf(':') >= 0 && mayNameCredit(line) && m.matches()) {
            String credit = m.group(2).strip();
            if (m.group(1).isBlank() && isBareSourceLabel(line)) {
                return Optional.empty(); // "Nguồn: Sở Y tế" alone credits the article, not a photo
            }
            // A credit is a name or an agency, not a clause: no sentence inside it.
            if (wordsAtMost(credit, 8) && !credit.contains(". ")) {
                return Optional.of(new Caption(m.group(1).strip(), Optional.of(credit)));
            }
        }
        m = ILLUSTRATIVE.matcher(line);
        if ((line.contains("Ảnh") || line.contains("ảnh")) && m.matches() && !m.group(1).isBlank()) {
            return Optional.of(new Caption(m.group(1).strip(), Optional.empty()));
        }
        return Optional.empty();
    }

    private static boolean isBareSourceLabel(String line) {
        String s = line.strip();
        return s.startsWith("Nguồn") || s.startsWith("(Nguồn") || s.startsWith("NGUỒN");
    }

    private static final String[] CREDIT_LABELS = {"Ảnh", "ẢNH", "Nguồn", "Đồ họa", "Đồ hoạ", "Clip", "Video", "Photo"};

    private static boolean mayNameCredit(String line) {
        for (String label : CREDIT_LABELS) {
            if (line.contains(label)) {
                return true;
            }
        }
        return false;
    }

    boolean isImageAlt(String line) {
        // "… - Ảnh 1." ends in a number, perhaps spaces and a stop after it: nothing else can match.
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '.') {
            end--;
        }
        while (end > 0 && isRegexSpace(line.charAt(end - 1))) {
            end--;
        }
        return end > 0 && line.charAt(end - 1) >= '0' && line.charAt(end - 1) <= '9' && IMAGE_ALT.matcher(line).matches();
    }

    /**
     * "Tin: Hải Yến - Ảnh: Bảo Trâm", "Bài: Cô giáo Phan Thu Trà - Minh họa: Lạc Hồng": the writer's credit, then the
     * pictures' maker's after a dash. A credit line of the page, not a photo's caption; the writer is its author.
     */
    private static final Pattern JOINT_CREDIT = Pattern.compile(
            "^((?:Bài|Tin|Bài viết|Thực hiện|Nội dung)\\s*:\\s*.{2,60}?)\\s+[-–—|]\\s+"
                    + "(?:Ảnh|Minh họa|Minh hoạ|Đồ họa|Đồ hoạ|Video|Clip|Thiết kế|Trình bày)\\s*:\\s*[^:]{2,60}$");

    /** Words of a byline at most, dashes included; more with its own opening words before a list of names. */
    private static final int MAX_BYLINE_WORDS = 12;
    private static final int MAX_LABELLED_BYLINE_WORDS = 18;

    /** The writer's names of a joint credit ({@link #JOINT_CREDIT}), or empty when the line is none. */
    Optional<List<String>> jointCredit(String text) {
        java.util.regex.Matcher m = JOINT_CREDIT.matcher(text.strip());
        // "Tin:" (news by) is a writer's label only in such a pair, so it is read as "Bài:" here
        return m.matches() ? byline(m.group(1).replaceFirst("^Tin\\s*:", "Bài:")) : Optional.empty();
    }

    /** Whether the line opens with a byline's own words ("Bài:", "Thực hiện:", "Ghi chép của"). */
    static boolean hasBylinePrefix(String line) {
        Matcher m = BYLINE_PREFIX.matcher(line.strip());
        return m.find() && m.end() > 0;
    }

    /** The names of a byline ("NGUYÊN HẠNH", "Bài và ảnh: Lê Minh - Hoàng Lan", "Thu Trang (TTXVN)"), or empty. */
    Optional<List<String>> byline(String line) {
        String s = line.strip();
        // A reader's or guest's signature with where they live: "Lê Thị Hoa (phường X, quận Y, TP.HCM)". The
        // address is no name; the name before it is short.
        Matcher address = ADDRESS_TAIL.matcher(s);
        // an address has its parts between commas; "Ông X (trưởng đại diện Y)" is a speaker with the post
        if (address.find() && address.start() > 0 && address.group(1).indexOf(',') > 0
                && wordsAtMost(s.substring(0, address.start()), 6) && !SPEAKER_TITLE.matcher(s).find()) {
            s = s.substring(0, address.start()).strip();
        }
        // a byline's own words ("Nhóm phóng viên:") may open a list of three or four names
        int most = BYLINE_PREFIX.matcher(s).lookingAt() ? MAX_LABELLED_BYLINE_WORDS : MAX_BYLINE_WORDS;
        if (s.isEmpty() || !wordsAtMost(s, most) || s.endsWith(".") && !s.endsWith("(TTXVN).")) {
            return Optional.empty();
        }
        boolean prefixed = false;
        Matcher prefix = BYLINE_PREFIX.matcher(s);
        if (prefix.find() && prefix.end() > 0) {
            s = s.substring(prefix.end());
            prefixed = true;
        }
        Matcher agency = AGENCY_TAIL.matcher(s);
        if (agency.find()) {
            s = s.substring(0, agency.start());
        }
        Matcher slash = AGENCY_SLASH.matcher(s);
        if (slash.find()) {
            s = s.substring(0, slash.start());
        }
        Matcher honorific = HONORIFIC.matcher(s);
        if (honorific.find()) {
            s = s.substring(honorific.end());
        }
        if (s.isBlank()) {
            return prefixed ? Optional.of(List.of()) : Optional.empty();
        }
        Set<String> names = new LinkedHashSet<>();
        for (String part : NAME_SEPARATORS.split(s)) {
            if (part.isBlank()) {
                continue;
            }
            if (!isName(part)) {
                return Optional.empty();
            }
            names.add(nameCase(part.strip()));
        }
        return names.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(names));
    }

    /**
     * Two to five syllables, each capitalised (or the whole name in capitals), letters only. A Central Highlands
     * name joined by an apostrophe ("H'Liên", "Ksor H'Mai") counts its prefix as a syllable of its own.
     */
    static boolean isName(String part) {
        String[] syl = part.strip().split("\\s+");
        int count = syl.length;
        for (String s : syl) {
            if (s.indexOf('\'') > 0) {
                count++;
            }
        }
        if (count < 2 || count > 5) {
            return false;
        }
        // "THÔNG TIN HỮU ÍCH", "THÔNG TIN LAN TRUYỀN": "thông tin" (information) heads a box; no name holds the pair
        if (LABEL_PAIR.matcher(VietnameseNormalizer.key(part)).find()) {
            return false;
        }
        for (String s : syl) {
            if (!s.matches("\\p{Lu}[\\p{L}]*(?:'\\p{Lu}[\\p{L}]*)?\\.?") ) {
                return false;
            }
            if (LABEL_SYLLABLES.contains(VietnameseNormalizer.key(s))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Syllables of a box's label that no Vietnamese personal name holds ("DÒNG SỰ KIỆN", "VIDEO NỔI BẬT", "ĐỌC
     * NHIỀU"): a capitalised label of two to five of them reads like a signature in capitals otherwise. Not the words
     * of mastheads ("Tin", "Mới": "Tuổi Mới Online" is read as a name line and then as the outlet).
     */
    private static final Pattern LABEL_PAIR = Pattern.compile("(?:^|\\s)thông tin(?:\\s|$)");
    private static final Set<String> LABEL_SYLLABLES = Set.of("bài", "video", "clip", "sự", "kiện", "đọc", "xem",
            "nổi", "bật", "mục", "dòng", "nhiều", "khác", "cùng");

    /** "Nhóm phóng viên Pháp luật", "Ban Thời sự", "Tòa soạn": a desk or team signing for the paper, no person. */
    private static final Pattern DESK = keyPattern(
            "^(?:nhóm|ban|tổ|phòng|tòa soạn|toà soạn|nhóm phóng viên|nhóm pv|phóng viên|biên tập viên|ban biên tập)(?:\\s.*)?$");

    static boolean isDeskName(String name) {
        String s = name.strip();
        // a desk's name is a common noun phrase: at least one syllable in lower case, unlike a person's name
        return wordsAtMost(s, 8) && !s.equals(s.toUpperCase(Locale.ROOT)) && s.chars().anyMatch(Character::isLowerCase)
                && java.util.Arrays.stream(s.split("\\s+")).anyMatch(w -> Character.isLowerCase(w.charAt(0)))
                && DESK.matcher(VietnameseNormalizer.key(s)).matches();
    }

    /** "NGUYÊN HẠNH" → "Nguyên Hạnh"; a name already in name case is kept as written. */
    static String nameCase(String name) {
        if (!name.equals(name.toUpperCase(Locale.ROOT))) {
            return name;
        }
        StringBuilder sb = new StringBuilder();
        for (String syl : name.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            int first = syl.codePointAt(0);
            String rest = syl.substring(Character.charCount(first));
            int apostrophe = rest.indexOf('\'');
            if (apostrophe >= 0 && apostrophe + 1 < rest.length()) {
                // "H'LIÊN" → "H'Liên": the name after the prefix is capitalised too
                rest = rest.substring(0, apostrophe + 1) + rest.substring(apostrophe + 1, apostrophe + 2).toUpperCase(Locale.ROOT)
                        + rest.substring(apostrophe + 2);
            }
            sb.appendCodePoint(Character.toUpperCase(first)).append(rest);
        }
        return sb.toString();
    }

    /** "Theo TTXVN", "Nguồn: Reuters": who the article was taken from. */
    Optional<String> source(String line) {
        String s = withoutRelativeAge(line.strip());
        if (!wordsAtMost(s, 8)) {
            return Optional.empty();
        }
        Matcher m = SOURCE.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        String credited = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
        // "Theo Reuters", "Theo báo Tuổi Mới": a name or a publication; in "Theo dõi mực nước", "Nguồn cung khan hiếm"
        // the word is no label but part of a word ("theo dõi", "nguồn cung"). With a colon it is the label
        // ("Nguồn: tổng hợp").
        if (m.group(1) != null && Character.isLowerCase(credited.codePointAt(0)) && !isPublicationName(credited)
                && s.substring(0, m.start(1)).indexOf(':') < 0) {
            return Optional.empty();
        }
        return Optional.of(credited);
    }


    /** "Ý kiến (3)", "12 bình luận", "Ý kiến bạn đọc": the heading of a readers' comment thread. */
    private static final Pattern COMMENTS_HEADING = keyPattern(
            "^(?:ý kiến|bình luận|phản hồi|ý kiến bạn đọc|bình luận của bạn đọc|ý kiến độc giả)"
                    // "Bình luận nổi bật (2/58)": the top comments of all of them
                    + "(?:\\s+(?:nổi bật|mới nhất|hay nhất|được thích nhất))?\\s*\\(\\d+(?:/\\d+)?\\)$"
                    + "|^\\d+\\s+(?:ý kiến|bình luận|phản hồi)$|^(?:ý kiến bạn đọc|bình luận của bạn đọc|ý kiến độc giả|bạn đọc bình luận)$");
    private static final Pattern COMMENTS_COUNTER_TABS = keyPattern(
            "^(?:ý kiến|bình luận|phản hồi)\\s*\\(\\d+\\)(?:\\s*[|·•]\\s*[^|·•]{2,24}){1,3}$");
    /** "Về Tập đoàn X", "Giới thiệu về X", "About X": the boilerplate block a press release ends with. */
    private static final Pattern ABOUT_HEADING = Pattern.compile("^(?:Về|VỀ|Giới thiệu về|Thông tin về|About)\\s+(\\p{Lu}.*)$");

    static boolean isCommentsHeading(String line, String key) {
        return wordsAtMost(line, 5) && COMMENTS_HEADING.matcher(key.strip()).matches()
                // the counter with its sort tabs: "Bình luận (8) | Mới nhất | Được thích nhất"
                || wordsAtMost(line, 12) && COMMENTS_COUNTER_TABS.matcher(key.strip()).matches();
    }

    /** The name an "about the company" heading introduces, or empty. */
    static Optional<String> aboutHeading(String line) {
        if (!wordsAtMost(line, 12) || line.endsWith(".") || line.endsWith(",")) {
            return Optional.empty();
        }
        Matcher m = ABOUT_HEADING.matcher(line);
        return m.matches() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    /**
     * A pattern over comparison keys, its words keyed the way lines are. A key is in lower case, so an upper-case
     * escape ({@code \\S}, {@code \\W}, {@code \\p{Lu}}) would silently change meaning: it is refused.
     */
    static Pattern keyPattern(String regex) {
        if (regex.matches("(?s).*\\\\[A-Z].*")) {
            throw new IllegalArgumentException("LineShapes: an upper-case escape in a key pattern: " + regex);
        }
        return Pattern.compile(VietnameseNormalizer.key(regex));
    }



    /** The line without an aggregator's relative age at its end ("Nguồn: X - 20 phút trước" → "Nguồn: X"). */
    static String withoutRelativeAge(String line) {
        if (line.indexOf("trước") < 0 && line.indexOf("hôm") < 0 && line.indexOf("Hôm") < 0
                && line.indexOf("vừa") < 0 && line.indexOf("mới") < 0) {
            return line; // the words the pattern ends in are absent: no scan
        }
        Matcher m = RELATIVE_AGE.matcher(line);
        return m.find() ? line.substring(0, m.start()) : line;
    }

    /**
     * The code of the outlet a byline ends with ("Thu Hằng - Văn Tú/LGTV" → LGTV, "Minh Anh (TTXVN)" → TTXVN), in
     * capitals, or empty.
     */
    static Optional<String> agencyCode(String line) {
        String s = line.strip();
        if (!wordsAtMost(s, 12)) {
            return Optional.empty();
        }
        Matcher slash = AGENCY_SLASH.matcher(s);
        if (slash.find()) {
            return Optional.of(s.substring(slash.start()).replace("/", "").strip());
        }
        Matcher tail = AGENCY_TAIL.matcher(s);
        if (tail.find() && tail.group(1).equals(tail.group(1).toUpperCase(Locale.ROOT)) && !tail.group(1).contains(" ")) {
            return Optional.of(tail.group(1));
        }
        return Optional.empty();
    }

    /** A credit of a designer, editor or translator: a byline line naming no author. */
    boolean isMakerCredit(String line) {
        if (!wordsAtMost(line, 12) || line.indexOf(':') < 0) {
            return false;
        }
        Matcher m = MAKER_CREDIT.matcher(line.strip());
        return m.matches() && byline(m.group(1)).isPresent();
    }


    /** "Kỳ 1: …", "Phần 2 - …", "Bài 3: …": a part of a series named by its number. */
    private static final Pattern SERIES_PART = Pattern.compile("^(?:Kỳ|KỲ|Phần|PHẦN|Tập|TẬP|Bài|BÀI)\\s+\\d{1,2}\\s*[:.–—-]\\s+\\S.*");

    static boolean isSeriesPart(String line) {
        return wordsAtMost(line, 30) && SERIES_PART.matcher(line).matches();
    }

    /** "PV: …", "Hỏi: …": a turn of a dialogue. */
    static boolean isDialogueTurn(String line) {
        return line.indexOf(':') >= 0 && DIALOGUE_LABEL.matcher(line).find();
    }

    /** A time of day alone on its line: the stamp of a live-blog entry. */
    private static final Pattern TIME_STAMP = Pattern.compile("^\\d{1,2}\\s*[:h]\\s*\\d{2}(?:\\s*(?:GMT|UTC)?\\s*\\+?\\d{0,2})?$");
    static boolean isTimeStamp(String line) {
        return TIME_STAMP.matcher(line.strip()).matches();
    }

    /** A credit that names a publication, not a person ("Báo Đông Vân", "Tuổi Mới Online"). */
    static boolean isPublicationName(String name) {
        String k = VietnameseNormalizer.key(name).strip();
        return k.matches("^(?:báo|tạp chí|đài|thời báo|nhật báo|tuần báo|tin tức|trang|cổng)\\s.*")
                || k.matches(".*\\s(?:online|điện tử|news|\\.vn|tv)$");
    }

    /** A credited source written as a name: one to six words, each capitalised or a number ("Tin Sáng", "Reuters"). */
    static boolean isCreditName(String s) {
        String[] w = s.strip().split("\\s+");
        if (w.length > 6) {
            return false;
        }
        for (String x : w) {
            if (!x.matches("[\\p{Lu}\\d][\\p{L}\\d.+-]*")) {
                return isPublicationName(s) && w.length <= 6;
            }
        }
        return true;
    }

    /** Ends in an ellipsis, perhaps inside a closing quote ("… cuộc...", "… “sốc”…"): {@code ELLIPSIS} without a regex scan. */
    static boolean endsTruncated(String line) {
        if (hasLineTerminator(line)) {
            return ELLIPSIS.matcher(line).find();
        }
        int end = line.length();
        while (end > 0 && isRegexSpace(line.charAt(end - 1))) {
            end--;
        }
        if (end > 0 && "\"”’'".indexOf(line.charAt(end - 1)) >= 0) {
            end--;
            while (end > 0 && isRegexSpace(line.charAt(end - 1))) {
                end--;
            }
        }
        return end > 0 && line.charAt(end - 1) == '…' || line.startsWith("...", end - 3) && end >= 3;
    }

    /** Short, no sentence end, starts like a heading: the shape of a title or an intertitle. */
    static boolean hasTitleShape(String line) {
        String s = line.strip();
        if (s.length() > 220 || !wordsAtMost(s, 30) || words(s) < 3 || endsTruncated(s)) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        if (last == '.' || last == ',' || last == ';' || last == ':') {
            return false;
        }
        int first = s.codePointAt(0);
        return Character.isUpperCase(first) || Character.isDigit(first) || "\"“'‘«[".indexOf(first) >= 0;
    }

    /** Long enough to be a lead paragraph. */
    static boolean isLeadLike(String line) {
        if (!wordsAtMost(line, 17)) {
            return true;
        }
        int w = words(line);
        // A closing quote ends a sentence only after a full stop: a headline may well end in a quoted word ("… đất nền "ma"").
        if (w >= 18 || w < 10) {
            return w >= 18;
        }
        String s = line.strip();
        return hasLineTerminator(s) ? SENTENCE_END.matcher(s).matches() : endsSentence(s);
    }

    /** {@link #endsSentence} on the stripped line. */
    static boolean endsWithStop(String line) {
        return endsSentence(line.strip());
    }

    /** Ends with a sentence stop, perhaps inside a closing quote. */
    private static boolean endsSentence(String s) {
        int end = s.length();
        if (end > 0 && "\"”»'".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && ".!?…".indexOf(s.charAt(end - 1)) >= 0;
    }

    /** "Vì sao X Vì sao X 'quan tâm'?": a link text printed twice, as related-article boxes do. */
    static boolean isDoubled(String line) {
        return isDoubledKey(VietnameseNormalizer.key(line));
    }

    /** {@link #isDoubled} on the line's key: a key is made word by word, so its words are the words' keys. */
    static boolean isDoubledKey(String key) {
        String[] w = key.strip().split("\\s+");
        for (int n = 3; n * 2 <= w.length; n++) {
            boolean same = true;
            for (int i = 0; i < n && same; i++) {
                same = w[i].equals(w[n + i]);
            }
            if (same) {
                return true;
            }
        }
        return false;
    }
}
