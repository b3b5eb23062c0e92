package io.thoisu.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A story: articles about one chain of events, with its timeline, figures and disagreements. */
public record Story(String id, String title, List<String> articles, List<String> outlets,
                    Optional<LocalDate> first, Optional<LocalDate> last, List<StoryEntity> entities,
                    List<TimelineEntry> timeline, List<Claim> claims, List<Conflict> conflicts) {
    public Story {
        articles = List.copyOf(articles);
        outlets = List.copyOf(outlets);
        entities = List.copyOf(entities);
        timeline = List.copyOf(timeline);
        claims = List.copyOf(claims);
        conflicts = List.copyOf(conflicts);
    }
}
