package io.thoisu.timeline;

import io.thoisu.model.Claim;

/**
 * The values a qualified figure allows, as Vietnamese news uses the qualifiers:
 * <ul>
 * <li>exact: within 1 % (copies round "5.796" to "5.800");</li>
 * <li>"khoảng" (about): half the figure's rounding step either way, kept between 5 % and 10 % ("khoảng 1.200"
 * is rounded to the hundred: 1.140–1.260; "khoảng 20 tỷ" 18–22 tỷ), and at least one either way for a whole
 * figure ("khoảng 12 công nhân" allows 11 and 13);</li>
 * <li>"gần" (nearly): just below, within 5 % ("gần 400" is 380–400, not 350);</li>
 * <li>"hơn" (more than): up to the next step of its last digit ("hơn 900" is 900–999, "hơn 15 tỷ" 15–16 tỷ,
 * "hơn 1.000" 1.000–1.999): a writer who knew of 1.200 would not write "hơn 900";</li>
 * <li>"ít nhất" (at least): no upper bound;</li>
 * <li>"lên tới", "tới" (as many as): the figure's top tenth, since it names the size; "tối đa", "không quá"
 * (at most) and "dưới" (less than): anything below.</li>
 * </ul>
 */
final class FigureRange {
    private static final double EXACT = 0.01;
    private static final double ABOUT_LEAST = 0.05;
    private static final double ABOUT_MOST = 0.10;
    private static final double NEARLY = 0.05;
    private static final double AS_MANY_AS = 0.10;

    private FigureRange() {
    }

    static double[] of(Claim c, String qualifier) {
        double v = c.value();
        double step = step(v);
        return switch (c.approx()) {
            case EXACT -> new double[] {v * (1 - EXACT), v * (1 + EXACT)};
            case ABOUT -> {
                double tolerance = Math.min(ABOUT_MOST, Math.max(ABOUT_LEAST, step / 2 / Math.abs(v)));
                // "khoảng 12 công nhân" allows 11 and 13: about a small whole count is at least one either way
                double unit = v == Math.rint(v) ? 1 : 0;
                yield new double[] {Math.min(v * (1 - tolerance), v - unit), Math.max(v * (1 + tolerance), v + unit)};
            }
            case NEARLY -> new double[] {v * (1 - NEARLY), v};
            case MORE_THAN -> new double[] {v, v + step - step * 1e-9};
            case AT_LEAST -> new double[] {v, Double.POSITIVE_INFINITY};
            case UP_TO -> qualifier.startsWith("tối đa") || qualifier.startsWith("không quá")
                    ? new double[] {0, v} : new double[] {v * (1 - AS_MANY_AS), v};
            case LESS_THAN -> new double[] {0, v};
        };
    }

    static boolean agree(Figure a, Figure b) {
        double[] x = of(a.claim(), a.qualifier());
        double[] y = of(b.claim(), b.qualifier());
        return x[0] <= y[1] && y[0] <= x[1];
    }

    /** The place value of a figure's last significant digit: 900 → 100, 1.000 → 1.000, 7,8 → 0,1. */
    static double step(double v) {
        double a = Math.abs(v);
        if (a == 0) {
            return 1;
        }
        for (int k = 15; k >= -6; k--) {
            double p = Math.pow(10, k);
            if (p > a) {
                continue;
            }
            double q = a / p;
            if (Math.abs(q - Math.rint(q)) < 1e-6) {
                return p;
            }
        }
        return Math.pow(10, -6);
    }
}
