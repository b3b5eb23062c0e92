package io.thoisu.timeline;

import io.thoisu.model.Claim;
import java.util.Optional;

/**
 * A claim read for comparison: what kind of amount it is, what it counts ({@code counted}: a count-noun class,
 * a unit), what happened to it ({@code predicate}, e.g. "evacuated"), the counted noun phrase for figures without
 * a predicate, the area it is told for, and whether its sentence names its day or the day came from publication.
 */
record Figure(Claim claim, QuantityKind kind, String counted, Optional<String> predicate, String predicateText,
              boolean predicateBefore, String nounPhrase, Scope scope, String qualifier, Optional<String> date,
              boolean dateStated) {
    Figure withDate(Optional<String> newDate) {
        return new Figure(claim, kind, counted, predicate, predicateText, predicateBefore, nounPhrase, scope,
                qualifier, newDate, false);
    }
}
