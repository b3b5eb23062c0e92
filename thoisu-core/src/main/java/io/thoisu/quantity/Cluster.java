package io.thoisu.quantity;

import java.util.ArrayList;
import java.util.List;

/**
 * A run of digits joined by separators ("5.800", "7,5", "5-7", "13-1-2022", "19h30", "10/1"), read once so the
 * recognizer can tell counts from dates and times. Dots group thousands, the comma is the decimal mark.
 */
final class Cluster {
    final List<Double> parts = new ArrayList<>();
    /** Slash, colon, an "h" between hours and minutes, three dashed parts or dotted dates: not a count. */
    boolean hasTimeOrDateMark;
    /** No dot or comma anywhere: "2022" may be a year, "2.022" may not. */
    boolean plainDigits = true;
    /** End of the cluster, or -1 when nothing was read. */
    int end = -1;

    private Cluster() {
    }

    static Cluster read(String text, int start) {
        Cluster c = new Cluster();
        int p = start;
        int n = text.length();
        StringBuilder part = new StringBuilder();
        List<String> raw = new ArrayList<>();
        while (p < n) {
            char ch = text.charAt(p);
            if (isDigit(ch)) {
                part.append(ch);
                p++;
                continue;
            }
            boolean digitFollows = p + 1 < n && isDigit(text.charAt(p + 1));
            if ((ch == '.' || ch == ',') && digitFollows && !part.isEmpty()) {
                part.append(ch);
                p++;
            } else if ((ch == '/' || ch == ':') && digitFollows) {
                c.hasTimeOrDateMark = true;
                part.append(ch);
                p++;
            } else if ((ch == 'h' || ch == 'H' || ch == 'g') && (digitFollows || p + 1 >= n
                    || !Character.isLetterOrDigit(text.charAt(p + 1)))) {
                // "19h30", "19h" (an hour); "19g30" in some papers
                c.hasTimeOrDateMark = true;
                p++;
                while (p < n && isDigit(text.charAt(p))) {
                    p++;
                }
                break;
            } else if (ch == '-' || ch == '–' || ch == ' ') {
                int q = p;
                while (q < n && text.charAt(q) == ' ') {
                    q++;
                }
                if (q < n && (text.charAt(q) == '-' || text.charAt(q) == '–')) {
                    q++;
                    while (q < n && text.charAt(q) == ' ') {
                        q++;
                    }
                    if (q < n && isDigit(text.charAt(q)) && (q - p) <= 3) {
                        raw.add(part.toString());
                        part.setLength(0);
                        p = q;
                        continue;
                    }
                }
                break;
            } else {
                break;
            }
        }
        if (part.isEmpty() && raw.isEmpty()) {
            return c;
        }
        raw.add(part.toString());
        c.end = p;
        if (c.hasTimeOrDateMark) {
            return c;
        }
        if (raw.size() > 2) {
            c.hasTimeOrDateMark = true;
            return c;
        }
        for (String r : raw) {
            double v = parse(r, c);
            if (Double.isNaN(v)) {
                c.hasTimeOrDateMark = true;
                return c;
            }
            c.parts.add(v);
        }
        return c;
    }

    private static boolean isDigit(char ch) {
        return ch >= '0' && ch <= '9';
    }

    /** The value of one part, NaN when its separators make no number ("13.1.2022"). */
    private static double parse(String r, Cluster c) {
        if (r.isEmpty()) {
            return Double.NaN;
        }
        String integer = r;
        String fraction = "";
        int comma = r.indexOf(',');
        if (comma >= 0) {
            c.plainDigits = false;
            if (r.indexOf(',', comma + 1) >= 0) {
                return Double.NaN;
            }
            integer = r.substring(0, comma);
            fraction = r.substring(comma + 1);
            if (fraction.equals("000") && integer.indexOf('.') < 0 && integer.length() <= 3) {
                // "92,000 phụ nữ" in wire copy is grouped the English way: no decimal ends in three zeros
                integer = integer + fraction;
                fraction = "";
            }
        }
        if (integer.indexOf('.') >= 0) {
            c.plainDigits = false;
            String[] groups = integer.split("\\.", -1);
            boolean thousands = groups[0].length() >= 1 && groups[0].length() <= 3;
            for (int i = 1; i < groups.length; i++) {
                thousands &= groups[i].length() == 3;
            }
            if (thousands) {
                integer = String.join("", groups);
            } else if (groups.length == 2 && groups[1].length() <= 2 && fraction.isEmpty()) {
                fraction = groups[1];
                integer = groups[0];
            } else {
                return Double.NaN;
            }
        }
        try {
            return Double.parseDouble(integer + (fraction.isEmpty() ? "" : "." + fraction));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
