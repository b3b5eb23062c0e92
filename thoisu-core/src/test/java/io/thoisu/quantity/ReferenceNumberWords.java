package io.thoisu.quantity;

import io.thoisu.text.VietnameseNormalizer;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Reads Vietnamese numerals written as words ("mười lăm", "hai mươi mốt", "một trăm linh năm", "ba triệu rưỡi").
 * The grammar: a digit word, optionally multiplied by "mươi" (tens) or "trăm" (hundreds); "mười" is ten;
 * "mốt", "lăm"/"nhăm" and "tư" are the forms 1, 5 and 4 take after "mươi"; "linh"/"lẻ" mark an empty tens place;
 * "nghìn"/"ngàn", "triệu" and "tỷ"/"tỉ" close a group; "rưỡi" adds half of the last unit.
 */
final class ReferenceNumberWords {
    private static final Map<String, Integer> DIGITS = Map.ofEntries(
            Map.entry("một", 1), Map.entry("hai", 2), Map.entry("ba", 3), Map.entry("bốn", 4),
            Map.entry("năm", 5), Map.entry("sáu", 6), Map.entry("bảy", 7), Map.entry("bẩy", 7),
            Map.entry("tám", 8), Map.entry("chín", 9));
    /** Digit forms that only occur after "mươi"/"mười" ("hai mươi mốt", "mười lăm"). */
    private static final Map<String, Integer> AFTER_TENS = Map.of("mốt", 1, "lăm", 5, "nhăm", 5, "tư", 4);
    private static final Map<String, Long> SCALES = Map.of("nghìn", 1_000L, "ngàn", 1_000L, "triệu", 1_000_000L,
            "tỷ", 1_000_000_000L, "tỉ", 1_000_000_000L);

    private ReferenceNumberWords() {
    }

    /** The value of the longest valid numeral at the start of {@code words}, and how many words it used. */
    record Reading(double value, int words) {
    }

    static boolean isNumberWord(String key) {
        return DIGITS.containsKey(key) || AFTER_TENS.containsKey(key) || SCALES.containsKey(key)
                || key.equals("mười") || key.equals("mươi") || key.equals("trăm") || key.equals("linh")
                || key.equals("lẻ") || key.equals("rưỡi");
    }

    static long scaleOf(String key) {
        Long s = SCALES.get(key);
        if (s != null) {
            return s;
        }
        return switch (key) {
            case "trăm" -> 100L;
            case "chục" -> 10L;
            default -> 0L;
        };
    }

    /** Reads keys (already passed through {@link VietnameseNormalizer#key}); empty when the first word is no numeral. */
    static java.util.Optional<Reading> read(List<String> words) {
        double total = 0;
        long group = 0;
        int pending = -1; // last bare digit, not yet multiplied
        String previous = "";
        long lastUnit = 0;
        int used = 0;
        for (String w : words) {
            Integer digit = DIGITS.get(w);
            Integer tensDigit = AFTER_TENS.get(w);
            boolean afterTens = previous.equals("mươi") || previous.equals("mười");
            boolean afterEmptyTens = previous.equals("linh") || previous.equals("lẻ");
            if (tensDigit != null && afterTens && pending == -1) {
                group += tensDigit;
                pending = -2; // the units place is filled
            } else if (digit != null) {
                // "hai năm" (two years), "mười năm" (ten years): after a digit or a ten, "năm" is the noun "year"
                if (pending != -1 || (afterTens && digit == 5)) {
                    break;
                }
                group += digit;
                pending = afterTens || afterEmptyTens ? -2 : digit;
            } else if (w.equals("mười")) {
                if (pending != -1 || group % 100 != 0) {
                    break;
                }
                group += 10;
                pending = -1;
            } else if (w.equals("mươi")) {
                if (pending < 2) {
                    break;
                }
                group += pending * 9L;
                pending = -1;
            } else if (w.equals("trăm")) {
                if (pending < 1) {
                    break;
                }
                group += pending * 99L;
                pending = -1;
                lastUnit = 100;
            } else if (w.equals("linh") || w.equals("lẻ")) {
                if (!previous.equals("trăm")) {
                    break;
                }
            } else if (SCALES.containsKey(w)) {
                long scale = SCALES.get(w);
                if (group == 0) {
                    if (total > 0 && scale > lastUnit) {
                        total *= scale;
                    } else {
                        break;
                    }
                } else {
                    total += group * (double) scale;
                    group = 0;
                }
                pending = -1;
                lastUnit = scale;
            } else if (w.equals("rưỡi")) {
                if (lastUnit == 0 || !(previous.equals("trăm") || SCALES.containsKey(previous))) {
                    break;
                }
                total += lastUnit / 2.0;
                used++;
                previous = w;
                break;
            } else {
                break;
            }
            used++;
            previous = w;
        }
        // a numeral cannot end on a connector ("một trăm linh" → "một trăm")
        if (used > 0 && (previous.equals("linh") || previous.equals("lẻ"))) {
            used--;
        }
        if (used == 0 || total + group == 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Reading(total + group, used));
    }

    static OptionalDouble valueOf(List<String> words) {
        return read(words).filter(r -> r.words() == words.size()).map(r -> OptionalDouble.of(r.value()))
                .orElse(OptionalDouble.empty());
    }
}
