package io.thoisu.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Runs the cleaning evaluation on the golden pages and fails when a figure drops below what was measured. */
class CleaningEvaluationTest {
    @Test
    void goldenPagesStayAboveTheirFloors() {
        CleaningEvaluation.CleaningReport r = CleaningEvaluation.evaluate(Path.of("src/test/resources/fixtures/clean/pages"));
        r.format().forEach(System.out::println);
        assertThat(r.pages()).isGreaterThanOrEqualTo(40);
        assertThat(r.bodyF1()).isGreaterThanOrEqualTo(0.98);
        assertThat(r.splitAccuracy()).isGreaterThanOrEqualTo(0.97);
        assertThat(r.dateAccuracy()).isGreaterThanOrEqualTo(0.98);
    }
}
