package io.thoisu.timeline;

import io.thoisu.model.Claim;
import io.thoisu.model.Conflict;
import io.thoisu.text.VietnameseNormalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Figures of one story that cannot all be true. Two claims speak of the same thing when what they count is worded
 * alike (most syllables of the shorter "about" phrase in the longer, or the same unit when a phrase is empty) and
 * their dates overlap (a missing date overlaps every date; "2022-01" overlaps "2022-01-09"). They disagree when the
 * ranges their qualifiers allow do not meet: "khoảng 5.800" (about: ±10 %) and "lên tới 5.000" (up to) do not;
 * "hơn 1.000" (more than) and "1.300" do. Immutable and thread-safe.
 */
public final class ConflictFinder {
    /** "khoảng", "gần": figures people round; a tenth either way is still "about". */
    private static final double ABOUT = 0.10;
    /** Exact figures are often rounded in copies ("5.800" and "5.796"); 1 % is still agreement. */
    private static final double EXACT = 0.01;
    private static final double SAME_THING = 0.6;

    public List<Conflict> find(List<Claim> storyClaims) {
        int n = storyClaims.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        List<Set<String>> abouts = storyClaims.stream().map(c -> SyllableSet.of(c.about())).toList();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (sameThing(storyClaims.get(i), abouts.get(i), storyClaims.get(j), abouts.get(j))) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        }
        List<Conflict> out = new ArrayList<>();
        for (List<Integer> g : groups.values()) {
            List<Claim> disputed = new ArrayList<>();
            for (int i : g) {
                for (int j : g) {
                    if (i != j && datesOverlap(storyClaims.get(i).date(), storyClaims.get(j).date())
                            && !agree(storyClaims.get(i), storyClaims.get(j))) {
                        disputed.add(storyClaims.get(i));
                        break;
                    }
                }
            }
            if (disputed.size() >= 2) {
                out.add(new Conflict(disputed.get(0).about(), disputed));
            }
        }
        return out;
    }

    private static boolean sameThing(Claim a, Set<String> aboutA, Claim b, Set<String> aboutB) {
        if (!datesOverlap(a.date(), b.date())) {
            return false;
        }
        if (aboutA.isEmpty() || aboutB.isEmpty()) {
            return a.unit().isPresent() && b.unit().isPresent()
                    && VietnameseNormalizer.key(a.unit().get()).equals(VietnameseNormalizer.key(b.unit().get()));
        }
        return SyllableSet.overlap(aboutA, aboutB) >= SAME_THING;
    }

    static boolean datesOverlap(Optional<String> a, Optional<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return true;
        }
        return a.get().startsWith(b.get()) || b.get().startsWith(a.get());
    }

    /** Whether the ranges the two qualified figures allow meet. */
    static boolean agree(Claim a, Claim b) {
        double[] x = range(a);
        double[] y = range(b);
        return x[0] <= y[1] && y[0] <= x[1];
    }

    /** [low, high] a qualified figure allows. */
    static double[] range(Claim c) {
        double v = c.value();
        return switch (c.approx()) {
            case EXACT -> new double[] {v * (1 - EXACT), v * (1 + EXACT)};
            case ABOUT -> new double[] {v * (1 - ABOUT), v * (1 + ABOUT)};
            case NEARLY -> new double[] {v * (1 - ABOUT), v};
            case MORE_THAN, AT_LEAST -> new double[] {v, Double.POSITIVE_INFINITY};
            case UP_TO, LESS_THAN -> new double[] {0, v};
        };
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
