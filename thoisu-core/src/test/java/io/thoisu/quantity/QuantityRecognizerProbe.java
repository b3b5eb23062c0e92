package io.thoisu.quantity;

import java.util.List;

/** TEMPORARY: a long loop to profile. */
public final class QuantityRecognizerProbe {
    private QuantityRecognizerProbe() {
    }

    public static void run(List<String> texts) {
        QuantityRecognizer fast = new QuantityRecognizer();
        long chars = texts.stream().mapToLong(String::length).sum();
        long t0 = System.nanoTime();
        int passes = 0;
        while (System.nanoTime() - t0 < 3_000_000_000L) {
            for (String t : texts) {
                fast.recognizeMatches(t);
            }
            passes++;
        }
        System.out.printf("chars %d, %.1f ms/pass%n", chars, (System.nanoTime() - t0) / 1e6 / passes);
    }
}
