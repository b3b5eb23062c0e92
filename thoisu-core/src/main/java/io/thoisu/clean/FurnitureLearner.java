package io.thoisu.clean;

import io.thoisu.text.VietnameseNormalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Corpus stage: learns, per outlet, the lines that repeat across many of its pages ("Đọc báo in", a newsletter
 * box, a copyright line) so they become furniture even when no rule names them. Fed one document's lines at a time;
 * a line counts once per document. Not thread-safe (a state machine); {@link #snapshot()} gives an immutable record
 * that the cleaner reads and that {@link #restore} turns back into a learner.
 */
public final class FurnitureLearner {
    /** Learning settings: a line is furniture once seen on at least {@code minPages} pages and on {@code minShare} of them. */
    public record Settings(int minPages, double minShare, int maxLineLength, int maxLinesPerOutlet) {
        public static final Settings DEFAULT = new Settings(4, 0.5, 300, 50_000);

        public Settings {
            if (minPages < 2 || minShare <= 0 || minShare > 1 || maxLineLength < 1 || maxLinesPerOutlet < 1) {
                throw new IllegalArgumentException("FurnitureLearner.Settings: minPages >= 2, 0 < minShare <= 1, limits > 0");
            }
        }

        /** Whether a line seen on {@code seen} of an outlet's {@code pages} pages is furniture. */
        boolean isFurniture(int seen, int pages) {
            return pages >= minPages && seen >= minPages && seen >= minShare * pages;
        }
    }

    /** What one outlet's pages showed: how many pages, and on how many of them each line key occurred. */
    public record OutletCounts(int pages, Map<String, Integer> lineCounts) {
        public OutletCounts {
            lineCounts = Map.copyOf(lineCounts);
        }
    }

    /** The learner's state, immutable; also the furniture test the cleaner uses. */
    public record Snapshot(Settings settings, Map<String, OutletCounts> outlets) {
        public static final Snapshot EMPTY = new Snapshot(Settings.DEFAULT, Map.of());

        public Snapshot {
            outlets = Map.copyOf(outlets);
        }

        public boolean isFurniture(String outlet, String line) {
            return !outlets.isEmpty() && isFurnitureKey(outlet, VietnameseNormalizer.key(line));
        }

        /** Whether any line of this outlet is furniture yet (scans its counts: ask once per outlet, not per line). */
        public boolean hasFurniture(String outlet) {
            OutletCounts counts = outlets.get(outletKey(outlet));
            return counts != null && counts.lineCounts().values().stream()
                    .anyMatch(seen -> settings.isFurniture(seen, counts.pages()));
        }

        /**
         * The comparison keys of this outlet's lines that are furniture now. Two snapshots that give an outlet the
         * same set clean its pages alike, so a page cleaned with one need not be cleaned again with the other.
         */
        public Set<String> furnitureLines(String outlet) {
            OutletCounts counts = outlets.get(outletKey(outlet));
            if (counts == null) {
                return Set.of();
            }
            Set<String> out = new HashSet<>();
            counts.lineCounts().forEach((line, seen) -> {
                if (settings.isFurniture(seen, counts.pages())) {
                    out.add(line);
                }
            });
            return out;
        }

        /** {@link #isFurniture} with the line's comparison key already made; nothing is computed when nothing was learned. */
        boolean isFurnitureKey(String outlet, String key) {
            if (outlets.isEmpty()) {
                return false;
            }
            OutletCounts counts = outlets.get(outletKey(outlet));
            if (counts == null || counts.pages() < settings.minPages()) {
                return false; // before the key is spaced: most pages ask about outlets that learned nothing
            }
            Integer seen = counts.lineCounts().get(spaced(key));
            return seen != null && settings.isFurniture(seen, counts.pages());
        }
    }

    private final Settings settings;
    private final Map<String, int[]> pages = new HashMap<>();
    private final Map<String, Map<String, Integer>> counts = new HashMap<>();

    public FurnitureLearner() {
        this(Settings.DEFAULT);
    }

    public FurnitureLearner(Settings settings) {
        this.settings = settings;
    }

    public static FurnitureLearner restore(Snapshot snapshot) {
        FurnitureLearner learner = new FurnitureLearner(snapshot.settings());
        snapshot.outlets().forEach((outlet, c) -> {
            learner.pages.put(outlet, new int[] {c.pages()});
            learner.counts.put(outlet, new HashMap<>(c.lineCounts()));
        });
        return learner;
    }

    /** One page of an outlet. Blank and very long lines are ignored: furniture is short and repeats verbatim. */
    public void accept(String outlet, List<String> lines) {
        String o = outletKey(outlet);
        pages.computeIfAbsent(o, k -> new int[1])[0]++;
        Map<String, Integer> c = counts.computeIfAbsent(o, k -> new HashMap<>());
        Set<String> seen = new HashSet<>();
        for (String line : lines) {
            if (line.isBlank() || line.length() > settings.maxLineLength()) {
                continue;
            }
            String k = lineKey(line);
            if (seen.add(k) && (c.containsKey(k) || c.size() < settings.maxLinesPerOutlet())) {
                c.merge(k, 1, Integer::sum);
            }
        }
    }

    public boolean isFurniture(String outlet, String line) {
        String o = outletKey(outlet);
        int[] p = pages.get(o);
        if (p == null || p[0] < settings.minPages()) {
            return false;
        }
        Integer seen = counts.get(o).get(lineKey(line));
        return seen != null && settings.isFurniture(seen, p[0]);
    }

    public Snapshot snapshot() {
        Map<String, OutletCounts> out = new HashMap<>();
        pages.forEach((o, p) -> out.put(o, new OutletCounts(p[0], counts.getOrDefault(o, Map.of()))));
        return new Snapshot(settings, out);
    }

    static String outletKey(String outlet) {
        return outlet == null ? "" : VietnameseNormalizer.key(outlet.strip());
    }

    static String lineKey(String line) {
        return spaced(VietnameseNormalizer.key(line));
    }

    private static String spaced(String key) {
        return key.replaceAll("\\s+", " ").strip();
    }
}
