package io.thoisu.clean;

import io.thoisu.text.VietnameseNormalizer;
import java.util.regex.Pattern;

/**
 * Links to other pages printed in or under an article, from their words: a related link ("Xem thêm: …"), the
 * heading over a list of the site's other items ("Tin cùng chuyên mục", "Bạn có thể quan tâm", "Xem thêm về vụ án",
 * "Phóng sự khác"), the "see all" link under such a list, a link to an attached document ("Xem toàn bộ bảng điểm
 * (PDF)"), the AMP page's link to its full version and the call to follow the outlet on a platform ("Theo dõi X trên
 * Google News"). Patterns over comparison keys; static and thread-safe.
 */
final class RelatedLinks {
    private RelatedLinks() {
    }

    /** "Xem thêm: <link text>": a related link printed inside the article. */
    private static final Pattern RELATED_LINK = Pattern.compile(
            "^(?:xem thêm|đọc thêm|tin liên quan|bài liên quan|tin cùng chủ đề|có thể bạn quan tâm|bài tiếp theo|tin tiếp theo|"
                    + "bài kế tiếp|tin kế tiếp|bài trước|tin trước|bài sau|tin sau|bài tiếp|kỳ tiếp theo|kỳ trước)\\s*[:>»›]\\s*\\S.*");

    /** Headings of related-article lists ("Tin cùng chuyên mục:", "Đọc thêm", "Bài viết cùng tác giả"). */
    private static final Pattern RELATED_HEADING = Pattern.compile(
            "^(?:đọc thêm|xem thêm|tin liên quan|bài liên quan|bài viết liên quan|tin cùng chuyên mục|tin cùng chủ đề|"
                    + "bài cùng chủ đề|bài viết cùng chủ đề|cùng chủ đề|bài viết cùng tác giả|bài cùng tác giả|tin khác|"
                    + "các tin khác|tin mới hơn|tin cũ hơn|tin đọc nhiều|đọc nhiều"
                    // the reader addressed: "Có thể bạn quan tâm", "Bạn có thể quan tâm", "Gợi ý cho bạn"
                    + "|có thể bạn quan tâm|bạn có thể quan tâm|có thể bạn muốn đọc|bạn có thể muốn đọc|có thể bạn chưa đọc"
                    + "|bạn nên đọc|gợi ý cho bạn|đề xuất cho bạn|dành cho bạn"
                    // the section named between: "Tin thời tiết khác", "Bài giải trí khác", "Các tin thể thao khác"
                    + "|(?:(?:các|những)\\s+)?(?:tin|bài|bài viết|tin tức)(?:\\s+[^\\s]+){1,3}\\s+khác"
                    // more on the story's subject: "Xem thêm về vụ án", "Các tin khác về bão số 9"
                    + "|(?:xem|đọc) thêm (?:tin |bài |bài viết )?về(?:\\s+\\S+){1,5}"
                    + "|(?:(?:các|những)\\s+)?(?:tin|bài|bài viết|tin bài) khác về(?:\\s+\\S+){1,5}"
                    // "Cùng chuyên mục", "Bài cùng danh mục": the section's other items
                    + "|(?:(?:tin|bài|bài viết|tin bài)\\s+)?cùng\\s+(?:chuyên mục|danh mục|chủ đề|thể loại|tác giả|sự kiện|loạt bài)"
                    // "Các bản tin khác", "Văn bản mới", "Phóng sự khác": a list of the site's other items, named by
                    // the kind of item and the list's order
                    + "|(?:(?:các|những)\\s+)?(?:tin|tin tức|bài|bài viết|bản tin|video|clip|ảnh|tin ảnh|văn bản|thông báo|"
                    + "chương trình|sự kiện|số báo|kỳ|podcast|phóng sự|ký sự|chuyên đề|tin đăng|bài đăng|bình luận|góc nhìn)"
                    + "\\s+(?:khác|mới|mới nhất|mới đăng|mới cập nhật|nổi bật|xem nhiều|đọc nhiều|liên quan|tiêu điểm|trước|tiếp theo)"
                    // the list of a series' parts: "Xem lại loạt bài", "Các kỳ của loạt bài", "Loạt bài liên quan"
                    + "|(?:xem lại|đọc lại|các kỳ của|các kỳ trong|các bài trong|các bài của|toàn bộ|trọn bộ)\\s+loạt(?:\\s+bài)?(?:\\s+\\S+){0,6}"
                    + "|loạt bài liên quan|các kỳ đã đăng|các kỳ trước)\\s*[:>»›]*$");

    /** "Xem tất cả văn bản", "Xem toàn bộ tin": the link that closes a list of the site's items. */
    private static final Pattern SEE_ALL = Pattern.compile(
            "^(?:xem|đọc)\\s+(?:tất cả|toàn bộ|thêm)\\s+(?:các\\s+)?(?:tin|tin tức|bài|bài viết|bản tin|văn bản|video|clip|ảnh|"
                    + "thông báo|kỳ|số báo|chương trình|sự kiện|dòng sự kiện|chuyên đề|loạt bài|danh sách)(?:\\s+\\S+){0,3}"
                    // the list's size after the link ("(12 bài)")
                    + "(?:\\s*\\(\\d+(?:\\s+\\S+)?\\))?\\s*[:>»›→]*$");

    /** "… (PDF)", "… [DOC]", "… (tải về)": a link to a file attached to the article. */
    private static final Pattern DOCUMENT_LINK = Pattern.compile(
            ".*\\s[(\\[](?:pdf|doc|docx|xls|xlsx|ppt|pptx|file pdf|file word|tải về|tải xuống|download)[)\\]]$");

    /** "Xem phiên bản đầy đủ", "Xem bản đầy đủ": an AMP or mobile page's link to its full page. */
    private static final Pattern FULL_VERSION = Pattern.compile(
            "^(?:xem|đọc|mở)\\s+(?:phiên bản|bản)\\s+(?:đầy đủ|gốc|máy tính|desktop|web)(?:\\s+\\S+){0,3}\\s*[»›>]*$");

    /**
     * "Theo dõi Tin Sáng trên Google News", "Theo dõi chúng tôi trên Zalo": the outlet's call to follow it elsewhere.
     * Only with the platform or "chúng tôi": "Theo dõi đường đi của bão" is a headline (or an intertitle).
     */
    private static final Pattern FOLLOW_US = Pattern.compile(
            "^theo dõi\\s+(?:chúng tôi|(?:\\S+\\s+){0,6}?(?:trên|tại|qua)\\s+(?:facebook|zalo|youtube|tiktok|google news|"
                    + "fanpage|kênh|ứng dụng|app|instagram|twitter|x))(?:$|[\\s.,!].*)");

    static boolean isFollowUs(String line, String key) {
        return key.startsWith("theo dõi") && LineShapes.wordsAtMost(line, 14) && FOLLOW_US.matcher(key.strip()).matches();
    }

    static boolean isRelatedLink(String line, String key) {
        // the pattern is anchored on a few opening words: it fails at once on most lines, before any count
        return RELATED_LINK.matcher(key.strip()).matches() && LineShapes.wordsAtMost(line, 50);
    }

    static boolean isRelatedLink(String line) {
        return isRelatedLink(line, VietnameseNormalizer.key(line));
    }

    static boolean isRelatedHeading(String line, String key) {
        return LineShapes.wordsAtMost(line, 8) && RELATED_HEADING.matcher(key.strip()).matches();
    }

    static boolean isRelatedHeading(String line) {
        return isRelatedHeading(line, VietnameseNormalizer.key(line));
    }

    /** The "see all" link under a list of items ("Xem tất cả văn bản"). */
    static boolean isSeeAllLink(String line, String key) {
        return (key.startsWith("xem") || key.startsWith("đọc")) && LineShapes.wordsAtMost(line, 8)
                && SEE_ALL.matcher(key.strip()).matches();
    }

    /** A short line naming an attached file by its type at the end: a link to the document, not the story. */
    static boolean isDocumentLink(String line, String key) {
        int last = key.length() - 1;
        return last > 0 && (key.charAt(last) == ')' || key.charAt(last) == ']') && LineShapes.wordsAtMost(line, 20)
                && DOCUMENT_LINK.matcher(key).matches();
    }

    /** The link from a shortened page to its full version. */
    static boolean isFullVersionLink(String line, String key) {
        return key.indexOf("bản") > 0 && LineShapes.wordsAtMost(line, 8) && FULL_VERSION.matcher(key.strip()).matches();
    }
}
