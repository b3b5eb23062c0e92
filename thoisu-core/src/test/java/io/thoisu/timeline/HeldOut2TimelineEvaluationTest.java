package io.thoisu.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Conflicts and timelines on the second blind held-out set {@code heldout2/}: 8 fictional stories (32 pages, 27
 * gold conflict pairs, 35 gold days) written, after the first set {@code heldout/} had become a tuning set, by
 * someone who had read only the evaluation, the model records, the first set's README and gold headers, three of its
 * pages, its test and the contract — never the conflict finder, the timeline builder or their readers. See
 * {@code heldout2/README.md} for the stories and the judgement calls.
 *
 * <p><b>2026-11-23 18:25 UTC: from now on this set is tuned on</b> (its misses are read and the conflict finder is
 * fixed on them): it is a development set, no longer blind; the blind set that replaces it is {@code heldout3/}.
 *
 * <p>Each story folder is scored on its own by {@link TimelineEvaluation#evaluate}; the gold, predicted and
 * correct counts are summed over the stories into micro precision, recall and F1.
 *
 * <p>First and only blind run, on the gold of commit 4d3ac8f2123d3365c1e468672aa405efc06e736b (committed before any
 * run; misses not printed, not read), with
 * {@code mvn -o -q -pl thoisu-core -am verify -Dtest='HeldOut2TimelineEvaluationTest' -Dsurefire.failIfNoSpecifiedTests=false}:
 * <pre>
 * story                          conflict pairs gold/pred/correct   days gold/pred/correct
 * bang-cuop-cay-xang-dong-nai    4 / 0 / 0   (P 0.000 R 0.000)    5 / 5 / 5
 * chay-rung-nui-dong-vong        3 / 0 / 0   (P 0.000 R 0.000)    4 / 4 / 4
 * giam-dap-hoa-nhac-quezon       3 / 12 / 3  (P 0.250 R 1.000)    4 / 4 / 4
 * lua-dao-ung-dung-pxt-invest    4 / 0 / 0   (P 0.000 R 0.000)    4 / 4 / 4
 * mua-da-huyen-ta-phin           3 / 1 / 1   (P 1.000 R 0.333)    4 / 4 / 4
 * ro-ri-clo-kcn-hong-son         3 / 0 / 0   (P 0.000 R 0.000)    4 / 4 / 4
 * sap-nha-ngo-74-tuong-mai-moi   4 / 0 / 0   (P 0.000 R 0.000)    4 / 4 / 4
 * tau-ca-bd-96127-troi-dat       3 / 3 / 1   (P 0.333 R 0.333)    6 / 6 / 6
 * micro conflict pairs: precision 0.313 recall 0.185 F1 0.233 (gold 27, predicted 16, correct 5)
 * micro timeline days : precision 1.000 recall 1.000 F1 1.000 (gold 35, predicted 35, correct 35)
 * </pre>
 *
 * <p>After the conflict finder was rewritten on the first set (merged 2026-11-23 18:10; this set still never
 * tuned on, its misses never printed): conflict pairs P 0.636 R 0.519 F1 0.571 (gold 27, predicted 22, correct 14);
 * days unchanged. The floors are about 0.1 under these figures.
 *
 * <p>Tuned on from 2026-11-23 18:25 UTC (a development set): with the rules for presence ("có 11 công nhân", a
 * vehicle "cùng 12 ngư dân"), unknown verbs, denials, items of prices, areas and distances, one named person's age,
 * owners' shares and one hospital's patients as parts, released volumes, "khoảng" of a small whole count, and the
 * day a running count is reported on: conflict pairs P 1.000 R 0.778 F1 0.875 (gold 27, predicted 21, correct 21);
 * days unchanged. The floors are about 0.1 under these figures.
 *
 * <p>The per-story misses are printed only with {@code -Dthoisu.heldout.errors=true}: reading them is reading the
 * gold, so whoever tunes the stages on them turns this set into a development set.
 */
class HeldOut2TimelineEvaluationTest {
    private static final double CONFLICT_PRECISION_FLOOR = 0.90;
    private static final double CONFLICT_RECALL_FLOOR = 0.68;
    private static final double DAY_PRECISION_FLOOR = 0.90;
    private static final double DAY_RECALL_FLOOR = 0.90;

    @Test
    void theSecondHeldOutStoriesKeepTheirFloors() throws Exception {
        TimelineEvaluation.Report report = HeldOutStories.measure("heldout2", 8);
        assertThat(report.conflicts().precision()).isGreaterThanOrEqualTo(CONFLICT_PRECISION_FLOOR);
        assertThat(report.conflicts().recall()).isGreaterThanOrEqualTo(CONFLICT_RECALL_FLOOR);
        assertThat(report.dates().precision()).isGreaterThanOrEqualTo(DAY_PRECISION_FLOOR);
        assertThat(report.dates().recall()).isGreaterThanOrEqualTo(DAY_RECALL_FLOOR);
    }
}
