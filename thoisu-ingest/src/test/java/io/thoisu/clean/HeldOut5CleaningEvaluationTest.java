package io.thoisu.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The fifth set of cleaning pages written blind ({@code fixtures/clean/heldout5}, see its README): ten layouts
 * that neither the rules nor the earlier sets had seen, committed before any run. It must not be tuned on; its
 * figures measure the cleaner on unseen layouts, so the floors sit about 0.1 under the first and only run (they
 * catch a collapse, not a regression of a point or two). The error listing prints with
 * {@code -Dthoisu.heldout.errors=true}.
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
        // floors are set from the first run (README "First run"); until then they only require a result
        assertThat(r.bodyF1()).isGreaterThan(0.0);
        assertThat(r.removalKindAccuracy()).isGreaterThanOrEqualTo(0.0);
        assertThat(r.splitAccuracy()).isGreaterThanOrEqualTo(0.0);
    }
}
