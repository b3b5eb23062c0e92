package io.thoisu.story;

import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.Claim;
import io.thoisu.model.Published;
import io.thoisu.model.Story;
import io.thoisu.timeline.ConflictFinder;
import io.thoisu.timeline.TimelineBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Completes a story the clusterer found with what needs its articles' analyses: the timeline, every claim, and the
 * claims that conflict. The clusterer keeps no analyses (its memory follows active stories only), so the caller,
 * which stores them, hands them over. Articles are taken in publication order, so the timeline's and the
 * conflicts' first source is the earliest. Immutable and thread-safe.
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
        // in publication order (undated last), so that the first of identical figures is the earliest report
        List<AnalysedArticle> own = analysed.stream().filter(a -> members.contains(a.id()))
                .sorted(Comparator.comparing(a -> a.article().published().map(Published::date).orElse(LocalDate.MAX)))
                .toList();
        List<Claim> claims = new ArrayList<>();
        own.forEach(a -> claims.addAll(a.claims()));
        return new Story(story.id(), story.title(), story.articles(), story.outlets(), story.first(), story.last(),
                story.entities(), timelines.build(own), claims, conflicts.find(claims));
    }
}
