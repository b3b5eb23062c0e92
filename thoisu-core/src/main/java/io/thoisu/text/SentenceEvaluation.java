package io.thoisu.text;

import io.thoisu.model.Sentence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sentence-splitting quality on a TSV of cases: {@code input<TAB>expected}, where the input writes a line break
 * as {@code \n} and the expected sentences are separated by {@code ‖}. Lines starting with {@code #} are comments.
 * Scored on sentence boundaries inside each case (the end of the text is not a decision), plus the share of cases
 * split exactly right.
 */
public final class SentenceEvaluation {
    static final String SEPARATOR = "‖";

    private SentenceEvaluation() {
    }

    public record Report(int cases, int exactCases, int goldBoundaries, int predictedBoundaries, int correct,
                         double precision, double recall, double f1, double sentencesPerSecond, List<String> misses) {
        public List<String> format() {
            List<String> lines = new ArrayList<>();
            lines.add(String.format(Locale.ROOT, "sentence splitting: %d cases, %d split exactly (%.1f%%)", cases,
                    exactCases, cases == 0 ? 0 : 100.0 * exactCases / cases));
            lines.add(String.format(Locale.ROOT, "  boundaries: gold %d, predicted %d, correct %d", goldBoundaries,
                    predictedBoundaries, correct));
            lines.add(String.format(Locale.ROOT, "  precision %.2f  recall %.2f  F1 %.2f", 100 * precision,
                    100 * recall, 100 * f1));
            lines.add(String.format(Locale.ROOT, "  speed %,.0f sentences/s (one thread)", sentencesPerSecond));
            return lines;
        }
    }

    record Case(int line, String input, List<String> expected) {
    }

    public static Report evaluate(Path tsv) {
        return evaluate(tsv, new SentenceSplitter());
    }

    static Report evaluate(Path tsv, SentenceSplitter splitter) {
        List<Case> cases = read(tsv);
        int exact = 0;
        int gold = 0;
        int predicted = 0;
        int correct = 0;
        List<String> misses = new ArrayList<>();
        for (Case c : cases) {
            List<Sentence> got = splitter.split(c.input());
            Set<Integer> g = expectedBoundaries(c);
            Set<Integer> p = new HashSet<>();
            for (int k = 0; k + 1 < got.size(); k++) {
                p.add(got.get(k).end());
            }
            gold += g.size();
            predicted += p.size();
            for (int b : p) {
                if (g.contains(b)) {
                    correct++;
                }
            }
            List<String> texts = got.stream().map(Sentence::text).toList();
            if (texts.equals(c.expected())) {
                exact++;
            } else {
                misses.add("line " + c.line() + ": got " + String.join(" " + SEPARATOR + " ", texts));
            }
        }
        double precision = predicted == 0 ? 1 : (double) correct / predicted;
        double recall = gold == 0 ? 1 : (double) correct / gold;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Report(cases.size(), exact, gold, predicted, correct, precision, recall, f1,
                throughput(cases, splitter), List.copyOf(misses));
    }

    /** End offsets of each expected sentence but the last, found in order in the input. */
    private static Set<Integer> expectedBoundaries(Case c) {
        Set<Integer> ends = new HashSet<>();
        int cursor = 0;
        for (int k = 0; k < c.expected().size(); k++) {
            String s = c.expected().get(k);
            int at = c.input().indexOf(s, cursor);
            if (at < 0) {
                throw new IllegalArgumentException("line " + c.line() + ": expected sentence not in input: " + s);
            }
            cursor = at + s.length();
            if (k + 1 < c.expected().size()) {
                ends.add(cursor);
            }
        }
        return ends;
    }

    static List<Case> read(Path tsv) {
        List<String> lines;
        try {
            lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + tsv, e);
        }
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IllegalArgumentException(tsv + " line " + (i + 1) + ": no tab between input and expected");
            }
            String input = line.substring(0, tab).replace("\\n", "\n");
            List<String> expected = new ArrayList<>();
            for (String s : line.substring(tab + 1).split(SEPARATOR, -1)) {
                expected.add(s.strip());
            }
            cases.add(new Case(i + 1, input, List.copyOf(expected)));
        }
        return cases;
    }

    private static double throughput(List<Case> cases, SentenceSplitter splitter) {
        long sentences = 0;
        for (int w = 0; w < 20; w++) {
            for (Case c : cases) {
                sentences += splitter.split(c.input()).size();
            }
        }
        sentences = 0;
        long t0 = System.nanoTime();
        int rounds = 0;
        do {
            for (Case c : cases) {
                sentences += splitter.split(c.input()).size();
            }
            rounds++;
        } while (System.nanoTime() - t0 < 500_000_000L || rounds < 3);
        return sentences / ((System.nanoTime() - t0) / 1e9);
    }

    public static void main(String[] args) {
        for (String a : args) {
            Report r = evaluate(Path.of(a));
            r.format().forEach(System.out::println);
            r.misses().forEach(m -> System.out.println("  miss " + m));
        }
    }
}
