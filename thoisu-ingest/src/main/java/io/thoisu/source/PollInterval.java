package io.thoisu.source;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a poll interval as people write it in a sources file: {@code 90s}, {@code 15m}, {@code 1h30m}, {@code 2d},
 * or ISO-8601 ({@code PT15M}). Bounds keep a typo from hammering a site (a zero interval) or silently never polling.
 */
public final class PollInterval {
    public static final Duration MIN = Duration.ofSeconds(1);
    public static final Duration MAX = Duration.ofDays(7);
    private static final Pattern COMPACT = Pattern.compile("(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");

    private PollInterval() {
    }

    /** The duration, or an {@link IllegalArgumentException} whose message says what is wrong. */
    public static Duration parse(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        Duration d = s.startsWith("p") ? iso(text) : compact(s, text);
        if (d.compareTo(MIN) < 0 || d.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("interval '" + text + "' is outside " + MIN.getSeconds() + "s..7d");
        }
        return d;
    }

    private static Duration iso(String text) {
        try {
            return Duration.parse(text.strip().toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("bad interval '" + text + "' (write 15m, 1h30m, 2d or PT15M)");
        }
    }

    private static Duration compact(String s, String text) {
        Matcher m = COMPACT.matcher(s);
        if (s.isEmpty() || !m.matches()) {
            throw new IllegalArgumentException("bad interval '" + text + "' (write 15m, 1h30m, 2d or PT15M)");
        }
        try {
            return Duration.ofDays(number(m.group(1))).plusHours(number(m.group(2)))
                    .plusMinutes(number(m.group(3))).plusSeconds(number(m.group(4)));
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException("interval '" + text + "' is too large");
        }
    }

    private static long number(String group) {
        return group == null ? 0 : Long.parseLong(group);
    }

    /** The compact form, for messages and the status page. */
    public static String format(Duration d) {
        StringBuilder sb = new StringBuilder();
        long s = d.getSeconds();
        long[] units = {86_400, 3_600, 60, 1};
        String[] names = {"d", "h", "m", "s"};
        for (int i = 0; i < units.length; i++) {
            if (s >= units[i]) {
                sb.append(s / units[i]).append(names[i]);
                s %= units[i];
            }
        }
        return sb.isEmpty() ? "0s" : sb.toString();
    }
}
