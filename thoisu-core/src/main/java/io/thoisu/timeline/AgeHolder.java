package io.thoisu.timeline;

import io.thoisu.text.VietnameseNormalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The person an age belongs to: the full name right before it ("Lê Văn Tú (24 tuổi)", "Đặng Minh Khoa, 19
 * tuổi"). Ages are no disputes in general (two people's ages differ), but two outlets giving one named person two
 * ages disagree about a fixed fact.
 */
final class AgeHolder {
    /** A name of two capitalised words or more, then "(" or "," and the age. */
    private static final Pattern NAME_BEFORE = Pattern.compile(
            "(?<![\\p{L}\\p{M}])(\\p{Lu}[\\p{L}\\p{M}]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}]*)+)\\s*[(,]\\s*$");

    private AgeHolder() {
    }

    /** The keyed name of whose age starts at {@code figureStart}, else empty. */
    static String of(String sentence, int figureStart) {
        Matcher m = NAME_BEFORE.matcher(sentence.substring(0, Math.max(0, Math.min(figureStart, sentence.length()))));
        return m.find() ? VietnameseNormalizer.key(m.group(1)) : "";
    }
}
