package io.thoisu.story;

import io.thoisu.evaluation.Scores;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** BCubed and pairwise precision/recall of a clustering against gold labels, item by item. */
final class ClusteringScores {
    final double bcubedPrecision;
    final double bcubedRecall;
    final double pairPrecision;
    final double pairRecall;

    /** {@code gold.get(i)} and {@code found.get(i)} are the gold and found cluster labels of item i. */
    ClusteringScores(List<String> gold, List<String> found) {
        int n = gold.size();
        Map<String, Integer> goldSize = new HashMap<>();
        Map<String, Integer> foundSize = new HashMap<>();
        Map<String, Integer> both = new HashMap<>();
        for (int i = 0; i < n; i++) {
            goldSize.merge(gold.get(i), 1, Integer::sum);
            foundSize.merge(found.get(i), 1, Integer::sum);
            both.merge(gold.get(i) + "\u0000" + found.get(i), 1, Integer::sum);
        }
        double p = 0;
        double r = 0;
        for (int i = 0; i < n; i++) {
            int common = both.get(gold.get(i) + "\u0000" + found.get(i));
            p += common / (double) foundSize.get(found.get(i));
            r += common / (double) goldSize.get(gold.get(i));
        }
        bcubedPrecision = n == 0 ? 1 : p / n;
        bcubedRecall = n == 0 ? 1 : r / n;
        long truePairs = 0;
        for (int c : both.values()) {
            truePairs += (long) c * (c - 1) / 2;
        }
        long foundPairs = 0;
        for (int c : foundSize.values()) {
            foundPairs += (long) c * (c - 1) / 2;
        }
        long goldPairs = 0;
        for (int c : goldSize.values()) {
            goldPairs += (long) c * (c - 1) / 2;
        }
        pairPrecision = foundPairs == 0 ? 1 : truePairs / (double) foundPairs;
        pairRecall = goldPairs == 0 ? 1 : truePairs / (double) goldPairs;
    }

    static double f1(double p, double r) {
        return Scores.f1(p, r);
    }
}
