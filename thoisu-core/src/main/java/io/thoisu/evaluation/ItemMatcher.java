package io.thoisu.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts predicted items against gold items, case by case, as multisets of descriptions (an item is right when its
 * description equals a gold one not yet matched), and keeps the first misses for the report.
 */
public final class ItemMatcher {
    private final int maxMisses;
    private final List<String> misses = new ArrayList<>();
    private int gold;
    private int predicted;
    private int correct;

    public ItemMatcher(int maxMisses) {
        this.maxMisses = maxMisses;
    }

    /** Scores one case; {@code where} says where it is in the misses list. */
    public void match(List<String> expectedItems, List<String> got, String where) {
        List<String> expected = new ArrayList<>(expectedItems);
        gold += expected.size();
        predicted += got.size();
        for (String g : got) {
            if (expected.remove(g)) {
                correct++;
            } else {
                miss("extra   " + g + "   in: " + where);
            }
        }
        for (String e : expected) {
            miss("missed  " + e + "   in: " + where + "   got " + got);
        }
    }

    private void miss(String line) {
        if (misses.size() < maxMisses) {
            misses.add(line);
        }
    }

    public int gold() {
        return gold;
    }

    public int predicted() {
        return predicted;
    }

    public int correct() {
        return correct;
    }

    public double precision() {
        return Scores.precision(correct, predicted);
    }

    public double recall() {
        return Scores.recall(correct, gold);
    }

    public double f1() {
        return Scores.f1(precision(), recall());
    }

    public List<String> misses() {
        return List.copyOf(misses);
    }
}
