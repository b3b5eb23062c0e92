package io.thoisu.clean;

import io.thoisu.evaluation.Scores;
import io.thoisu.ingest.HtmlPageReader;
import io.thoisu.model.Article;
import io.thoisu.model.Origin;
import io.thoisu.model.Published;
import io.thoisu.model.RawDocument;
import io.thoisu.model.Removal;
import io.thoisu.text.VietnameseNormalizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Measures {@link PageCleaner} on golden pages: each {@code X.txt} / {@code X.html} beside an {@code X.expected}
 * (tab-separated: {@code article N field value}, then one line per page line: {@code title N text},
 * {@code body N text}, {@code removed kind text}). Lines are matched by comparison key, so the test is on what the
 * cleaner kept, dropped and where it split, not on whitespace.
 */
public final class CleaningEvaluation {
    /** The figures of one run. */
    public record CleaningReport(int pages, int expectedArticles, int predictedArticles, double bodyPrecision,
                                 double bodyRecall, double bodyF1, double removalKindAccuracy, double splitAccuracy,
                                 double titleAccuracy, double dateAccuracy, double outletAccuracy,
                                 double authorsAccuracy, double pagesPerSecond, List<String> errors) {
        public CleaningReport {
            errors = List.copyOf(errors);
        }

        public List<String> format() {
            List<String> out = new ArrayList<>();
            out.add(String.format(Locale.ROOT, "pages %d, articles expected %d, predicted %d", pages, expectedArticles,
                    predictedArticles));
            out.add(String.format(Locale.ROOT, "body vs removed (lines): P %.4f  R %.4f  F1 %.4f", bodyPrecision,
                    bodyRecall, bodyF1));
            out.add(String.format(Locale.ROOT, "removal kind accuracy %.4f", removalKindAccuracy));
            out.add(String.format(Locale.ROOT, "split accuracy (pages split exactly) %.4f", splitAccuracy));
            out.add(String.format(Locale.ROOT, "metadata accuracy: title %.4f  published %.4f  outlet %.4f  authors %.4f",
                    titleAccuracy, dateAccuracy, outletAccuracy, authorsAccuracy));
            out.add(String.format(Locale.ROOT, "throughput %.1f pages/s", pagesPerSecond));
            errors.stream().limit(40).forEach(e -> out.add("  " + e));
            return out;
        }
    }

    private CleaningEvaluation() {
    }

    record Expected(Map<Integer, Map<String, String>> meta, List<String[]> lines) {
    }

    private static final class Ratio {
        int hit;
        int total;

        void add(boolean ok) {
            total++;
            if (ok) {
                hit++;
            }
        }

        double value() {
            return total == 0 ? 1.0 : (double) hit / total;
        }
    }

    public static CleaningReport evaluate(Path dir) {
        PageCleaner cleaner = new PageCleaner();
        HtmlPageReader html = new HtmlPageReader();
        List<Path> pages = goldenPages(dir);
        int tp = 0, fp = 0, fn = 0, expArticles = 0, predArticles = 0;
        Ratio kind = new Ratio(), split = new Ratio(), title = new Ratio(), date = new Ratio(), outlet = new Ratio(),
                authors = new Ratio();
        List<String> errors = new ArrayList<>();
        long cleanNanos = 0;
        for (Path page : pages) {
            Expected exp = readExpected(expectedOf(page));
            RawDocument doc = read(page, html);
            long t0 = System.nanoTime();
            List<Article> articles = cleaner.clean(doc);
            cleanNanos += System.nanoTime() - t0;
            String name = page.getFileName().toString();
            expArticles += exp.meta.size();
            predArticles += articles.size();
            PageMatch match = match(exp, articles);
            boolean splitOk = articles.size() == exp.meta.size();
            for (LineMatch line : match.lines()) {
                if (line.expectedBody() && line.predictedBody()) {
                    tp++;
                    if (!line.found().equals(line.want())) {
                        splitOk = false;
                    }
                } else if (line.expectedBody()) {
                    fn++;
                    errors.add(name + ": body line lost as " + line.found() + ": " + clip(line.text()));
                } else if (line.predictedBody()) {
                    fp++;
                    errors.add(name + ": " + line.kind() + " line kept as body: " + clip(line.text()));
                } else {
                    kind.add(line.want().equals(line.found()));
                    if (!line.want().equals(line.found())) {
                        errors.add(name + ": " + line.want().replace('\t', ' ') + " got " + line.found() + ": "
                                + clip(line.text()));
                    }
                }
            }
            for (String left : match.unexpectedBody()) {
                fp++;
                errors.add(name + ": unexpected body line: " + clip(left));
            }
            split.add(splitOk);
            if (!splitOk) {
                errors.add(name + ": split wrong, " + articles.size() + " articles, expected " + exp.meta.size());
            }
            for (Map.Entry<Integer, Map<String, String>> e : exp.meta.entrySet()) {
                int i = e.getKey() - 1;
                Optional<Article> art = i < articles.size() ? Optional.of(articles.get(i)) : Optional.empty();
                Map<String, String> m = e.getValue();
                check(name, "title", m.get("title"), art.flatMap(Article::title).map(CleaningEvaluation::key)
                        .orElse(null), title, errors, true);
                check(name, "published", m.get("published"), art.flatMap(Article::published).map(Published::wireValue)
                        .orElse(null), date, errors, false);
                check(name, "outlet", m.get("outlet"), art.flatMap(Article::outlet).orElse(null), outlet, errors, false);
                check(name, "authors", m.get("authors"), art.map(a -> String.join("; ", a.authors())).orElse(null),
                        authors, errors, false);
            }
        }
        double p = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        double f1 = Scores.f1(p, r);
        double seconds = Math.max(cleanNanos, 1) / 1e9;
        return new CleaningReport(pages.size(), expArticles, predArticles, p, r, f1, kind.value(), split.value(),
                title.value(), date.value(), outlet.value(), authors.value(), pages.size() / seconds, errors);
    }

    /** One gold line (not a title) and the prediction it was matched with: {@code "body\tN"}, {@code "removed\tkind"}, or null. */
    record LineMatch(String label, String kind, String text, String found) {
        String want() {
            return label + "\t" + kind;
        }

        boolean expectedBody() {
            return label.equals("body");
        }

        boolean predictedBody() {
            return found != null && found.startsWith("body");
        }
    }

    /** A page's gold lines matched against one cleaning, and the predicted body lines no gold line took (by key). */
    record PageMatch(List<LineMatch> lines, List<String> unexpectedBody) {
    }

    /** The golden pages under {@code dir} (a {@code .txt} or {@code .html} with its {@code .expected}), in path order. */
    static List<Path> goldenPages(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".html"))
                    .filter(p -> Files.exists(expectedOf(p))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Matches a page's gold lines with what the cleaner made of it, by comparison key, as {@link #evaluate} counts. */
    static PageMatch match(Expected exp, List<Article> articles) {
        // predicted labels, by key, as multisets
        Map<String, List<String>> predicted = new HashMap<>();
        for (int a = 0; a < articles.size(); a++) {
            Article art = articles.get(a);
            for (String para : art.text().split("\n\n")) {
                predicted.computeIfAbsent(key(para), k -> new ArrayList<>()).add("body\t" + (a + 1));
            }
            for (Removal r : art.removed()) {
                predicted.computeIfAbsent(key(r.text()), k -> new ArrayList<>()).add("removed\t" + r.kind().wireName());
            }
            if (art.title().isPresent()) {
                predicted.computeIfAbsent(key(art.title().get()), k -> new ArrayList<>()).add("title\t" + (a + 1));
            }
        }
        List<LineMatch> lines = new ArrayList<>();
        for (String[] line : exp.lines) {
            String label = line[0];
            // a mutable default: a title that the cleaning dropped entirely must not make remove() throw
            List<String> got = predicted.getOrDefault(key(line[2]), new ArrayList<>());
            if (label.equals("title")) {
                got.remove("title\t" + line[1]);
                continue;
            }
            String want = label + "\t" + line[1];
            String found = got.contains(want) ? want
                    : got.stream().filter(g -> g.startsWith(label + "\t")).findFirst()
                    .orElse(got.stream().filter(g -> !g.startsWith("title")).findFirst().orElse(null));
            if (found != null) {
                got.remove(found);
            }
            lines.add(new LineMatch(label, line[1], line[2], found));
        }
        List<String> unexpectedBody = new ArrayList<>();
        for (Map.Entry<String, List<String>> left : predicted.entrySet()) {
            for (String g : left.getValue()) {
                if (g.startsWith("body")) {
                    unexpectedBody.add(left.getKey());
                }
            }
        }
        return new PageMatch(lines, unexpectedBody);
    }

    private static void check(String page, String field, String want, String got, Ratio ratio, List<String> errors,
                              boolean byKey) {
        String w = want == null ? null : byKey ? key(want) : field.equals("published") ? normaliseDate(want) : want;
        boolean ok = w == null ? got == null || field.equals("outlet") : w.equals(got);
        if (field.equals("authors") && w != null && w.isEmpty()) {
            ok = got == null || got.isEmpty();
        }
        if (w == null && !field.equals("outlet") && !field.equals("published")) {
            return;
        }
        ratio.add(ok);
        if (!ok) {
            errors.add(page + ": " + field + " expected " + w + " got " + got);
        }
    }

    private static String normaliseDate(String v) {
        return Published.parse(v).map(Published::wireValue).orElse(v);
    }

    private static String clip(String s) {
        return s.length() > 90 ? s.substring(0, 90) + "…" : s;
    }

    private static String key(String s) {
        return VietnameseNormalizer.key(VietnameseNormalizer.nfc(s)).replaceAll("\\s+", " ").strip();
    }

    static Path expectedOf(Path page) {
        String n = page.getFileName().toString();
        return page.resolveSibling(n.substring(0, n.lastIndexOf('.')) + ".expected");
    }

    static RawDocument read(Path page, HtmlPageReader html) {
        try {
            String text = Files.readString(page, StandardCharsets.UTF_8);
            Origin origin = Origin.ofFile(page.getFileName().toString());
            return page.toString().endsWith(".html") ? html.toDocument(text, origin, Optional.empty(), Optional.empty())
                    : RawDocument.plain(origin, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Expected readExpected(Path file) {
        Map<Integer, Map<String, String>> meta = new java.util.TreeMap<>();
        List<String[]> lines = new ArrayList<>();
        try {
            for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (l.isBlank() || l.startsWith("#")) {
                    continue;
                }
                String[] c = l.split("\t", -1);
                if (c[0].equals("article")) {
                    meta.computeIfAbsent(Integer.parseInt(c[1]), k -> new HashMap<>()).put(c[2], c.length > 3 ? c[3] : "");
                } else if (c.length == 3) {
                    lines.add(c);
                } else {
                    throw new IllegalArgumentException(file + ": bad expected line: " + l);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Expected(meta, lines);
    }

    public static void main(String[] args) {
        evaluate(Path.of(args.length > 0 ? args[0] : "thoisu-ingest/src/test/resources/fixtures/clean/pages"))
                .format().forEach(System.out::println);
    }
}
