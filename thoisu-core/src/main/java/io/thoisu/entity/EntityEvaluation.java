package io.thoisu.entity;

import io.thoisu.evaluation.Scores;
import io.thoisu.model.EntityMention;
import io.thoisu.model.Sentence;
import io.thoisu.text.VietnameseNormalizer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Entity recognition against the annotated fixtures: exact span and type, micro-averaged; canonical-name accuracy
 * over the mentions found with the right span; sentences per second of the recognizer alone. {@link Report#errors()}
 * lists every missed and spurious mention (with its text) so a set's errors can be grouped by class.
 */
public final class EntityEvaluation {
    private EntityEvaluation() {
    }

    public record Report(int articles, int sentences, int gold, int predicted, int correct, int canonicalCorrect,
                         double sentencesPerSecond, List<String> errors) {
        public double precision() {
            return Scores.precision(correct, predicted);
        }

        public double recall() {
            return Scores.recall(correct, gold);
        }

        public double f1() {
            return Scores.f1(precision(), recall());
        }

        public double canonicalAccuracy() {
            return correct == 0 ? 0 : (double) canonicalCorrect / correct;
        }

        public List<String> format() {
            return List.of(String.format("entities: %d articles, %d sentences, gold %d, predicted %d", articles,
                            sentences, gold, predicted),
                    String.format("entities: P %.3f R %.3f F1 %.3f (exact span + type); canonical %.3f", precision(),
                            recall(), f1(), canonicalAccuracy()),
                    String.format("entities: %.0f sentences/s", sentencesPerSecond));
        }
    }

    public static Report evaluate(Path dir, Function<String, List<Sentence>> splitter) throws IOException {
        List<AnnotatedArticle> gold = AnnotatedArticle.readAll(dir);
        EntityRecognizer recognizer = new EntityRecognizer();
        int sentences = 0;
        int g = 0;
        int p = 0;
        int c = 0;
        int canon = 0;
        long nanos = 0;
        List<String> errors = new ArrayList<>();
        for (AnnotatedArticle a : gold) {
            String text = a.article().text();
            List<Sentence> ss = splitter.apply(text);
            sentences += ss.size();
            long t0 = System.nanoTime();
            List<EntityMention> found = recognizer.recognize(text, ss);
            nanos += System.nanoTime() - t0;
            Set<String> goldKeys = new HashSet<>();
            for (EntityMention m : a.entities()) {
                goldKeys.add(m.start() + ":" + m.end() + ":" + m.type());
            }
            g += goldKeys.size();
            p += found.size();
            listErrors(a, text, found, errors);
            for (EntityMention m : found) {
                if (goldKeys.contains(m.start() + ":" + m.end() + ":" + m.type())) {
                    c++;
                    for (EntityMention gm : a.entities()) {
                        if (gm.start() == m.start() && gm.end() == m.end() && VietnameseNormalizer.key(gm.canonical())
                                .equals(VietnameseNormalizer.key(m.canonical()))) {
                            canon++;
                        }
                    }
                }
            }
        }
        // throughput over repeated passes so the JIT has warmed up
        nanos = 0;
        long t0 = System.nanoTime();
        int rounds = 0;
        int timed = 0;
        while (System.nanoTime() - t0 < 1_000_000_000L || rounds < 3) {
            for (AnnotatedArticle a : gold) {
                List<Sentence> ss = splitter.apply(a.article().text());
                long s0 = System.nanoTime();
                recognizer.recognize(a.article().text(), ss);
                nanos += System.nanoTime() - s0;
                timed += ss.size();
            }
            rounds++;
        }
        double perSecond = timed / (nanos / 1e9);
        return new Report(gold.size(), sentences, g, p, c, canon, perSecond, List.copyOf(errors));
    }

    /** Missed gold mentions and spurious predictions, each with its type and text, in text order. */
    private static void listErrors(AnnotatedArticle a, String text, List<EntityMention> found, List<String> out) {
        Set<String> predicted = new HashSet<>();
        for (EntityMention m : found) {
            predicted.add(m.start() + ":" + m.end() + ":" + m.type());
        }
        Set<String> goldKeys = new HashSet<>();
        List<EntityMention> all = new ArrayList<>();
        for (EntityMention m : a.entities()) {
            goldKeys.add(m.start() + ":" + m.end() + ":" + m.type());
            if (!predicted.contains(m.start() + ":" + m.end() + ":" + m.type())) {
                all.add(m);
            }
        }
        for (EntityMention m : found) {
            if (!goldKeys.contains(m.start() + ":" + m.end() + ":" + m.type())) {
                all.add(m);
            }
        }
        all.sort(Comparator.comparingInt(EntityMention::start));
        for (EntityMention m : all) {
            boolean missed = a.entities().contains(m) && !predicted.contains(m.start() + ":" + m.end() + ":" + m.type());
            out.add(a.article().id() + ": " + (missed ? "missed " : "extra  ") + m.type() + " "
                    + text.substring(m.start(), m.end()) + "   | …"
                    + text.substring(Math.max(0, m.start() - 30), Math.min(text.length(), m.end() + 30))
                    .replace('\n', ' ') + "…");
        }
    }
}
