package io.thoisu.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TimeEvaluationTest {
    @Test
    void goldStaysAboveTheMeasuredFloor() throws URISyntaxException {
        // the folder: the generated gold and the hand-written one
        Path gold = Path.of(getClass().getResource("/io/thoisu/time/times.tsv").toURI()).getParent();
        TimeReport report = TimeEvaluation.evaluate(gold);
        report.format().forEach(System.out::println);
        report.misses().forEach(m -> System.out.println("  " + m));
        assertThat(report.cases()).isGreaterThanOrEqualTo(300);
        assertThat(report.f1()).isGreaterThan(0.95);
    }

    /** The set written blind, never used to tune rules: its figure is the honest one; the floor guards regressions. */
    @Test
    void heldOutSetStaysAboveItsFloor() throws URISyntaxException {
        Path gold = Path.of(getClass().getResource("/io/thoisu/time/heldout/times-heldout.tsv").toURI());
        TimeReport report = TimeEvaluation.evaluate(gold);
        report.format().forEach(line -> System.out.println("[held-out] " + line));
        assertThat(report.cases()).isGreaterThanOrEqualTo(150);
        assertThat(report.f1()).isGreaterThan(0.88);
    }
}
