package io.thoisu.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.clean.FurnitureLearner;
import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.Origin;
import io.thoisu.model.Story;
import io.thoisu.pipeline.AnalysisOptions;
import io.thoisu.pipeline.ArticleAnalyzer;
import io.thoisu.story.GoldStoryFolder;
import io.thoisu.testkit.SharedData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store whose corpus stages are fed in three ingests ends where a store fed in one ends, when the articles come in
 * the same order: same stories (with timelines and conflicts), same duplicate groups, same saved state.
 */
class IncrementalCorpusTest {
    private static List<AnalysedArticle> corpus;

    @TempDir
    Path dir;

    @BeforeAll
    static void analyse() {
        Path root = SharedData.require("corpora/vims/ViMs/original");
        ArticleAnalyzer analyzer = new ArticleAnalyzer();
        // stories 1-29 of the set: enough for merges, copies and multi-day timelines, quick to analyse
        corpus = GoldStoryFolder.read(root).stream()
                .filter(g -> g.story().compareTo("Cluster_030") < 0)
                .map(g -> analyzer.analyse(g.article(), AnalysisOptions.NONE))
                .toList();
    }

    @Test
    void threeIngestsInPublicationOrderEqualOne() {
        Map<String, Object> once;
        try (EmbeddedStore store = EmbeddedStore.open(dir.resolve("once"))) {
            commit(store, corpus);
            CorpusStep.Result r = step(store);
            assertThat(r.restarted()).isTrue();
            once = view(store);
        }
        Map<String, Object> thrice;
        List<List<AnalysedArticle>> batches = chronologicalThirds();
        try (EmbeddedStore store = EmbeddedStore.open(dir.resolve("thrice"))) {
            for (List<AnalysedArticle> batch : batches) {
                commit(store, batch);
                CorpusStep.Result r = step(store);
                assertThat(r.change().fed()).hasSize(batch.size());
            }
        }
        // reopened: everything came from the rows, nothing from memory
        try (EmbeddedStore store = EmbeddedStore.open(dir.resolve("thrice"))) {
            thrice = view(store);
            assertThat(store.indexedCount()).isEqualTo(corpus.size());
        }
        assertThat(thrice.keySet()).isEqualTo(once.keySet());
        for (String key : once.keySet()) {
            if (once.get(key) instanceof Map<?, ?> m) {
                Map<?, ?> other = (Map<?, ?>) thrice.get(key);
                m.forEach((k, v) -> assertThat(other.get(k)).as(key + " " + k).isEqualTo(v));
            } else if (once.get(key) instanceof List<?> l) {
                List<?> other = (List<?>) thrice.get(key);
                assertThat(other).hasSameSizeAs(l);
                for (int i = 0; i < l.size(); i++) {
                    assertThat(other.get(i)).as(key + " " + i).isEqualTo(l.get(i));
                }
            }
            assertThat(thrice.get(key)).as(key).isEqualTo(once.get(key));
        }
        @SuppressWarnings("unchecked")
        List<Story> stories = (List<Story>) once.get("stories");
        assertThat(stories).anyMatch(s -> s.articles().size() > 3 && !s.timeline().isEmpty());
    }

    @Test
    void aLaterIngestRewritesOnlyTheStoriesItTouches() {
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            List<AnalysedArticle> sorted = byPublication(corpus);
            commit(store, sorted.subList(0, sorted.size() - 3));
            step(store);
            int before = store.stories().size();
            commit(store, sorted.subList(sorted.size() - 3, sorted.size()));
            CorpusStep.Result r = step(store);
            assertThat(r.restarted()).isFalse();
            assertThat(r.change().fed()).hasSize(3);
            assertThat(r.change().changedStories()).hasSizeLessThanOrEqualTo(3 + r.change().removedStories().size());
            assertThat(before).isGreaterThan(10);
            for (AnalysedArticle a : sorted.subList(sorted.size() - 3, sorted.size())) {
                assertThat(store.storyOf(a.id())).isPresent();
                Story s = store.story(store.storyOf(a.id()).get()).orElseThrow();
                assertThat(s.articles()).contains(a.id());
            }
            // nothing new: the step writes nothing and changes nothing
            Map<String, StageSnapshot> saved = store.corpusState();
            CorpusStep.Result idle = step(store);
            assertThat(idle.change().isEmpty()).isTrue();
            assertThat(store.corpusState().get(CorpusState.STORIES).updatedAt())
                    .isEqualTo(saved.get(CorpusState.STORIES).updatedAt());
        }
    }

    @Test
    void aDocumentThatDropsAFedArticleRestartsTheArticleStagesWithoutIt() {
        List<AnalysedArticle> ordered = byPublication(corpus);
        AnalysedArticle kept = ordered.get(0);
        AnalysedArticle dropped = ordered.get(1);
        Map<String, Object> without;
        try (EmbeddedStore store = EmbeddedStore.open(dir.resolve("without"))) {
            commit(store, ordered.subList(2, ordered.size()));
            store.commitDocument("pair", new Origin("pair", ""), List.of(kept), List.of());
            step(store);
            without = view(store);
        }
        try (EmbeddedStore store = EmbeddedStore.open(dir.resolve("dropped"))) {
            commit(store, ordered.subList(2, ordered.size()));
            store.commitDocument("pair", new Origin("pair", ""), List.of(kept, dropped), List.of());
            step(store);
            assertThat(store.storyOf(dropped.id())).isPresent();
            // the same document again, now yielding one article: the stages cannot take the other back
            store.commitDocument("pair", new Origin("pair", ""), List.of(kept), List.of());
            assertThat(store.corpusState()).doesNotContainKey(CorpusState.STORIES);
            assertThat(CorpusState.load(store, false).notes()).isNotEmpty();
            CorpusStep.Result again = step(store);
            assertThat(again.restarted()).isTrue();
            assertThat(store.storyOf(dropped.id())).isEmpty();
            assertThat(store.stories()).noneMatch(story -> story.articles().contains(dropped.id()));
            assertThat(store.duplicatesOf(kept.id())).doesNotContain(dropped.id());
            // and it ends where a store that never had the article ends
            assertThat(view(store).get("stories")).isEqualTo(without.get("stories"));
        }
    }

    private static CorpusStep.Result step(ArticleStore store) {
        CorpusState state = CorpusState.load(store, false);
        return CorpusStep.run(store, state, state.furniture().orElseGet(() -> new FurnitureLearner().snapshot()),
                List.of());
    }

    /** Each article its own document, committed in a scrambled order: the store's order is what counts. */
    private static void commit(ArticleStore store, List<AnalysedArticle> articles) {
        List<AnalysedArticle> scrambled = new ArrayList<>(articles);
        java.util.Collections.shuffle(scrambled, new java.util.Random(articles.size()));
        for (AnalysedArticle a : scrambled) {
            store.commitDocument("doc-" + a.id(), new Origin(a.id(), ""), List.of(a), List.of());
        }
    }

    private static List<AnalysedArticle> byPublication(List<AnalysedArticle> articles) {
        return articles.stream().sorted(Comparator
                .comparing((AnalysedArticle a) -> a.article().published().map(p -> io.thoisu.index.PublicationOrder
                        .epochSecond(p)).orElse(Long.MAX_VALUE))
                .thenComparing(AnalysedArticle::id)).toList();
    }

    /** Three slices of the store's own feeding order (publication time, then id). */
    private static List<List<AnalysedArticle>> chronologicalThirds() {
        List<AnalysedArticle> sorted = byPublication(corpus);
        int third = sorted.size() / 3;
        return List.of(sorted.subList(0, third), sorted.subList(third, 2 * third),
                sorted.subList(2 * third, sorted.size()));
    }

    /** What a reader of the store sees of the corpus stages, and their saved state (without its time stamps). */
    private static Map<String, Object> view(ArticleStore store) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("stories", store.stories());
        Map<String, Optional<String>> storyOf = new LinkedHashMap<>();
        Map<String, List<String>> copies = new LinkedHashMap<>();
        for (AnalysedArticle a : store.articlesInOrder()) {
            storyOf.put(a.id(), store.storyOf(a.id()));
            copies.put(a.id(), store.duplicatesOf(a.id()));
        }
        out.put("storyOf", storyOf);
        out.put("copies", copies);
        // the clusterer's snapshot may list a centroid's terms in another order after a restore (its tables are
        // hashed), which changes nothing it decides; the other stages' snapshots are compared byte for byte
        store.corpusState().forEach((stage, s) -> out.put("state " + stage,
                (stage.equals(CorpusState.STORIES) ? "" : s.json()) + " fed " + s.fedCount()));
        return out;
    }
}
