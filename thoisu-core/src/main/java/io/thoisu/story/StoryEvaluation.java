package io.thoisu.story;

import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.Article;
import io.thoisu.model.Published;
import io.thoisu.model.Story;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Story clustering measured on a folder-per-story gold set (ViMs layout, see {@link GoldStoryFolder}): articles are
 * fed to a fresh {@link StoryClusterer} in date order or in a seeded shuffled order, and the stories it ends with
 * are scored with BCubed and pairwise precision/recall/F1. The gold is read for scoring only.
 */
public final class StoryEvaluation {
    /** The order articles arrive in. */
    public enum Order { DATE, SHUFFLED }

    private StoryEvaluation() {
    }

    public static StoryReport evaluate(Path goldRoot, Function<Article, AnalysedArticle> analyzer, Order order,
                                       long seed) {
        return evaluate(GoldStoryFolder.read(goldRoot), analyzer, order, seed, StoryConfig.news());
    }

    /**
     * One half of a gold set, split by story (never by article): the stories whose name hashes even
     * ({@code even = true}, the development half settings may be chosen on) or odd (the held-out half).
     */
    public static List<GoldStoryFolder.GoldArticle> half(List<GoldStoryFolder.GoldArticle> gold, boolean even) {
        return gold.stream().filter(g -> (Math.floorMod(g.story().hashCode(), 2) == 0) == even).toList();
    }

    public static StoryReport evaluate(List<GoldStoryFolder.GoldArticle> gold,
                                       Function<Article, AnalysedArticle> analyzer, Order order, long seed,
                                       StoryConfig config) {
        return evaluate(gold, analyzer, order, seed, config, JoinModel.standard());
    }

    static StoryReport evaluate(List<GoldStoryFolder.GoldArticle> gold, Function<Article, AnalysedArticle> analyzer,
                                Order order, long seed, StoryConfig config, JoinModel model) {
        return evaluate(gold, analyzer, order, seed, config, model, null);
    }

    static StoryReport evaluate(List<GoldStoryFolder.GoldArticle> gold, Function<Article, AnalysedArticle> analyzer,
                                Order order, long seed, StoryConfig config, JoinModel model,
                                StoryClusterer.Trace trace) {
        List<GoldStoryFolder.GoldArticle> feed = new ArrayList<>(gold);
        if (order == Order.DATE) {
            feed.sort(Comparator.comparing((GoldStoryFolder.GoldArticle g) -> g.article().published()
                            .map(Published::date).orElse(LocalDate.MAX))
                    .thenComparing(g -> g.article().id()));
        } else {
            Collections.shuffle(feed, new Random(seed));
        }
        long start = System.nanoTime();
        List<AnalysedArticle> analysed = new ArrayList<>(feed.size());
        for (GoldStoryFolder.GoldArticle g : feed) {
            analysed.add(analyzer.apply(g.article()));
        }
        // CPU time of this thread: on a shared machine the wall clock mostly measures the neighbours
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long analysedAt = threads.getCurrentThreadCpuTime();
        StoryClusterer clusterer = new StoryClusterer(config, model);
        clusterer.trace = trace;
        for (AnalysedArticle a : analysed) {
            clusterer.accept(a);
        }
        List<Story> stories = clusterer.stories();
        long clusteredAt = threads.getCurrentThreadCpuTime();
        long end = System.nanoTime();

        Map<String, String> storyOf = new HashMap<>();
        for (Story s : stories) {
            for (String id : s.articles()) {
                storyOf.put(id, s.id());
            }
        }
        List<String> goldLabels = new ArrayList<>();
        List<String> found = new ArrayList<>();
        for (GoldStoryFolder.GoldArticle g : feed) {
            goldLabels.add(g.story());
            found.add(storyOf.getOrDefault(g.article().id(), "unassigned:" + g.article().id()));
        }
        ClusteringScores s = new ClusteringScores(goldLabels, found);
        int goldStories = (int) goldLabels.stream().distinct().count();
        return new StoryReport(order.name(), seed, feed.size(), goldStories, stories.size(), s.bcubedPrecision,
                s.bcubedRecall, ClusteringScores.f1(s.bcubedPrecision, s.bcubedRecall), s.pairPrecision,
                s.pairRecall, ClusteringScores.f1(s.pairPrecision, s.pairRecall), (clusteredAt - analysedAt) / 1e9,
                (end - start) / 1e9);
    }
}
