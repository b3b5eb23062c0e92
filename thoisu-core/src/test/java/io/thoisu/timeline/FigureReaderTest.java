package io.thoisu.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.model.Approx;
import io.thoisu.model.Claim;
import io.thoisu.quantity.QuantityRecognizer;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the reader takes from a claim's sentence, one mark at a time, on invented sentences. */
class FigureReaderTest {
    private final FigureReader reader = new FigureReader(new FigureLexicon(), new QuantityRecognizer());

    private Figure read(String sentence, double value, Approx approx, String unit, String date) {
        return reader.read(new Claim("a", sentence, value, approx, Optional.ofNullable(unit), unit == null ? "" : unit,
                Optional.empty(), Optional.ofNullable(date), 0, sentence.length()));
    }

    @Test
    void predicatesAfterTheFigureJoinedBeforeTheNextFigureAllCount() {
        Figure f = read("Vụ nổ làm 3 người chết, 5 người khác kịp chạy ra và bị thương nhẹ.", 5, Approx.EXACT,
                "người", "2024-11-02");
        assertThat(f.predicates()).containsExactlyInAnyOrder("injured");
        Figure first = read("Vụ nổ làm 3 người chết và 9 người mất tích.", 3, Approx.EXACT, "người", "2024-11-02");
        assertThat(first.predicates()).containsExactly("dead");
    }

    @Test
    void aPredicateBeforeTheFigureIsLookedForInItsClauseOnly() {
        Figure f = read("Lũ làm 6 công nhân bị thương, đến nay đã tìm thấy 2 thi thể.", 2, Approx.EXACT, "thi thể",
                "2024-10-07");
        assertThat(f.predicate()).isEmpty();
        assertThat(f.noTotal()).isFalse();
        Figure damage = read("Theo huyện, tổng thiệt hại ước tính hơn 150 tỷ đồng.", 1.5e11, Approx.MORE_THAN, "đồng",
                "2023-09-18");
        assertThat(damage.predicate()).contains("damage");
    }

    @Test
    void limitsPlansAndDemandsAreRead() {
        assertThat(read("Phà chỉ được phép chở tối đa 150 hành khách.", 150, Approx.UP_TO, "hành khách",
                "2025-06-02").modality()).isEqualTo("limit");
        assertThat(read("Thi thể 2 nạn nhân dự kiến được đưa về nước.", 2, Approx.EXACT, "nạn nhân",
                "2025-06-03").modality()).isEqualTo("plan");
        assertThat(read("Tỉnh yêu cầu huyện di dời 85 hộ dân trước ngày 30/9.", 85, Approx.EXACT, "hộ dân",
                "2023-09-30").modality()).isEqualTo("demand");
        assertThat(read("Phà chở 186 hành khách.", 186, Approx.EXACT, "hành khách", "2025-05-30").modality())
                .isEmpty();
    }

    @Test
    void updatesIncrementsAndRanksAreRead() {
        assertThat(read("Lực lượng cứu hộ tìm thấy thêm 3 thi thể.", 3, Approx.EXACT, "thi thể", null).noTotal())
                .isTrue();
        assertThat(read("Đội tuyển đứng 117 thế giới.", 117, Approx.EXACT, null, null).noTotal()).isTrue();
        assertThat(read("Số người chết đã tăng lên 9 người.", 9, Approx.EXACT, "người", null).revision()).isTrue();
        assertThat(read("Hiện 25 người vẫn mất tích.", 25, Approx.EXACT, "người", null).revision()).isTrue();
        assertThat(read("Vụ tai nạn làm 2 người chết, còn 5 người bị thương.", 5, Approx.EXACT, "người", null)
                .revision()).isFalse();
    }

    @Test
    void theDayOfAFigureIsNamedPointedAtOrOnlyThePublications() {
        assertThat(read("Đến tối 31/5, 40 người mất tích.", 40, Approx.EXACT, "người", "2025-05-31").daySource())
                .isEqualTo(Figure.DaySource.NAMED);
        assertThat(read("Vụ sạt lở rạng sáng hôm qua làm 9 người mất tích.", 9, Approx.EXACT, "người",
                "2024-10-06").daySource()).isEqualTo(Figure.DaySource.RELATIVE);
        assertThat(read("Lũ quét rạng sáng thứ Bảy làm 3 người chết.", 3, Approx.EXACT, "người", "2023-09-16")
                .daySource()).isEqualTo(Figure.DaySource.RELATIVE);
        assertThat(read("Thi thể thứ hai được tìm thấy, còn 1 người mất tích.", 1, Approx.EXACT, "người",
                "2025-06-02").daySource()).isEqualTo(Figure.DaySource.PUBLICATION);
    }

    @Test
    void subgroupsRatesAndActorsAreRead() {
        assertThat(read("2 du khách Việt Nam đã thiệt mạng.", 2, Approx.EXACT, "du khách", null).subgroup())
                .isEqualTo("vietnamese");
        assertThat(read("Còn 1 người Việt vẫn mất tích.", 1, Approx.EXACT, "người", null).subgroup())
                .isEqualTo("vietnamese");
        assertThat(read("Khoảng 3.000 công nhân Công ty Giày Phú Việt ngừng việc.", 3000, Approx.ABOUT,
                "công nhân", null).subgroup()).isEmpty();
        assertThat(read("Lương bình quân là 7,2 triệu đồng/tháng.", 7.2e6, Approx.EXACT, "đồng", null).per())
                .isEqualTo("tháng");
        assertThat(read("Đoàn công tác của tỉnh Bắc Thạch đã trao 15 tấn gạo.", 15, Approx.EXACT, "tấn", null)
                .actors()).containsExactly("bắc thạch");
    }

    @Test
    void theReachOfAFigure() {
        assertThat(read("Riêng thôn Khe Gió có 12 ngôi nhà bị sập.", 12, Approx.EXACT, "nhà", null).scope())
                .isEqualTo(new Scope(Scope.Reach.PART, "khe gió"));
        assertThat(read("Trong số này, 9 em phải chuyển viện.", 9, Approx.EXACT, "em", null).scope().reach())
                .isEqualTo(Scope.Reach.PART);
        assertThat(read("Tính chung toàn tỉnh, 5 người chết.", 5, Approx.EXACT, "người", null).scope())
                .isEqualTo(new Scope(Scope.Reach.WIDER, "tỉnh"));
        assertThat(read("Cả nước xảy ra 57 vụ tai nạn, làm 43 người chết.", 43, Approx.EXACT, "người", null)
                .scope().reach()).isEqualTo(Scope.Reach.WIDER);
        assertThat(read("Theo UBND huyện Mù Cang, 60 ngôi nhà bị cuốn trôi.", 60, Approx.EXACT, "nhà", null)
                .scope()).isEqualTo(new Scope(Scope.Reach.STORY, ""));
        assertThat(read("Vụ cháy khiến 2 công nhân bị thương, đã được đưa đến Bệnh viện Đa khoa thị xã Tân Hà.", 2,
                Approx.EXACT, "công nhân", null).scope()).isEqualTo(new Scope(Scope.Reach.STORY, ""));
        assertThat(read("Lũ làm 7 người bị thương tại xã Sơn Khê.", 7, Approx.EXACT, "người", null).scope())
                .isEqualTo(new Scope(Scope.Reach.STORY, "sơn khê"));
    }
}
