package io.thoisu.timeline;

import io.thoisu.text.VietnameseNormalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The administrative area a figure is told for: the smallest named unit its sentence mentions ("toàn xã có 214
 * hộ", "huyện Đông Trà đã di dời hơn 900 hộ"). A commune's figure is a part of the district's, not a rival to it,
 * so figures of different levels, or of differently named areas of one level, are different things. A sentence
 * naming no area speaks for the whole story, as a province or a country would.
 */
record Scope(int level, String name) {
    static final int WHOLE = 3;
    static final Scope UNKNOWN = new Scope(WHOLE, "");

    /** An area word (any case) then a capitalised name: "xã Phú Lạc", "TP Hải Lâm"; or "toàn huyện". */
    private static final Pattern NAMED = Pattern.compile(
            "(?<![\\p{L}\\p{M}])((?iu:thôn|bản|ấp|khu phố|tổ dân phố|xã|phường|thị trấn|huyện|quận|thị xã|tỉnh"
                    + "|thành phố|TP\\.?))\\s+(\\p{Lu}[\\p{L}\\p{M}]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}]*)*)");
    private static final Pattern WHOLE_AREA = Pattern.compile(
            "(?iu)(?<![\\p{L}\\p{M}])toàn\\s+(xã|phường|thị trấn|huyện|quận|thị xã|tỉnh)(?![\\p{L}\\p{M}])");

    static Scope of(String sentence) {
        Scope best = UNKNOWN;
        boolean found = false;
        Matcher m = NAMED.matcher(sentence);
        while (m.find()) {
            Scope s = new Scope(level(m.group(1)), VietnameseNormalizer.key(m.group(2)));
            if (!found || s.level < best.level) {
                best = s;
                found = true;
            }
        }
        Matcher w = WHOLE_AREA.matcher(sentence);
        while (w.find()) {
            int level = level(w.group(1));
            if (!found || level < best.level) {
                best = new Scope(level, "");
                found = true;
            }
        }
        return best;
    }

    boolean compatible(Scope other) {
        return level == other.level && (name.isEmpty() || other.name.isEmpty() || name.equals(other.name));
    }

    private static int level(String areaWord) {
        return switch (VietnameseNormalizer.key(areaWord).replace(".", "")) {
            case "thôn", "bản", "ấp", "khu phố", "tổ dân phố" -> 0;
            case "xã", "phường", "thị trấn" -> 1;
            case "huyện", "quận", "thị xã" -> 2;
            default -> WHOLE;
        };
    }
}
