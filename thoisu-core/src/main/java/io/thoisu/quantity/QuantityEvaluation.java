package io.thoisu.quantity;

import io.thoisu.evaluation.GoldTsv;
import io.thoisu.evaluation.ItemMatcher;
import io.thoisu.evaluation.Throughput;
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
        ItemMatcher matcher = new ItemMatcher(40);
        for (Case c : cases) {
            List<String> got = recognizer.recognize(c.text()).stream().map(QuantityEvaluation::describe).toList();
            matcher.match(c.expected(), got, c.text());
        }
        Throughput speed = Throughput.of(cases, c -> recognizer.recognize(c.text()), c -> c.text().length());
        return new QuantityReport(cases.size(), matcher.gold(), matcher.predicted(), matcher.correct(),
                matcher.precision(), matcher.recall(), matcher.f1(), speed.itemsPerSecond(), speed.charsPerSecond(),
                matcher.misses());
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
