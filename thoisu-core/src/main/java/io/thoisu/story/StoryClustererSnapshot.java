package io.thoisu.story;

import io.thoisu.model.EntityType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole state of a {@link StoryClusterer}: document frequencies (hashed term, count), the stories with their
 * centroids (empty once retired), and which story ids were merged into which.
 */
public record StoryClustererSnapshot(StoryConfig config, long documents, int[] dfTerms, int[] dfCounts,
                                     long arrivals, Optional<LocalDate> newest, List<StorySnapshot> stories,
                                     Map<String, String> mergedInto) {
    public StoryClustererSnapshot {
        dfTerms = dfTerms.clone();
        dfCounts = dfCounts.clone();
        if (dfTerms.length != dfCounts.length) {
            throw new IllegalArgumentException("document frequency arrays differ in length");
        }
        stories = List.copyOf(stories);
        mergedInto = Map.copyOf(mergedInto);
    }

    /** One story's state. */
    public record StorySnapshot(String id, Optional<String> title, Optional<LocalDate> titleDate,
                                List<String> articles, List<String> outlets, Optional<LocalDate> first,
                                Optional<LocalDate> last, List<EntityCount> entities, int[] centroidTerms,
                                float[] centroidWeights, int[] titleTerms, float[] titleWeights,
                                int titled, long lastArrival, boolean active) {
        public StorySnapshot {
            articles = List.copyOf(articles);
            outlets = List.copyOf(outlets);
            entities = List.copyOf(entities);
            centroidTerms = centroidTerms.clone();
            centroidWeights = centroidWeights.clone();
            titleTerms = titleTerms.clone();
            titleWeights = titleWeights.clone();
        }
    }

    /** How often an entity appeared in a story under one surface form. */
    public record EntityCount(String canonical, EntityType type, String form, int count) {
    }
}
