package io.thoisu.claim;

import io.thoisu.model.Approx;
import io.thoisu.model.Quantity;
import io.thoisu.text.VietnameseNormalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Ranges written with the unit at both ends, "từ 60 kW đến 180 kW", which the quantity recognizer reads as two
 * figures: a range is one claim, its low end with at-least (the convention of "từ 5 đến 7 người"). A change
 * "từ 10% lên 70%" is two figures and stays so.
 */
final class Ranges {
    private Ranges() {
    }

    /** Each range's low end mapped to the claim it stands for, each high end to nothing (it is no claim). */
    static Map<Quantity, Optional<Quantity>> spelledOut(String text, List<Quantity> quantities) {
        Map<Quantity, Optional<Quantity>> out = new HashMap<>();
        for (int i = 0; i + 1 < quantities.size(); i++) {
            Quantity low = quantities.get(i);
            Quantity high = quantities.get(i + 1);
            if (low.approx() != Approx.EXACT || high.start() < low.end() || low.unit().isEmpty()
                    || !low.unit().equals(high.unit())) {
                continue;
            }
            String between = VietnameseNormalizer.key(text.substring(low.end(), high.start()).strip());
            // the high end may carry "đến" as its own up-to qualifier ("đến 180 kW")
            boolean joined = between.equals("đến") || between.equals("tới")
                    || (between.isEmpty() && high.approx() == Approx.UP_TO);
            if (joined && VietnameseNormalizer.key(before(text, low.start())).equals("từ")) {
                out.put(low, Optional.of(new Quantity(low.text(), low.value(), Approx.AT_LEAST, low.unit(),
                        low.start(), low.end())));
                out.put(high, Optional.empty());
            }
        }
        return out;
    }

    private static String before(String text, int at) {
        int end = at;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end);
    }
}
