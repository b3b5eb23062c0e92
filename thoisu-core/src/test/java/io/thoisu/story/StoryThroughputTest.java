package io.thoisu.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.Article;
import io.thoisu.model.Published;
import io.thoisu.testkit.SharedData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
        Map<String, List<Article>> byStory = new HashMap<>();
        gold.forEach(g -> byStory.computeIfAbsent(g.story(), k -> new ArrayList<>()).add(g.article()));
        List<String> storyNames = byStory.keySet().stream().sorted().toList();
        Random r = new Random(7);
        List<AnalysedArticle> feed = new ArrayList<>(total);
        List<String> labels = new ArrayList<>(total);
        int perEpoch = gold.size();
        for (int i = 0; i < total; i++) {
            int epoch = i / perEpoch;
            String story = storyNames.get(r.nextInt(storyNames.size()));
            List<Article> members = byStory.get(story);
            Article base = members.get(r.nextInt(members.size()));
            List<String> paragraphs = new ArrayList<>();
            for (Article m : members) {
                for (String p : m.text().split("\n\n")) {
                    if (r.nextInt(members.size()) == 0) {
                        paragraphs.add(p);
                    }
                }
            }
            if (paragraphs.isEmpty()) {
                paragraphs.add(base.text());
            }
            var date = base.published().map(p -> p.date().plusDays(90L * epoch));
            Article a = new Article("g" + i, base.origin(), base.url(), base.title(), date.map(Published::ofDay),
                    base.outlet(), List.of(), "vi", String.join("\n\n", paragraphs), List.of(), List.of());
            feed.add(StoryEvaluationTest.TEXT_ONLY.apply(a));
            labels.add(epoch + "/" + story);
        }
        // a feed in date order, as a crawler delivers it
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            order.add(i);
        }
        order.sort(java.util.Comparator.comparing((Integer x) -> feed.get(x).article().published()
                .map(Published::date).orElse(java.time.LocalDate.MAX)));
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        StoryClusterer c = new StoryClusterer();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        int maxActive = 0;
        for (int i : order) {
            c.accept(feed.get(i));
            maxActive = Math.max(maxActive, c.activeStories());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        // CPU time of this thread: on a shared machine the wall clock mostly measures the neighbours
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        long after = rt.totalMemory() - rt.freeMemory();
        Map<String, String> found = new HashMap<>();
        c.stories().forEach(s -> s.articles().forEach(id -> found.put(id, s.id())));
        List<String> foundLabels = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            foundLabels.add(found.get("g" + i));
        }
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
