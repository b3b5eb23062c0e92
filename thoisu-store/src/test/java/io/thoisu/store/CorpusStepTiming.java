package io.thoisu.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.clean.FurnitureLearner;
import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.Article;
import io.thoisu.model.Origin;
import io.thoisu.model.Published;
import io.thoisu.pipeline.AnalysisOptions;
import io.thoisu.pipeline.ArticleAnalyzer;
import io.thoisu.pipeline.CorpusResult;
import io.thoisu.pipeline.Pipeline;
import io.thoisu.story.GoldStoryFolder;
import io.thoisu.testkit.SharedData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Figures, not a check: the corpus step of an ingest of 10 new articles into a store of a few thousand, as the
 * incremental step does it and as the full recompute did it before. Run on demand:
 * {@code mvn -o -q -pl thoisu-store -am verify -Dtest=CorpusStepTiming -Dthoisu.timing=true
 * -Dsurefire.failIfNoSpecifiedTests=false}. The store is the ViMs articles three times over, each copy moved
 * 400 days later (so its stories are new stories, and its articles copies of the originals).
 */
@EnabledIfSystemProperty(named = "thoisu.timing", matches = "true")
class CorpusStepTiming {
    private static final int COPIES = 3;
    private static final int NEW = 10;
    private static final int ROUNDS = 5;

    @TempDir
    Path dir;

    @Test
    void tenNewArticlesIntoAStoreOfThousands() {
        ArticleAnalyzer analyzer = new ArticleAnalyzer();
        List<AnalysedArticle> vims = GoldStoryFolder.read(SharedData.require("corpora/vims/ViMs/original")).stream()
                .map(g -> analyzer.analyse(g.article(), AnalysisOptions.NONE))
                .filter(a -> a.article().published().isPresent())
                .toList();
        List<AnalysedArticle> all = new ArrayList<>();
        for (int copy = 0; copy < COPIES; copy++) {
            for (AnalysedArticle a : vims) {
                all.add(moved(a, copy));
            }
        }
        // the newest articles arrive last, a round of NEW at a time
        all.sort(java.util.Comparator.comparing((AnalysedArticle a) -> a.article().published().get().date()));
        List<AnalysedArticle> base = all.subList(0, all.size() - NEW * ROUNDS);
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            List<DocumentCommit> docs = new ArrayList<>();
            for (AnalysedArticle a : base) {
                docs.add(new DocumentCommit("doc-" + a.id(), a.article().origin(), List.of(a), List.of()));
                if (docs.size() == 500) {
                    store.commitDocuments(docs);
                    docs.clear();
                }
            }
            store.commitDocuments(docs);
            long t = System.nanoTime();
            CorpusStep.Result first = step(store);
            System.out.printf("corpus-timing first full step over %d articles: %d ms (%d stories)%n", base.size(),
                    ms(t), first.change().changedStories().size());
            for (int round = 0; round < ROUNDS; round++) {
                int from = base.size() + round * NEW;
                List<AnalysedArticle> fresh = all.subList(from, from + NEW);
                for (AnalysedArticle a : fresh) {
                    store.commitDocument("doc-" + a.id(), a.article().origin(), List.of(a), List.of());
                }
                if (round == ROUNDS - 1) {
                    breakdown(store);
                    continue;
                }
                long loadStart = System.nanoTime();
                CorpusState state = CorpusState.load(store, false);
                long load = ms(loadStart);
                long stepStart = System.nanoTime();
                CorpusStep.Result r = CorpusStep.run(store, state, state.furniture().orElseThrow(), List.of());
                long stepped = ms(stepStart);
                assertThat(r.change().fed()).hasSize(NEW);
                System.out.printf("corpus-timing incremental: %d new into %d stored: load state %d ms, feed + save "
                                + "%d ms, total %d ms; %d stories rewritten, %d removed, %d copy groups rewritten%n",
                        NEW, from, load, stepped, load + stepped, r.change().changedStories().size(),
                        r.change().removedStories().size(), r.change().duplicateGroups().size());
            }
            int sizeState = store.corpusState().values().stream().mapToInt(s -> s.json().length()).sum();
            System.out.printf("corpus-timing saved state: %.1f MB of JSON%n", sizeState / 1e6);
            // before: every ingest re-ran the stages over the whole store and replaced the corpus tables
            for (int round = 0; round < 2; round++) {
                long before = System.nanoTime();
                List<AnalysedArticle> stored = store.articlesInOrder();
                long read = ms(before);
                CorpusResult corpus = Pipeline.standard().cluster(stored);
                long clustered = ms(before);
                store.replaceCorpus(new CorpusView(corpus.stories(), corpus.storyOfArticle(), corpus.duplicates()));
                System.out.printf("corpus-timing full recompute (before) over %d articles: read %d ms, cluster %d ms, "
                        + "total %d ms%n", stored.size(), read, clustered - read, ms(before));
            }
        }
    }

    /** Where the time of one more incremental step goes (the last round's articles). */
    private static void breakdown(EmbeddedStore store) {
        long t0 = System.nanoTime();
        java.util.Map<String, StageSnapshot> rows = store.corpusState();
        long t1 = System.nanoTime();
        CorpusState state = CorpusState.load(store, false);
        long t2 = System.nanoTime();
        io.thoisu.pipeline.CorpusStages stages = io.thoisu.pipeline.CorpusStages.restore(state.corpus().orElseThrow());
        long t3 = System.nanoTime();
        List<AnalysedArticle> unfed = store.articlesNotFed();
        long t4 = System.nanoTime();
        io.thoisu.pipeline.CorpusChange change = stages.feed(unfed, store::fedArticles);
        long t5 = System.nanoTime();
        io.thoisu.pipeline.CorpusSnapshot snap = stages.snapshot();
        long t6 = System.nanoTime();
        List<StageSnapshot> saved = CorpusState.rows(state.furniture().orElseThrow(), 0, snap, java.time.Instant.now());
        long t7 = System.nanoTime();
        store.commitCorpus(new CorpusUpdate(saved, change, List.of(), false, false));
        long t8 = System.nanoTime();
        // the fixed part of a feeding: listing the stories before and after, the copy groups
        io.thoisu.pipeline.CorpusStages.restore(snap).feed(List.of(), ids -> List.of());
        long t9 = System.nanoTime();
        System.out.printf("corpus-timing breakdown: read rows %d ms, parse %d ms, restore %d ms, unfed %d ms, feed %d ms, "
                        + "snapshot %d ms, write JSON %d ms, commit %d ms; state sizes %s; restore + empty feed %d ms%n",
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000,
                (t5 - t4) / 1_000_000, (t6 - t5) / 1_000_000, (t7 - t6) / 1_000_000, (t8 - t7) / 1_000_000,
                rows.values().stream().map(r -> r.stage() + "=" + r.json().length() / 1000 + "kB").toList(),
                (t9 - t8) / 1_000_000);
    }

    private static CorpusStep.Result step(ArticleStore store) {
        CorpusState state = CorpusState.load(store, false);
        return CorpusStep.run(store, state, state.furniture().orElseGet(() -> new FurnitureLearner().snapshot()),
                List.of());
    }

    private static AnalysedArticle moved(AnalysedArticle a, int copy) {
        if (copy == 0) {
            return a;
        }
        Article x = a.article();
        Optional<Published> day = x.published().map(p -> Published.ofDay(p.date().plusDays(400L * copy)));
        Article moved = new Article(x.id() + "~" + copy, new Origin(x.origin().source() + "~" + copy, ""), x.url(),
                x.title(), day, x.outlet(), x.authors(), x.language(), x.text(), x.captions(), x.removed());
        return new AnalysedArticle(moved, a.sentences(), a.entities(), a.times(), a.quantities(), a.quotes(),
                a.claims());
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }
}
