package io.thoisu.claim;

import io.thoisu.evaluation.Scores;
import io.thoisu.entity.AnnotatedArticle;
import io.thoisu.entity.ArticleWords;
import io.thoisu.entity.EntityRecognizer;
import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.Article;
import io.thoisu.model.Claim;
import io.thoisu.model.EntityMention;
import io.thoisu.model.Quote;
import io.thoisu.quote.QuoteExtractor;
import io.thoisu.text.VietnameseNormalizer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Claims against the annotated fixtures: a predicted claim is right when value, qualifier, attribution (normalised
 * key) and date all equal a gold claim's, each gold claim matched once. The upstream stages (sentences, times,
 * quantities) come in as a function so the real pipeline or a test stand-in can supply them; entities, quotes and
 * claims are this module's own.
 */
public final class ClaimEvaluation {
    private ClaimEvaluation() {
    }

    public record Report(int articles, int sentences, int gold, int predicted, int correct, double sentencesPerSecond,
                         List<String> errors) {
        public double precision() {
            return Scores.precision(correct, predicted);
        }

        public double recall() {
            return Scores.recall(correct, gold);
        }

        public double f1() {
            return Scores.f1(precision(), recall());
        }

        public List<String> format() {
            return List.of(String.format("claims: %d articles, %d sentences, gold %d, predicted %d", articles, sentences,
                            gold, predicted),
                    String.format("claims: P %.3f R %.3f F1 %.3f (value + qualifier + attribution + date)",
                            precision(), recall(), f1()),
                    String.format("claims: %.0f sentences/s (entities + quotes + claims)", sentencesPerSecond));
        }
    }

    public static Report evaluate(Path dir, Function<Article, AnalysedArticle> upstream) throws IOException {
        List<AnnotatedArticle> gold = AnnotatedArticle.readAll(dir);
        EntityRecognizer recognizer = new EntityRecognizer();
        QuoteExtractor quotes = new QuoteExtractor();
        ClaimExtractor claims = new ClaimExtractor();
        int g = 0;
        int p = 0;
        int c = 0;
        int sentences = 0;
        long nanos = 0;
        List<String> errors = new ArrayList<>();
        for (AnnotatedArticle a : gold) {
            AnalysedArticle up = upstream.apply(a.article());
            String text = a.article().text();
            sentences += up.sentences().size();
            List<Claim> found = run(recognizer, quotes, claims, a.article(), up);
            List<AnnotatedArticle.GoldClaim> open = new ArrayList<>(a.claims());
            g += open.size();
            p += found.size();
            for (Claim claim : found) {
                AnnotatedArticle.GoldClaim hit = null;
                for (AnnotatedArticle.GoldClaim gc : open) {
                    if (gc.value() == claim.value() && gc.approx() == claim.approx()
                            && key(gc.attribution().orElse("")).equals(key(claim.attribution().orElse("")))
                            && gc.date().equals(claim.date())) {
                        hit = gc;
                        break;
                    }
                }
                if (hit != null) {
                    open.remove(hit);
                    c++;
                } else {
                    errors.add(a.article().id() + ": extra " + claim.value() + " " + claim.approx().wireName() + " | "
                            + claim.attribution().orElse("-") + " | " + claim.date().orElse("-") + " | "
                            + claim.about());
                }
            }
            for (AnnotatedArticle.GoldClaim gc : open) {
                errors.add(a.article().id() + ": missed " + gc);
            }
        }
        // throughput of the three stages on one shared scan, over repeated passes so the JIT has warmed up
        List<AnalysedArticle> ups = new ArrayList<>();
        for (AnnotatedArticle a : gold) {
            ups.add(upstream.apply(a.article()));
        }
        long t0 = System.nanoTime();
        int rounds = 0;
        long timed = 0;
        while (System.nanoTime() - t0 < 2_000_000_000L || rounds < 3) {
            for (AnalysedArticle up : ups) {
                long s0 = System.nanoTime();
                run(recognizer, quotes, claims, up.article(), up);
                nanos += System.nanoTime() - s0;
                timed += up.sentences().size();
            }
            rounds++;
        }
        return new Report(gold.size(), sentences, g, p, c, timed / Math.max(1e-9, nanos / 1e9),
                List.copyOf(errors));
    }

    /** Entities, quotes and claims of one article, sharing one scan of its words as the pipeline should. */
    private static List<Claim> run(EntityRecognizer recognizer, QuoteExtractor quotes, ClaimExtractor claims,
                                   Article article, AnalysedArticle up) {
        String text = article.text();
        ArticleWords words = ArticleWords.scan(text, up.sentences());
        List<EntityMention> entities = recognizer.recognizeWords(text, words);
        List<Quote> qs = quotes.extract(text, words, entities);
        return claims.extract(article, words, entities, up.times(), up.quantities(), qs);
    }

    private static String key(String s) {
        return VietnameseNormalizer.key(s);
    }
}
