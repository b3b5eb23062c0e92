package io.thoisu.timeline;

import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.Claim;
import io.thoisu.model.Conflict;
import io.thoisu.model.Origin;
import io.thoisu.model.RawDocument;
import io.thoisu.pipeline.AnalysisOptions;
import io.thoisu.pipeline.Pipeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * A development aid, not a test: the conflict pairs the finder forms on real news without gold, each cluster of
 * a multi-document corpus (ViMs: {@code original/Cluster_NNN/original/K.txt}) taken as one story, so that a rule's
 * effect on false pairs can be judged by reading a sample. Prints the pair count and a seeded sample of pairs with
 * their sentences: {@code java -cp … io.thoisu.timeline.ConflictSurvey VIMS_ORIGINAL_DIR [SAMPLE] [SEED,SEED…] [PAIRS_OUT]}; it also prints the finder's own time over all clusters.
 *
 * <p>2026-11-23, on {@code ../shared/corpora/vims/ViMs/original} (300 clusters, 2,012 articles), sample 20, seed 7,
 * pairs judged by reading: before the rules for presence, items, changes and the rest, 1,191 pairs, 4 of 20
 * sampled real disagreements; after, 816 pairs, 7 of 20. Most false pairs left are figures of different things
 * with the same unit and predicate (two parts of a place, two contracts, two players' values, background
 * figures of earlier events).
 *
 * <p>Later that day, 40 pairs judged (seeds 7 and 11, 20 each; a pair is real when both figures are of the same
 * thing, for a running count on the same day, and disagree). Before the evidence rules (a rival value given for
 * another thing in the other's sentence, two sources, bare units, ranks, parts after "gồm", placed parts and cities
 * named without an area word, shares, named items, cause clauses): 816 pairs (675 distinct, 142 clusters), 10 of 40
 * real. After: 391 pairs (360 distinct, 99 clusters); of the 40 pairs judged before, 21 still listed, 8 of them real
 * (8 of the 10 real ones kept, 17 of the 30 false ones gone); the new sample of the same seeds, 4 of 40 real (it
 * draws one false pair three times). Most false pairs left: values of different items or people whose phrases share
 * a word ("hợp đồng", "giá trị"), background figures of earlier events ("Trước đây", "đầu năm 2016"), parts the
 * sentence does not mark ("Danh tính 6 người tử vong"), limits and plans set off by a comma ("dự kiến, …").
 * Finder CPU time (this thread, best of 7): 1,370 ms before (every claim read on every search); after, 1,000-1,250
 * ms with an empty memo and 130-220 ms when searched again with the figures remembered.
 *
 * <p>Later still, the recall rules from dev 4 (measure dimensions; trapped, owed, fell; "số X là N"; demands and
 * limits as fixed facts; a group's "có") with the refusals that came with them (the writer's own voice in one
 * article, updates against undated figures, a bare background year against an undated figure, the whole of "N trong
 * số M"): 393 pairs before (99 clusters), 354 after (96 clusters); 19 pairs new (10 of them lengths, depths and
 * heights: 4 real — a quake's depth, a knife's length, a python's, a bridge's —, 6 of two different things), 55
 * gone (read: all false, mostly an earlier event's year against an undated figure, "Năm 1999, … hơn 2.300 người
 * thiệt mạng", and items in one writer's voice). A first version with "nợ" for sums of money and plans as fixed
 * facts listed 463 (108 debts): "nợ" was kept to counts, and plans stay compared within one day. Seed 7 sample of
 * the 354, judged: 8 of 20 real (one person's two ages, the dead of one bombing in four reports, houses flattened
 * by one storm, voters in a title and its summary, the sports of one games); the false ones are parts and wholes
 * of different scopes, different gifts, a house number, different bridges' lengths. Finder CPU time 1,150 ms with an
 * empty memo, 170 ms with it.
 */
final class ConflictSurvey {
    private ConflictSurvey() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        int sample = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        String seeds = args.length > 2 ? args[2] : "7";
        List<Path> clusters;
        try (Stream<Path> s = Files.list(root)) {
            clusters = s.filter(Files::isDirectory).sorted().toList();
        }
        ConflictFinder finder = new ConflictFinder();
        List<String> pairs = new ArrayList<>();
        List<List<Claim>> stories = new ArrayList<>();
        int articles = 0;
        for (Path cluster : clusters) {
            List<Path> pages;
            try (Stream<Path> s = Files.walk(cluster)) {
                pages = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
            List<Claim> claims = new ArrayList<>();
            for (Path page : pages) {
                RawDocument doc = RawDocument.plain(Origin.ofFile(page.getFileName().toString()),
                        Files.readString(page, StandardCharsets.UTF_8));
                for (AnalysedArticle a : Pipeline.standard().analyse(doc, AnalysisOptions.NONE)) {
                    claims.addAll(a.claims());
                    articles++;
                }
            }
            stories.add(claims);
            for (Conflict c : finder.find(claims)) {
                List<Claim> v = c.values();
                for (int i = 0; i < v.size(); i++) {
                    for (int j = i + 1; j < v.size(); j++) {
                        pairs.add(cluster.getFileName() + " | " + c.about() + "\n    " + show(v.get(i)) + "\n    "
                                + show(v.get(j)));
                    }
                }
            }
        }
        System.out.println("clusters " + clusters.size() + ", articles " + articles + ", conflict pairs "
                + pairs.size());
        // the finder's own cost, in this thread's CPU time (other processes on the machine do not count): every
        // cluster's claims searched again, and only read into figures, a few rounds each, the best round kept
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        FigureReader reader = new FigureReader(new FigureLexicon(), new io.thoisu.quantity.QuantityRecognizer());
        long best = Long.MAX_VALUE;
        long bestWarm = Long.MAX_VALUE;
        long bestRead = Long.MAX_VALUE;
        int claimCount = stories.stream().mapToInt(List::size).sum();
        for (int round = 0; round < 7; round++) {
            ConflictFinder fresh = new ConflictFinder(); // its memo of figures empty: every claim read
            long t0 = cpu.getCurrentThreadCpuTime();
            for (List<Claim> story : stories) {
                fresh.find(story);
            }
            long tw = cpu.getCurrentThreadCpuTime();
            for (List<Claim> story : stories) {
                fresh.find(story); // again, as when an article joins a story: the figures are remembered
            }
            long t1 = cpu.getCurrentThreadCpuTime();
            bestWarm = Math.min(bestWarm, t1 - tw);
            t1 = cpu.getCurrentThreadCpuTime();
            for (List<Claim> story : stories) {
                java.util.Map<String, List<io.thoisu.model.Quantity>> memo = new java.util.HashMap<>();
                story.forEach(c -> reader.read(c, memo));
            }
            best = Math.min(best, tw - t0);
            bestRead = Math.min(bestRead, cpu.getCurrentThreadCpuTime() - t1);
        }
        System.out.printf("finder CPU time: %.1f ms for %d claims in %d clusters (reading the figures alone %.1f ms);"
                + " searched again with the figures remembered %.1f ms (best of 7 rounds)%n", best / 1e6, claimCount,
                stories.size(), bestRead / 1e6, bestWarm / 1e6);
        int n = 0;
        for (String seed : seeds.split(",")) {
            List<String> shuffled = new ArrayList<>(pairs);
            Collections.shuffle(shuffled, new Random(Long.parseLong(seed.strip())));
            System.out.println("---- seed " + seed.strip());
            for (String p : shuffled.subList(0, Math.min(sample, shuffled.size()))) {
                System.out.println("#" + (++n) + " " + p);
            }
        }
        if (args.length > 3) {
            Files.write(Path.of(args[3]), pairs, StandardCharsets.UTF_8);
        }
    }

    private static String show(Claim c) {
        return c.value() + "|" + c.approx().wireName() + " " + c.date().orElse("-") + " « "
                + c.sentence().replace('\n', ' ').replace('\r', ' ') + " »";
    }
}
