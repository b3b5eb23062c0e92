package io.thoisu.claim;

import io.thoisu.model.Quantity;
import io.thoisu.text.VietnameseNormalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Times read off a clock or a stopwatch written as hours, minutes and seconds in a row: "thành tích 2 giờ 14 phút",
 * "về đích sau 2 giờ 21 phút 47 giây". Such a reading is a result, like a score, not a figure sources put forward
 * and compare; its parts are no claims. A single duration ("kéo dài 45 phút", "sốt cao 3 ngày") still is one.
 */
final class ClockReadings {
    private static final List<String> ORDER = List.of("giờ", "tiếng", "phút", "giây");

    private ClockReadings() {
    }

    /** The quantities that are parts of a reading of two or more units in descending order, one after another. */
    static Set<Quantity> parts(String text, List<Quantity> quantities) {
        Set<Quantity> out = new HashSet<>();
        for (int i = 0; i + 1 < quantities.size(); i++) {
            Quantity a = quantities.get(i);
            Quantity b = quantities.get(i + 1);
            int ua = rank(a);
            int ub = rank(b);
            if (ua >= 0 && ub > ua && !(ua == 0 && ub == 1) && b.start() >= a.end()
                    && text.substring(a.end(), b.start()).isBlank()) {
                out.add(a);
                out.add(b);
            }
        }
        return out;
    }

    private static int rank(Quantity q) {
        return q.unit().map(u -> ORDER.indexOf(VietnameseNormalizer.key(u))).orElse(-1);
    }
}
