package io.thoisu.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.entity.EntityEvaluation;
import io.thoisu.pipeline.Pipeline;
import io.thoisu.quote.QuoteEvaluation;
import io.thoisu.text.SentenceSplitter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Entities, quotes and claims on the second held-out set ({@code extraction/heldout2/}, 30 articles written blind;
 * see its README), with the real upstream stages. A dev set since 2026-11-23 afternoon: its errors were read and the
 * rules fixed by class (entity F1 0.836 → 0.978, speaker accuracy 0.773 → 1.000, claims 0.860 → 0.966), so these
 * figures no longer estimate unseen text; the blind estimate is the newer set's. Error listings print with
 * {@code -Dthoisu.heldout.errors=true}; the floors sit just below the measured figures, so regressions fail.
 */
class HeldOut2ExtractionEvaluationTest {
    private static final Path HELD_OUT_2 = Path.of("src/test/resources/io/thoisu/extraction/heldout2");
    private static final boolean ERRORS = Boolean.getBoolean("thoisu.heldout.errors");

    @Test
    void entitiesStayAboveTheirFloor() throws Exception {
        EntityEvaluation.Report r = EntityEvaluation.evaluate(HELD_OUT_2, new SentenceSplitter()::split);
        print(r.format());
        assertThat(r.articles()).isEqualTo(30);
        assertThat(r.f1()).isGreaterThan(0.97);
    }

    @Test
    void quotesStayAboveTheirFloor() throws Exception {
        QuoteEvaluation.Report r = QuoteEvaluation.evaluate(HELD_OUT_2, new SentenceSplitter()::split);
        print(r.format());
        if (ERRORS) {
            print(r.errors());
        }
        assertThat(r.recall()).isGreaterThan(0.98);
        assertThat(r.speakerAccuracy()).isGreaterThan(0.98);
    }

    @Test
    void claimsStayAboveTheirFloor() throws Exception {
        ClaimEvaluation.Report r = ClaimEvaluation.evaluate(HELD_OUT_2, Pipeline.standard().analyzer()::analyse);
        print(r.format());
        if (ERRORS) {
            print(r.errors());
        }
        assertThat(r.f1()).isGreaterThan(0.96);
    }

    private static void print(List<String> lines) {
        lines.forEach(l -> System.out.println("[held-out 2] " + l));
    }
}
