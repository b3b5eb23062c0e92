package io.thoisu.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.model.Article;
import io.thoisu.model.Origin;
import io.thoisu.model.RawDocument;
import io.thoisu.model.Removal;
import io.thoisu.model.RemovalKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An official document reprinted on a page (a class read on dev 6, 2026-11-24; the decision and its people are
 * invented): the state's name and motto, the number, the type, the recipients and the signing lines are its frame,
 * the page stays one article, and only the signer is its author.
 */
class OfficialDocumentsTest {
    private final PageCleaner cleaner = new PageCleaner();

    private List<Article> clean(String... lines) {
        return cleaner.clean(RawDocument.plain(Origin.ofFile("official-test"), String.join("\n\n", lines)));
    }

    private static RemovalKind kindOf(Article a, String line) {
        return a.removed().stream().filter(r -> r.text().equals(line)).map(Removal::kind).findFirst().orElse(null);
    }

    @Test
    void theFrameOfAReprintedDecisionIsFurnitureAndThePageOneArticle() {
        List<Article> out = clean(
                "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐÔNG HẢI",
                "Quyết định về việc hỗ trợ ngư dân bị thiệt hại do bão số 7",
                "Ngày đăng: 02/10/2026 | 14:20",
                "ỦY BAN NHÂN DÂN HUYỆN ĐÔNG HẢI",
                "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập – Tự do – Hạnh phúc",
                "Số: 1205/QĐ-UBND",
                "Đông Hải, ngày 01 tháng 10 năm 2026",
                "QUYẾT ĐỊNH",
                "Điều 1. Hỗ trợ 146 hộ ngư dân có tàu cá bị hư hỏng do bão số 7 với tổng kinh phí 3,2 tỷ đồng từ nguồn dự"
                        + " phòng ngân sách huyện năm 2026.",
                "Điều 2. Phòng Nông nghiệp chủ trì, phối hợp với UBND các xã ven biển rà soát, chi trả cho các hộ trước"
                        + " ngày 15/10/2026, bảo đảm công khai, đúng đối tượng.",
                "Điều 3. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Tài chính - Kế hoạch và các đơn vị liên quan"
                        + " chịu trách nhiệm thi hành quyết định này.",
                "Nơi nhận:",
                "- Như Điều 3;",
                "- Sở Tài chính;",
                "- Lưu: VT.",
                "KT. CHỦ TỊCH",
                "PHÓ CHỦ TỊCH",
                "Trịnh Văn Hào");
        assertThat(out).hasSize(1);
        Article a = out.get(0);
        assertThat(a.authors()).containsExactly("Trịnh Văn Hào");
        for (String frame : List.of("Độc lập – Tự do – Hạnh phúc", "Số: 1205/QĐ-UBND", "QUYẾT ĐỊNH", "Nơi nhận:",
                "- Như Điều 3;", "- Lưu: VT.")) {
            assertThat(kindOf(a, frame)).as(frame).isEqualTo(RemovalKind.BOILERPLATE);
        }
        assertThat(kindOf(a, "KT. CHỦ TỊCH")).isEqualTo(RemovalKind.BYLINE);
        assertThat(kindOf(a, "PHÓ CHỦ TỊCH")).isEqualTo(RemovalKind.BYLINE);
        assertThat(a.text()).contains("Điều 1. Hỗ trợ 146 hộ ngư dân").contains("Điều 3.");
    }

    @Test
    void withoutTheMottoTheSameShapesAreTheStorysOwn() {
        List<Article> out = clean(
                "Ngư dân Đông Hải nhận tiền hỗ trợ sau bão",
                "Sáng 5/10, UBND huyện Đông Hải chi trả tiền hỗ trợ cho 146 hộ ngư dân có tàu cá bị hư hỏng do bão số 7."
                        + " Mỗi hộ nhận từ 10 đến 40 triệu đồng tùy mức thiệt hại.",
                "Nơi nhận:",
                "- Nhà văn hóa xã Đông Hải, từ 7h30 đến 11h;",
                "- Trụ sở UBND xã Hải An, từ 13h30 đến 17h.",
                "Ông Trịnh Văn Hào, Phó chủ tịch UBND huyện, cho biết việc chi trả sẽ hoàn thành trước ngày 15/10 và"
                        + " danh sách các hộ được niêm yết công khai tại từng xã.");
        assertThat(out).hasSize(1);
        assertThat(out.get(0).text()).contains("Nhà văn hóa xã Đông Hải, từ 7h30 đến 11h");
    }
}
