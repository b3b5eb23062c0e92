package io.thoisu.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class QuantityEvaluationTest {
    @Test
    void goldStaysAboveTheMeasuredFloor() throws URISyntaxException {
        // the folder: the generated gold and the hand-written one
        Path gold = Path.of(getClass().getResource("/io/thoisu/quantity/quantities.tsv").toURI()).getParent();
        QuantityReport report = QuantityEvaluation.evaluate(gold);
        report.format().forEach(System.out::println);
        report.misses().forEach(m -> System.out.println("  " + m));
        assertThat(report.cases()).isGreaterThanOrEqualTo(420);
        // measured 0.995 (396 cases; two hand-written known misses) after the counted-noun lexicon, label rules and
        // segmenter guess of 2026-11-23; 1.000 (425 cases) after the second pass: one miss fails
        assertThat(report.f1()).isGreaterThan(0.998);
        assertThat(report.precision()).isGreaterThan(0.998);
    }

    /**
     * The set written blind, a dev set since rules were tuned on its errors (2026-11-23 14:00): 0.785 before, 0.994
     * after. The honest figure for unseen text is the lead's measure on the newer blind set (heldout2).
     */
    @Test
    void devSetStaysAboveItsFloor() throws URISyntaxException {
        Path gold = Path.of(getClass().getResource("/io/thoisu/quantity/heldout/quantities-heldout.tsv").toURI());
        QuantityReport report = QuantityEvaluation.evaluate(gold);
        report.format().forEach(line -> System.out.println("[dev, formerly held-out] " + line));
        assertThat(report.cases()).isGreaterThanOrEqualTo(150);
        assertThat(report.f1()).isGreaterThan(0.99);
    }
}
