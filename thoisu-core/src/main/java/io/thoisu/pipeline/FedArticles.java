package io.thoisu.pipeline;

import io.thoisu.model.AnalysedArticle;
import java.util.Collection;
import java.util.List;

/**
 * Where {@link CorpusStages} finds the analyses of articles it was fed earlier (the stages keep no analyses: their
 * memory follows the active stories, not the corpus). A store answers from its records.
 */
@FunctionalInterface
public interface FedArticles {
    /** Those of these ids that were fed before, in the order they were fed; unknown ids are left out. */
    List<AnalysedArticle> inFedOrder(Collection<String> ids);

    /** For a first feeding: nothing was fed before. */
    FedArticles NONE = ids -> List.of();
}
