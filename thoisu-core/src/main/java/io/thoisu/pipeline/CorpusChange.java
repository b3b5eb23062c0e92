package io.thoisu.pipeline;

import io.thoisu.entity.EntityAlias;
import io.thoisu.model.Story;
import java.util.List;
import java.util.Map;

/**
 * What one feeding of {@link CorpusStages} changed, so a store rewrites only that: the stories whose members or
 * summary changed (complete, with timelines and conflicts), the stories that no longer exist (merged into another),
 * the story of every member of a changed story, the duplicate groups that gained a member (whole, earliest first),
 * the ids fed, in the order they were fed, and the short forms of entities whose resolution across the corpus may
 * have changed (each with its resolution now).
 */
public record CorpusChange(List<Story> changedStories, List<String> removedStories,
                           Map<String, String> storyOfArticle, List<List<String>> duplicateGroups,
                           List<String> fed, List<EntityAlias> aliases) {
    public CorpusChange {
        aliases = List.copyOf(aliases);
        changedStories = List.copyOf(changedStories);
        removedStories = List.copyOf(removedStories);
        storyOfArticle = Map.copyOf(storyOfArticle);
        duplicateGroups = duplicateGroups.stream().map(List::copyOf).toList();
        fed = List.copyOf(fed);
    }

    public boolean isEmpty() {
        return changedStories.isEmpty() && removedStories.isEmpty() && duplicateGroups.isEmpty() && fed.isEmpty()
                && aliases.isEmpty();
    }
}
