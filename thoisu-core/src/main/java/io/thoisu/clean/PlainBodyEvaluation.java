package io.thoisu.clean;

import io.thoisu.model.Article;
import io.thoisu.model.Origin;
import io.thoisu.model.RawDocument;
import io.thoisu.model.Removal;
import io.thoisu.model.RemovalKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Feeds single real article bodies (a corpus laid out as {@code Cluster_*}/{@code original}/{@code *.txt}, each file
 * a header block then a {@code Content:} line and the body) to {@link PageCleaner} as plain text. Each body is one
 * article, so every extra article is a false split; every removed line is a line of real text the cleaner judged
 * furniture (sometimes rightly: a photo caption, a credit). Also times the cleaner in a warmed single-thread loop.
 */
public final class PlainBodyEvaluation {
    /** One split: the body's file and the line that started the extra article. */
    public record Split(String file, String titleLine) {
    }

    /** The figures of one run. */
    public record BodyReport(int bodies, int articles, int splitBodies, int bodyLines, Map<RemovalKind, Integer> removed,
                             double msPerBody, List<Split> splits, List<String> removedExamples) {
        public BodyReport {
            removed = Map.copyOf(removed);
            splits = List.copyOf(splits);
            removedExamples = List.copyOf(removedExamples);
        }

        public double splitRate() {
            return bodies == 0 ? 0 : (double) splitBodies / bodies;
        }

        public int removedLines() {
            return removed.values().stream().mapToInt(Integer::intValue).sum();
        }

        public List<String> format() {
            List<String> out = new ArrayList<>();
            out.add(String.format(Locale.ROOT, "bodies %d, articles %d, bodies split %d (%.2f %%)", bodies, articles,
                    splitBodies, 100 * splitRate()));
            out.add(String.format(Locale.ROOT, "body lines %d, removed %d (%.2f %%): %s", bodyLines, removedLines(),
                    bodyLines == 0 ? 0 : 100.0 * removedLines() / bodyLines, removed));
            out.add(String.format(Locale.ROOT, "cleaning %.3f ms per body (warmed, one thread)", msPerBody));
            splits.stream().limit(40).forEach(s -> out.add("  split " + s.file() + " at: " + s.titleLine()));
            removedExamples.stream().limit(60).forEach(r -> out.add("  removed " + r));
            return out;
        }
    }

    private PlainBodyEvaluation() {
    }

    /** The body of one corpus file: everything after the "Content:" line, line ends as written. */
    public static String body(String file) {
        int at = file.indexOf("\nContent:");
        if (at < 0) {
            return file.startsWith("Content:") ? file.substring(file.indexOf('\n') + 1) : file;
        }
        int eol = file.indexOf('\n', at + 1);
        return eol < 0 ? "" : file.substring(eol + 1);
    }

    /** The corpus files under {@code root}, in a stable order. */
    public static List<Path> files(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".txt") && p.getParent().getFileName().toString().equals("original"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Cleans every body once (the figures), then times {@code timedBodies} of them after a warm-up. */
    public static BodyReport evaluate(Path root, int timedBodies) {
        PageCleaner cleaner = new PageCleaner();
        List<Path> files = files(root);
        List<RawDocument> docs = new ArrayList<>(files.size());
        for (Path p : files) {
            try {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                docs.add(RawDocument.plain(Origin.ofFile(root.relativize(p).toString()), body(text)));
            } catch (IOException | RuntimeException unreadable) {
                // An unreadable file is not a body; the evaluation counts only what it could read.
            }
        }
        int articles = 0;
        int splitBodies = 0;
        int bodyLines = 0;
        Map<RemovalKind, Integer> removed = new EnumMap<>(RemovalKind.class);
        List<Split> splits = new ArrayList<>();
        List<String> removedExamples = new ArrayList<>();
        for (RawDocument doc : docs) {
            for (String line : PageCleaner.lines(doc)) {
                if (!line.isEmpty()) {
                    bodyLines++;
                }
            }
            List<Article> out = cleaner.clean(doc);
            articles += out.size();
            if (out.size() > 1) {
                splitBodies++;
                for (int i = 1; i < out.size(); i++) {
                    splits.add(new Split(doc.origin().source(), out.get(i).title().orElse("(no title)")));
                }
            }
            for (Article a : out) {
                for (Removal r : a.removed()) {
                    removed.merge(r.kind(), 1, Integer::sum);
                    if (removedExamples.size() < 200) {
                        removedExamples.add(r.kind().wireName() + ": " + abbreviate(r.text()));
                    }
                }
            }
        }
        double ms = time(cleaner, docs.subList(0, Math.min(timedBodies, docs.size())));
        return new BodyReport(docs.size(), articles, splitBodies, bodyLines, removed, ms, splits, removedExamples);
    }

    private static double time(PageCleaner cleaner, List<RawDocument> docs) {
        if (docs.isEmpty()) {
            return 0;
        }
        long sink = 0;
        for (int round = 0; round < 5; round++) {
            for (RawDocument d : docs) {
                sink += cleaner.clean(d).size();
            }
        }
        int rounds = 5;
        long start = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            for (RawDocument d : docs) {
                sink += cleaner.clean(d).size();
            }
        }
        long elapsed = System.nanoTime() - start;
        if (sink < 0) {
            throw new IllegalStateException("unreachable");
        }
        return elapsed / 1e6 / rounds / docs.size();
    }

    private static String abbreviate(String s) {
        return s.length() <= 160 ? s : s.substring(0, 157) + "…";
    }
}
