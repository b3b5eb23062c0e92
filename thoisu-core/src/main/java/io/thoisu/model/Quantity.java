package io.thoisu.model;

import java.util.Objects;
import java.util.Optional;

/** A number in the text with its qualifier and the unit it counts ("khoảng 5.800 đối tượng"). */
public record Quantity(String text, double value, Approx approx, Optional<String> unit, int start, int end)
        implements Span {
    public Quantity {
        Span.check(start, end, text);
        Objects.requireNonNull(approx, "approx");
        Objects.requireNonNull(unit, "unit");
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("quantity value is not finite: " + text);
        }
    }
}
