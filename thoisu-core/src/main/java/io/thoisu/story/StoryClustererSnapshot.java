package io.thoisu.story;

import io.thoisu.model.EntityType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a {@link StoryClusterer} needs to go on: the document frequencies, the active stories with their centroids,
 * and which ids were merged into an active story. Retired stories are not in it: no article can join them any more,
 * and whoever keeps the clusterer's output (the store) already has their members, title and entities; so the
 * snapshot grows with the active stories, not with the corpus. The document frequencies grow with the vocabulary
 * only, and are bounded by the hashed term space; they are packed (see {@link FrequencyCodec}).
 *
 * @param started how many stories were ever started (the next one's sequence number; a merge keeps the older id)
 */
public record StoryClustererSnapshot(StoryConfig config, long documents, byte[] documentFrequencies, long arrivals,
                                     long started, Optional<LocalDate> newest, List<StorySnapshot> stories,
                                     Map<String, String> mergedInto) {
    public StoryClustererSnapshot {
        documentFrequencies = documentFrequencies.clone();
        stories = List.copyOf(stories);
        mergedInto = Map.copyOf(mergedInto);
    }

    /**
     * One active story's state. Centroid and headline sums are parallel arrays (term, summed raw weight);
     * {@code indexed} are the terms the inverted index points from, as they were (a large story is not re-indexed
     * after every article, so they are state, not something to recompute).
     */
    public record StorySnapshot(String id, long sequence, Optional<String> title, Optional<LocalDate> titleDate,
                                List<String> articles, List<String> outlets, Optional<LocalDate> first,
                                Optional<LocalDate> last, List<EntityCount> entities, int[] centroidTerms,
                                float[] centroidWeights, int[] titleTerms, float[] titleWeights, int titled,
                                int[] indexed, long lastArrival) {
        public StorySnapshot {
            articles = List.copyOf(articles);
            outlets = List.copyOf(outlets);
            entities = List.copyOf(entities);
            centroidTerms = centroidTerms.clone();
            centroidWeights = centroidWeights.clone();
            titleTerms = titleTerms.clone();
            titleWeights = titleWeights.clone();
            indexed = indexed.clone();
        }
    }

    /** How often an entity appeared in a story under one surface form. */
    public record EntityCount(String canonical, EntityType type, String form, int count) {
    }
}
