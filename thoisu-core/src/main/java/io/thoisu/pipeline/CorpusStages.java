package io.thoisu.pipeline;

import io.thoisu.dedup.DuplicateDetector;
import io.thoisu.dedup.DuplicateVerdict;
import io.thoisu.entity.EntityResolver;
import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.Story;
import io.thoisu.story.StoryAssembler;
import io.thoisu.story.StoryClusterer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The corpus stages — duplicates, stories, and entity short forms resolved across articles — as one state machine fed batch after batch: a live feed hands it
 * only the articles it has not seen, and it tells what changed. Timelines, claims and conflicts are recomputed for
 * the changed stories only, from their members' analyses, which the caller supplies through {@link FedArticles}.
 *
 * <p>Each batch is fed in publication order among itself (undated last, given order on ties). An article older than
 * what was seen before is fed like any other: the clusterer is online and places it where it fits now. Feeding the
 * same articles in the same order in one batch or in several gives the same stories, groups and timelines, because
 * the state carried between batches is the stages' whole state ({@link #snapshot()}).
 *
 * <p>Not thread-safe: fed by one thread.
 */
public final class CorpusStages {
    private final StoryAssembler assembler;
    private final DuplicateDetector duplicates;
    private final StoryClusterer stories;
    private final EntityResolver entities;
    private final Set<String> fedIds = new HashSet<>();
    private long fed;

    private CorpusStages(StoryAssembler assembler, DuplicateDetector duplicates, StoryClusterer stories,
                         EntityResolver entities, long fed) {
        this.assembler = assembler;
        this.duplicates = duplicates;
        this.stories = stories;
        this.entities = entities;
        this.fed = fed;
    }

    /** Stages that have seen nothing yet. */
    public static CorpusStages fresh() {
        return new CorpusStages(new StoryAssembler(), new DuplicateDetector(), new StoryClusterer(),
                new EntityResolver(), 0);
    }

    public static CorpusStages restore(CorpusSnapshot snapshot) {
        CorpusStages stages = new CorpusStages(new StoryAssembler(), DuplicateDetector.restore(snapshot.duplicates()),
                StoryClusterer.restore(snapshot.stories()), new EntityResolver(snapshot.entities()), snapshot.fed());
        // the duplicate detector keeps every article it saw: those are the ids never to feed again
        snapshot.duplicates().members().forEach(m -> stages.fedIds.add(m.id()));
        return stages;
    }

    public CorpusSnapshot snapshot() {
        return new CorpusSnapshot(duplicates.snapshot(), stories.snapshot(), entities.snapshot(), fed);
    }

    /** How many articles the stages have been fed since they were fresh. */
    public long fed() {
        return fed;
    }

    /**
     * Feeds articles not fed before (an id fed already in this batch or an earlier one is passed over: the
     * clusterer would count it twice) and returns what changed. {@code earlier} gives the analyses of the changed
     * stories' members that were fed before this batch.
     */
    public CorpusChange feed(List<AnalysedArticle> batch, FedArticles earlier) {
        Map<String, Story> before = byId(stories.stories());
        List<AnalysedArticle> fedNow = new ArrayList<>();
        Set<String> fedNowIds = new HashSet<>();
        Set<String> groupsTouched = new HashSet<>();
        Set<String> aliasesTouched = new LinkedHashSet<>();
        for (AnalysedArticle a : CorpusRunner.inPublicationOrder(batch)) {
            if (fedIds.contains(a.id()) || !fedNowIds.add(a.id())) {
                continue;
            }
            DuplicateVerdict verdict = duplicates.accept(a);
            groupsTouched.add(verdict.groupId());
            stories.accept(a);
            aliasesTouched.addAll(entities.learn(a.entities()));
            fedNow.add(a);
            fed++;
        }
        fedIds.addAll(fedNowIds);
        // a story changed if anything the clusterer says of it changed: members, title, dates, entities; compared
        // whole so that merges (and splits, should the clusterer learn them) are caught without knowing its rules
        Map<String, Story> after = byId(stories.stories());
        List<String> removed = before.keySet().stream().filter(id -> !after.containsKey(id)).toList();
        List<Story> changed = after.values().stream().filter(s -> !s.equals(before.get(s.id()))).toList();
        return new CorpusChange(assemble(changed, fedNow, fedNowIds, earlier), removed, membersOf(changed),
                groupsWith(groupsTouched), fedNow.stream().map(AnalysedArticle::id).toList(),
                entities.resolution(aliasesTouched));
    }

    /** Timelines, claims and conflicts of the changed stories, each from its members in the order they were fed. */
    private List<Story> assemble(List<Story> changed, List<AnalysedArticle> fedNow, Set<String> fedNowIds,
                                 FedArticles earlier) {
        Set<String> older = new LinkedHashSet<>();
        for (Story s : changed) {
            for (String id : s.articles()) {
                if (!fedNowIds.contains(id)) {
                    older.add(id);
                }
            }
        }
        // every earlier member was fed before every member of this batch, so earlier ++ batch is the feeding order
        List<AnalysedArticle> members = new ArrayList<>(older.isEmpty() ? List.of() : earlier.inFedOrder(older));
        members.addAll(fedNow);
        Map<String, List<AnalysedArticle>> byStory = new HashMap<>();
        Map<String, String> storyOf = membersOf(changed);
        for (AnalysedArticle a : members) {
            String story = storyOf.get(a.id());
            if (story != null) {
                byStory.computeIfAbsent(story, k -> new ArrayList<>()).add(a);
            }
        }
        return changed.stream().map(s -> assembler.assemble(s, byStory.getOrDefault(s.id(), List.of()))).toList();
    }

    private List<List<String>> groupsWith(Set<String> groupKeys) {
        if (groupKeys.isEmpty()) {
            return List.of();
        }
        List<List<String>> out = new ArrayList<>();
        for (List<String> group : duplicates.groups()) {
            // a group's key is its first-arrived member, which stays in it; the list is earliest-published first
            if (group.stream().anyMatch(groupKeys::contains)) {
                out.add(group);
            }
        }
        return out;
    }

    private static Map<String, String> membersOf(List<Story> stories) {
        Map<String, String> out = new HashMap<>();
        for (Story s : stories) {
            s.articles().forEach(id -> out.put(id, s.id()));
        }
        return out;
    }

    private static Map<String, Story> byId(List<Story> stories) {
        Map<String, Story> out = new LinkedHashMap<>();
        stories.forEach(s -> out.put(s.id(), s));
        return out;
    }
}
