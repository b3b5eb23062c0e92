package io.thoisu.time;

import io.thoisu.model.Published;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a time recognizer may resolve against: the article's publication time, and a year the user gave
 * ({@code --year}) for when neither the publication time nor the document's own dates tell the year.
 */
public record TimeContext(Optional<Published> published, OptionalInt givenYear) {
    public TimeContext {
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(givenYear, "givenYear");
    }

    public static TimeContext none() {
        return new TimeContext(Optional.empty(), OptionalInt.empty());
    }

    public static TimeContext publishedOn(Published published) {
        return new TimeContext(Optional.of(published), OptionalInt.empty());
    }

    public static TimeContext year(int year) {
        return new TimeContext(Optional.empty(), OptionalInt.of(year));
    }
}
