package io.thoisu.cli;

import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.RawDocument;
import io.thoisu.model.Rejection;
import io.thoisu.pipeline.AnalysisOptions;
import io.thoisu.pipeline.Pipeline;
import java.util.List;
import java.util.Optional;

/** The articles of one document, or why it could not be analysed: a bad document never stops a run. */
record DocumentAnalysis(RawDocument document, List<AnalysedArticle> articles, Optional<Rejection> failure) {

    static DocumentAnalysis of(Pipeline pipeline, RawDocument document, AnalysisOptions options) {
        try {
            return new DocumentAnalysis(document, pipeline.analyse(document, options), Optional.empty());
        } catch (RuntimeException | StackOverflowError e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new DocumentAnalysis(document, List.of(),
                    Optional.of(new Rejection(document.origin(), "analyse", reason)));
        }
    }
}
