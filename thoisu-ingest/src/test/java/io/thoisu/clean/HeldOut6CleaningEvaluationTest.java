package io.thoisu.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The sixth set of cleaning pages written blind ({@code fixtures/clean/heldout6}, see its README): ten layouts
 * that neither the rules nor the earlier sets had seen, committed before any run. It must not be tuned on; its
 * figures measure the cleaner on unseen layouts. Floors are set after the first and only run.
 * The error listing prints with {@code -Dthoisu.heldout.errors=true}.
 */
class HeldOut6CleaningEvaluationTest {
    @Test
    void sixthBlindSetStaysAboveLowFloors() {
        CleaningEvaluation.CleaningReport r = CleaningEvaluation.evaluate(
                Path.of("src/test/resources/fixtures/clean/heldout6"));
        // format() appends the first errors indented; the figures alone print by default
        r.format().stream().filter(line -> !line.startsWith("  "))
                .forEach(line -> System.out.println("[held-out-6] " + line));
        if (Boolean.getBoolean("thoisu.heldout.errors")) {
            r.errors().forEach(e -> System.out.println("[held-out-6]   " + e));
        }
        assertThat(r.pages()).isEqualTo(10);
        assertThat(r.expectedArticles()).isEqualTo(14);
    }
}
