package io.thoisu.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Conflicts and timelines on the fifth blind held-out set {@code heldout5/}: 8 fictional stories (33 pages, 24 gold
 * conflict pairs, 32 gold days) in domains none of the earlier sets has (methanol in wedding alcohol, a ship collision
 * in a port channel, a protection forest felled, a phantom land-project trial, a heatwave, a missing child, a tower
 * crane falling on houses, a counterfeit milk factory), written by someone who had read only the evaluation, the
 * records {@code Approx} and {@code Claim}, the fourth set's README, gold and three of its pages, the money lines of
 * the earlier sets, and the fourth set's test — never the conflict finder, the timeline builder or their readers. See
 * {@code heldout5/README.md} for the stories and the judgement calls.
 *
 * <p>Each story folder is scored on its own by {@link TimelineEvaluation#evaluate}; the gold, predicted and correct
 * counts are summed over the stories into micro precision, recall and F1.
 *
 * <p>The per-story misses are printed only with {@code -Dthoisu.heldout.errors=true}: reading them is reading the
 * gold, so whoever tunes the stages on them turns this set into a development set.
 */
class HeldOut5TimelineEvaluationTest {
    private static final double CONFLICT_PRECISION_FLOOR = 0.0;
    private static final double CONFLICT_RECALL_FLOOR = 0.0;
    private static final double DAY_PRECISION_FLOOR = 0.0;
    private static final double DAY_RECALL_FLOOR = 0.0;

    @Test
    void theFifthHeldOutStoriesKeepTheirFloors() throws Exception {
        TimelineEvaluation.Report report = HeldOutStories.measure("heldout5", 8);
        assertThat(report.conflicts().precision()).isGreaterThanOrEqualTo(CONFLICT_PRECISION_FLOOR);
        assertThat(report.conflicts().recall()).isGreaterThanOrEqualTo(CONFLICT_RECALL_FLOOR);
        assertThat(report.dates().precision()).isGreaterThanOrEqualTo(DAY_PRECISION_FLOOR);
        assertThat(report.dates().recall()).isGreaterThanOrEqualTo(DAY_RECALL_FLOOR);
    }
}
