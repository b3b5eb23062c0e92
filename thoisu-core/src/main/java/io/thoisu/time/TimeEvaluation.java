package io.thoisu.time;

import io.thoisu.evaluation.GoldTsv;
import io.thoisu.model.Published;
import io.thoisu.model.TimeExpression;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Scores {@link TimeRecognizer} on a golden TSV (see {@code times.tsv}: context, text, then one column per expected
 * {@code span|value|precision}, {@code #} comments) or on a folder of such files.
 */
public final class TimeEvaluation {
    private TimeEvaluation() {
    }

    record Case(TimeContext context, String text, List<String> expected) {
    }

    public static TimeReport evaluate(Path goldDirOrFile) {
        List<Case> cases = read(goldDirOrFile);
        TimeRecognizer recognizer = new TimeRecognizer();
        int gold = 0;
        int predicted = 0;
        int correct = 0;
        List<String> misses = new ArrayList<>();
        for (Case c : cases) {
            List<String> expected = new ArrayList<>(c.expected());
            List<String> got = recognizer.recognize(c.text(), List.of(), c.context()).stream()
                    .map(TimeEvaluation::describe).toList();
            gold += expected.size();
            predicted += got.size();
            for (String g : got) {
                if (expected.remove(g)) {
                    correct++;
                } else if (misses.size() < 40) {
                    misses.add("extra   " + g + "   in: " + c.text() + "  " + c.context());
                }
            }
            for (String e : expected) {
                if (misses.size() < 40) {
                    misses.add("missed  " + e + "   in: " + c.text() + "   got " + got + "  " + c.context());
                }
            }
        }
        for (Case c : cases) {
            recognizer.recognize(c.text(), List.of(), c.context());
        }
        long chars = 0;
        int items = 0;
        long began = System.nanoTime();
        long elapsed;
        do {
            for (Case c : cases) {
                recognizer.recognize(c.text(), List.of(), c.context());
                chars += c.text().length();
                items++;
            }
            elapsed = System.nanoTime() - began;
        } while (elapsed < 500_000_000L && !cases.isEmpty());
        double seconds = Math.max(elapsed, 1) / 1e9;
        double precision = predicted == 0 ? 0 : (double) correct / predicted;
        double recall = gold == 0 ? 0 : (double) correct / gold;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new TimeReport(cases.size(), gold, predicted, correct, precision, recall, f1, items / seconds,
                chars / seconds, misses);
    }

    static String describe(TimeExpression t) {
        return t.text() + "|" + t.value() + "|" + t.precision().wireName();
    }

    static TimeContext context(String spec) {
        if (spec.startsWith("published=")) {
            Optional<Published> p = Published.parse(spec.substring("published=".length()));
            if (p.isEmpty()) {
                throw new IllegalArgumentException("bad publication time in gold: " + spec);
            }
            return new TimeContext(p, OptionalInt.empty());
        }
        if (spec.startsWith("year=")) {
            return TimeContext.year(Integer.parseInt(spec.substring("year=".length())));
        }
        if (spec.equals("none")) {
            return TimeContext.none();
        }
        throw new IllegalArgumentException("bad context in gold: " + spec);
    }

    static List<Case> read(Path goldDirOrFile) {
        List<Case> cases = new ArrayList<>();
        for (GoldTsv.Row row : GoldTsv.read(goldDirOrFile)) {
            List<String> cols = row.cells();
            List<String> expected = new ArrayList<>();
            for (String item : cols.subList(2, cols.size())) {
                if (item.split("\\|", -1).length != 3) {
                    throw row.bad("bad item '" + item + "'");
                }
                expected.add(item);
            }
            cases.add(new Case(context(cols.get(0)), cols.get(1), expected));
        }
        return cases;
    }
}
