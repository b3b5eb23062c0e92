package io.thoisu.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.model.AnalysedArticle;
import io.thoisu.testkit.SharedData;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Throughput on a corpus generated from ViMs at run time (never stored): each article recombines paragraphs of
 * articles of one gold story; every "epoch" replays all stories 90 days later under new labels, so stories start,
 * fade and retire as in a long feed. Size: -Dthoisu.storyScale=N (default 10,000 articles).
 */
class StoryThroughputTest {
    @Test
    void clusteringScalesWithActiveStoriesOnly() {
        List<GoldStoryFolder.GoldArticle> gold = GoldStoryFolder.read(SharedData.require("corpora/vims/ViMs/original"));
        int total = Integer.getInteger("thoisu.storyScale", 10_000);
        List<RecombinedStories.Item> generated = RecombinedStories.generate(gold, total);
        List<AnalysedArticle> feed = generated.stream().map(it -> StoryEvaluationTest.TEXT_ONLY.apply(it.article()))
                .toList();
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        StoryClusterer c = new StoryClusterer();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        int maxActive = 0;
        for (AnalysedArticle a : feed) {
            c.accept(a);
            maxActive = Math.max(maxActive, c.activeStories());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        // CPU time of this thread: on a shared machine the wall clock mostly measures the neighbours
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        long after = rt.totalMemory() - rt.freeMemory();
        Map<String, String> found = new HashMap<>();
        c.stories().forEach(s -> s.articles().forEach(id -> found.put(id, s.id())));
        List<String> labels = generated.stream().map(RecombinedStories.Item::label).toList();
        List<String> foundLabels = generated.stream().map(it -> found.get(it.article().id())).toList();
        ClusteringScores scores = new ClusteringScores(labels, foundLabels);
        System.out.printf("generated %d articles: %.1f s wall, %.1f s CPU, %.0f articles/CPU-s, at most %d active "
                        + "stories, heap growth %d MB, BCubed F1 %.4f%n", total, seconds, cpu, total / cpu, maxActive,
                (after - before) >> 20, ClusteringScores.f1(scores.bcubedPrecision, scores.bcubedRecall));
        assertThat(maxActive).isLessThan(total / 4);
        // the saved state carries the active stories only, however long the feed
        assertThat(c.snapshot().stories()).hasSize(c.activeStories());
        assertThat(c.stories().stream().mapToInt(s -> s.articles().size()).sum()).isEqualTo(total);
    }
}
