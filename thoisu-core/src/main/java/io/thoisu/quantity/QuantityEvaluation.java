package io.thoisu.quantity;

import io.thoisu.evaluation.GoldTsv;
import io.thoisu.model.Approx;
import io.thoisu.model.Quantity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores {@link QuantityRecognizer} on a golden TSV (see {@code quantities.tsv}: sentence, then one column per
 * expected {@code span|value|approx|unit}, {@code #} comments) or on a folder of such files.
 */
public final class QuantityEvaluation {
    private QuantityEvaluation() {
    }

    /** One gold case. */
    record Case(String text, List<String> expected) {
    }

    public static QuantityReport evaluate(Path goldDirOrFile) {
        List<Case> cases = read(goldDirOrFile);
        QuantityRecognizer recognizer = new QuantityRecognizer();
        int gold = 0;
        int predicted = 0;
        int correct = 0;
        List<String> misses = new ArrayList<>();
        for (Case c : cases) {
            List<String> expected = new ArrayList<>(c.expected());
            List<String> got = recognizer.recognize(c.text()).stream().map(QuantityEvaluation::describe).toList();
            gold += expected.size();
            predicted += got.size();
            for (String g : got) {
                if (expected.remove(g)) {
                    correct++;
                } else if (misses.size() < 40) {
                    misses.add("extra   " + g + "   in: " + c.text());
                }
            }
            for (String e : expected) {
                if (misses.size() < 40) {
                    misses.add("missed  " + e + "   in: " + c.text() + "   got " + got);
                }
            }
        }
        // throughput: one warm-up pass, then passes until half a second has gone by
        long chars = 0;
        int items = 0;
        for (Case c : cases) {
            recognizer.recognize(c.text());
        }
        long began = System.nanoTime();
        long elapsed;
        do {
            for (Case c : cases) {
                recognizer.recognize(c.text());
                chars += c.text().length();
                items++;
            }
            elapsed = System.nanoTime() - began;
        } while (elapsed < 500_000_000L && !cases.isEmpty());
        double seconds = Math.max(elapsed, 1) / 1e9;
        double precision = predicted == 0 ? 0 : (double) correct / predicted;
        double recall = gold == 0 ? 0 : (double) correct / gold;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new QuantityReport(cases.size(), gold, predicted, correct, precision, recall, f1, items / seconds,
                chars / seconds, misses);
    }

    static String describe(Quantity q) {
        return q.text() + "|" + number(q.value()) + "|" + q.approx().wireName() + "|" + q.unit().orElse("-");
    }

    /** A value as the gold writes it: integers without a decimal point, others in shortest form. */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    static List<Case> read(Path goldDirOrFile) {
        List<Case> cases = new ArrayList<>();
        for (GoldTsv.Row row : GoldTsv.read(goldDirOrFile)) {
            List<String> cols = row.cells();
            List<String> expected = new ArrayList<>();
            for (String item : cols.subList(1, cols.size())) {
                String[] f4 = item.split("\\|", -1);
                if (f4.length != 4) {
                    throw row.bad("bad item '" + item + "'");
                }
                Approx.fromWire(f4[2]); // rejects a misspelt qualifier in the gold
                expected.add(f4[0] + "|" + number(Double.parseDouble(f4[1])) + "|" + f4[2] + "|" + f4[3]);
            }
            cases.add(new Case(cols.get(0), expected));
        }
        return cases;
    }
}
