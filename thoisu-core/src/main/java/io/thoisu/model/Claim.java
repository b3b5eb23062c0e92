package io.thoisu.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A figure someone puts forward: the quantity, what it counts ({@code about}, in the article's words), who says so
 * and the day, month or year it refers to ("2022-01-09", "2022-01", "2022"). {@code start}/{@code end} are the
 * sentence's offsets in the article.
 */
public record Claim(String articleId, String sentence, double value, Approx approx, Optional<String> unit,
                    String about, Optional<String> attribution, Optional<String> date, int start, int end) {
    public Claim {
        Objects.requireNonNull(articleId, "articleId");
        Span.check(start, end, sentence);
        Objects.requireNonNull(approx, "approx");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(about, "about");
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(date, "date");
    }
}
