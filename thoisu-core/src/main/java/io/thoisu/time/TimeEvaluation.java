package io.thoisu.time;

import io.thoisu.evaluation.GoldTsv;
import io.thoisu.evaluation.ItemMatcher;
import io.thoisu.evaluation.Throughput;
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
        ItemMatcher matcher = new ItemMatcher(40);
        for (Case c : cases) {
            List<String> got = recognizer.recognize(c.text(), List.of(), c.context()).stream()
                    .map(TimeEvaluation::describe).toList();
            matcher.match(c.expected(), got, c.text() + "  " + c.context());
        }
        Throughput speed = Throughput.of(cases, c -> recognizer.recognize(c.text(), List.of(), c.context()),
                c -> c.text().length());
        return new TimeReport(cases.size(), matcher.gold(), matcher.predicted(), matcher.correct(),
                matcher.precision(), matcher.recall(), matcher.f1(), speed.itemsPerSecond(), speed.charsPerSecond(),
                matcher.misses());
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
