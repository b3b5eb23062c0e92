package io.thoisu.clean;

import io.thoisu.text.VietnameseNormalizer;
import java.util.regex.Pattern;

/**
 * The lines around a signature that say who stands behind the text without being its author: the author's post
 * or degree under the name ("Phóng viên ban Quốc tế", "Tiến sĩ Quy hoạch đô thị, giảng viên Trường X"), the body
 * a signer speaks for, an expert reviewer's credit ("Tham vấn chuyên môn: …"). Patterns over the line or its key;
 * stateless.
 */
final class AuthorLines {
    private AuthorLines() {
    }

    /**
     * "Tham vấn chuyên môn: ThS.BS X, Khoa Y, Bệnh viện Z": the expert who reviewed an explainer, with the post that
     * makes the review worth printing. A byline line (the page's credits), never an author: the reviewer vouches for
     * the text and did not write it.
     */
    private static final Pattern REVIEWER_CREDIT = Pattern.compile(
            "^(?:Tham vấn chuyên môn|Tham vấn y khoa|Tham vấn y học|Cố vấn chuyên môn|Kiểm duyệt chuyên môn|Duyệt nội dung|"
                    + "Người duyệt|Thẩm định chuyên môn)\\s*:\\s*\\S.*$", Pattern.CASE_INSENSITIVE);

    static boolean isReviewerCredit(String line) {
        return line.indexOf(':') > 0 && LineShapes.wordsAtMost(line, 30) && !LineShapes.endsWithStop(line)
                && REVIEWER_CREDIT.matcher(line.strip()).matches();
    }

    /** The line under an author's name in an author box ("Phóng viên ban Quốc tế, phụ trách …"). */
    private static final Pattern AUTHOR_ROLE = Pattern.compile(
            "^(?:phóng viên|biên tập viên|nhà báo|cộng tác viên|thư ký tòa soạn|trưởng ban|phó ban)\\b.*"
                    // the body a signer speaks for: "Đoàn Luật sư tỉnh X", "Công ty Luật Y", "Bệnh viện Z"
                    + "|^(?:đoàn luật sư|công ty luật|văn phòng luật sư|hãng luật|liên đoàn luật sư|trường đại học|đại học|"
                    + "học viện|viện|bệnh viện|trung tâm|khoa)\\s+\\S+(?:\\s+\\S+){0,8}$");

    /**
     * The signer's post under a signature ("Trưởng khoa Nội tiết, Bệnh viện X", "Giảng viên khoa Y, Trường Z"): a
     * post, a comma and the institution, no sentence (a lead that opens with a title goes on to say something and ends with a stop).
     */
    private static final Pattern SIGNER_POST = Pattern.compile(
            "^(?:(?:phó\\s+)?(?:trưởng|giám đốc|chủ nhiệm)\\s+(?:khoa|phòng|bộ môn|trung tâm|đơn vị)|"
                    + "giảng viên|nghiên cứu viên)\\s[^,]+,\\s*(?:bệnh viện|trường|viện|học viện|đại học|trung tâm|công ty|sở)\\s.*"
                    // a degree and its field, then the post: "Tiến sĩ Quy hoạch đô thị, giảng viên Trường X"
                    + "|^(?:tiến sĩ|thạc sĩ|ts\\.|ths\\.|pgs\\.|gs\\.|kiến trúc sư|kts\\.|luật sư|ls\\.|bác sĩ|bs\\.|kỹ sư|nhà báo|chuyên gia)"
                    + "\\s*[^,]+,\\s*(?:giảng viên|nghiên cứu viên|trưởng|phó|giám đốc|chủ tịch|thành viên|chuyên gia|cố vấn|nguyên|"
                    + "hiện là|công tác tại|làm việc tại)\\s.*");

    static boolean isAuthorRole(String line) {
        return LineShapes.wordsAtMost(line, 25) && AUTHOR_ROLE.matcher(VietnameseNormalizer.key(line).strip()).matches();
    }

    static boolean isAuthorRole(String line, String key) {
        return LineShapes.wordsAtMost(line, 25) && (AUTHOR_ROLE.matcher(key.strip()).matches()
                || !LineShapes.endsWithStop(line) && SIGNER_POST.matcher(key.strip()).matches());
    }
}
