package io.thoisu.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.testkit.SharedData;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Real single-article bodies (ViMs, read from ../shared, never copied) fed as plain text: each is one article, so
 * every extra article is a false split. Measured before the page-evidence rule: 119 of 1,945 bodies split (6.1 %);
 * after: 2 (both bodies that do hold a second story: a page printed twice with its dateline, a sports digest).
 */
class PlainBodyEvaluationTest {
    @Test
    void realBodiesAreAlmostNeverSplitAndKeepTheirText() {
        Path root = SharedData.require("corpora/vims/ViMs/original");
        PlainBodyEvaluation.BodyReport r = PlainBodyEvaluation.evaluate(root, 300);
        r.format().forEach(System.out::println);
        assertThat(r.bodies()).isGreaterThan(1900);
        assertThat(r.splitRate()).isLessThan(0.01);
        // 0.41 % of body lines removed when measured (captions, credits, related links, signatures left in the bodies).
        assertThat((double) r.removedLines() / r.bodyLines()).isLessThan(0.01);
        assertThat(r.articles()).isGreaterThanOrEqualTo(r.bodies() - 5);
    }
}
