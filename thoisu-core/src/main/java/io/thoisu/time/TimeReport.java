package io.thoisu.time;

import java.util.List;

/**
 * How the time recognizer did on golden sentences: a predicted expression counts only when its span text, value and
 * precision all equal a gold one. {@code misses} lists a few disagreements for reading.
 */
public record TimeReport(int cases, int gold, int predicted, int correct, double precision, double recall, double f1,
                         double itemsPerSecond, double charsPerSecond, List<String> misses) {
    public TimeReport {
        misses = List.copyOf(misses);
    }

    public List<String> format() {
        return List.of(
                String.format("times: %d cases, gold %d, predicted %d, correct %d", cases, gold, predicted, correct),
                String.format("precision %.3f  recall %.3f  F1 %.3f  (span + value + precision exact)",
                        precision, recall, f1),
                String.format("throughput %.0f cases/s, %.2f MB/s of text", itemsPerSecond, charsPerSecond / 1e6));
    }
}
