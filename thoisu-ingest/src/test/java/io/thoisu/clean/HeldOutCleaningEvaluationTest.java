package io.thoisu.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The cleaning pages written blind in layouts the rules have not seen ({@code fixtures/clean/heldout}, see its
 * README). Only the figures are printed; the error listing prints with {@code -Dthoisu.heldout.errors=true}. The
 * floors are low on purpose until the first figures are merged.
 */
class HeldOutCleaningEvaluationTest {
    @Test
    void heldOutPagesStayAboveTheirFloors() {
        CleaningEvaluation.CleaningReport r = CleaningEvaluation.evaluate(
                Path.of("src/test/resources/fixtures/clean/heldout"));
        r.format().forEach(line -> System.out.println("[held-out] " + line));
        if (Boolean.getBoolean("thoisu.heldout.errors")) {
            r.errors().forEach(e -> System.out.println("[held-out]   " + e));
        }
        assertThat(r.pages()).isEqualTo(15);
        assertThat(r.bodyF1()).isGreaterThan(0.5);
        assertThat(r.splitAccuracy()).isGreaterThan(0.5);
    }
}
