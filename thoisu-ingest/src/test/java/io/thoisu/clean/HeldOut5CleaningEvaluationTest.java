package io.thoisu.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The fifth set of cleaning pages written blind ({@code fixtures/clean/heldout5}, see its README): ten layouts
 * that neither the rules nor the earlier sets had seen, committed before any run. It must not be tuned on; its
 * figures measure the cleaner on unseen layouts, so the floors sit about 0.05 under the first and only run (they
 * catch a collapse, not a regression of a point or two). First and only run, 2026-11-23 19:35 UTC on branch commit
 * e606a05 (the gold, committed before it): 10 pages, 11 articles expected, 16 predicted; body F1 0.7798 (P 0.6589,
 * R 0.9551), kind accuracy 0.7500, split 0.5000, title 0.8182, published 0.8182, outlet 1.0000, authors 0.3636.
 * The error listing prints with {@code -Dthoisu.heldout.errors=true}.
 */
class HeldOut5CleaningEvaluationTest {
    @Test
    void fifthBlindSetStaysAboveLowFloors() {
        CleaningEvaluation.CleaningReport r = CleaningEvaluation.evaluate(
                Path.of("src/test/resources/fixtures/clean/heldout5"));
        // format() appends the first errors indented; the figures alone print by default
        r.format().stream().filter(line -> !line.startsWith("  "))
                .forEach(line -> System.out.println("[held-out-5] " + line));
        if (Boolean.getBoolean("thoisu.heldout.errors")) {
            r.errors().forEach(e -> System.out.println("[held-out-5]   " + e));
        }
        assertThat(r.pages()).isEqualTo(10);
        assertThat(r.expectedArticles()).isEqualTo(11);
        assertThat(r.bodyF1()).isGreaterThan(0.73);
        assertThat(r.removalKindAccuracy()).isGreaterThan(0.70);
        assertThat(r.splitAccuracy()).isGreaterThan(0.4);
    }
}
