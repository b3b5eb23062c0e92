package io.thoisu.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * When an article was published: a day, and the instant with its zone when the source gave a time of day.
 * The contract prints the instant ("2022-01-13T19:17:00+07:00") when known, else the day ("2022-01-13").
 */
public record Published(LocalDate date, Optional<OffsetDateTime> instant) {
    public Published {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(instant, "instant");
        if (instant.isPresent() && !instant.get().toLocalDate().equals(date)) {
            throw new IllegalArgumentException("instant " + instant.get() + " is not on " + date);
        }
    }

    public static Published ofDay(LocalDate date) {
        return new Published(date, Optional.empty());
    }

    public static Published ofInstant(OffsetDateTime instant) {
        return new Published(instant.toLocalDate(), Optional.of(instant));
    }

    public String wireValue() {
        return instant.map(i -> i.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).orElseGet(date::toString);
    }

    /** Parses what {@link #wireValue()} printed, or a bare ISO date, or an offset date-time. */
    public static Optional<Published> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        try {
            return Optional.of(ofInstant(OffsetDateTime.parse(v)));
        } catch (RuntimeException notInstant) {
            try {
                return Optional.of(ofDay(LocalDate.parse(v.length() >= 10 ? v.substring(0, 10) : v)));
            } catch (RuntimeException notDate) {
                return Optional.empty();
            }
        }
    }
}
