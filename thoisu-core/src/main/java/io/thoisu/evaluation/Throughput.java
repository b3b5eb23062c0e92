package io.thoisu.evaluation;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

/**
 * Single-thread throughput of a stage over evaluation cases: one warm-up pass, then whole passes until half a
 * second has gone by. A rough figure beside the accuracy; the JMH benchmarks are the measurement of record.
 */
public record Throughput(double itemsPerSecond, double charsPerSecond) {

    public static <T> Throughput of(List<T> cases, Consumer<T> stage, ToIntFunction<T> length) {
        if (cases.isEmpty()) {
            return new Throughput(0, 0);
        }
        cases.forEach(stage);
        long chars = 0;
        int items = 0;
        long began = System.nanoTime();
        long elapsed;
        do {
            for (T c : cases) {
                stage.accept(c);
                chars += length.applyAsInt(c);
                items++;
            }
            elapsed = System.nanoTime() - began;
        } while (elapsed < 500_000_000L);
        double seconds = Math.max(elapsed, 1) / 1e9;
        return new Throughput(items / seconds, chars / seconds);
    }
}
