package io.thoisu.bench;

import io.thoisu.dedup.DuplicateDetector;
import io.thoisu.entity.EntityResolver;
import io.thoisu.model.AnalysedArticle;
import io.thoisu.pipeline.CorpusSnapshot;
import io.thoisu.store.CorpusState;
import io.thoisu.store.StageSnapshot;
import io.thoisu.story.GoldStoryFolder;
import io.thoisu.story.RecombinedStories;
import io.thoisu.story.StoryClusterer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Story clustering at scale, one thread: N articles generated from ViMs at run time (never stored) — each one
 * recombines paragraphs of the articles of one gold story, and every 1,945 articles the stories are replayed 90 days
 * later — fed in date order with their text only. Prints the CPU time, the most active stories at once, the heap the
 * clusterer holds at the end, and the size of the story state the store would save, every 10,000 articles.
 * Usage: {@code StoryThroughput [N]} (default 100,000); reads {@code ../shared/corpora/vims} through
 * {@code -Dthoisu.shared}.
 */
public final class StoryThroughput {
    private StoryThroughput() {
    }

    public static void main(String[] args) {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path shared = Path.of(System.getProperty("thoisu.shared", "../shared"));
        List<GoldStoryFolder.GoldArticle> gold = GoldStoryFolder.read(shared.resolve("corpora/vims/ViMs/original"));
        List<AnalysedArticle> feed = RecombinedStories.generate(gold, total).stream()
                .map(it -> new AnalysedArticle(it.article(), List.of(), List.of(), List.of(), List.of(), List.of(),
                        List.of()))
                .toList();
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        StoryClusterer clusterer = new StoryClusterer();
        long cpu = 0;
        int maxActive = 0;
        int fed = 0;
        long t0 = threads.getCurrentThreadCpuTime();
        for (AnalysedArticle a : feed) {
            clusterer.accept(a);
            maxActive = Math.max(maxActive, clusterer.activeStories());
            if (++fed % 10_000 == 0 || fed == feed.size()) {
                // the saved state is sized outside the timed span
                cpu += threads.getCurrentThreadCpuTime() - t0;
                System.out.printf(Locale.ROOT, "  %,d articles: %.2f s CPU so far, %d active stories, saved state %,d B%n",
                        fed, cpu / 1e9, clusterer.activeStories(), savedBytes(clusterer, fed));
                t0 = threads.getCurrentThreadCpuTime();
            }
        }
        System.gc();
        long after = rt.totalMemory() - rt.freeMemory();
        System.out.printf(Locale.ROOT, "story clustering: %,d generated articles in %.2f s CPU (%.0f articles/CPU-s, "
                        + "%.3f ms each), at most %d active stories, %d stories in all, heap held %d MB%n", total,
                cpu / 1e9, total / (cpu / 1e9), cpu / 1e6 / total, maxActive, clusterer.stories().size(),
                (after - before) >> 20);
        java.lang.ref.Reference.reachabilityFence(feed);
    }

    /** The stories row the store would write now (JSON text). */
    private static long savedBytes(StoryClusterer clusterer, long fed) {
        CorpusSnapshot corpus = new CorpusSnapshot(new DuplicateDetector().snapshot(), clusterer.snapshot(),
                new EntityResolver().snapshot(), fed);
        for (StageSnapshot row : CorpusState.rows(new io.thoisu.clean.FurnitureLearner().snapshot(), 0, corpus,
                Instant.EPOCH)) {
            if (row.stage().equals(CorpusState.STORIES)) {
                return row.json().length();
            }
        }
        return 0;
    }
}
