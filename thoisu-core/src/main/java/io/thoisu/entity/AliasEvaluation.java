package io.thoisu.entity;

import io.thoisu.evaluation.Scores;
import io.thoisu.model.EntityMention;
import io.thoisu.model.EntityType;
import io.thoisu.model.Sentence;
import io.thoisu.text.VietnameseNormalizer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The corpus alias stage ({@link EntityResolver}) against the annotated fixtures read as one corpus. The resolver
 * learns from what the recognizer finds in every article; then each gold mention written as one word ("CSTO",
 * "Tokayev", "Mỹ") is asked as if it stood alone in an article of its own: what does the corpus say it stands for?
 * A resolution to the gold canonical name is right, a resolution to another name is wrong, and a short form whose
 * gold canonical name is longer but that stays unresolved is missed. Vietnamese persons' given names ("ông Hùng")
 * are counted apart: the stage leaves them alone on purpose, so they show what that choice costs.
 */
public final class AliasEvaluation {
    private AliasEvaluation() {
    }

    /**
     * @param asked          one-word gold mentions asked (Vietnamese given names excluded)
     * @param needResolution of those, the ones whose gold canonical name is longer than the short form
     * @param resolved       the ones the stage resolved (to any name)
     * @param correct        resolved to the gold canonical name
     * @param givenNames     one-word gold mentions of Vietnamese persons with a longer canonical name (left alone)
     */
    public record Report(int articles, int asked, int needResolution, int resolved, int correct, int givenNames) {
        public double precision() {
            return Scores.precision(correct, resolved);
        }

        public double recall() {
            return Scores.recall(correct, needResolution);
        }

        public double f1() {
            return Scores.f1(precision(), recall());
        }

        public List<String> format() {
            return List.of(String.format(Locale.ROOT, "aliases: %d articles as one corpus; %d one-word mentions asked, "
                            + "%d of them short for a longer name", articles, asked, needResolution),
                    String.format(Locale.ROOT, "aliases: resolved %d, right %d: P %.3f R %.3f F1 %.3f", resolved,
                            correct, precision(), recall(), f1()),
                    String.format(Locale.ROOT, "aliases: %d Vietnamese given names short for a full name, left alone "
                            + "across articles by design", givenNames));
        }
    }

    public static Report evaluate(List<Path> dirs, Function<String, List<Sentence>> splitter) throws IOException {
        List<AnnotatedArticle> gold = new ArrayList<>();
        for (Path dir : dirs) {
            gold.addAll(AnnotatedArticle.readAll(dir));
        }
        EntityRecognizer recognizer = new EntityRecognizer();
        EntityResolver resolver = new EntityResolver();
        for (AnnotatedArticle a : gold) {
            String text = a.article().text();
            resolver.learn(recognizer.recognize(text, splitter.apply(text)));
        }
        int asked = 0;
        int need = 0;
        int resolved = 0;
        int correct = 0;
        int givenNames = 0;
        for (AnnotatedArticle a : gold) {
            for (EntityMention m : a.entities()) {
                String shortKey = VietnameseNormalizer.key(m.text());
                if (shortKey.indexOf(' ') >= 0) {
                    continue;
                }
                String goldKey = VietnameseNormalizer.key(m.canonical());
                boolean longer = !goldKey.equals(shortKey);
                if (longer && m.type() == EntityType.PER && EntityResolver.vietnameseName(goldKey)) {
                    givenNames++;
                    continue;
                }
                asked++;
                if (longer) {
                    need++;
                }
                String answer = resolver.resolve(new EntityMention(m.text(), m.type(), m.text(), m.start(), m.end()));
                String answerKey = VietnameseNormalizer.key(answer);
                if (!answerKey.equals(shortKey)) {
                    resolved++;
                    if (answerKey.equals(goldKey)) {
                        correct++;
                    }
                }
            }
        }
        return new Report(gold.size(), asked, need, resolved, correct, givenNames);
    }
}
