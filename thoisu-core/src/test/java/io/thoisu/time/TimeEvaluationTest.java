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
        assertThat(report.cases()).isGreaterThanOrEqualTo(385);
        // measured 1.000 (369 cases) after the clock/relative-day, weekday and range rules of 2026-11-23; 1.000 (387
        // cases) after the second pass (lunar dates, month and hour words, range order, ranks "thứ 2"): one miss fails
        assertThat(report.f1()).isGreaterThan(0.999);
    }

    /**
     * The set written blind, a dev set since rules were tuned on its errors (2026-11-23 14:00): 0.891 before, 1.000
     * after. The honest figure for unseen text is the lead's measure on the newer blind set (heldout2).
     */
    @Test
    void devSetStaysAboveItsFloor() throws URISyntaxException {
        Path gold = Path.of(getClass().getResource("/io/thoisu/time/heldout/times-heldout.tsv").toURI());
        TimeReport report = TimeEvaluation.evaluate(gold);
        report.format().forEach(line -> System.out.println("[dev, formerly held-out] " + line));
        assertThat(report.cases()).isGreaterThanOrEqualTo(150);
        assertThat(report.f1()).isGreaterThan(0.995);
    }
}
