package io.thoisu.clean;

import io.thoisu.clean.CleaningEvaluation.Expected;
import io.thoisu.clean.CleaningEvaluation.LineMatch;
import io.thoisu.clean.CleaningEvaluation.PageMatch;
import io.thoisu.evaluation.Scores;
import io.thoisu.ingest.HtmlPageReader;
import io.thoisu.model.RawDocument;
import io.thoisu.text.VietnameseNormalizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Measures {@link FurnitureLearner} on golden pages of a few outlets, in the format of {@link CleaningEvaluation}
 * (each {@code X.txt}/{@code X.html} beside its {@code X.expected}), fed in file-name order, which the gold folder
 * makes the arrival order. Three ways of cleaning are scored on the body-vs-removed lines exactly as
 * {@link CleaningEvaluation} counts them: (a) the rules alone; (b) the learner fed every page first, then each page
 * cleaned with that snapshot (a re-clean after a whole ingest); (c) incremental, as ingest does: page i cleaned with
 * the snapshot of the pages before it. Beside them, the learner's own judgement: among the lines a way removes that
 * the rules keep, the share the gold calls removed (its precision), and among the gold-removed lines the rules keep,
 * the share it removes (its recall). Each miss is given the reason it could not be learned, from the outlet's page
 * counts and the learner's public settings.
 */
public final class FurnitureEvaluation {
    /** Body-vs-removed line counts of one way of cleaning (body lines are the positives), and its speed. */
    public record WayScore(String way, int truePositives, int falsePositives, int falseNegatives, double precision,
                           double recall, double f1, double pagesPerSecond) {
        static WayScore of(String way, List<PageMatch> pages, double seconds) {
            int tp = 0, fp = 0, fn = 0;
            for (PageMatch page : pages) {
                for (LineMatch line : page.lines()) {
                    if (line.expectedBody() && line.predictedBody()) {
                        tp++;
                    } else if (line.expectedBody()) {
                        fn++;
                    } else if (line.predictedBody()) {
                        fp++;
                    }
                }
                fp += page.unexpectedBody().size();
            }
            double p = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
            double r = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
            return new WayScore(way, tp, fp, fn, p, r, Scores.f1(p, r), pages.size() / Math.max(seconds, 1e-9));
        }

        String format() {
            return String.format(Locale.ROOT, "%-26s body vs removed (lines): P %.4f  R %.4f  F1 %.4f  (tp %d, fp %d, "
                    + "fn %d)  %.1f pages/s", way + ":", precision, recall, f1, truePositives, falsePositives,
                    falseNegatives, pagesPerSecond);
        }
    }

    /**
     * What the learner changed against the rules alone, on the gold lines: {@code removed} lines the rules kept and
     * the way removed, {@code removedRightly} of them gold-removed; {@code keptByRules} gold-removed lines the rules
     * kept, {@code caught} of them removed by the way; {@code undone} lines the rules removed and the way kept as
     * body (a side effect, not the learner's job). Precision is 1 when nothing was removed, recall 1 when there was
     * nothing to catch.
     */
    public record LearnerScore(String way, int removed, int removedRightly, int keptByRules, int caught, int undone,
                               double precision, double recall, double f1) {
        String format() {
            return String.format(Locale.ROOT, "learner %-18s P %.4f (%d of %d lines it removed are gold-removed)  "
                    + "R %.4f (caught %d of %d gold-removed lines the rules keep)  F1 %.4f  rule removals undone %d",
                    "(" + way + "):", precision, removedRightly, removed, recall, caught, keptByRules, f1, undone);
        }
    }

    /**
     * The figures of one run; {@code misses} counts the learner's misses by reason, per way; {@code errorGroups}
     * gives each distinct wrong or missed line once per way and reason with the number of pages; {@code errors}
     * lists them page by page.
     */
    public record Report(int pages, List<String> outlets, int goldBody, int goldRemoved, WayScore rulesOnly,
                         WayScore afterIngest, WayScore incremental, LearnerScore learnerAfterIngest,
                         LearnerScore learnerIncremental, double snapshotPrecision, double snapshotRecall,
                         Map<String, Map<String, Integer>> misses, List<String> errorGroups, List<String> errors) {
        public Report {
            outlets = List.copyOf(outlets);
            misses = Map.copyOf(misses);
            errorGroups = List.copyOf(errorGroups);
            errors = List.copyOf(errors);
        }

        public List<String> format() {
            List<String> out = new ArrayList<>();
            out.add(String.format(Locale.ROOT, "furniture: %d pages, %d outlets %s, gold lines %d body, %d removed",
                    pages, outlets.size(), outlets, goldBody, goldRemoved));
            out.add(rulesOnly.format());
            out.add(afterIngest.format());
            out.add(incremental.format());
            out.add(learnerAfterIngest.format());
            out.add(learnerIncremental.format());
            out.add(String.format(Locale.ROOT, "snapshot after ingest alone (isFurniture on every gold line): P %.4f  "
                    + "R %.4f", snapshotPrecision, snapshotRecall));
            for (String way : List.of(AFTER_INGEST, INCREMENTAL)) {
                out.add("learner misses (" + way + "), by reason: " + misses.getOrDefault(way, Map.of()));
            }
            out.add("learner errors, one line per distinct line and reason (pages affected):");
            errorGroups.forEach(e -> out.add("  " + e));
            return out;
        }
    }

    static final String RULES_ONLY = "rules only";
    static final String AFTER_INGEST = "after ingest";
    static final String INCREMENTAL = "incremental";
    static final String UNIQUE = "on this page only";
    static final String TOO_FEW_PAGES = "too few pages";
    static final String SHARE_TOO_LOW = "share too low";
    static final String LEARNED_BUT_KEPT = "learned but kept by the cleaner";
    static final String NOT_LEARNED = "repeats enough but not learned";

    private FurnitureEvaluation() {
    }

    /** A page as the three ways see it. */
    private record Page(String name, RawDocument doc, Expected gold, String outlet, List<String> lines,
                        Set<String> keys) {
    }

    public static Report evaluate(Path dir) {
        return evaluate(dir, FurnitureLearner.Settings.DEFAULT);
    }

    /** With other learner settings (the toy test learns from two pages). */
    public static Report evaluate(Path dir, FurnitureLearner.Settings settings) {
        PageCleaner rules = new PageCleaner();
        HtmlPageReader html = new HtmlPageReader();
        List<Page> pages = new ArrayList<>();
        for (Path path : CleaningEvaluation.goldenPages(dir)) {
            RawDocument doc = CleaningEvaluation.read(path, html);
            List<String> lines = PageCleaner.lines(doc);
            Set<String> keys = new HashSet<>();
            lines.forEach(l -> keys.add(key(l)));
            pages.add(new Page(path.getFileName().toString(), doc,
                    CleaningEvaluation.readExpected(CleaningEvaluation.expectedOf(path)), rules.outletKey(doc), lines,
                    keys));
        }
        List<String> errors = new ArrayList<>();

        // one untimed pass first, so that the first way timed does not pay for the JIT alone
        pages.forEach(p -> rules.clean(p.doc()));

        // (a) the rules alone
        List<PageMatch> a = new ArrayList<>();
        long t0 = System.nanoTime();
        for (Page p : pages) {
            a.add(CleaningEvaluation.match(p.gold(), rules.clean(p.doc())));
        }
        double secondsA = (System.nanoTime() - t0) / 1e9;

        // (b) every page learned first, then every page cleaned with the one snapshot
        List<PageMatch> b = new ArrayList<>();
        t0 = System.nanoTime();
        FurnitureLearner whole = new FurnitureLearner(settings);
        for (Page p : pages) {
            whole.accept(p.outlet(), p.lines());
        }
        FurnitureLearner.Snapshot all = whole.snapshot();
        PageCleaner afterIngest = rules.withFurniture(all);
        for (Page p : pages) {
            b.add(CleaningEvaluation.match(p.gold(), afterIngest.clean(p.doc())));
        }
        double secondsB = (System.nanoTime() - t0) / 1e9;

        // (c) page i cleaned with what the pages before it taught
        List<PageMatch> c = new ArrayList<>();
        List<FurnitureLearner.Snapshot> before = new ArrayList<>();
        t0 = System.nanoTime();
        FurnitureLearner growing = new FurnitureLearner(settings);
        for (Page p : pages) {
            FurnitureLearner.Snapshot snapshot = growing.snapshot();
            before.add(snapshot);
            c.add(CleaningEvaluation.match(p.gold(), rules.withFurniture(snapshot).clean(p.doc())));
            growing.accept(p.outlet(), p.lines());
        }
        double secondsC = (System.nanoTime() - t0) / 1e9;

        Map<String, Map<String, Integer>> misses = new LinkedHashMap<>();
        List<String> names = pages.stream().map(Page::name).toList();
        List<Reasons> allSnapshot = pages.stream().map(p -> (Reasons) line -> reason(line, p, pages, pages.size(),
                all, settings)).toList();
        List<Reasons> earlierSnapshots = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            int upTo = i;
            Page p = pages.get(i);
            earlierSnapshots.add(line -> reason(line, p, pages, upTo, before.get(upTo), settings));
        }
        Map<String, Integer> groups = new TreeMap<>();
        LearnerScore learnerB = judge(AFTER_INGEST, names, a, b, allSnapshot, misses, groups, errors);
        LearnerScore learnerC = judge(INCREMENTAL, names, a, c, earlierSnapshots, misses, groups, errors);

        int goldBody = 0, goldRemoved = 0, flagged = 0, flaggedRightly = 0;
        for (int i = 0; i < pages.size(); i++) {
            for (LineMatch line : a.get(i).lines()) {
                boolean body = line.expectedBody();
                if (body) {
                    goldBody++;
                } else {
                    goldRemoved++;
                }
                if (all.isFurniture(pages.get(i).outlet(), line.text())) {
                    flagged++;
                    if (!body) {
                        flaggedRightly++;
                    }
                }
            }
        }
        double snapshotP = flagged == 0 ? 1 : (double) flaggedRightly / flagged;
        double snapshotR = goldRemoved == 0 ? 1 : (double) flaggedRightly / goldRemoved;
        List<String> outlets = new ArrayList<>(new LinkedHashSet<>(pages.stream().map(Page::outlet).toList()));
        return new Report(pages.size(), outlets, goldBody, goldRemoved, WayScore.of(RULES_ONLY, a, secondsA),
                WayScore.of(AFTER_INGEST, b, secondsB), WayScore.of(INCREMENTAL, c, secondsC), learnerB, learnerC,
                snapshotP, snapshotR, misses,
                groups.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")").toList(), errors);
    }

    /** Why the learner did not remove a gold-removed line, as seen from one snapshot. */
    @FunctionalInterface
    interface Reasons {
        String of(LineMatch line);
    }

    /**
     * The learner's judgement in one way against the rules alone: the gold lines of each page paired in order (both
     * matches come from the same gold). Misses and wrong removals go to {@code errors} page by page and to
     * {@code groups} once per distinct line; misses are counted by reason into {@code misses}.
     */
    static LearnerScore judge(String way, List<String> pageNames, List<PageMatch> rulesOnly, List<PageMatch> withLearner,
                              List<Reasons> reasons, Map<String, Map<String, Integer>> misses,
                              Map<String, Integer> groups, List<String> errors) {
        int removed = 0, rightly = 0, kept = 0, caught = 0, undone = 0;
        Map<String, Integer> byReason = misses.computeIfAbsent(way, k -> new TreeMap<>());
        for (int i = 0; i < rulesOnly.size(); i++) {
            List<LineMatch> ruleLines = rulesOnly.get(i).lines();
            List<LineMatch> wayLines = withLearner.get(i).lines();
            for (int j = 0; j < ruleLines.size(); j++) {
                LineMatch rule = ruleLines.get(j);
                LineMatch learnt = wayLines.get(j);
                boolean goldRemoved = !rule.expectedBody();
                if (rule.predictedBody() && !learnt.predictedBody()) {
                    removed++;
                    if (goldRemoved) {
                        rightly++;
                    } else {
                        errors.add(way + ", " + pageNames.get(i) + ": learned wrongly, body line removed ("
                                + learnt.found() + "): " + clip(rule.text()));
                        groups.merge(way + ": learned wrongly, body line removed: " + clip(rule.text()), 1,
                                Integer::sum);
                    }
                }
                if (rule.predictedBody() && goldRemoved) {
                    kept++;
                    if (!learnt.predictedBody()) {
                        caught++;
                    } else {
                        String why = reasons.get(i).of(rule);
                        String category = why.contains(":") ? why.substring(0, why.indexOf(':')) : why;
                        byReason.merge(category, 1, Integer::sum);
                        errors.add(way + ", " + pageNames.get(i) + ": missed " + rule.kind() + " (" + why + "): "
                                + clip(rule.text()));
                        groups.merge(way + ": missed " + rule.kind() + " (" + category + "): " + clip(rule.text()), 1,
                                Integer::sum);
                    }
                }
                if (!rule.predictedBody() && learnt.predictedBody()) {
                    undone++;
                    errors.add(way + ", " + pageNames.get(i) + ": a line the rules removed came back as body: "
                            + clip(rule.text()));
                    groups.merge(way + ": a line the rules removed came back as body: " + clip(rule.text()), 1,
                            Integer::sum);
                }
            }
        }
        double p = removed == 0 ? 1 : (double) rightly / removed;
        double r = kept == 0 ? 1 : (double) caught / kept;
        return new LearnerScore(way, removed, rightly, kept, caught, undone, p, r, Scores.f1(p, r));
    }

    /**
     * Why a line was not learned from the first {@code upTo} pages: counted on the outlet's pages among them (the
     * page itself included when it is one of them), against the learner's settings.
     */
    private static String reason(LineMatch line, Page page, List<Page> pages, int upTo,
                                 FurnitureLearner.Snapshot snapshot, FurnitureLearner.Settings settings) {
        if (snapshot.isFurniture(page.outlet(), line.text())) {
            return LEARNED_BUT_KEPT;
        }
        String k = key(line.text());
        int outletPages = 0, seen = 0;
        for (int i = 0; i < upTo; i++) {
            Page other = pages.get(i);
            if (other.outlet().equals(page.outlet())) {
                outletPages++;
                if (other.keys().contains(k)) {
                    seen++;
                }
            }
        }
        String counts = ": on " + seen + " of " + outletPages + " pages";
        int elsewhere = 0;
        for (Page other : pages) {
            if (other != page && other.outlet().equals(page.outlet()) && other.keys().contains(k)) {
                elsewhere++;
            }
        }
        if (elsewhere == 0) {
            return UNIQUE;
        }
        if (seen < settings.minPages()) {
            return TOO_FEW_PAGES + counts;
        }
        if (seen < settings.minShare() * outletPages) {
            return SHARE_TOO_LOW + counts;
        }
        return NOT_LEARNED + counts;
    }

    private static String key(String s) {
        return VietnameseNormalizer.key(VietnameseNormalizer.nfc(s)).replaceAll("\\s+", " ").strip();
    }

    private static String clip(String s) {
        return s.length() > 90 ? s.substring(0, 90) + "…" : s;
    }

    public static void main(String[] args) {
        evaluate(Path.of(args.length > 0 ? args[0] : "thoisu-ingest/src/test/resources/fixtures/clean/furniture"))
                .format().forEach(System.out::println);
    }
}
