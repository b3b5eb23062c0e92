package io.thoisu.pipeline;

import io.thoisu.dedup.DuplicateDetector;
import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.Published;
import io.thoisu.model.Story;
import io.thoisu.story.StoryAssembler;
import io.thoisu.story.StoryClusterer;
import java.util.ArrayList;
import java.util.HashMap;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Feeds a set of analysed articles through the corpus stages — duplicates, then stories — one at a time in
 * publication order (undated articles last, in their given order), the order a live feed would deliver them in.
 * Each run starts from fresh state machines, so the result depends on the articles alone.
 */
public final class CorpusRunner {
    private final StoryAssembler assembler = new StoryAssembler();

    public CorpusResult run(List<AnalysedArticle> articles) {
        DuplicateDetector duplicates = new DuplicateDetector();
        StoryClusterer stories = new StoryClusterer();
        Map<String, String> storyOf = new LinkedHashMap<>();
        for (AnalysedArticle a : inPublicationOrder(articles)) {
            duplicates.accept(a);
            storyOf.put(a.id(), stories.accept(a));
        }
        // a story that was merged into another later answers with the id it lives on under
        storyOf.replaceAll((article, story) -> stories.resolve(story).orElse(story));
        // the clusterer keeps no analyses; timelines, claims and conflicts come from the members' own
        Map<String, List<AnalysedArticle>> members = new HashMap<>();
        for (AnalysedArticle a : articles) {
            members.computeIfAbsent(storyOf.get(a.id()), k -> new ArrayList<>()).add(a);
        }
        List<Story> assembled = stories.stories().stream()
                .map(s -> assembler.assemble(s, members.getOrDefault(s.id(), List.of())))
                .toList();
        return new CorpusResult(assembled, storyOf, duplicates.groups());
    }

    static List<AnalysedArticle> inPublicationOrder(List<AnalysedArticle> articles) {
        Comparator<AnalysedArticle> byDate = Comparator.comparing(
                a -> a.article().published().map(Published::date).orElse(LocalDate.MAX));
        return articles.stream().sorted(byDate).toList(); // stable: ties keep the given order
    }
}
