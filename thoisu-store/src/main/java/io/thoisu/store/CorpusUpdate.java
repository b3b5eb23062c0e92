package io.thoisu.store;

import io.thoisu.pipeline.CorpusChange;
import java.util.List;

/**
 * Everything one ingest's corpus step writes, in one transaction: the stages' snapshots, the rows of the stories
 * and duplicate groups that changed, which articles and documents were fed. {@code restartArticleStages} first
 * clears the stories, duplicate groups and fed-article markers (the change then holds the whole corpus);
 * {@code restartFurniture} clears the fed-document markers (the furniture snapshot then counts from zero).
 */
public record CorpusUpdate(List<StageSnapshot> snapshots, CorpusChange change, List<String> fedDocuments,
                           boolean restartArticleStages, boolean restartFurniture) {
    public CorpusUpdate {
        snapshots = List.copyOf(snapshots);
        fedDocuments = List.copyOf(fedDocuments);
    }
}
