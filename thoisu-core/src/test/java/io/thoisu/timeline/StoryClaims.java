package io.thoisu.timeline;

import io.thoisu.model.Approx;
import io.thoisu.model.Claim;
import io.thoisu.model.Conflict;
import java.util.List;
import java.util.Optional;

/** Claims written by hand for the conflict tests, and what the finder's conflicts come down to. */
final class StoryClaims {
    private StoryClaims() {
    }

    /** A claim over its whole sentence, without attribution. */
    static Claim claim(String article, String sentence, double value, Approx approx, String unit, String about,
                       String date) {
        return new Claim(article, sentence, value, approx, Optional.ofNullable(unit), about, Optional.empty(),
                Optional.ofNullable(date), 0, sentence.length());
    }

    /** Each conflict's values, in the finder's order. */
    static List<List<Double>> values(List<Conflict> conflicts) {
        return conflicts.stream().map(c -> c.values().stream().map(Claim::value).toList()).toList();
    }
}
