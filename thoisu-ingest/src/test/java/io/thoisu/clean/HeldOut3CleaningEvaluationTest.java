package io.thoisu.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The third set of cleaning pages written blind ({@code fixtures/clean/heldout3}, see its README): ten layouts
 * that neither the rules nor the earlier sets had seen, committed before any run. It must not be tuned on; its
 * figures measure the cleaner on unseen layouts after the tuning on the second set, so the floors sit about 0.1
 * under the first and only run (they catch a collapse, not a regression of a point or two). First and only run,
 * 2026-11-23 15:28 UTC (gold committed in 7513f17 before it): 10 pages, 11 articles expected, 15 predicted; body
 * F1 0.7904 (P 0.6600, R 0.9851), kind accuracy 0.7917, split 0.6000, title 0.8182, published 0.8182, outlet
 * 1.0000, authors 0.7273. The error listing prints with {@code -Dthoisu.heldout.errors=true}.
 */
class HeldOut3CleaningEvaluationTest {
    @Test
    void thirdBlindSetStaysAboveLowFloors() {
        CleaningEvaluation.CleaningReport r = CleaningEvaluation.evaluate(
                Path.of("src/test/resources/fixtures/clean/heldout3"));
        // format() appends the first errors indented; the figures alone print by default
        r.format().stream().filter(line -> !line.startsWith("  "))
                .forEach(line -> System.out.println("[held-out-3] " + line));
        if (Boolean.getBoolean("thoisu.heldout.errors")) {
            r.errors().forEach(e -> System.out.println("[held-out-3]   " + e));
        }
        assertThat(r.pages()).isEqualTo(10);
        assertThat(r.expectedArticles()).isEqualTo(11);
        assertThat(r.bodyF1()).isGreaterThan(0.69);
        assertThat(r.splitAccuracy()).isGreaterThan(0.5);
    }
}
