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

    /**
     * The hand-written pages in layouts the templated ones lack (top bars, breadcrumbs, live blog, gallery,
     * listicle, digest of three, wrong / UTC / missing metadata, author box, interview, related tail). Measured
     * before the rules for them: F1 0.77, split 0.73, outlet 0.54, authors 0.29; after: 1.0 on each.
     */
    @Test
    void handWrittenLayoutsStayAboveTheirFloors() {
        CleaningEvaluation.CleaningReport r = CleaningEvaluation.evaluate(
                Path.of("src/test/resources/fixtures/clean/pages/layouts"));
        r.format().forEach(System.out::println);
        assertThat(r.pages()).isGreaterThanOrEqualTo(10);
        assertThat(r.bodyF1()).isGreaterThanOrEqualTo(0.98);
        assertThat(r.splitAccuracy()).isGreaterThanOrEqualTo(0.9);
        assertThat(r.titleAccuracy()).isGreaterThanOrEqualTo(0.9);
        assertThat(r.dateAccuracy()).isGreaterThanOrEqualTo(0.9);
        assertThat(r.outletAccuracy()).isGreaterThanOrEqualTo(0.9);
        assertThat(r.authorsAccuracy()).isGreaterThanOrEqualTo(0.9);
    }
}
