package io.thoisu.store;

import io.thoisu.clean.FurnitureLearner;
import io.thoisu.model.AnalysedArticle;
import io.thoisu.pipeline.CorpusChange;
import io.thoisu.pipeline.CorpusStages;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The corpus step of an ingest: restores the article stages from the saved state, feeds them the committed articles
 * they have not been fed (every stored article when they restart), and saves every stage's state with the rows that
 * changed, in one transaction. Because what is fed is decided by the fed markers written in that transaction, a
 * crash anywhere before it leaves the store as if the step had not begun, and the next step repairs it.
 */
public final class CorpusStep {
    /** What the step fed and changed. */
    public record Result(CorpusChange change, boolean restarted) {
    }

    private CorpusStep() {
    }

    /**
     * @param furniture        the furniture stage's state after this ingest's documents
     * @param countedDocuments documents the furniture stage counted in this ingest (to mark them counted)
     */
    public static Result run(ArticleStore store, CorpusState state, FurnitureLearner.Snapshot furniture,
                             Collection<String> countedDocuments) {
        boolean restart = state.corpus().isEmpty();
        boolean furnitureRestarts = state.furniture().isEmpty();
        CorpusStages stages = state.corpus().map(CorpusStages::restore).orElseGet(CorpusStages::fresh);
        List<AnalysedArticle> unfed = restart ? store.articlesInOrder() : store.articlesNotFed();
        CorpusChange change = stages.feed(unfed, store::fedArticles);
        if (restart || furnitureRestarts || !change.isEmpty() || !countedDocuments.isEmpty()) {
            long documentsCounted = state.furnitureDocuments() + countedDocuments.size();
            store.commitCorpus(new CorpusUpdate(
                    CorpusState.rows(furniture, documentsCounted, stages.snapshot(), Instant.now()),
                    change, List.copyOf(countedDocuments), restart, furnitureRestarts));
        }
        return new Result(change, restart);
    }
}
