package io.thoisu.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A time expression with its resolved value. {@code date} is the first day of the period for month and year
 * precision; {@code time} is present only for {@link TimePrecision#INSTANT}.
 */
public record TimeExpression(String text, LocalDate date, Optional<LocalTime> time, TimePrecision precision,
                             TimeAnchor anchor, int start, int end) implements Span {
    public TimeExpression {
        Span.check(start, end, text);
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(anchor, "anchor");
        if (time.isPresent() != (precision == TimePrecision.INSTANT)) {
            throw new IllegalArgumentException("a time of day goes with instant precision only: " + text);
        }
    }

    /** The contract's value: "2022", "2022-01", "2022-01-10" or "2022-01-13T19:30". */
    public String value() {
        return switch (precision) {
            case YEAR -> String.format("%04d", date.getYear());
            case MONTH -> String.format("%04d-%02d", date.getYear(), date.getMonthValue());
            case DAY -> date.toString();
            case INSTANT -> date + "T" + time.orElseThrow();
        };
    }
}
