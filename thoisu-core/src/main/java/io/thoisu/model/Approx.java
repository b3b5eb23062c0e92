package io.thoisu.model;

import java.util.Locale;

/** The qualifier of a quantity ("khoảng" = about, "hơn" = more-than, "lên tới" = up-to, ...). */
public enum Approx {
    EXACT, ABOUT, MORE_THAN, AT_LEAST, UP_TO, LESS_THAN, NEARLY;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Approx fromWire(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
