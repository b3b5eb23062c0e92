package io.thoisu.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TimelineEvaluationTest {
    @Test
    void theDamStoryKeepsItsFloor() throws URISyntaxException {
        Path dir = Path.of(TimelineEvaluationTest.class.getResource("dap-khe-may/gold.tsv").toURI()).getParent();
        TimelineEvaluation.Report report = TimelineEvaluation.evaluate(dir);
        report.format().forEach(System.out::println);
        assertThat(report.articles()).isEqualTo(5);
        // measured: conflicts P 1.00 R 0.67 (the district's "hơn 500 hộ" is kept apart from the province's 800 by
        // the area rule), timeline days P 1.00 R 1.00
        assertThat(report.conflicts().precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(report.conflicts().f1()).isGreaterThanOrEqualTo(0.75);
        assertThat(report.dates().f1()).isGreaterThanOrEqualTo(0.95);
    }
}
