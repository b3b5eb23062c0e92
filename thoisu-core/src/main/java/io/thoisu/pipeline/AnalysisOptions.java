package io.thoisu.pipeline;

import io.thoisu.model.Published;
import java.util.Optional;
import java.util.OptionalInt;

/** STAND-IN (thoisu-app worktree only; the lead's real record replaces it): what the user tells the analysis. */
public record AnalysisOptions(OptionalInt year, Optional<Published> published) {
}
