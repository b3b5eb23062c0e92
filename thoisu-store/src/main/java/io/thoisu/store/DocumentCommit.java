package io.thoisu.store;

import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.Origin;
import io.thoisu.model.Rejection;
import java.util.List;

/** The arguments of one {@link ArticleStore#commitDocument}, for committing many documents at once. */
public record DocumentCommit(String documentKey, Origin origin, List<AnalysedArticle> articles,
                             List<Rejection> rejections) {
    public DocumentCommit {
        articles = List.copyOf(articles);
        rejections = List.copyOf(rejections);
    }
}
