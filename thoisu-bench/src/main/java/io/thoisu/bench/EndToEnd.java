package io.thoisu.bench;

import io.thoisu.clean.FurnitureLearner;
import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.Article;
import io.thoisu.model.Origin;
import io.thoisu.model.RawDocument;
import io.thoisu.pipeline.AnalysisOptions;
import io.thoisu.pipeline.Pipeline;
import io.thoisu.store.CorpusState;
import io.thoisu.store.CorpusStep;
import io.thoisu.store.DocumentCommit;
import io.thoisu.store.EmbeddedStore;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.lucene.store.FSDirectory;

/**
 * The main job end to end — clean, analyse, store (SQLite + Lucene), cluster — on one core, beside the floor of
 * plain Lucene indexing of the same texts into a directory on disk, measured in the same JVM run. Prints
 * articles/s for both, their ratio, and the peak heap of each phase.
 */
public final class EndToEnd {
    private EndToEnd() {
    }

    public static void main(String[] args) throws IOException {
        int max = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        List<String> texts = BenchCorpus.load(max);
        Path work = Files.createTempDirectory("thoisu-bench");
        try {
            Pipeline pipeline = Pipeline.standard();
            // warm both paths once so the JIT does not favour whichever runs second
            LuceneFloor.index(texts.subList(0, Math.min(50, texts.size())), FSDirectory.open(work.resolve("warm")));
            for (int i = 0; i < Math.min(50, texts.size()); i++) {
                pipeline.analyse(RawDocument.plain(new Origin("warm", "" + i), texts.get(i)), AnalysisOptions.NONE);
            }

            resetPeaks();
            long t0 = System.nanoTime();
            int floorDocs = LuceneFloor.index(texts, FSDirectory.open(work.resolve("floor")));
            double floorSeconds = (System.nanoTime() - t0) / 1e9;
            long floorPeak = heapPeak();

            resetPeaks();
            long t1 = System.nanoTime();
            int articles = 0;
            PhaseClock clock = new PhaseClock();
            try (EmbeddedStore store = EmbeddedStore.open(work.resolve("store"))) {
                for (int i = 0; i < texts.size(); i++) {
                    Origin origin = new Origin("bench", "text " + i);
                    RawDocument doc = RawDocument.plain(origin, texts.get(i));
                    List<Article> cleaned = clock.time("clean", () -> pipeline.cleaner().clean(doc));
                    List<AnalysedArticle> analysed = clock.time("analyse", () -> cleaned.stream()
                            .map(a -> pipeline.analyzer().analyse(a, AnalysisOptions.NONE)).toList());
                    String id = "bench-" + i;
                    clock.time("store", () -> {
                        store.commitDocumentsForCorpusStep(List.of(new DocumentCommit(id, origin, analysed, List.of())));
                        return null;
                    });
                    articles += analysed.size();
                }
                // as `thoisu ingest` ends: the incremental corpus step (duplicates, stories, aliases) writes its
                // rows and indexes the new articles; the step's own clock includes that store work
                clock.time("corpus", () -> CorpusStep.run(store, CorpusState.load(store, false),
                        FurnitureLearner.Snapshot.EMPTY, List.of()));
            }
            double fullSeconds = (System.nanoTime() - t1) / 1e9;
            long fullPeak = heapPeak();

            System.out.printf(Locale.ROOT, "corpus: %s, %d texts%n", BenchCorpus.describe(), texts.size());
            System.out.printf(Locale.ROOT, "floor (Lucene StandardAnalyzer, FSDirectory): %d docs in %.2f s = %.0f docs/s, peak heap %d MB%n",
                    floorDocs, floorSeconds, floorDocs / floorSeconds, floorPeak >> 20);
            System.out.printf(Locale.ROOT, "thoisu ingest (clean+analyse+store+cluster): %d articles from %d texts in %.2f s = %.0f texts/s, peak heap %d MB%n",
                    articles, texts.size(), fullSeconds, texts.size() / fullSeconds, fullPeak >> 20);
            System.out.printf(Locale.ROOT, "ratio of throughput thoisu/floor: %.3f (thoisu takes %.1f× the floor's time)%n",
                    floorSeconds / fullSeconds, fullSeconds / floorSeconds);
            System.out.println("share of the run's CPU time by phase (this thread; Lucene's merges on other threads not counted):");
            System.out.print(clock.format());
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long heapPeak() {
        List<Long> peaks = new ArrayList<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peaks.add(pool.getPeakUsage().getUsed());
            }
        }
        return peaks.stream().mapToLong(Long::longValue).sum();
    }
}
