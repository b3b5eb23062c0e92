package io.thoisu.model;

import java.util.Locale;

/** How precisely a time expression or a date is known. */
public enum TimePrecision {
    YEAR, MONTH, DAY, INSTANT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
