package io.thoisu.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Conflicts and timelines on the third blind held-out set {@code heldout3/}: 8 fictional stories (34 pages, 27 gold
 * conflict pairs, 31 gold days) written, while the first two sets {@code heldout/} and {@code heldout2/} were being
 * tuned on, by someone who had read only the evaluation, the model records, the two sets' READMEs and gold headers,
 * two pages of the second set, its test and the contract — never the conflict finder, the timeline builder or their
 * readers. See {@code heldout3/README.md} for the stories and the judgement calls.
 *
 * <p>Each story folder is scored on its own by {@link TimelineEvaluation#evaluate}; the gold, predicted and
 * correct counts are summed over the stories into micro precision, recall and F1.
 *
 * <p>First and only blind run, on the gold of commit 63b23ca34c29832874ce111fa92594069b03aa78 (committed before any
 * run; misses not printed, not read), with
 * {@code mvn -o -q -pl thoisu-core -am verify -Dtest='HeldOut3TimelineEvaluationTest' -Dsurefire.failIfNoSpecifiedTests=false}:
 * <pre>
 * story                              conflict pairs gold/pred/correct   days gold/pred/correct
 * chay-tau-du-lich-vinh-phang-nga    3 / 4 / 3   (P 0.750 R 1.000)    4 / 4 / 4
 * cum-gia-cam-tan-khanh-dong         3 / 2 / 1   (P 0.500 R 0.333)    5 / 6 / 4
 * han-man-giong-trom-tay             3 / 2 / 2   (P 1.000 R 0.667)    4 / 4 / 4
 * marathon-cao-nguyen-may-da-lat     3 / 1 / 1   (P 1.000 R 0.333)    3 / 2 / 2
 * no-gas-nha-hang-hang-kenh          4 / 1 / 1   (P 1.000 R 0.250)    3 / 3 / 3
 * trat-banh-tau-minh-hoa-nam         3 / 5 / 3   (P 0.600 R 1.000)    4 / 4 / 4
 * xa-lu-thuy-dien-song-linh          4 / 7 / 2   (P 0.286 R 0.500)    4 / 4 / 4
 * xu-tham-o-ngan-hang-ninh-kieu-moi  4 / 5 / 4   (P 0.800 R 1.000)    4 / 4 / 4
 * micro conflict pairs: precision 0.630 recall 0.630 F1 0.630 (gold 27, predicted 27, correct 17)
 * micro timeline days : precision 0.935 recall 0.935 F1 0.935 (gold 31, predicted 31, correct 29)
 * </pre>
 * Throughput of the whole pipeline on the run: 11.6 articles/s. The floors are about 0.1 under these figures.
 *
 * <p>The per-story misses are printed only with {@code -Dthoisu.heldout.errors=true}: reading them is reading the
 * gold, so whoever tunes the stages on them turns this set into a development set.
 *
 * <p>2026-11-23: that happened; this is development set 3 (see the README). Its misses were read and fixed by class
 * (parts listed after "gồm", predicates of a cause clause, people placed inside as present, diners as people),
 * with the conflict pairs at P 0.655 R 0.704 (gold 27, predicted 29, correct 19) before and P 0.724 R 0.778
 * (predicted 29, correct 21) after; days unchanged (P 0.935 R 0.935). The floors sit just under the latter.
 */
class HeldOut3TimelineEvaluationTest {
    private static final double CONFLICT_PRECISION_FLOOR = 0.70;
    private static final double CONFLICT_RECALL_FLOOR = 0.75;
    private static final double DAY_PRECISION_FLOOR = 0.91;
    private static final double DAY_RECALL_FLOOR = 0.91;

    @Test
    void theThirdHeldOutStoriesKeepTheirFloors() throws Exception {
        TimelineEvaluation.Report report = HeldOutStories.measure("heldout3", 8);
        assertThat(report.conflicts().precision()).isGreaterThanOrEqualTo(CONFLICT_PRECISION_FLOOR);
        assertThat(report.conflicts().recall()).isGreaterThanOrEqualTo(CONFLICT_RECALL_FLOOR);
        assertThat(report.dates().precision()).isGreaterThanOrEqualTo(DAY_PRECISION_FLOOR);
        assertThat(report.dates().recall()).isGreaterThanOrEqualTo(DAY_RECALL_FLOOR);
    }
}
