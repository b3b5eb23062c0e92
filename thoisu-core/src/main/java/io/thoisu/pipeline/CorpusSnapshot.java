package io.thoisu.pipeline;

import io.thoisu.dedup.DuplicateDetectorSnapshot;
import io.thoisu.entity.EntityResolver;
import io.thoisu.story.StoryClustererSnapshot;

/**
 * The state of {@link CorpusStages}: each stage's own snapshot, and how many articles they have been fed. The
 * stages are always fed the same articles, so they are saved and restored together.
 */
public record CorpusSnapshot(DuplicateDetectorSnapshot duplicates, StoryClustererSnapshot stories,
                             EntityResolver.Snapshot entities, long fed) {
    public CorpusSnapshot {
        if (fed < 0) {
            throw new IllegalArgumentException("fed must be >= 0");
        }
    }
}
