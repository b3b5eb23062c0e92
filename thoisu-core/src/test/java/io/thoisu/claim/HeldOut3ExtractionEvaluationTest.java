package io.thoisu.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.entity.AnnotatedArticle;
import io.thoisu.entity.EntityEvaluation;
import io.thoisu.pipeline.Pipeline;
import io.thoisu.quote.QuoteEvaluation;
import io.thoisu.text.SentenceSplitter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Entities, quotes and claims on the third extraction set ({@code extraction/heldout3/}, 30 articles written blind
 * after the second set was opened for tuning; see its README), with the real upstream stages. Only the figures are
 * printed; the error listings print with {@code -Dthoisu.heldout.errors=true}.
 *
 * <p>Since 2026-11-23 17:45 UTC this is a <b>development set ("dev 3")</b>, no longer held out: its errors are read
 * and the rules tuned on it (by class of error, never by its names), so its figures no longer estimate unseen text;
 * the blind set {@code heldout4} replaces it. The class keeps its name. Blind run, 2026-11-23 15:28 UTC (gold
 * committed in 7513f17 before it): entities P 0.870 R 0.874 F1 0.872 (canonical 0.948; gold 619, predicted 622);
 * quotes found 0.892, precision 0.971, speaker accuracy 0.735 (gold 223, predicted 205); claims P 0.815 R 0.789 F1
 * 0.802 (gold 336, predicted 325). After the evening's tuning (2026-11-23, 18:25 UTC): entities P 0.968 R 0.979 F1
 * 0.973 (canonical 0.985); quotes found 0.973, precision 0.973, speaker accuracy 0.973; claims P 0.938 R 0.908 F1
 * 0.923. The floors sit just under these, so a regression fails.
 */
class HeldOut3ExtractionEvaluationTest {
    private static final Path HELD_OUT_3 = Path.of("src/test/resources/io/thoisu/extraction/heldout3");
    private static final boolean ERRORS = Boolean.getBoolean("thoisu.heldout.errors");

    @Test
    void goldParses() throws Exception {
        List<AnnotatedArticle> gold = AnnotatedArticle.readAll(HELD_OUT_3);
        assertThat(gold).hasSize(30);
        assertThat(gold.stream().mapToInt(a -> a.entities().size()).sum()).isEqualTo(619);
        assertThat(gold.stream().mapToInt(a -> a.quotes().size()).sum()).isEqualTo(223);
        assertThat(gold.stream().mapToInt(a -> a.claims().size()).sum()).isEqualTo(336);
    }

    @Test
    void entitiesStayAboveTheirFloor() throws Exception {
        EntityEvaluation.Report r = EntityEvaluation.evaluate(HELD_OUT_3, new SentenceSplitter()::split);
        print(r.format());
        if (ERRORS) {
            print(r.errors());
        }
        assertThat(r.articles()).isEqualTo(30);
        assertThat(r.f1()).isGreaterThan(0.96);
    }

    @Test
    void quotesStayAboveTheirFloor() throws Exception {
        QuoteEvaluation.Report r = QuoteEvaluation.evaluate(HELD_OUT_3, new SentenceSplitter()::split);
        print(r.format());
        if (ERRORS) {
            print(r.errors());
        }
        assertThat(r.recall()).isGreaterThan(0.96);
        assertThat(r.speakerAccuracy()).isGreaterThan(0.96);
    }

    @Test
    void claimsStayAboveTheirFloor() throws Exception {
        ClaimEvaluation.Report r = ClaimEvaluation.evaluate(HELD_OUT_3, Pipeline.standard().analyzer()::analyse);
        print(r.format());
        if (ERRORS) {
            print(r.errors());
        }
        assertThat(r.f1()).isGreaterThan(0.91);
    }

    private static void print(List<String> lines) {
        lines.forEach(l -> System.out.println("[held-out 3] " + l));
    }
}
