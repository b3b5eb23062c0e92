package io.thoisu.story;

import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.Claim;
import io.thoisu.model.Story;
import io.thoisu.timeline.ConflictFinder;
import io.thoisu.timeline.TimelineBuilder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Completes a story the clusterer found with what needs its articles' analyses: the timeline, every claim, and the
 * claims that conflict. The clusterer keeps no analyses (its memory follows active stories only), so the caller,
 * which stores them, hands them over. Immutable and thread-safe.
 */
public final class StoryAssembler {
    private final TimelineBuilder timelines;
    private final ConflictFinder conflicts;

    public StoryAssembler() {
        this(new TimelineBuilder(), new ConflictFinder());
    }

    public StoryAssembler(TimelineBuilder timelines, ConflictFinder conflicts) {
        this.timelines = timelines;
        this.conflicts = conflicts;
    }

    /** {@code analysed} may hold articles of other stories too; only the story's own are used. */
    public Story assemble(Story story, List<AnalysedArticle> analysed) {
        Set<String> members = new HashSet<>(story.articles());
        List<AnalysedArticle> own = analysed.stream().filter(a -> members.contains(a.id())).toList();
        List<Claim> claims = new ArrayList<>();
        own.forEach(a -> claims.addAll(a.claims()));
        return new Story(story.id(), story.title(), story.articles(), story.outlets(), story.first(), story.last(),
                story.entities(), timelines.build(own), claims, conflicts.find(claims));
    }
}
