package io.thoisu.store;

import io.thoisu.model.Story;
import java.util.List;
import java.util.Map;

/** What the corpus stages concluded about the stored articles. */
public record CorpusView(List<Story> stories, Map<String, String> storyOfArticle, List<List<String>> duplicateGroups) {
    public CorpusView {
        stories = List.copyOf(stories);
        storyOfArticle = Map.copyOf(storyOfArticle);
        duplicateGroups = duplicateGroups.stream().map(List::copyOf).toList();
    }
}
