package io.thoisu.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.entity.EntityEvaluation;
import io.thoisu.entity.TestSentences;
import io.thoisu.pipeline.Pipeline;
import io.thoisu.quote.QuoteEvaluation;
import io.thoisu.text.SentenceSplitter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The three evaluations on the project's annotated fixtures, with floors just below what was measured. Two sets,
 * reported separately: {@code handwritten} (32 articles written and annotated by hand, varied in topic and
 * phrasing; 34 since 2026-11-23) and {@code templated} (60 articles generated from six templates: easy, kept as a
 * regression set), and {@code heldout}, written blind but a dev set since the rules were tuned on its errors.
 * The rules were tuned while looking at the hand-written errors, so its figures are optimistic for unseen text.
 * h35-h48 (2026-11-23) each show a general fix on text of their own; h41-h48 were written after the tuning and
 * run once before their own fixes (entity F1 0.89-0.93, speaker accuracy 0.69-0.81 on those first runs). h59-h66
 * (2026-11-23 night, 58 articles) each show a class fixed on dev 4's errors ("thông tin" after its speaker,
 * "khai nhận", coordinated verbs, "Theo công ty", qualifiers "vượt" / "chưa đầy" / "ngoài N tuổi", stopwatch
 * readings, ranges with the unit at both ends, a document's recipient, a side figure in apposition).
 */
class ExtractionEvaluationTest {
    private static final Path ROOT = Path.of("src/test/resources/io/thoisu/extraction");
    private static final Path HANDWRITTEN = ROOT.resolve("handwritten");
    private static final Path TEMPLATED = ROOT.resolve("templated");
    private static final Path HELD_OUT = ROOT.resolve("heldout");

    @Test
    void entitiesHandwritten() throws Exception {
        EntityEvaluation.Report r = EntityEvaluation.evaluate(HANDWRITTEN, TestSentences::split);
        print("handwritten", r.format());
        assertThat(r.articles()).isGreaterThanOrEqualTo(48);
        assertThat(r.f1()).isGreaterThan(0.99); // measured 0.998
        assertThat(r.canonicalAccuracy()).isGreaterThan(0.98);
    }

    @Test
    void entitiesTemplated() throws Exception {
        EntityEvaluation.Report r = EntityEvaluation.evaluate(TEMPLATED, TestSentences::split);
        print("templated", r.format());
        assertThat(r.articles()).isGreaterThanOrEqualTo(60);
        assertThat(r.f1()).isGreaterThan(0.98);
    }

    @Test
    void quotesHandwritten() throws Exception {
        QuoteEvaluation.Report r = QuoteEvaluation.evaluate(HANDWRITTEN, TestSentences::split);
        print("handwritten", r.format());
        r.errors().stream().limit(15).forEach(System.out::println);
        // measured found 1.000, precision 1.000, speaker accuracy 1.000 (48 articles, 165 quotes); 58 articles, 205
        // quotes: 1.000 / 0.986 / 1.000 (h11's and h21's gold lack a statement and an advice, h15's a testimony); 72
        // articles, 249 quotes, h15 and h21 following the newer conventions: 1.000 / 0.996 / 1.000 (h11 remains)
        assertThat(r.recall()).isGreaterThan(0.98);
        assertThat(r.precision()).isGreaterThan(0.98);
        assertThat(r.speakerAccuracy()).isGreaterThan(0.98);
    }

    @Test
    void quotesTemplated() throws Exception {
        QuoteEvaluation.Report r = QuoteEvaluation.evaluate(TEMPLATED, TestSentences::split);
        print("templated", r.format());
        assertThat(r.precision()).isGreaterThan(0.98);
        assertThat(r.speakerAccuracy()).isGreaterThan(0.98);
    }

    /** Claims with the real upstream stages (the standard pipeline's sentences, times and quantities). */
    @Test
    void claimsHandwritten() throws Exception {
        ClaimEvaluation.Report r = ClaimEvaluation.evaluate(HANDWRITTEN, Pipeline.standard().analyzer()::analyse);
        print("handwritten", r.format());
        r.errors().forEach(System.out::println);
        // measured 0.991 on 72 articles (2026-11-23 21:00, h03's "vượt" and h15's testimony moved to the conventions of
        // heldout4/README.md and heldout3/README.md); 0.980 on 58 articles;
        // 0.980 (0.970 on 34 articles): a compound duration ("2 giờ 14 phút"), a fraction ("hai phần ba"), an unread period
        // ("giai đoạn 2025 - 2027") and "hai, ba trẻ" (two or three) read as 3 remain
        assertThat(r.f1()).isGreaterThan(0.97);
    }

    @Test
    void claimsTemplated() throws Exception {
        ClaimEvaluation.Report r = ClaimEvaluation.evaluate(TEMPLATED, Pipeline.standard().analyzer()::analyse);
        print("templated", r.format());
        assertThat(r.f1()).isGreaterThan(0.98);
    }

    /**
     * The set written blind (30 articles), a dev set since rules were tuned on its errors (2026-11-23 14:00):
     * entities 0.838 → 0.959 → 0.993, speaker accuracy 0.873 → 0.971 → 1.000, claims 0.884 → 0.927 → 0.936 (the
     * second arrows: the fixes of the afternoon, made on held-out 2's errors). Its figures are no longer an
     * estimate for unseen text: that is the lead's measure on the newer blind set (heldout2).
     */
    @Test
    void devSetWithTheRealPipeline() throws Exception {
        SentenceSplitter splitter = new SentenceSplitter();
        EntityEvaluation.Report entities = EntityEvaluation.evaluate(HELD_OUT, splitter::split);
        QuoteEvaluation.Report quotes = QuoteEvaluation.evaluate(HELD_OUT, splitter::split);
        ClaimEvaluation.Report claims = ClaimEvaluation.evaluate(HELD_OUT, Pipeline.standard().analyzer()::analyse);
        print("dev, formerly held-out", entities.format());
        print("dev, formerly held-out", quotes.format());
        print("dev, formerly held-out", claims.format());
        assertThat(entities.articles()).isGreaterThanOrEqualTo(30);
        assertThat(entities.f1()).isGreaterThan(0.985);
        assertThat(quotes.recall()).isGreaterThan(0.98);
        assertThat(quotes.speakerAccuracy()).isGreaterThan(0.98);
        assertThat(claims.f1()).isGreaterThan(0.93);
    }

    private static void print(String set, java.util.List<String> lines) {
        lines.forEach(l -> System.out.println("[" + set + "] " + l));
    }
}
