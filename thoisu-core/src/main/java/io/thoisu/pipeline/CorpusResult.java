package io.thoisu.pipeline;

import io.thoisu.model.Story;
import java.util.List;
import java.util.Map;

/** What the corpus stages concluded about a set of articles: stories, each article's story, duplicate groups. */
public record CorpusResult(List<Story> stories, Map<String, String> storyOfArticle, List<List<String>> duplicates) {
    public CorpusResult {
        stories = List.copyOf(stories);
        storyOfArticle = Map.copyOf(storyOfArticle);
        duplicates = duplicates.stream().map(List::copyOf).toList();
    }
}
