package io.thoisu.quantity;

import io.thoisu.model.Quantity;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A recognised quantity with what the model's {@link Quantity} cannot hold: the upper end of a range ("5-7 người",
 * "từ 5 đến 7 người"). For a range the quantity carries the low end with {@code AT_LEAST} (unless a qualifier
 * such as "khoảng" says otherwise), which is true of every value in the range.
 */
public record QuantityMatch(Quantity quantity, OptionalDouble rangeEnd) {
    public QuantityMatch {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(rangeEnd, "rangeEnd");
    }
}
