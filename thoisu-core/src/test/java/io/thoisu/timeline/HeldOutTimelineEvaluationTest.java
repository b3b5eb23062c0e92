package io.thoisu.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * <p><b>2026-11-23 17:50 UTC: this set is tuned on from now (a development set); {@code heldout2} replaces it as the
 * blind set.</b> The figures of the blind run below stay the honest ones for this set.
 *
 * <p>Conflicts and timelines on the (formerly) blind held-out set {@code heldout/}: 8 fictional stories (35 pages,
 * 24 gold conflict pairs, 35 gold days) written by someone who had read only the evaluation, the model records, the
 * dap-khe-may example and the contract — never the conflict finder, the timeline builder or their readers. See
 * {@code heldout/README.md} for the stories and the judgement calls.
 *
 * <p>Each story folder is scored on its own by {@link TimelineEvaluation#evaluate}; the gold, predicted and
 * correct counts are summed over the stories into micro precision, recall and F1.
 *
 * <p>First and only blind run, on the gold of commit a8771f27a7fb9a0cf70987c0ccb1a3ce7688e7a1 (committed before any
 * run; misses not printed, not read), with
 * {@code mvn -o -q -pl thoisu-core -am verify -Dtest='HeldOutTimelineEvaluationTest' -Dsurefire.failIfNoSpecifiedTests=false}:
 * <pre>
 * story                          conflict pairs gold/pred/correct   days gold/pred/correct
 * bat-giam-doc-ban-qlda-kon-tum  3 / 1 / 1   (P 1.000 R 0.333)    4 / 4 / 4
 * chay-xuong-go-suoi-rang        3 / 0 / 0   (P 0.000 R 0.000)    3 / 3 / 3
 * lat-pha-eo-bien-lombok         4 / 11 / 2  (P 0.182 R 0.500)    5 / 5 / 5
 * lu-quet-nam-pi                 3 / 1 / 0   (P 0.000 R 0.000)    5 / 5 / 5
 * ngo-doc-truong-binh-loi        2 / 1 / 0   (P 0.000 R 0.000)    3 / 3 / 3
 * ngung-viec-giay-hung-thinh     3 / 0 / 0   (P 0.000 R 0.000)    4 / 4 / 4
 * sat-lo-thuy-dien-nam-cang      3 / 0 / 0   (P 0.000 R 0.000)    7 / 7 / 7
 * tai-nan-xe-khach-dip-le        3 / 11 / 3  (P 0.273 R 1.000)    4 / 4 / 4
 * micro conflict pairs: precision 0.240 recall 0.250 F1 0.245 (gold 24, predicted 25, correct 6)
 * micro timeline days : precision 1.000 recall 1.000 F1 1.000 (gold 35, predicted 35, correct 35)
 * </pre>
 * The floors were about 0.1 under these figures.
 *
 * <p>Development figures (2026-11-23, after the conflict finder was tuned on this set's misses; no longer blind):
 * <pre>
 * story                          conflict pairs gold/pred/correct
 * bat-giam-doc-ban-qlda-kon-tum  3 / 2 / 2   (the bribe 3,5 vs 5 tỷ: no claim upstream, "hối lộ 5 tỷ" is no quantity)
 * every other story              all pairs found, none extra
 * micro conflict pairs: precision 1.000 recall 0.958 F1 0.979 (gold 24, predicted 23, correct 23)
 * micro timeline days : precision 1.000 recall 1.000 F1 1.000 (gold 35, predicted 35, correct 35)
 * </pre>
 * The floors now sit under these development figures, to catch regressions; only {@code heldout2} measures how
 * the finder does on stories it was not tuned on.
 *
 * <p>The per-story misses are printed only with {@code -Dthoisu.heldout.errors=true}: reading them is reading the
 * gold, so whoever tunes the stages on them turns this set into a development set.
 */
class HeldOutTimelineEvaluationTest {
    private static final double CONFLICT_PRECISION_FLOOR = 0.90;
    private static final double CONFLICT_RECALL_FLOOR = 0.85;
    private static final double DAY_PRECISION_FLOOR = 0.90;
    private static final double DAY_RECALL_FLOOR = 0.90;

    @Test
    void theHeldOutStoriesKeepTheirFloors() throws Exception {
        TimelineEvaluation.Report report = HeldOutStories.measure("heldout", 8);
        assertThat(report.conflicts().precision()).isGreaterThanOrEqualTo(CONFLICT_PRECISION_FLOOR);
        assertThat(report.conflicts().recall()).isGreaterThanOrEqualTo(CONFLICT_RECALL_FLOOR);
        assertThat(report.dates().precision()).isGreaterThanOrEqualTo(DAY_PRECISION_FLOOR);
        assertThat(report.dates().recall()).isGreaterThanOrEqualTo(DAY_RECALL_FLOOR);
    }
}
