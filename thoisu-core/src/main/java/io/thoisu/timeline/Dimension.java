package io.thoisu.timeline;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The dimension a measure's own words name right before it: "ở độ cao khoảng 40 m" is an altitude, "đoạn lò dài
 * hơn 35 m" a length, "đỉnh núi cao 2.875 m" a height. Such a word says what the measure is of better than any verb
 * of its clause ("đoạn sông bị ô nhiễm dài khoảng 8 km" and "cá chết trên đoạn sông dài hơn 20 km" are both the
 * length of the stretch); the thing that has a length, height, depth or width is read as the item of a property
 * ({@link ValuedItem}), so that the length of a cable line and that of a collapsed span are not compared. "độ cao"
 * (the altitude something is at) is kept apart from "cao" (how tall a thing is): the height of a peak is no rival of
 * where a group sheltered on it; an altitude is not a property of the words before it ("6 người được tìm thấy ở độ
 * cao khoảng 2.100 m", "chỗ nhóm trú mưa nằm ở độ cao gần 2.700 m" tell where one group was), so it has no item.
 */
final class Dimension {
    /** Two-syllable names first: "độ cao" is an altitude, not "độ" + a height. */
    private static final Map<List<String>, String> NAMES = Map.ofEntries(
            Map.entry(List.of("độ", "cao"), "altitude"),
            Map.entry(List.of("chiều", "cao"), "height"),
            Map.entry(List.of("cao"), "height"),
            Map.entry(List.of("chiều", "dài"), "length"),
            Map.entry(List.of("dài"), "length"),
            Map.entry(List.of("độ", "sâu"), "depth"),
            Map.entry(List.of("sâu"), "depth"),
            Map.entry(List.of("chiều", "rộng"), "width"),
            Map.entry(List.of("rộng"), "width"));
    /** Words that may stand between the dimension and its figure: "dài tới 20 km", "cao là 40 m", "sâu đến 3 m". */
    private static final Set<String> LINKS = Set.of("là", "tới", "đến", "lên", "đạt", "chừng", "tầm", "ước", "tính",
            "khoảng", "gần", "hơn", "trên", "dưới", "tối", "đa");

    private Dimension() {
    }

    /** A dimension found at {@code [from, to)} of the clause words before a measure. */
    record Found(String name, int from, int to) {
    }

    /**
     * The dimension named at the end of {@code beforeKeys} (the measure's clause before its number), across at most
     * two linking words; empty when the last words name none ("kéo dài 3 ngày" is no measure and never asked).
     */
    static Optional<Found> before(List<String> beforeKeys) {
        int end = beforeKeys.size();
        int skipped = 0;
        while (end > 0 && skipped < 2 && LINKS.contains(beforeKeys.get(end - 1))) {
            end--;
            skipped++;
        }
        for (int length = 2; length >= 1; length--) {
            if (end - length < 0) {
                continue;
            }
            String name = NAMES.get(beforeKeys.subList(end - length, end));
            if (name != null) {
                return Optional.of(new Found(name, end - length, end));
            }
        }
        return Optional.empty();
    }
}
