package io.thoisu.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The fourth set of cleaning pages written blind ({@code fixtures/clean/heldout4}, see its README): ten layouts
 * that neither the rules nor the earlier sets had seen, committed before any run. It must not be tuned on; its
 * figures measure the cleaner on unseen layouts, so the floors sit about 0.1 under the first and only run (they
 * catch a collapse, not a regression of a point or two). First and only run, 2026-11-23 17:36 UTC on branch commit
 * a548ca3 (the gold, committed before it): 10 pages, 12 articles expected, 15 predicted; body F1 0.7314 (P 0.5926,
 * R 0.9552), kind accuracy 0.7174, split 0.5000, title 0.6667, published 0.7500, outlet 1.0000, authors 0.7500.
 * The error listing prints with {@code -Dthoisu.heldout.errors=true}.
 */
class HeldOut4CleaningEvaluationTest {
    @Test
    void fourthBlindSetStaysAboveLowFloors() {
        CleaningEvaluation.CleaningReport r = CleaningEvaluation.evaluate(
                Path.of("src/test/resources/fixtures/clean/heldout4"));
        // format() appends the first errors indented; the figures alone print by default
        r.format().stream().filter(line -> !line.startsWith("  "))
                .forEach(line -> System.out.println("[held-out-4] " + line));
        if (Boolean.getBoolean("thoisu.heldout.errors")) {
            r.errors().forEach(e -> System.out.println("[held-out-4]   " + e));
        }
        assertThat(r.pages()).isEqualTo(10);
        assertThat(r.expectedArticles()).isEqualTo(12);
        assertThat(r.bodyF1()).isGreaterThan(0.63);
        assertThat(r.removalKindAccuracy()).isGreaterThan(0.61);
        assertThat(r.splitAccuracy()).isGreaterThan(0.4);
    }
}
