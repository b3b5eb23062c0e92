package io.thoisu.timeline;

import io.thoisu.text.VietnameseNormalizer;
import java.util.List;

/**
 * Words by which one sentence reports two sources' figures as rivals: "hơn 60 người, không phải 32 người", "nhiều
 * hơn con số 14 người mà công an đưa ra", "chứ không phải khoảng 85 tỷ". Such a sentence gives the rival value as
 * someone's claim about the same thing, not as another thing.
 */
final class DisputeMarks {
    /** Keyed (lower case, canonical tones) and padded with spaces, so that only whole words match. */
    private static final List<String> MARKS = List.of(" không phải ", " chứ không ", " con số ", " thay vì ",
            " trái với ", " khác với ", " mâu thuẫn ", " trong khi ", " nhưng ");

    private DisputeMarks() {
    }

    static boolean reportsDisagreement(String sentence) {
        String key = " " + VietnameseNormalizer.key(sentence).replaceAll("[\\p{P}\\s]+", " ") + " ";
        for (String mark : MARKS) {
            if (key.contains(mark)) {
                return true;
            }
        }
        return false;
    }
}
