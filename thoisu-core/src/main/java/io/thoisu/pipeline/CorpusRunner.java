package io.thoisu.pipeline;

import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.Published;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Feeds a set of analysed articles through the corpus stages — duplicates, then stories — one at a time in
 * publication order (undated last, in their given order), the order a live feed would deliver them in.
 * Each run starts from fresh state machines, so the result depends on the articles alone. It is one feeding of
 * fresh {@link CorpusStages}, so a store fed incrementally in the same order ends up with the same result.
 */
public final class CorpusRunner {
    public CorpusResult run(List<AnalysedArticle> articles) {
        CorpusChange all = CorpusStages.fresh().feed(articles, FedArticles.NONE);
        Map<String, String> storyOf = new HashMap<>(all.storyOfArticle());
        return new CorpusResult(all.changedStories(), storyOf, all.duplicateGroups());
    }

    static List<AnalysedArticle> inPublicationOrder(List<AnalysedArticle> articles) {
        Comparator<AnalysedArticle> byDate = Comparator.comparing(
                a -> a.article().published().map(Published::date).orElse(LocalDate.MAX));
        return articles.stream().sorted(byDate).toList(); // stable: ties keep the given order
    }
}
