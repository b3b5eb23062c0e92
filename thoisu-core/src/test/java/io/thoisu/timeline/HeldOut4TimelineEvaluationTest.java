package io.thoisu.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Conflicts and timelines on the fourth held-out set (blind until its first run, a development set since) {@code heldout4/}: 8 fictional stories (34 pages, 24 gold
 * conflict pairs, 32 gold days) in domains none of the earlier sets has (a mine collapse, ransomware on a hospital, a
 * bridge span felled by a barge, a pesticide spill, missing hikers, an emergency landing, a stuck cable car, an owner
 * fleeing unpaid wages), written by someone who had read only the evaluation, the model records, the three earlier
 * sets' READMEs, the third set's gold headers and two of its pages, its test — never the conflict finder, the
 * timeline builder or their readers. See {@code heldout4/README.md} for the stories and the judgement calls.
 *
 * <p>Each story folder is scored on its own by {@link TimelineEvaluation#evaluate}; the gold, predicted and correct
 * counts are summed over the stories into micro precision, recall and F1.
 *
 * <p>First and only blind run, on the gold of commit c7316d8e142e827b58e30e44ebaa1c1e22fff204 (committed before any
 * run; misses not printed, not read), with
 * {@code mvn -o -q -pl thoisu-core -am verify -Dtest='HeldOut4TimelineEvaluationTest' -Dsurefire.failIfNoSpecifiedTests=false}:
 * <pre>
 * story                              conflict pairs gold/pred/correct   days gold/pred/correct
 * cap-treo-doi-may-van-trinh         3 / 2 / 1   (P 0.500 R 0.333)    3 / 2 / 2
 * chu-bo-tron-may-phuc-thanh         3 / 1 / 1   (P 1.000 R 0.333)    5 / 5 / 5
 * ha-canh-khan-cap-sv317             3 / 2 / 2   (P 1.000 R 0.667)    3 / 3 / 3
 * ma-doc-benh-vien-lam-giang         3 / 0 / 0   (P 0.000 R 0.000)    4 / 5 / 2
 * nhom-leo-nui-pu-hao-sang           3 / 0 / 0   (P 0.000 R 0.000)    5 / 6 / 5
 * sap-cau-cai-son-ha                 3 / 3 / 3   (P 1.000 R 1.000)    4 / 4 / 4
 * sap-lo-than-dong-mo-ha             3 / 4 / 2   (P 0.500 R 0.667)    4 / 4 / 4
 * tran-thuoc-tru-sau-song-ba-loi     3 / 1 / 1   (P 1.000 R 0.333)    4 / 4 / 4
 * micro conflict pairs: precision 0.769 recall 0.417 F1 0.541 (gold 24, predicted 13, correct 10)
 * micro timeline days : precision 0.879 recall 0.906 F1 0.892 (gold 32, predicted 33, correct 29)
 * </pre>
 * Throughput of the whole pipeline on the run: 3.4 articles/s. The floors are about 0.1 under these figures.
 *
 * <p>The per-story misses are printed only with {@code -Dthoisu.heldout.errors=true}: reading them is reading the
 * gold, so whoever tunes the stages on them turns this set into a development set.
 *
 * <p><b>2026-11-23: a development set ("dev 4") from now on.</b> Its misses were read and fixed by class (measure
 * dimensions, verbs of trapped, owed and fallen things, "số X là N", demands as fixed facts, a group's "có", the
 * writer's own voice in one article, updates against undated figures, background years; in the time recognizer,
 * the years of sentences telling an earlier event). Tuned figures, same command:
 * <pre>
 * micro conflict pairs: precision 1.000 recall 0.833 F1 0.909 (gold 24, predicted 20, correct 20)
 * micro timeline days : precision 1.000 recall 0.906 F1 0.951 (gold 32, predicted 29, correct 29)
 * </pre>
 * The floors are just under these. Four articles here lose their publication day in the page cleaner (the layout
 * "Outlet | 09/04/2025 19:10 | Đăng nhập"), which costs the three days still missed.
 */
class HeldOut4TimelineEvaluationTest {
    private static final double CONFLICT_PRECISION_FLOOR = 0.95;
    private static final double CONFLICT_RECALL_FLOOR = 0.79;
    private static final double DAY_PRECISION_FLOOR = 0.95;
    // days 0.951 → 1.000 once top bars gave their pages' time (2026-11-24); one pair fewer (19 of 24) since, a
    // running count the wrong day had put beside its rival
    private static final double DAY_RECALL_FLOOR = 0.97;

    @Test
    void theFourthHeldOutStoriesKeepTheirFloors() throws Exception {
        TimelineEvaluation.Report report = HeldOutStories.measure("heldout4", 8);
        assertThat(report.conflicts().precision()).isGreaterThanOrEqualTo(CONFLICT_PRECISION_FLOOR);
        assertThat(report.conflicts().recall()).isGreaterThanOrEqualTo(CONFLICT_RECALL_FLOOR);
        assertThat(report.dates().precision()).isGreaterThanOrEqualTo(DAY_PRECISION_FLOOR);
        assertThat(report.dates().recall()).isGreaterThanOrEqualTo(DAY_RECALL_FLOOR);
    }
}
