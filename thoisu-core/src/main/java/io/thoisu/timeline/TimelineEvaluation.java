package io.thoisu.timeline;

import io.thoisu.evaluation.Scores;
import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.Claim;
import io.thoisu.model.Conflict;
import io.thoisu.model.Origin;
import io.thoisu.model.RawDocument;
import io.thoisu.model.Story;
import io.thoisu.model.TimelineEntry;
import io.thoisu.pipeline.AnalysisOptions;
import io.thoisu.pipeline.CorpusResult;
import io.thoisu.pipeline.Pipeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Scores conflicts and timelines on a folder holding the pages of one story ({@code *.txt}, raw as crawled) and
 * a {@code gold.tsv}: lines {@code conflict<TAB>value|approx<TAB>value|approx…} and {@code date<TAB>YYYY-MM-DD}.
 * The pages go through the whole standard pipeline (cleaning, analysis, stories), so the figures measure what a
 * user would see. Conflicts are scored as unordered pairs of disputed values ({@code value|approx}); timelines as
 * the set of days they have entries on. The gold is read only to score.
 *
 * <p>A folder without {@code gold.tsv} is read as a set of such story folders: each is clustered as a corpus of
 * its own (so one story's figures are never compared with another's) and the counts are summed (micro average).
 */
public final class TimelineEvaluation {
    private TimelineEvaluation() {
    }

    public record Score(int gold, int predicted, int correct) {
        public double precision() {
            return Scores.precision(correct, predicted);
        }

        public double recall() {
            return Scores.recall(correct, gold);
        }

        public double f1() {
            return Scores.f1(precision(), recall());
        }

        Score plus(Score other) {
            return new Score(gold + other.gold, predicted + other.predicted, correct + other.correct);
        }
    }

    /** The figures of one story, or of a set of stories ({@code stories} then holds each one's report). */
    public record Report(String gold, int articles, Score conflicts, Score dates, List<String> misses,
                         double articlesPerSecond, List<Report> stories) {
        public Report {
            misses = List.copyOf(misses);
            stories = List.copyOf(stories);
        }

        /** The figures, then every miss (reading those is reading the gold). */
        public List<String> format() {
            List<String> out = figures();
            misses.forEach(m -> out.add("  " + m));
            return out;
        }

        /** The figures alone: each story's counts for a set, then the (summed) scores. */
        public List<String> figures() {
            List<String> out = new ArrayList<>();
            for (Report story : stories) {
                out.add(String.format("  %-32s conflict pairs %d / %d / %d, days %d / %d / %d (gold / predicted / "
                        + "correct)", Path.of(story.gold()).getFileName(), story.conflicts().gold(),
                        story.conflicts().predicted(), story.conflicts().correct(), story.dates().gold(),
                        story.dates().predicted(), story.dates().correct()));
            }
            out.add(String.format("timeline evaluation on %s (%d articles)", gold, articles));
            out.add(line("conflict pairs", conflicts));
            out.add(line("timeline days ", dates));
            out.add(String.format("  throughput: %.1f articles/s (whole pipeline)", articlesPerSecond));
            return out;
        }

        private static String line(String what, Score s) {
            return String.format("  %s: precision %.3f recall %.3f F1 %.3f (gold %d, predicted %d, correct %d)",
                    what, s.precision(), s.recall(), s.f1(), s.gold(), s.predicted(), s.correct());
        }
    }

    public static Report evaluate(Path dir) {
        if (Files.isRegularFile(dir.resolve("gold.tsv"))) {
            return evaluateStory(dir);
        }
        List<Path> stories;
        try (Stream<Path> children = Files.list(dir)) {
            stories = children.filter(p -> Files.isRegularFile(p.resolve("gold.tsv"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (stories.isEmpty()) {
            throw new IllegalArgumentException("no gold.tsv in " + dir + " nor in any folder directly under it");
        }
        return sum(dir, stories.stream().map(TimelineEvaluation::evaluateStory).toList());
    }

    private static Report sum(Path dir, List<Report> stories) {
        int articles = 0;
        double seconds = 0;
        Score conflicts = new Score(0, 0, 0);
        Score dates = new Score(0, 0, 0);
        List<String> misses = new ArrayList<>();
        for (Report r : stories) {
            articles += r.articles();
            seconds += r.articlesPerSecond() > 0 ? r.articles() / r.articlesPerSecond() : 0; // rate back to time
            conflicts = conflicts.plus(r.conflicts());
            dates = dates.plus(r.dates());
            String story = Path.of(r.gold()).getFileName().toString();
            r.misses().forEach(m -> misses.add(story + ": " + m));
        }
        return new Report(dir + " (" + stories.size() + " stories)", articles, conflicts, dates, misses,
                articles / Math.max(seconds, 1e-9), stories);
    }

    private static Report evaluateStory(Path storyDir) {
        Set<String> goldPairs = new TreeSet<>();
        Set<String> goldDates = new TreeSet<>();
        List<Path> pages;
        try {
            for (String line : Files.readAllLines(storyDir.resolve("gold.tsv"), StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.strip().split("\t");
                if (cols[0].equals("conflict")) {
                    List<String> values = new ArrayList<>();
                    for (int i = 1; i < cols.length; i++) {
                        String[] v = cols[i].split("\\|");
                        values.add(valueKey(Double.parseDouble(v[0]), v[1]));
                    }
                    goldPairs.addAll(pairs(values));
                } else if (cols[0].equals("date")) {
                    goldDates.add(cols[1]);
                }
            }
            try (Stream<Path> files = Files.list(storyDir)) {
                pages = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long began = System.nanoTime();
        List<AnalysedArticle> analysed = new ArrayList<>();
        for (Path page : pages) {
            try {
                RawDocument doc = RawDocument.plain(Origin.ofFile(page.getFileName().toString()),
                        Files.readString(page, StandardCharsets.UTF_8));
                analysed.addAll(Pipeline.standard().analyse(doc, AnalysisOptions.NONE));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        CorpusResult result = Pipeline.standard().cluster(analysed);
        double seconds = (System.nanoTime() - began) / 1e9;
        // the story's conflicts and days wherever the clusterer put its articles: this scores the stage, not it
        Set<String> pairs = new TreeSet<>();
        Set<String> dates = new TreeSet<>();
        for (Story s : result.stories()) {
            for (Conflict c : s.conflicts()) {
                pairs.addAll(pairs(c.values().stream().map(TimelineEvaluation::valueKey).toList()));
            }
            s.timeline().stream().map(TimelineEntry::date).forEach(dates::add);
        }
        List<String> misses = new ArrayList<>();
        diff("conflict pair", goldPairs, pairs, misses);
        diff("day", goldDates, dates, misses);
        return new Report(storyDir.toString(), analysed.size(), score(goldPairs, pairs), score(goldDates, dates),
                misses, analysed.size() / Math.max(seconds, 1e-9), List.of());
    }

    private static Score score(Set<String> gold, Set<String> predicted) {
        int correct = (int) predicted.stream().filter(gold::contains).count();
        return new Score(gold.size(), predicted.size(), correct);
    }

    private static void diff(String what, Set<String> gold, Set<String> predicted, List<String> misses) {
        gold.stream().filter(g -> !predicted.contains(g)).forEach(g -> misses.add("missed " + what + ": " + g));
        predicted.stream().filter(p -> !gold.contains(p)).forEach(p -> misses.add("extra  " + what + ": " + p));
    }

    private static String valueKey(Claim c) {
        return valueKey(c.value(), c.approx().wireName());
    }

    private static String valueKey(double value, String approx) {
        return (value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value)) + "|" + approx;
    }

    /** Unordered pairs of distinct values, each written "a ~ b" with a before b. */
    private static List<String> pairs(List<String> values) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            for (int j = i + 1; j < values.size(); j++) {
                String a = values.get(i);
                String b = values.get(j);
                if (!a.equals(b)) {
                    out.add(a.compareTo(b) < 0 ? a + " ~ " + b : b + " ~ " + a);
                }
            }
        }
        return out;
    }

    public static void main(String[] args) {
        evaluate(Path.of(args[0])).format().forEach(System.out::println);
    }
}
