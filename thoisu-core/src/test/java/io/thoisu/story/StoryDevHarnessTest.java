package io.thoisu.story;

import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.Article;
import io.thoisu.model.Published;
import io.thoisu.pipeline.ArticleAnalyzer;
import io.thoisu.pipeline.Pipeline;
import io.thoisu.testkit.SharedData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Development tool, run on demand only ({@code -Dthoisu.storyDev=MODE}, {@code -Dthoisu.storyDev.textOnly=true} for
 * the text alone): {@code errors} lists the development half's wrong joins and second-chance merges (date order and
 * 5 shuffled orders), the clusters that mix gold stories and the gold stories split; {@code observe} writes the
 * join model's features for every candidate of the development half (gold-guided, as {@link JoinModelFit});
 * {@code dump} writes its articles' reported times, quantities and entities; {@code dev}, {@code halves} and
 * {@code whole} print the figures; {@code dupstat} counts, without naming them, the mixed clusters whose two gold
 * stories share a sentence word for word. The held-out half and the whole are only ever measured: their errors are
 * never printed.
 */
class StoryDevHarnessTest {
    @Test
    void developmentHalf() {
        String mode = System.getProperty("thoisu.storyDev", "");
        Assumptions.assumeTrue(!mode.isEmpty(), "run with -Dthoisu.storyDev=errors|observe|dump|dev|halves|whole|dupstat");
        List<GoldStoryFolder.GoldArticle> gold = GoldStoryFolder.read(SharedData.require("corpora/vims/ViMs/original"));
        boolean textOnly = Boolean.getBoolean("thoisu.storyDev.textOnly");
        List<GoldStoryFolder.GoldArticle> dev = StoryEvaluation.half(gold, true);
        List<GoldStoryFolder.GoldArticle> held = StoryEvaluation.half(gold, false);
        List<GoldStoryFolder.GoldArticle> analysedSet = mode.equals("errors") || mode.equals("observe") ? dev : gold;
        Function<Article, AnalysedArticle> analyzer = textOnly ? StoryEvaluationTest.TEXT_ONLY : full(analysedSet);
        if (mode.equals("errors")) {
            errors(dev, analyzer);
        }
        if (mode.equals("observe")) {
            StringBuilder out = new StringBuilder();
            for (StoryClusterer.Observation o : JoinModelFit.observe(dev, analyzer, StoryConfig.news())) {
                out.append(o.joined() ? 1 : 0);
                for (double x : o.features()) {
                    out.append('\t').append(x);
                }
                out.append('\n');
            }
            try {
                java.nio.file.Files.writeString(Path.of(System.getProperty("thoisu.storyDev.out", "/tmp/observe.tsv")), out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return;
        }
        if (mode.equals("dump")) {
            dump(dev, analyzer);
            return;
        }
        if (mode.equals("dev") || mode.equals("errors")) {
            figures("dev", dev, analyzer);
        }
        if (mode.equals("dupstat")) {
            // counts only: how many of the mixed clusters pair two gold folders that share a sentence word for word
            duplicateCount("dev", dev, analyzer);
            duplicateCount("whole", gold, analyzer);
            return;
        }
        if (mode.equals("halves")) {
            figures("dev", dev, analyzer);
            figures("held", held, analyzer);
        }
        if (mode.equals("whole")) {
            figures("whole", gold, analyzer);
        }
    }

    private static void figures(String name, List<GoldStoryFolder.GoldArticle> gold,
                                Function<Article, AnalysedArticle> analyzer) {
        StoryReport d = StoryEvaluation.evaluate(gold, analyzer, StoryEvaluation.Order.DATE, 0, StoryConfig.news(),
                JoinModel.standard());
        System.out.printf("%s date: B %.4f %.4f %.4f | P %.4f %.4f %.4f | %d stories%n", name, d.bcubedPrecision(),
                d.bcubedRecall(), d.bcubedF1(), d.pairPrecision(), d.pairRecall(), d.pairF1(), d.predictedStories());
        double minB = 1, maxB = 0, minP = 1, maxP = 0;
        for (long seed = 1; seed <= 5; seed++) {
            StoryReport s = StoryEvaluation.evaluate(gold, analyzer, StoryEvaluation.Order.SHUFFLED, seed,
                    StoryConfig.news(), JoinModel.standard());
            minB = Math.min(minB, s.bcubedF1());
            maxB = Math.max(maxB, s.bcubedF1());
            minP = Math.min(minP, s.pairF1());
            maxP = Math.max(maxP, s.pairF1());
        }
        System.out.printf("%s shuffled: B F1 %.4f..%.4f | P F1 %.4f..%.4f%n", name, minB, maxB, minP, maxP);
    }

    private static void errors(List<GoldStoryFolder.GoldArticle> dev, Function<Article, AnalysedArticle> analyzer) {
        Map<String, String> goldOf = new HashMap<>();
        Map<String, Article> byId = new HashMap<>();
        Map<String, List<String>> titles = new TreeMap<>();
        for (GoldStoryFolder.GoldArticle g : dev) {
            goldOf.put(g.article().id(), g.story());
            byId.put(g.article().id(), g.article());
            titles.computeIfAbsent(g.story(), k -> new ArrayList<>()).add(g.article().published()
                    .map(Published::date).map(Object::toString).orElse("?") + " " + g.article().title().orElse(""));
        }
        int[] counts = new int[4];
        StoryClusterer.Trace trace = new StoryClusterer.Trace() {
            @Override
            public void joined(String article, List<String> story, double p) {
                String major = majority(story, goldOf);
                if (!major.equals(goldOf.get(article))) {
                    counts[0]++;
                    System.out.printf("WRONG JOIN p=%.3f %s [%s] -> story of %d, mostly %s%n", p, article,
                            byId.get(article).title().orElse(""), story.size(), major);
                } else {
                    counts[1]++;
                }
            }

            @Override
            public void merged(List<String> kept, List<String> gone, double p, double[] x) {
                String a = majority(kept, goldOf);
                String b = majority(gone, goldOf);
                System.out.printf("MERGE %s p=%.3f %s%n", a.equals(b) ? "right" : "WRONG", p,
                        java.util.Arrays.toString(java.util.Arrays.stream(x).map(d -> Math.round(d * 1000) / 1000.0)
                                .toArray()));
                if (!a.equals(b)) {
                    counts[2]++;
                    System.out.printf("WRONG MERGE p=%.3f %s (%d) + %s (%d)%n", p, a, kept.size(), b, gone.size());
                } else {
                    counts[3]++;
                }
            }
        };
        StoryEvaluation.evaluate(dev, analyzer, StoryEvaluation.Order.DATE, 0, StoryConfig.news(),
                JoinModel.standard(), trace);
        for (long seed = 1; seed <= 5; seed++) {
            System.out.println("-- shuffled " + seed);
            StoryEvaluation.evaluate(dev, analyzer, StoryEvaluation.Order.SHUFFLED, seed, StoryConfig.news(),
                    JoinModel.standard(), trace);
        }
        System.out.printf("joins wrong %d right %d; merges wrong %d right %d%n", counts[0], counts[1], counts[2],
                counts[3]);
        // the final clusters that mix gold stories
        StoryClusterer c = new StoryClusterer();
        List<GoldStoryFolder.GoldArticle> feed = new ArrayList<>(dev);
        feed.sort(java.util.Comparator.comparing((GoldStoryFolder.GoldArticle g) -> g.article().published()
                .map(Published::date).orElse(java.time.LocalDate.MAX)).thenComparing(g -> g.article().id()));
        feed.forEach(g -> c.accept(analyzer.apply(g.article())));
        for (var s : c.stories()) {
            Map<String, Integer> mix = new TreeMap<>();
            s.articles().forEach(id -> mix.merge(goldOf.get(id), 1, Integer::sum));
            if (mix.size() > 1) {
                System.out.println("MIXED " + mix);
                mix.keySet().forEach(k -> titles.get(k).forEach(t -> System.out.println("   " + k + " " + t)));
            }
        }
        Map<String, Map<String, Integer>> split = new TreeMap<>();
        for (var s : c.stories()) {
            s.articles().forEach(id -> split.computeIfAbsent(goldOf.get(id), k -> new TreeMap<>())
                    .merge(s.id(), 1, Integer::sum));
        }
        split.forEach((k, v) -> {
            if (v.size() > 1) {
                System.out.println("SPLIT " + k + " " + v.values());
            }
        });
    }

    /** The development half's reported times and quantities, one article a line, for a look outside Java. */
    private static void dump(List<GoldStoryFolder.GoldArticle> dev, Function<Article, AnalysedArticle> analyzer) {
        StringBuilder out = new StringBuilder();
        for (GoldStoryFolder.GoldArticle g : dev) {
            AnalysedArticle a = analyzer.apply(g.article());
            out.append(g.article().id()).append('\t').append(g.story()).append('\t')
                    .append(g.article().published().map(Published::date).map(Object::toString).orElse("?"))
                    .append('\t').append(g.article().title().orElse("").replace('\t', ' ')).append('\t');
            a.times().forEach(t -> out.append(t.value()).append('|').append(t.anchor()).append('|')
                    .append(t.text().replace('\t', ' ').replace(';', ',')).append(';'));
            out.append('\t');
            a.quantities().forEach(q -> out.append(q.value()).append('|').append(q.unit().orElse("")).append('|')
                    .append(q.approx()).append('|').append(q.text().replace('\t', ' ').replace(';', ',')).append(';'));
            out.append('\t');
            a.entities().forEach(e -> out.append(e.canonical().replace(';', ',')).append('|').append(e.type())
                    .append(';'));
            out.append('\n');
        }
        try {
            java.nio.file.Files.writeString(Path.of(System.getProperty("thoisu.storyDev.out", "/tmp/dev.tsv")), out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void duplicateCount(String name, List<GoldStoryFolder.GoldArticle> gold,
                                       Function<Article, AnalysedArticle> analyzer) {
        Map<String, String> goldOf = new HashMap<>();
        Map<String, java.util.Set<String>> sentences = new HashMap<>();
        for (GoldStoryFolder.GoldArticle g : gold) {
            goldOf.put(g.article().id(), g.story());
            for (String sentence : g.article().text().split("[.!?\\n]")) {
                String t = sentence.strip();
                if (t.length() >= 80) {
                    sentences.computeIfAbsent(g.story(), k -> new java.util.HashSet<>()).add(t);
                }
            }
        }
        List<GoldStoryFolder.GoldArticle> feed = new ArrayList<>(gold);
        feed.sort(java.util.Comparator.comparing((GoldStoryFolder.GoldArticle g) -> g.article().published()
                .map(Published::date).orElse(java.time.LocalDate.MAX)).thenComparing(g -> g.article().id()));
        StoryClusterer c = new StoryClusterer();
        feed.forEach(g -> c.accept(analyzer.apply(g.article())));
        int pairs = 0;
        int shared = 0;
        int wrongArticles = 0;
        int sharedArticles = 0;
        for (var s : c.stories()) {
            Map<String, Integer> mix = new TreeMap<>();
            s.articles().forEach(id -> mix.merge(goldOf.get(id), 1, Integer::sum));
            List<String> big = mix.entrySet().stream().filter(e -> e.getValue() >= 2).map(Map.Entry::getKey).toList();
            String major = mix.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            for (String other : big) {
                if (other.equals(major)) {
                    continue;
                }
                pairs++;
                wrongArticles += mix.get(other);
                java.util.Set<String> a = sentences.getOrDefault(major, java.util.Set.of());
                if (sentences.getOrDefault(other, java.util.Set.of()).stream().anyMatch(a::contains)) {
                    shared++;
                    sharedArticles += mix.get(other);
                }
            }
        }
        System.out.printf("%s: %d merged gold-story pairs (%d articles on the minority side); %d pairs (%d articles)"
                + " share a sentence of 80+ characters word for word%n", name, pairs, wrongArticles, shared,
                sharedArticles);
    }

    private static String majority(List<String> ids, Map<String, String> goldOf) {
        Map<String, Integer> n = new HashMap<>();
        ids.forEach(id -> n.merge(goldOf.get(id), 1, Integer::sum));
        return n.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
    }

    private static Function<Article, AnalysedArticle> full(List<GoldStoryFolder.GoldArticle> gold) {
        Map<String, AnalysedArticle> analysed = new HashMap<>();
        ArticleAnalyzer analyzer = Pipeline.standard().analyzer();
        gold.forEach(g -> analysed.put(g.article().id(), analyzer.analyse(g.article())));
        return a -> analysed.get(a.id());
    }
}
