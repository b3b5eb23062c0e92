package io.thoisu.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The fourth set of cleaning pages written blind ({@code fixtures/clean/heldout4}, see its README): ten layouts
 * that neither the rules nor the earlier sets had seen, committed before any run. It must not be tuned on; its
 * figures measure the cleaner on unseen layouts, so the floors sit about 0.1 under the first and only run (they
 * catch a collapse, not a regression of a point or two). First and only run: not yet made (the gold is committed
 * first). The error listing prints with {@code -Dthoisu.heldout.errors=true}.
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
    }
}
