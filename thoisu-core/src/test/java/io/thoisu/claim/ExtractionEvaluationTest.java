package io.thoisu.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.entity.EntityEvaluation;
import io.thoisu.entity.TestSentences;
import io.thoisu.quote.QuoteEvaluation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The three evaluations on the project's annotated fixtures, with floors just below what was measured. */
class ExtractionEvaluationTest {
    private static final Path GOLD = Path.of("src/test/resources/io/thoisu/extraction");

    @Test
    void entities() throws Exception {
        EntityEvaluation.Report r = EntityEvaluation.evaluate(GOLD, TestSentences::split);
        r.format().forEach(System.out::println);
        assertThat(r.articles()).isGreaterThanOrEqualTo(60);
        assertThat(r.f1()).isGreaterThan(ENTITY_F1_FLOOR);
    }

    @Test
    void quotes() throws Exception {
        QuoteEvaluation.Report r = QuoteEvaluation.evaluate(GOLD, TestSentences::split);
        r.format().forEach(System.out::println);
        r.errors().stream().limit(15).forEach(System.out::println);
        assertThat(r.speakerAccuracy()).isGreaterThan(QUOTE_FLOOR);
    }

    @Test
    void claims() throws Exception {
        ClaimEvaluation.Report r = ClaimEvaluation.evaluate(GOLD, TestUpstream::analyse);
        r.format().forEach(System.out::println);
        r.errors().stream().limit(15).forEach(System.out::println);
        assertThat(r.f1()).isGreaterThan(CLAIM_FLOOR);
    }

    private static final double ENTITY_F1_FLOOR = 0.80;
    private static final double QUOTE_FLOOR = 0.97;
    private static final double CLAIM_FLOOR = 0.95;
}
