package io.thoisu.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.thoisu.clean.CleaningEvaluation.LineMatch;
import io.thoisu.clean.CleaningEvaluation.PageMatch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The furniture learner on its gold ({@code fixtures/clean/furniture}, see its README): three invented outlets, ten
 * pages each, fed in file-name order. First run, 2026-11-23 17:43 UTC (gold committed in e102712 before it, learner
 * and cleaner as on branch {@code furniture} at 1bb7b1f): 30 pages, 2 outlet keys (the two plain-text outlets share
 * the empty key), 148 body and 639 removed gold lines. Body vs removed (lines): rules only P 0.3249 R 0.9595 F1
 * 0.4855; after ingest P 0.6605 R 0.9595 F1 0.7824; incremental P 0.3827 R 0.9595 F1 0.5472. The learner after
 * ingest: P 1.0000 (223 of 223), R 0.7559 (223 of 295 gold-removed lines the rules keep), one rule removal undone;
 * incrementally: P 1.0000 (66 of 66), R 0.2237 (66 of 295). Snapshot alone P 1.0000 R 0.7058. The floors sit about
 * 0.02 under these (0.03 for recall after ingest): the figures are deterministic, so a drop means the learner, the
 * cleaner's use of it or the outlet keys changed. The README of the gold groups the learner's errors. Re-measured
 * after the dev-4 rules (branch {@code clean5}: reader notices and the site's imprint, tail headline lists, menu
 * bars): rules only F1 0.5602 (was 0.4871 before them), after ingest 0.8632 (was 0.7978), incremental 0.6201 (was
 * 0.5493); the learner after ingest P 1.0000; the floors follow.
 */
class FurnitureEvaluationTest {
    @Test
    void goldFiguresStayAboveFloors() {
        FurnitureEvaluation.Report r = FurnitureEvaluation.evaluate(Path.of("src/test/resources/fixtures/clean/furniture"));
        r.format().forEach(line -> System.out.println("[furniture] " + line));
        assertThat(r.pages()).isEqualTo(30);
        assertThat(r.goldBody() + r.goldRemoved()).isEqualTo(787);
        assertThat(r.rulesOnly().f1()).isGreaterThan(0.54);
        assertThat(r.afterIngest().f1()).isGreaterThan(0.84);
        assertThat(r.incremental().f1()).isGreaterThan(0.60);
        // the learner must add to the rules, in both ways
        assertThat(r.afterIngest().f1()).isGreaterThan(r.rulesOnly().f1() + 0.2);
        assertThat(r.incremental().f1()).isGreaterThan(r.rulesOnly().f1());
        assertThat(r.learnerAfterIngest().precision()).isGreaterThan(0.98);
        assertThat(r.learnerAfterIngest().recall()).isGreaterThan(0.73);
        assertThat(r.learnerIncremental().precision()).isGreaterThan(0.98);
        assertThat(r.learnerIncremental().recall()).isGreaterThan(0.20);
        assertThat(r.snapshotPrecision()).isGreaterThan(0.98);
        assertThat(r.snapshotRecall()).isGreaterThan(0.68);
    }

    private static final String FURNITURE = "Thị trấn Bình Yên đón hơn hai nghìn lượt khách mỗi dịp cuối tuần nhờ "
            + "những con đường hoa ven sông.";
    private static final String CLOSING = "Bản tin sẽ tiếp tục cập nhật các công trình dân sinh của thị trấn trong "
            + "những số tiếp theo.";

    private static void toyPage(Path dir, String name, String title, String first, String second) throws IOException {
        Files.writeString(dir.resolve(name + ".txt"), String.join("\n", title, first, second, FURNITURE, CLOSING) + "\n");
        Files.writeString(dir.resolve(name + ".expected"), String.join("\n",
                "article\t1\ttitle\t" + title,
                "title\t1\t" + title,
                "body\t1\t" + first,
                "body\t1\t" + second,
                "removed\tboilerplate\t" + FURNITURE,
                "body\t1\t" + CLOSING) + "\n");
    }

    /**
     * Two pages of one outlet share a promotional sentence (gold: removed) and a closing sentence (gold: body), both
     * shaped like body text so the rules keep them. A learner that needs two pages learns both after ingest: it
     * removes four lines, two rightly, and catches both gold-removed lines; incrementally the second page has only
     * one page before it, so nothing is learned and both misses are "too few pages".
     */
    @Test
    void twoPageToySetIsScoredLineByLine(@TempDir Path dir) throws IOException {
        toyPage(dir, "p1_nuoc", "Nhà máy nước Bình Yên hoàn thành nâng cấp đường ống",
                "Sáng 3/11, nhà máy nước Bình Yên đã hoàn thành việc thay mới 12 km đường ống cũ, bảo đảm nước sạch "
                        + "cho hơn 8.000 hộ dân trong thị trấn.",
                "Theo ông Lương Văn Khôi, giám đốc nhà máy, công trình được thi công trong ba tháng với tổng kinh phí "
                        + "khoảng 18 tỷ đồng.");
        toyPage(dir, "p2_cho", "Chợ Bình Yên mở thêm khu bán nông sản sạch",
                "Từ ngày 10/11, chợ trung tâm thị trấn Bình Yên dành 40 sạp cho nông dân các xã lân cận bán rau, củ, "
                        + "quả có chứng nhận an toàn.",
                "Bà Đỗ Thị Hoa, trưởng ban quản lý chợ, cho biết các sạp được miễn phí thuê trong sáu tháng đầu để "
                        + "khuyến khích bà con tham gia.");
        FurnitureEvaluation.Report r = FurnitureEvaluation.evaluate(dir,
                new FurnitureLearner.Settings(2, 0.5, 300, 50_000));
        r.format().forEach(line -> System.out.println("[furniture toy] " + line));

        assertThat(r.pages()).isEqualTo(2);
        assertThat(r.outlets()).hasSize(1);
        assertThat(r.goldBody()).isEqualTo(6);
        assertThat(r.goldRemoved()).isEqualTo(2);
        // rules only: every line kept, so the two promotional lines are the false positives
        assertThat(r.rulesOnly().truePositives()).isEqualTo(6);
        assertThat(r.rulesOnly().falsePositives()).isEqualTo(2);
        assertThat(r.rulesOnly().falseNegatives()).isZero();
        // after ingest: both repeated lines gone from both pages
        assertThat(r.afterIngest().truePositives()).isEqualTo(4);
        assertThat(r.afterIngest().falsePositives()).isZero();
        assertThat(r.afterIngest().falseNegatives()).isEqualTo(2);
        assertThat(r.afterIngest().f1()).isCloseTo(0.8, within(1e-9));
        assertThat(r.learnerAfterIngest().removed()).isEqualTo(4);
        assertThat(r.learnerAfterIngest().removedRightly()).isEqualTo(2);
        assertThat(r.learnerAfterIngest().precision()).isCloseTo(0.5, within(1e-9));
        assertThat(r.learnerAfterIngest().keptByRules()).isEqualTo(2);
        assertThat(r.learnerAfterIngest().recall()).isCloseTo(1.0, within(1e-9));
        // incremental: nothing learned in time
        assertThat(r.incremental()).usingRecursiveComparison().ignoringFields("way", "pagesPerSecond")
                .isEqualTo(r.rulesOnly());
        assertThat(r.learnerIncremental().removed()).isZero();
        assertThat(r.learnerIncremental().precision()).isEqualTo(1.0);
        assertThat(r.learnerIncremental().recall()).isZero();
        assertThat(r.misses().get(FurnitureEvaluation.INCREMENTAL)).containsExactly(
                Map.entry(FurnitureEvaluation.TOO_FEW_PAGES, 2));
        assertThat(r.snapshotPrecision()).isCloseTo(0.5, within(1e-9));
        assertThat(r.snapshotRecall()).isCloseTo(1.0, within(1e-9));
    }

    private static LineMatch line(String label, String found) {
        return new LineMatch(label, label.equals("body") ? "1" : "boilerplate", label + " " + found, found);
    }

    /** The learner's arithmetic on hand-made matches, with one line of each case. */
    @Test
    void learnerJudgementCountsEachCase() {
        PageMatch rules = new PageMatch(List.of(
                line("body", "body\t1"),            // kept by both: no change
                line("removed", "body\t1"),         // rules keep a gold-removed line, the learner removes it: caught
                line("removed", "removed\twidget"), // rules remove it, the learner's cleaning keeps it: undone
                line("body", "body\t1"),            // the learner removes a body line: wrong
                line("removed", "body\t1")),        // rules keep it and so does the learner: missed
                List.of("left over"));
        PageMatch learnt = new PageMatch(List.of(
                line("body", "body\t1"),
                line("removed", "removed\tboilerplate"),
                line("removed", "body\t1"),
                line("body", "removed\tboilerplate"),
                line("removed", "body\t1")),
                List.of());
        Map<String, Map<String, Integer>> misses = new TreeMap<>();
        Map<String, Integer> groups = new HashMap<>();
        List<String> errors = new ArrayList<>();
        FurnitureEvaluation.LearnerScore s = FurnitureEvaluation.judge("w", List.of("page"), List.of(rules),
                List.of(learnt), List.of(l -> "share too low: on 4 of 9 pages"), misses, groups, errors);
        assertThat(s.removed()).isEqualTo(2);
        assertThat(s.removedRightly()).isEqualTo(1);
        assertThat(s.keptByRules()).isEqualTo(2);
        assertThat(s.caught()).isEqualTo(1);
        assertThat(s.undone()).isEqualTo(1);
        assertThat(s.precision()).isCloseTo(0.5, within(1e-9));
        assertThat(s.recall()).isCloseTo(0.5, within(1e-9));
        assertThat(misses.get("w")).containsExactly(Map.entry("share too low", 1));
        assertThat(errors).hasSize(3);
        assertThat(groups).hasSize(3);

        FurnitureEvaluation.WayScore rulesScore = FurnitureEvaluation.WayScore.of("r", List.of(rules), 1.0);
        // tp: lines 1 and 4; fp: lines 2 and 5 and the left-over body line; fn: none
        assertThat(rulesScore.truePositives()).isEqualTo(2);
        assertThat(rulesScore.falsePositives()).isEqualTo(3);
        assertThat(rulesScore.falseNegatives()).isZero();
        assertThat(rulesScore.precision()).isCloseTo(0.4, within(1e-9));
        FurnitureEvaluation.WayScore learntScore = FurnitureEvaluation.WayScore.of("l", List.of(learnt), 1.0);
        // tp: line 1; fp: lines 3 and 5; fn: line 4
        assertThat(learntScore.truePositives()).isEqualTo(1);
        assertThat(learntScore.falsePositives()).isEqualTo(2);
        assertThat(learntScore.falseNegatives()).isEqualTo(1);
        assertThat(learntScore.recall()).isCloseTo(0.5, within(1e-9));
    }
}
