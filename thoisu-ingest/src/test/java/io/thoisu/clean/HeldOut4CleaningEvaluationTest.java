package io.thoisu.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The fourth set of cleaning pages ({@code fixtures/clean/heldout4}, see its README): ten layouts written blind and
 * committed before any run. First blind run, 2026-11-23 17:36 UTC on branch commit a548ca3 (the gold, committed
 * before it): 10 pages, 12 articles expected, 15 predicted; body F1 0.7314 (P 0.5926, R 0.9552), kind accuracy
 * 0.7174, split 0.5000, title 0.6667, published 0.7500, outlet 1.0000, authors 0.7500; re-measured unread after the
 * evening's rules: body F1 0.7975 (P 0.6771, R 0.9701), kind 0.6923, split 0.5000, title 0.6667, published 0.7500,
 * authors 0.7500.
 *
 * <p>Since 2026-11-23 19:35 UTC a development set ("dev 4", branch {@code clean5}): its errors were read and the
 * rules tuned on their classes (reader notices, dated headline lists, video blocks, reference and contents lists,
 * tail buttons and headline lists, foreign summaries, digests, the page's top, embedded posts, wire datelines). After:
 * 10 pages, 12 articles predicted; body F1 1.0000 (P 1.0000, R 1.0000), kind 0.9237, split 1.0000, title, published,
 * outlet and authors 1.0000. The floors sit just under these: a drop is a regression of the rules. Its figures no
 * longer measure unseen layouts (the fifth set does). The error listing prints with
 * {@code -Dthoisu.heldout.errors=true}.
 */
class HeldOut4CleaningEvaluationTest {
    @Test
    void fourthSetStaysAtItsTunedFigures() {
        CleaningEvaluation.CleaningReport r = CleaningEvaluation.evaluate(
                Path.of("src/test/resources/fixtures/clean/heldout4"));
        // format() appends the first errors indented; the figures alone print by default
        r.format().stream().filter(line -> !line.startsWith("  "))
                .forEach(line -> System.out.println("[held-out-4] " + line));
        if (Boolean.getBoolean("thoisu.heldout.errors")) {
            r.errors().forEach(e -> System.out.println("[held-out-4]   " + e));
        }
        assertThat(r.pages()).isEqualTo(10);
        assertThat(r.expectedArticles()).isEqualTo(12);
        assertThat(r.bodyF1()).isGreaterThan(0.99);
        assertThat(r.removalKindAccuracy()).isGreaterThan(0.91);
        assertThat(r.splitAccuracy()).isGreaterThan(0.95);
        assertThat(r.titleAccuracy()).isGreaterThan(0.95);
        assertThat(r.dateAccuracy()).isGreaterThan(0.95);
        assertThat(r.outletAccuracy()).isGreaterThan(0.95);
        assertThat(r.authorsAccuracy()).isGreaterThan(0.95);
    }
}
