package io.thoisu.quantity;

import java.util.List;

/**
 * How the quantity recognizer did on golden sentences: a predicted quantity counts only when its span text, value,
 * qualifier and unit all equal a gold one. {@code misses} lists a few disagreements for reading.
 */
public record QuantityReport(int cases, int gold, int predicted, int correct, double precision, double recall,
                             double f1, double itemsPerSecond, double charsPerSecond, List<String> misses) {
    public QuantityReport {
        misses = List.copyOf(misses);
    }

    public List<String> format() {
        return List.of(
                String.format("quantities: %d cases, gold %d, predicted %d, correct %d", cases, gold, predicted, correct),
                String.format("precision %.3f  recall %.3f  F1 %.3f  (span + value + approx + unit exact)",
                        precision, recall, f1),
                String.format("throughput %.0f sentences/s, %.2f MB/s of text", itemsPerSecond, charsPerSecond / 1e6));
    }
}
