package io.thoisu.clean;

import io.thoisu.text.VietnameseNormalizer;
import java.util.regex.Pattern;

/**
 * The page's own tools, told from their words: a font-size or print bar, an audio player, an app banner, a pager ("Trang 1/2 Trang sau »") and its link to the next page, a
 * search or calculator bar ("Tìm kiếm: Loại nhà đất | Khu vực | Tìm ngay"), a button ("+ Đăng tin"), an alert banner
 * that links to live coverage, a hotline line, a cookie notice and a newsletter box. They are widgets: they do
 * something on the page, they say nothing of the story. Patterns over comparison keys; static and thread-safe.
 */
final class PageToolShapes {
    private PageToolShapes() {
    }

    /** Any of the tools below. {@code words} is the line's word count (capped, as the classifier counts). */
    static boolean isTool(String line, String key, int words) {
        return words <= 12 && (isPager(key) || isButton(line))
                || words <= 25 && (isNextPageLink(key) || isFormBar(line))
                || words <= 40 && (isAlertBanner(line, key) || isHotline(key))
                || words <= 60 && isConsentOrNewsletter(key);
    }

    /** One step of a pager: "Trang 2/5", "Trang sau", a page number, an arrow. */
    private static final String PAGER_STEP = "(?:trang\\s+(?:\\d{1,3}\\s*/\\s*\\d{1,3}|\\d{1,3}|sau|trước|tiếp|kế|đầu|cuối)|\\d{1,3}|[«»‹›<>|…]+|\\.\\.\\.)";
    private static final Pattern PAGER = Pattern.compile("^" + PAGER_STEP + "(?:\\s*" + PAGER_STEP + ")*$");

    /** "Trang 1/2", "« Trang trước 1 2 3 Trang sau »": a pager, named by its page word. */
    static boolean isPager(String key) {
        return key.startsWith("trang ") || key.indexOf(" trang ") >= 0 ? PAGER.matcher(key.strip()).matches()
                && key.contains("trang") : false;
    }

    /** "Đọc tiếp trang 2: Khi cây cầu về làng": the link that continues the same article on its next page. */
    private static final Pattern NEXT_PAGE = Pattern.compile(
            "^(?:đọc|xem)\\s+(?:tiếp\\s+)?(?:ở\\s+|tại\\s+)?trang\\s+(?:\\d{1,3}|sau|tiếp theo|kế tiếp)(?:\\s*[:>»›-].*)?$");

    static boolean isNextPageLink(String key) {
        return (key.startsWith("đọc") || key.startsWith("xem")) && NEXT_PAGE.matcher(key.strip()).matches();
    }

    /**
     * "+ Đăng tin miễn phí", "+ Theo dõi": a button that adds something, a plus before a verb of the site's actions.
     * A plus before anything else is a list's bullet ("+ Hỗ trợ 5 triệu đồng cho hộ nghèo"), part of the text.
     */
    private static final Pattern BUTTON = Pattern.compile(
            "^[+＋]\\s*(?:đăng|gửi|tạo|thêm|theo dõi|viết|tải|lưu|quan tâm|đăng ký|bình luận|chia sẻ)(?:\\s.*)?$");

    static boolean isButton(String line) {
        return line.length() > 2 && (line.charAt(0) == '+' || line.charAt(0) == '＋') && LineShapes.wordsAtMost(line, 6)
                && !LineShapes.endsWithStop(line) && BUTTON.matcher(VietnameseNormalizer.key(line)).matches();
    }

    /** Cells of a form bar at least: a label and two fields are already a form, not a "Label: value". */
    private static final int MIN_FORM_CELLS = 3;
    /** A form's label and each of its fields are a few words. */
    private static final int MAX_FORM_CELL_WORDS = 4;
    private static final int MAX_FORM_LABEL_WORDS = 5;

    /**
     * "Tìm kiếm: Loại nhà đất | Khu vực | Mức giá | Tìm ngay", "Công cụ tính lãi vay: Số tiền vay | Thời hạn | Tính
     * toán": a labelled row of fields and buttons split by bars. A table row has figures in its cells and stands among
     * rows like it ({@link DataRuns#markTables} gives it back to the text).
     */
    static boolean isFormBar(String line) {
        int colon = line.indexOf(':');
        if (colon <= 0 || line.indexOf('|', colon) < 0 || LineShapes.endsWithStop(line)
                || !LineShapes.wordsAtMost(line.substring(0, colon), MAX_FORM_LABEL_WORDS)) {
            return false;
        }
        String[] cells = line.substring(colon + 1).split("\\|");
        if (cells.length < MIN_FORM_CELLS) {
            return false;
        }
        for (String c : cells) {
            String cell = c.strip();
            if (cell.isEmpty() || !LineShapes.wordsAtMost(cell, MAX_FORM_CELL_WORDS) || cell.chars().anyMatch(Character::isDigit)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A call to follow a link at the end of a banner: "… - Xem diễn biến mới nhất", "… » Xem chi tiết". Imperatives of
     * a link only: a headline may well end in "- cập nhật" or "theo dõi", never in "- Xem chi tiết".
     */
    private static final Pattern CALL_TO_FOLLOW = Pattern.compile(
            "\\s[-–—|»›>]+\\s*(?:xem|đọc|bấm|nhấn|click)(?:\\s+[\\p{L}\\d]+){0,5}\\s*[»›>]*$");
    /** Signs that open an alert banner. */
    private static final int[] ALERT_SIGNS = {0x26A0, 0x1F534, 0x2757, 0x203C, 0x1F6A8, 0x26D4};

    /**
     * An alert banner over the page: a line that opens with a warning sign, or ends (no stop) in a call to follow a
     * link ("- Xem diễn biến mới nhất"). A paragraph of the story neither starts with a sign nor ends in a link.
     */
    static boolean isAlertBanner(String line, String key) {
        int first = line.codePointAt(0);
        for (int sign : ALERT_SIGNS) {
            if (first == sign) {
                return true;
            }
        }
        if (LineShapes.endsWithStop(line)) {
            return false;
        }
        int from = Math.max(0, key.length() - 60);
        return CALL_TO_FOLLOW.matcher(key).region(from, key.length()).find();
    }

    /**
     * "Đường dây nóng phòng chống thiên tai: 1800 1090": a service's hotline, named by what it is for, and its number
     * ending the line. A bare "Hotline: 09…" is a contact printed in the text (an advertiser's, a shop's).
     */
    private static final Pattern HOTLINE = Pattern.compile(
            "(?:đường dây nóng|hotline|tổng đài)(?:\\s+[^\\s.:]+){2,8}\\s*:\\s*\\+?[\\d .]{7,16}$");

    static boolean isHotline(String key) {
        // the number ends the line: one look at the last character before any scan of the line
        return !key.isEmpty() && Character.isDigit(key.charAt(key.length() - 1))
                && (key.contains("đường dây nóng") || key.contains("hotline") || key.contains("tổng đài")) && HOTLINE.matcher(key).find();
    }

    /** "Nhận bản tin Giáo dục mỗi sáng", "… gửi thẳng vào hộp thư của bạn": a newsletter sign-up. */
    private static final Pattern NEWSLETTER = Pattern.compile(
            "^(?:nhận|đăng ký nhận|đăng ký)\\s+(?:bản tin|thư tin|newsletter|tin tức qua email)(?:$|\\s.*)"
                    + "|.*\\s(?:vào|về|đến|tới)\\s+(?:hộp thư|email|hộp thư điện tử) của bạn\\.?$");

    /**
     * A cookie notice (cookies, the reader addressed, a consent) or a newsletter box. A story about cookies names
     * them without asking the reader to agree.
     */
    static boolean isConsentOrNewsletter(String key) {
        // a sign-up opens with its verb or ends with "your inbox": looked at the ends before any scan of the line
        return (key.startsWith("nhận") || key.startsWith("đăng ký") || key.endsWith("của bạn") || key.endsWith("của bạn."))
                && NEWSLETTER.matcher(key).matches()
                || key.contains("cookie") && (key.contains("bạn") || key.contains("quý vị"))
                && (key.contains("đồng ý") || key.contains("chấp nhận") || key.contains("tiếp tục"));
    }

    /**
     * Page tools named by what they do, matched on the key: font size, print and mail buttons, an audio player
     * (its button, timer and speed), an app-download banner. Widgets, whatever words an outlet picks around them.
     */
    private static final Pattern TOOL_WIDGET = LineShapes.keyPattern(
            // the tool's name alone or before its settings ("Cỡ chữ: A- A A+", "Nghe bài viết (3 phút)"), never
            // continued as a sentence ("Giọng đọc truyền cảm của …" is text)
            "^(?:cỡ chữ|kích thước chữ|kích cỡ chữ|nghe bài viết|nghe bài báo|nghe đọc bài|nghe audio|nghe podcast|"
                    + "tốc độ đọc|tốc độ phát|giọng đọc|chọn giọng)\\s*(?:$|[:|(].*)"
                    // a video player's advertisement countdown
                    + "|^bỏ qua quảng cáo(?:\\s+sau\\s+\\d{1,2}\\s*(?:giây|s))?$"
                    + "|^\\d{1,2}:\\d{2}\\s*/\\s*\\d{1,2}:\\d{2}$");
    /**
     * An app-download banner: a call to download an app ("Tải ứng dụng X để đọc tin…", "… trên ứng dụng X. Tải ngay")
     * that speaks of reading or of doing it now; a headline about apps ("Tải ứng dụng giả mạo, …") says neither.
     */
    private static final Pattern APP_BANNER = LineShapes.keyPattern(
            "^(?=.*(?:đọc|ngay|miễn phí|trên điện thoại|app store|google play|ch play))"
                    + "(?:(?:tải|cài|cài đặt|tải về)\\s+(?:ngay\\s+)?(?:ứng dụng|app)(?:$|\\s.*)"
                    + "|.*\\s(?:ứng dụng|app)\\s.*\\s(?:tải ngay|cài ngay|tải về ngay)$)");

    /** A page tool (font size, audio player, app banner), read from the line's key. */
    static boolean isToolWidget(String line, String key) {
        if (!LineShapes.wordsAtMost(line, 16) || line.endsWith(".")) {
            return false;
        }
        boolean mayNameTool = key.contains("chữ") || key.contains("nghe") || key.contains("tốc độ") || key.contains("giọng")
                || !key.isEmpty() && Character.isDigit(key.charAt(0));
        boolean mayNameApp = key.contains("ứng dụng") || key.contains("app");
        return mayNameTool && TOOL_WIDGET.matcher(key).matches() || mayNameApp && APP_BANNER.matcher(key).matches();
    }

    /** {@link #isTool} for a line whose key is not at hand. */
    static boolean isTool(String line) {
        return isTool(line, VietnameseNormalizer.key(line), LineShapes.wordsUpTo(line, 61));
    }

    /**
     * A media player's bar: "▶ 00:00 / 24:18  Tốc độ 1x  Tải xuống", "0:00 / 3:42": the elapsed time over the
     * length, or a play sign opening a short line. No sentence holds a clock over a clock.
     */
    private static final java.util.regex.Pattern PLAYER = java.util.regex.Pattern.compile(
            "^\\s*[▶►⏵].{0,80}$|(?:^|\\s)\\d{1,2}:\\d{2}(?::\\d{2})?\\s*/\\s*\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s|$)");

    static boolean isPlayer(String line) {
        return LineShapes.wordsAtMost(line, 14) && !LineShapes.endsWithStop(line) && PLAYER.matcher(line).find();
    }

    /**
     * The hint a page prints under a picture or a graphic: "Bấm vào hình để xem kích thước lớn", "Nhấn vào ảnh để
     * phóng to", "Click để xem ảnh gốc". An instruction to the reader's hand (press, click, tap) on the picture.
     */
    private static final java.util.regex.Pattern IMAGE_HINT = LineShapes.keyPattern(
            "^(?:bấm|nhấn|nhấp|click|chạm|kích)(?:\\s+(?:chuột|vào|lên))*(?:\\s+(?:hình|ảnh|hình ảnh|đồ họa|đồ hoạ|infographic|biểu đồ|bản đồ))?"
                    + "\\s+(?:để\\s+)?(?:xem|phóng to|mở)(?:\\s+[^\\s]+){0,5}\\s*[.!]?$");

    static boolean isImageHint(String line, String key) {
        return LineShapes.wordsAtMost(line, 12) && IMAGE_HINT.matcher(key.strip()).matches()
                && (key.contains("hình") || key.contains("ảnh") || key.contains("phóng to") || key.contains("đồ họa")
                || key.contains("biểu đồ") || key.contains("bản đồ") || key.contains("infographic"));
    }
}
