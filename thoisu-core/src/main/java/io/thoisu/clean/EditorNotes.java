package io.thoisu.clean;

import io.thoisu.text.VietnameseNormalizer;
import java.util.regex.Pattern;

/**
 * The outlet's notes about its own article, not the story: "Tin Sáng tiếp tục cập nhật.", "(Còn nữa)", and a
 * correction notice ("Đính chính: Phiên bản đầu tiên của bài viết … Tòa soạn xin cáo lỗi cùng bạn đọc."), which is
 * about an earlier version of the text. Patterns over comparison keys; static and thread-safe.
 */
final class EditorNotes {
    private EditorNotes() {
    }

    /** "Tin Sáng tiếp tục cập nhật.", "(Còn nữa)": the outlet's own note, not the story. */
    private static final Pattern EDITOR_NOTE = Pattern.compile(
            "^(?:.{0,40}\\s)?(?:tiếp tục|sẽ tiếp tục|sẽ|còn tiếp tục) (?:cập nhật|thông tin)(?: thêm)?(?: về vụ việc| tin tức| diễn biến)?\\.?$|"
                    + "^\\(?(?:còn nữa|còn tiếp|hết)\\)?\\.?$");

    /**
     * A correction notice, opened by its label and a colon ("Đính chính:", "Cải chính:", "Ghi chú của tòa soạn:").
     * Anchored on the label: a story about a correction says "… đã đính chính …" inside a sentence.
     */
    private static final Pattern CORRECTION = Pattern.compile(
            "^\\(?\\*?\\)?\\s*(?:đính chính|cải chính|lời đính chính|tòa soạn đính chính|toà soạn đính chính|"
                    + "ghi chú của tòa soạn|ghi chú của toà soạn|ghi chú của ban biên tập)\\s*:\\s*\\S.*");
    /** A correction notice is a few sentences at most. */
    private static final int MAX_CORRECTION_WORDS = 90;

    static boolean isEditorNote(String line, String key) {
        return LineShapes.wordsAtMost(line, 12) && EDITOR_NOTE.matcher(key.strip()).matches();
    }

    static boolean isEditorNote(String line) {
        return isEditorNote(line, VietnameseNormalizer.key(line));
    }

    static boolean isCorrection(String line, String key) {
        return (key.startsWith("đính") || key.startsWith("cải") || key.startsWith("ghi chú") || key.startsWith("lời")
                || key.startsWith("tòa") || key.startsWith("toà") || key.startsWith("(")) && CORRECTION.matcher(key).matches()
                && LineShapes.wordsAtMost(line, MAX_CORRECTION_WORDS);
    }
}
