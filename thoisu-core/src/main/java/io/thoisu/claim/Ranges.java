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

    /** Units whose "từ N" starts an open range: an age, a price. */
    private static final java.util.Set<String> FROM_UNITS = java.util.Set.of("tuổi", "tháng tuổi", "đồng", "usd",
            "euro", "yên", "baht", "nhân dân tệ");

    /**
     * "trẻ từ 9 tháng tuổi", "vé khứ hồi từ 7,9 triệu đồng": "từ" before an age or a price with no other end is
     * "from … up", the low end of an open range, at-least. Elsewhere "từ" says where from ("vận động viên từ 40
     * quốc gia") and the figure stays exact.
     */
    static Quantity openRange(String text, Quantity q) {
        if (q.approx() != Approx.EXACT || !VietnameseNormalizer.key(before(text, q.start())).equals("từ")) {
            return q;
        }
        String next = VietnameseNormalizer.key(after(text, q.end()));
        // an age is no unit of the recognizer's: "6 tuổi" ends before "tuổi"
        String unit = q.unit().map(VietnameseNormalizer::key).orElse(next);
        if (!FROM_UNITS.contains(unit) && !(unit.equals("tháng") && next.equals("tuổi"))) {
            return q;
        }
        if (q.unit().isEmpty()) {
            next = VietnameseNormalizer.key(after(text, wordEnd(text, q.end()))); // "từ 6 tuổi đến 10 tuổi"
        }
        if (next.equals("đến") || next.equals("tới") || next.equals("lên") || next.equals("xuống")) {
            return q;
        }
        return new Quantity(q.text(), q.value(), Approx.AT_LEAST, q.unit(), q.start(), q.end());
    }

    private static int wordEnd(String text, int at) {
        int end = at;
        while (end < text.length() && Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static String after(String text, int at) {
        int start = at;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end);
    }
}
