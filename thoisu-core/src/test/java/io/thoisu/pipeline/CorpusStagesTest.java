package io.thoisu.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.Story;
import io.thoisu.story.GoldStoryFolder;
import io.thoisu.testkit.SharedData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The corpus stages fed in batches, with their state snapshotted and restored between, agree with one feeding. */
class CorpusStagesTest {
    private static List<AnalysedArticle> corpus;

    @BeforeAll
    static void analyse() {
        Path root = SharedData.require("corpora/vims/ViMs/original");
        ArticleAnalyzer analyzer = new ArticleAnalyzer();
        List<GoldStoryFolder.GoldArticle> gold = GoldStoryFolder.read(root);
        // a slice of stories is enough to have merges, copies and multi-day timelines; the whole set is slow to analyse
        corpus = gold.stream().filter(g -> g.story().compareTo("Cluster_060") < 0)
                .map(g -> analyzer.analyse(g.article(), AnalysisOptions.NONE)).toList();
        corpus = CorpusRunner.inPublicationOrder(corpus);
    }

    @Test
    void threeBatchesInTheSameOrderGiveWhatOneFeedingGives() {
        CorpusResult once = new CorpusRunner().run(corpus);
        int third = corpus.size() / 3;
        List<List<AnalysedArticle>> batches = List.of(corpus.subList(0, third), corpus.subList(third, 2 * third),
                corpus.subList(2 * third, corpus.size()));

        Accumulated acc = new Accumulated();
        CorpusSnapshot snapshot = CorpusStages.fresh().snapshot();
        for (List<AnalysedArticle> batch : batches) {
            CorpusStages stages = CorpusStages.restore(snapshot);
            acc.apply(stages.feed(batch, acc::inFedOrder), batch);
            snapshot = stages.snapshot();
        }
        assertThat(snapshot.fed()).isEqualTo(corpus.size());
        assertThat(acc.stories.keySet()).containsExactlyInAnyOrderElementsOf(
                once.stories().stream().map(Story::id).toList());
        for (Story s : once.stories()) {
            assertThat(acc.stories.get(s.id())).as(s.id()).isEqualTo(s);
        }
        assertThat(acc.storyOf).isEqualTo(once.storyOfArticle());
        assertThat(acc.groupsSorted()).isEqualTo(sorted(once.duplicates()));
        assertThat(once.stories()).as("the slice has stories with timelines").anyMatch(s -> !s.timeline().isEmpty());
    }

    @Test
    void aSecondBatchChangesOnlyTheStoriesItTouches() {
        int split = corpus.size() - 5;
        CorpusStages stages = CorpusStages.fresh();
        Accumulated acc = new Accumulated();
        acc.apply(stages.feed(corpus.subList(0, split), acc::inFedOrder), corpus.subList(0, split));
        CorpusStages restored = CorpusStages.restore(stages.snapshot());
        List<AnalysedArticle> last = corpus.subList(split, corpus.size());
        CorpusChange change = restored.feed(last, acc::inFedOrder);
        assertThat(change.fed()).hasSize(5);
        assertThat(change.changedStories().size()).isLessThanOrEqualTo(5 + change.removedStories().size())
                .isLessThan(acc.stories.size());
        for (AnalysedArticle a : last) {
            assertThat(change.storyOfArticle()).containsKey(a.id());
        }
        // feeding the same articles again changes nothing
        assertThat(restored.feed(last, acc::inFedOrder).isEmpty()).isTrue();
    }

    @Test
    void lateArticlesAreFedLikeAnyOther() {
        List<AnalysedArticle> shuffled = new ArrayList<>(corpus);
        java.util.Collections.shuffle(shuffled, new Random(7));
        CorpusStages stages = CorpusStages.fresh();
        Accumulated acc = new Accumulated();
        for (int i = 0; i < shuffled.size(); i += 40) {
            List<AnalysedArticle> batch = shuffled.subList(i, Math.min(shuffled.size(), i + 40));
            stages = CorpusStages.restore(stages.snapshot());
            acc.apply(stages.feed(batch, acc::inFedOrder), batch);
        }
        assertThat(acc.storyOf).hasSize(corpus.size());
        // every story's stored body names exactly the articles that point at it
        Map<String, List<String>> members = new HashMap<>();
        acc.storyOf.forEach((article, story) -> members.computeIfAbsent(story, k -> new ArrayList<>()).add(article));
        assertThat(members.keySet()).isEqualTo(acc.stories.keySet());
        acc.stories.values().forEach(s -> assertThat(s.articles()).containsExactlyInAnyOrderElementsOf(members.get(s.id())));
    }

    private static List<List<String>> sorted(List<List<String>> groups) {
        return groups.stream().sorted(java.util.Comparator.comparing(g -> g.get(0))).toList();
    }

    /** What a store would hold after applying each change: the rows of the changed parts replaced. */
    private static final class Accumulated {
        final Map<String, Story> stories = new LinkedHashMap<>();
        final Map<String, String> storyOf = new HashMap<>();
        final Map<String, List<String>> groups = new HashMap<>();
        final Map<String, AnalysedArticle> fed = new LinkedHashMap<>();

        void apply(CorpusChange change, List<AnalysedArticle> batch) {
            change.removedStories().forEach(stories::remove);
            storyOf.values().removeIf(change.removedStories()::contains);
            change.changedStories().forEach(s -> stories.put(s.id(), s));
            storyOf.putAll(change.storyOfArticle());
            for (List<String> g : change.duplicateGroups()) {
                groups.values().removeIf(old -> g.contains(old.get(0)) || old.stream().anyMatch(g::contains));
                groups.put(g.get(0), g);
            }
            Map<String, AnalysedArticle> byId = new HashMap<>();
            batch.forEach(a -> byId.put(a.id(), a));
            change.fed().forEach(id -> fed.put(id, byId.get(id)));
        }

        List<AnalysedArticle> inFedOrder(java.util.Collection<String> ids) {
            return fed.values().stream().filter(a -> ids.contains(a.id())).toList();
        }

        List<List<String>> groupsSorted() {
            return sorted(new ArrayList<>(groups.values()));
        }
    }
}
