package io.thoisu.pipeline;

import io.thoisu.model.Story;
import java.util.List;
import java.util.Map;

/** STAND-IN (thoisu-app worktree only; the lead's real record replaces it): what the corpus stages concluded. */
public record CorpusResult(List<Story> stories, Map<String, String> storyOfArticle, List<List<String>> duplicates) {
    public CorpusResult {
        stories = List.copyOf(stories);
        storyOfArticle = Map.copyOf(storyOfArticle);
        duplicates = duplicates.stream().map(List::copyOf).toList();
    }
}
