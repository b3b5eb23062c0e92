package io.thoisu.pipeline;

import io.thoisu.model.Published;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the user tells the analysis about inputs that lack it: a year for day-month dates ({@code --year}) and a
 * publication time ({@code --published}) used when a document gives none.
 */
public record AnalysisOptions(OptionalInt year, Optional<Published> published) {
    public static final AnalysisOptions NONE = new AnalysisOptions(OptionalInt.empty(), Optional.empty());
}
