package io.thoisu.evaluation;

/**
 * Precision, recall and F1 from counts, one definition for every evaluation. An empty denominator scores 0: nothing
 * predicted is no evidence of precision, and a stage is never rewarded for silence.
 */
public final class Scores {
    private Scores() {
    }

    public static double precision(int correct, int predicted) {
        return predicted == 0 ? 0 : (double) correct / predicted;
    }

    public static double recall(int correct, int gold) {
        return gold == 0 ? 0 : (double) correct / gold;
    }

    /** The harmonic mean of precision and recall; 0 when both are 0. */
    public static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
