package io.thoisu.quantity;

import io.thoisu.time.RecognizerEquivalenceTest;
import java.util.List;

/** TEMPORARY: old against new quantity recognizer; deleted when the work is done. */
public final class QuantityComparison {
    private QuantityComparison() {
    }

    public static int differences(List<String> texts) {
        ReferenceQuantityRecognizer reference = new ReferenceQuantityRecognizer();
        QuantityRecognizer fast = new QuantityRecognizer();
        long spans = 0;
        int differences = 0;
        for (String t : texts) {
            List<QuantityMatch> expected = reference.recognizeMatches(t);
            List<QuantityMatch> actual = fast.recognizeMatches(t);
            spans += expected.size();
            if (!expected.equals(actual)) {
                differences++;
                if (differences < 5) {
                    System.out.println("DIFF in: " + t.substring(0, Math.min(200, t.length())) + "\n  ref="
                            + expected + "\n  new=" + actual);
                }
            }
        }
        System.out.printf("quantities: %d texts, %d spans compared, %d differences%n", texts.size(), spans,
                differences);
        return differences;
    }

    public static void timing(List<String> texts) {
        ReferenceQuantityRecognizer reference = new ReferenceQuantityRecognizer();
        QuantityRecognizer fast = new QuantityRecognizer();
        System.out.printf("quantities reference: %.1f ms/200 texts%n", RecognizerEquivalenceTest.msPerPass(() -> {
            for (String t : texts) {
                reference.recognizeMatches(t);
            }
        }));
        System.out.printf("quantities new:       %.1f ms/200 texts%n", RecognizerEquivalenceTest.msPerPass(() -> {
            for (String t : texts) {
                fast.recognizeMatches(t);
            }
        }));
    }
}
