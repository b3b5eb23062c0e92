package io.thoisu.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.model.Article;
import io.thoisu.model.Origin;
import io.thoisu.model.RawDocument;
import io.thoisu.model.RemovalKind;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FurnitureLearnerTest {
    private static List<String> page(Random rnd, int n) {
        return List.of("Đọc báo in hằng ngày cùng chúng tôi", "Bài số " + n + " có nội dung riêng " + rnd.nextInt(),
                "Một đoạn văn khác của bài " + n + " với số " + rnd.nextLong());
    }

    @Test
    void repeatedLinesBecomeFurniturePerOutletAndSnapshotsRestore() {
        Random rnd = new Random(7);
        FurnitureLearner learner = new FurnitureLearner();
        for (int i = 0; i < 3; i++) {
            learner.accept("Báo A", page(rnd, i));
        }
        assertThat(learner.isFurniture("Báo A", "Đọc báo in hằng ngày cùng chúng tôi")).isFalse(); // too few pages yet
        for (int i = 3; i < 10; i++) {
            learner.accept("Báo A", page(rnd, i));
        }
        assertThat(learner.isFurniture("Báo A", "Đọc báo in hằng ngày cùng chúng tôi")).isTrue();
        assertThat(learner.isFurniture("báo a", "ĐỌC BÁO IN HẰNG NGÀY CÙNG CHÚNG TÔI")).isTrue();
        assertThat(learner.isFurniture("Báo B", "Đọc báo in hằng ngày cùng chúng tôi")).isFalse();
        assertThat(learner.isFurniture("Báo A", "Bài số 4 có nội dung riêng")).isFalse();

        FurnitureLearner.Snapshot snap = learner.snapshot();
        FurnitureLearner restored = FurnitureLearner.restore(snap);
        assertThat(restored.snapshot()).isEqualTo(snap);
        assertThat(snap.isFurniture("Báo A", "Đọc báo in hằng ngày cùng chúng tôi")).isTrue();
    }

    @Test
    void anOutletHasFurnitureOnceOneLinePassesBothThresholds() {
        Random rnd = new Random(3);
        FurnitureLearner learner = new FurnitureLearner();
        for (int i = 0; i < 3; i++) {
            learner.accept("Báo A", page(rnd, i));
        }
        assertThat(learner.snapshot().hasFurniture("Báo A")).isFalse(); // three pages: under minPages
        learner.accept("Báo A", page(rnd, 3));
        assertThat(learner.snapshot().hasFurniture("báo a")).isTrue();
        assertThat(learner.snapshot().hasFurniture("Báo B")).isFalse();
        // the repeated line is on 4 of 10 pages: under half of them, so nothing is furniture any more
        for (int i = 4; i < 10; i++) {
            learner.accept("Báo A", List.of("Bài riêng " + rnd.nextLong()));
        }
        assertThat(learner.snapshot().hasFurniture("Báo A")).isFalse();
    }

    @Test
    void theCleanerDropsLearnedFurniture() {
        FurnitureLearner learner = new FurnitureLearner();
        Random rnd = new Random(11);
        for (int i = 0; i < 6; i++) {
            learner.accept("", page(rnd, i));
        }
        String text = "Đọc báo in hằng ngày cùng chúng tôi\nNgười dân xã Tân Phước đã dọn dẹp xong con đường bị ngập sau trận mưa lớn đêm qua.\n"
                + "Chính quyền địa phương cho biết sẽ tiếp tục theo dõi tình hình mưa lũ trong những ngày tới.";
        RawDocument doc = RawDocument.plain(Origin.ofFile("p.txt"), text);
        Article plain = new PageCleaner().clean(doc).get(0);
        Article learned = new PageCleaner().withFurniture(learner.snapshot()).clean(doc).get(0);
        // Without learning, the line looks like a title; learned, it is furniture and neither title nor body.
        assertThat(plain.removed()).noneSatisfy(r -> assertThat(r.kind()).isEqualTo(RemovalKind.BOILERPLATE));
        assertThat(learned.title()).isEmpty();
        assertThat(learned.text()).doesNotContain("Đọc báo in").startsWith("Người dân xã Tân Phước");
        assertThat(learned.removed()).anySatisfy(r -> assertThat(r.kind()).isEqualTo(RemovalKind.BOILERPLATE));
    }
}
