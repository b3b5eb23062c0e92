package io.thoisu.quote;

import io.thoisu.entity.AnnotatedArticle;
import io.thoisu.entity.ArticleWords;
import io.thoisu.entity.EntityRecognizer;
import io.thoisu.model.EntityMention;
import io.thoisu.model.Quote;
import io.thoisu.model.Sentence;
import io.thoisu.text.VietnameseNormalizer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Quotes against the annotated fixtures. A gold quote is found when a predicted quote covers its words; speaker
 * accuracy counts gold quotes found with the right speaker (by normalised key) over all gold quotes, so a missed
 * quote counts as a wrong speaker. Precision: predicted quotes that cover some gold quote.
 */
public final class QuoteEvaluation {
    private QuoteEvaluation() {
    }

    public record Report(int articles, int gold, int predicted, int found, int speakerCorrect, int predictedMatched,
                         double sentencesPerSecond, List<String> errors) {
        public double recall() {
            return gold == 0 ? 0 : (double) found / gold;
        }

        public double precision() {
            return predicted == 0 ? 0 : (double) predictedMatched / predicted;
        }

        public double speakerAccuracy() {
            return gold == 0 ? 0 : (double) speakerCorrect / gold;
        }

        public List<String> format() {
            return List.of(String.format("quotes: %d articles, gold %d, predicted %d", articles, gold, predicted),
                    String.format("quotes: found %.3f, precision %.3f, speaker accuracy %.3f", recall(), precision(),
                            speakerAccuracy()),
                    String.format("quotes: %.0f sentences/s (entities + quotes)", sentencesPerSecond));
        }
    }

    public static Report evaluate(Path dir, Function<String, List<Sentence>> splitter) throws IOException {
        List<AnnotatedArticle> gold = AnnotatedArticle.readAll(dir);
        EntityRecognizer recognizer = new EntityRecognizer();
        QuoteExtractor extractor = new QuoteExtractor();
        int g = 0;
        int predicted = 0;
        int found = 0;
        int correct = 0;
        int matched = 0;
        int sentences = 0;
        long nanos = 0;
        List<String> errors = new java.util.ArrayList<>();
        for (AnnotatedArticle a : gold) {
            String text = a.article().text();
            List<Sentence> ss = splitter.apply(text);
            sentences += ss.size();
            long t0 = System.nanoTime();
            List<EntityMention> entities = recognizer.recognize(text, ss);
            List<Quote> quotes = extractor.extract(text, ss, entities);
            nanos += System.nanoTime() - t0;
            predicted += quotes.size();
            for (Quote q : quotes) {
                boolean covers = false;
                for (AnnotatedArticle.GoldQuote gq : a.quotes()) {
                    int at = text.indexOf(gq.fragment());
                    if (at >= q.start() && at + gq.fragment().length() <= q.end()) {
                        covers = true;
                        break;
                    }
                }
                if (covers) {
                    matched++;
                } else {
                    errors.add(a.article().id() + ": extra [" + q.speaker().orElse("-") + "] " + q.text());
                }
            }
            for (AnnotatedArticle.GoldQuote gq : a.quotes()) {
                g++;
                int at = text.indexOf(gq.fragment());
                Optional<Quote> hit = quotes.stream()
                        .filter(q -> at >= q.start() && at + gq.fragment().length() <= q.end()).findFirst();
                if (hit.isEmpty()) {
                    errors.add(a.article().id() + ": missed " + gq.fragment());
                    continue;
                }
                found++;
                if (key(hit.get().speaker()).equals(key(gq.speaker()))) {
                    correct++;
                } else {
                    errors.add(a.article().id() + ": speaker " + hit.get().speaker().orElse("-") + " ≠ "
                            + gq.speaker().orElse("-") + " for " + gq.fragment());
                }
            }
        }
        // throughput over repeated passes so the JIT has warmed up, entities and quotes on one shared scan
        nanos = 0;
        long timed = 0;
        int rounds = 0;
        long t0 = System.nanoTime();
        while (System.nanoTime() - t0 < 1_000_000_000L || rounds < 3) {
            for (AnnotatedArticle a : gold) {
                String text = a.article().text();
                List<Sentence> ss = splitter.apply(text);
                long s0 = System.nanoTime();
                ArticleWords words = ArticleWords.scan(text, ss);
                extractor.extract(text, words, recognizer.recognizeWords(text, words));
                nanos += System.nanoTime() - s0;
                timed += ss.size();
            }
            rounds++;
        }
        return new Report(gold.size(), g, predicted, found, correct, matched, timed / (nanos / 1e9),
                List.copyOf(errors));
    }

    private static String key(Optional<String> s) {
        return s.map(VietnameseNormalizer::key).orElse("");
    }
}
