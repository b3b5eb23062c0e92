package io.thoisu.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.model.Article;
import io.thoisu.model.Origin;
import io.thoisu.model.RawDocument;
import io.thoisu.model.Removal;
import io.thoisu.model.RemovalKind;
import io.thoisu.text.VietnameseNormalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The limits of the rules added for unseen layouts (tools, app banners, pull quotes, "about" blocks, dialogue turns):
 * each rule must leave alone the text that looks like its furniture but is the article's own. Fictional pages.
 */
class PageCleanerNewLayoutRulesTest {
    private final PageCleaner cleaner = new PageCleaner();
    private final LineShapes shapes = new LineShapes();

    private List<Article> clean(String... lines) {
        return cleaner.clean(RawDocument.plain(Origin.ofFile("rules-test"), String.join("\n", lines)));
    }

    private static boolean tool(String line) {
        return PageToolShapes.isToolWidget(line, VietnameseNormalizer.key(line));
    }

    @Test
    void toolBarsAndBannersAreWidgetsButHeadlinesAboutThemAreNot() {
        assertThat(tool("Cỡ chữ: Nhỏ | Lớn")).isTrue();
        assertThat(tool("Nghe bài viết (4 phút)")).isTrue();
        assertThat(tool("02:10 / 05:00")).isTrue();
        assertThat(tool("Tải ứng dụng Sông Trà Online để đọc tin mọi lúc")).isTrue();
        assertThat(tool("Xem tin nhanh hơn trên ứng dụng Phố Núi 24h. Tải ngay")).isTrue();
        assertThat(tool("Tải ứng dụng giả mạo, nhiều người ở Bình Khê mất tiền")).isFalse();
        assertThat(tool("Giọng đọc truyền cảm của nghệ sĩ Thu Vân")).isFalse();
        assertThat(tool("Nghe tin dữ, cả xóm đổ ra bờ sông")).isFalse();
    }

    @Test
    void releaseFurnitureNeedsItsOwnWords() {
        String sponsor = "Nội dung do Công ty Cổ phần Gạch Đông Phú cung cấp.";
        String contact = "Thông tin liên hệ: Ban Truyền thông, điện thoại 0258 000 111";
        String call = "Quý độc giả có thể gửi thắc mắc về hộp thư bandoc@example.vn";
        String body = "Công ty khẳng định không chịu trách nhiệm về lô hàng giả mạo nhãn hiệu của mình.";
        assertThat(ServiceNotices.isReleaseFurniture(sponsor, VietnameseNormalizer.key(sponsor))).isTrue();
        assertThat(ServiceNotices.isReleaseFurniture(contact, VietnameseNormalizer.key(contact))).isTrue();
        assertThat(ServiceNotices.isReleaseFurniture(call, VietnameseNormalizer.key(call))).isTrue();
        assertThat(ServiceNotices.isReleaseFurniture(body, VietnameseNormalizer.key(body))).isFalse();
    }

    @Test
    void bylinesDropTitlesAndStationCodesAndMakersAreNoAuthors() {
        assertThat(shapes.byline("Luật sư Hồ Văn Tâm")).contains(List.of("Hồ Văn Tâm"));
        assertThat(shapes.byline("Kim Oanh - Đức Toàn/STV")).contains(List.of("Kim Oanh", "Đức Toàn"));
        assertThat(shapes.byline("H'NGUYÊN NIÊ")).contains(List.of("H'Nguyên Niê"));
        assertThat(shapes.isMakerCredit("Đồ họa: Lâm Tùng")).isTrue();
        assertThat(shapes.isMakerCredit("Biên tập: nội dung đang cập nhật")).isFalse();
        assertThat(shapes.source("Nguồn: Báo Đồng Tháp Mới - 5 phút trước")).contains("Báo Đồng Tháp Mới");
        assertThat(shapes.caption("Nguồn: Sở Y tế tỉnh Bình Khê")).isEmpty();
    }

    @Test
    void aPullQuoteRepeatsASentenceAboveButAQuotedIntertitleIsBody() {
        String said = "Bà Năm nói: “Mấy chục năm nay tôi vẫn dậy từ ba giờ sáng để kịp chuyến chợ đầu tiên ở bến Đò Mới”. Rồi bà lại cúi xuống xếp rau.";
        List<Article> articles = clean(
                "Người giữ chợ rau bến Đò Mới",
                "Ngày 20/8/2025",
                said,
                "“Mấy chục năm nay tôi vẫn dậy từ ba giờ sáng để kịp chuyến chợ đầu tiên ở bến Đò Mới”",
                "“Chợ còn là còn làng”",
                "Chợ còn là còn làng, bà Năm nói, nên bà chưa bao giờ nghĩ tới chuyện bỏ nghề dù tuổi đã ngoài bảy mươi.");
        assertThat(articles).hasSize(1);
        Article a = articles.get(0);
        assertThat(a.removed()).extracting(Removal::kind).contains(RemovalKind.DUPLICATE);
        assertThat(a.text()).contains("“Chợ còn là còn làng”").contains(said);
        assertThat(a.text()).doesNotContain("\n\n“Mấy chục năm nay");
    }

    @Test
    void anAboutBlockIsFurnitureOnlyWhenItDescribesTheNamedCompany() {
        List<Article> release = clean(
                "Hãng xe điện Sao Bắc mở nhà máy thứ hai tại Quảng Trị Nam",
                "03/03/2025 10:00",
                "Hãng xe điện Sao Bắc hôm nay khởi công nhà máy lắp ráp thứ hai, công suất 50.000 xe mỗi năm, tổng vốn 4.000 tỷ đồng.",
                "Nhà máy dự kiến tạo việc làm cho khoảng 2.000 lao động địa phương khi đi vào hoạt động năm 2027.",
                "Về Hãng xe điện Sao Bắc",
                "Hãng xe điện Sao Bắc thành lập năm 2019, hiện có mạng lưới 120 đại lý trên cả nước.");
        assertThat(release.get(0).text()).doesNotContain("thành lập năm 2019");
        List<Article> story = clean(
                "Người thợ mộc cuối cùng của làng Kim Bồng Tây",
                "03/03/2025 10:00",
                "Ông Lê Văn Sáu năm nay đã 82 tuổi, là người thợ mộc đóng ghe cuối cùng còn giữ nghề ở làng Kim Bồng Tây.",
                "Những ngày giáp Tết, xưởng của ông vẫn sáng đèn đến khuya vì khách đặt ghe từ khắp nơi.",
                "Về Kim Bồng Tây những ngày này",
                "Khách phương xa vẫn tìm về làng để xem ông Sáu đẽo từng thanh gỗ sao cho ghe đi êm trên sóng.");
        assertThat(story.get(0).text()).contains("Về Kim Bồng Tây những ngày này").contains("Khách phương xa");
    }

    @Test
    void anInterviewersTurnNeverStartsAnArticle() {
        List<Article> articles = clean(
                "Giám đốc Sở Giáo dục Hà Đông Nam: “Không để học sinh nào thiếu sách giáo khoa”",
                "05/08/2025 07:00",
                "Trước năm học mới, phóng viên đã trao đổi với ông Đinh Văn Lợi, Giám đốc Sở Giáo dục và Đào tạo tỉnh Hà Đông Nam, về công tác chuẩn bị.",
                "Hỏi: Sở đã chuẩn bị sách giáo khoa cho học sinh vùng khó khăn như thế nào?",
                "Ông Đinh Văn Lợi: Chúng tôi đã vận động được 40.000 bộ sách cho học sinh ở các xã miền núi, đủ cho mọi em có hoàn cảnh khó khăn.",
                "Các trường cũng lập tủ sách dùng chung để học sinh mượn trong cả năm học.",
                "Hỏi: Ông có lo ngại thiếu giáo viên ở các trường vùng cao trong năm học này không?",
                "Ông Đinh Văn Lợi: Tỉnh vẫn thiếu khoảng 300 giáo viên, chúng tôi đang đề xuất tuyển bổ sung ngay trong tháng 9.",
                "Tỉnh cũng có chính sách hỗ trợ nhà ở cho giáo viên tình nguyện lên vùng cao công tác.",
                "Thu Hà (thực hiện)");
        assertThat(articles).hasSize(1);
        assertThat(articles.get(0).text()).contains("Hỏi: Ông có lo ngại");
        assertThat(articles.get(0).authors()).containsExactly("Thu Hà");
    }
}
