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
 * The rules written for the third set's error classes (page tools, tables and fact boxes, the page under a
 * signature, related headings, correction notices, fact labels before a date), each with the text that looks like
 * its furniture but is the article's own. Fictional lines, none from the fixtures.
 */
class PageCleanerToolsAndDataTest {
    private final PageCleaner cleaner = new PageCleaner();
    private final LineShapes shapes = new LineShapes();

    private List<Article> clean(String... lines) {
        return cleaner.clean(RawDocument.plain(Origin.ofFile("tools-test"), String.join("\n", lines)));
    }

    private static String key(String line) {
        return VietnameseNormalizer.key(line);
    }

    private static boolean tool(String line) {
        return PageToolShapes.isTool(line);
    }

    private static List<String> removedOf(Article a, RemovalKind kind) {
        return a.removed().stream().filter(r -> r.kind() == kind).map(Removal::text).toList();
    }

    @Test
    void pagersFormsButtonsAndBannersAreToolsButSentencesAboutThemAreNot() {
        assertThat(tool("Trang 3/4")).isTrue();
        assertThat(tool("‹ Trang trước 1 2 3 4 Trang sau ›")).isTrue();
        assertThat(tool("Xem tiếp trang 2: Người lái đò cuối cùng")).isTrue();
        assertThat(tool("Tra cứu: Tỉnh thành | Loại xăng | Ngày | Xem giá")).isTrue();
        assertThat(tool("+ Gửi tin rao vặt")).isTrue();
        assertThat(tool("⚠ Bão số 6 giật cấp 12 đang tiến vào bờ")).isTrue();
        assertThat(tool("Động đất 5,1 độ ở Kon Rẫy, nhà cửa rung lắc - Xem chi tiết")).isTrue();
        assertThat(tool("Tổng đài cứu hộ giao thông miền Tây: 1900 9080")).isTrue();
        assertThat(tool("Website sử dụng cookie để ghi nhớ lựa chọn của bạn. Chấp nhận")).isTrue();
        assertThat(tool("Đăng ký nhận bản tin sức khỏe mỗi tuần")).isTrue();

        assertThat(tool("Trang trại của ông Tư có 300 con bò")).isFalse();
        assertThat(tool("Kết quả: Hòa Vang thắng 2-1 | Sơn Lâm hòa 0-0 | Phú Đạt thua 1-3")).isFalse(); // figures
        assertThat(tool("Hotline: 0903 000 111")).isFalse(); // a contact printed in the text, no service named
        assertThat(tool("Người dân có thể gọi đường dây nóng 1800 1090 để được hỗ trợ.")).isFalse();
        assertThat(tool("Ông Tư nói khách đến xem rồi lại đi, không ai mua - xem ra năm nay khó bán.")).isFalse();
        assertThat(tool("Bà Sáu đăng ký nhận trợ cấp cho con từ tháng trước")).isFalse();
        assertThat(tool("+ Hỗ trợ 5 triệu đồng cho hộ nghèo")).isFalse(); // a list's bullet
        assertThat(tool("Giá vàng hôm nay tăng mạnh - cập nhật mới nhất")).isFalse(); // a headline
        assertThat(tool("Trình duyệt Lam Sơn sẽ chặn cookie của bên thứ ba từ năm sau, công ty cho biết")).isFalse();
    }

    @Test
    void relatedHeadingsAndLinksKeepTheirLimits() {
        for (String heading : List.of("Bạn có thể quan tâm", "Xem thêm về vụ cháy chợ Đông", "Phóng sự khác",
                "Các bài khác về bão số 6", "Tin đăng nổi bật")) {
            assertThat(RelatedLinks.isRelatedHeading(heading)).as(heading).isTrue();
        }
        for (String line : List.of("Bạn có thể quan tâm đến sức khỏe của mình mỗi ngày", "Phóng sự về làng gốm Bàu Trúc",
                "Xem thêm về lịch sử làng thì phải hỏi cụ Tám")) {
            assertThat(RelatedLinks.isRelatedHeading(line)).as(line).isFalse();
        }
        String pdf = "Toàn văn quyết định số 12/QĐ-UBND (PDF)";
        assertThat(RelatedLinks.isDocumentLink(pdf, key(pdf))).isTrue();
        String prose = "Hồ sơ gồm đơn xin việc và bản sao bằng cấp (bản gốc mang theo khi phỏng vấn)";
        assertThat(RelatedLinks.isDocumentLink(prose, key(prose))).isFalse();
        String full = "Xem phiên bản đầy đủ";
        assertThat(RelatedLinks.isFullVersionLink(full, key(full))).isTrue();
        String follow = "Theo dõi Báo Sông Trà trên YouTube";
        assertThat(RelatedLinks.isFollowUs(follow, key(follow))).isTrue();
        String watch = "Theo dõi sát đường đi của áp thấp nhiệt đới";
        assertThat(RelatedLinks.isFollowUs(watch, key(watch))).isFalse();
        assertThat(shapes.isBoilerplate(watch)).isFalse();
        assertThat(shapes.source(watch)).isEmpty(); // "Theo dõi …" credits nobody
        assertThat(shapes.source("Theo báo Sông Trà")).contains("báo Sông Trà");
        assertThat(shapes.source("Nguồn cung gạo có đủ cho mùa Tết?")).isEmpty();
        assertThat(shapes.source("Nguồn: tổng hợp")).contains("tổng hợp");
    }

    @Test
    void correctionNoticesNeedTheirLabel() {
        String notice = "Cải chính: Bài viết trước đó ghi sai tên xã là Phú Mỹ. Tòa soạn xin lỗi bạn đọc.";
        assertThat(EditorNotes.isCorrection(notice, key(notice))).isTrue();
        String story = "Đính chính thông tin sai lệch trên mạng, Sở Y tế khẳng định chưa có ca bệnh nào tử vong.";
        assertThat(EditorNotes.isCorrection(story, key(story))).isFalse();
    }

    @Test
    void aDateUnderAFactLabelIsTheStorysNotTheDateline() {
        assertThat(DatelineParser.opensWithFactLabel("Hạn nộp hồ sơ: 30/11/2026")).isTrue();
        assertThat(DatelineParser.opensWithFactLabel("Cập nhật: 30/11/2026 08:15")).isFalse();
        assertThat(DatelineParser.opensWithFactLabel("Ngày đăng: 30/11/2026")).isFalse();
        assertThat(DatelineParser.opensWithFactLabel("Thứ Hai, 30/11/2026 08:15")).isFalse();
    }

    @Test
    void aTablePrintedAsTextStaysBodyAndIsNeverAHeadline() {
        List<Article> articles = clean(
                "Giá lúa tại các tỉnh miền Tây tăng nhẹ trong tuần",
                "Thứ Hai, 16/11/2026 - 08:00",
                "Sau ba tuần đi ngang, giá lúa tươi tại ruộng ở các tỉnh miền Tây tăng 100 đến 200 đồng mỗi kg do thương lái đẩy mạnh thu mua.",
                "Giá lúa tươi tại ruộng (đồng/kg):",
                "Tỉnh | Tuần trước | Tuần này | Cùng kỳ 2025 | Chênh lệch",
                "Cần Thơ | 7.100 | 7.300 | 6.900 | +200",
                "Hậu Giang | 7.000 | 7.200 | 6.800 | +200",
                "Sóc Trăng | 6.900 | 7.000 | 6.700 | +100",
                "Các doanh nghiệp xuất khẩu cho biết đơn hàng từ Philippines và Indonesia tăng mạnh trong tháng cuối năm, nên giá có thể còn tăng.",
                "Nông dân được khuyến cáo không ồ ạt bán ra, cần theo dõi sát giá để chọn thời điểm thích hợp.");
        assertThat(articles).hasSize(1);
        // each row alone reads like a ticker (figures between bars); the header row has a headline's shape
        assertThat(DataRuns.isTicker("Cần Thơ | 7.100 | 7.300 | 6.900 | +200")).isTrue();
        assertThat(articles.get(0).text()).contains("Tỉnh | Tuần trước | Tuần này | Cùng kỳ 2025 | Chênh lệch")
                .contains("Sóc Trăng | 6.900 | 7.000 | 6.700 | +100");
        // one line of figures with price arrows is still a ticker
        assertThat(DataRuns.isTicker("Cà phê 98.000 ▲ 500 | Tiêu 140.000 ▼ 200")).isTrue();
    }

    @Test
    void aFactBoxThatRepeatsTheStoryIsAWidgetButAListOfNewFactsIsBody() {
        List<Article> box = clean(
                "Khởi tố giám đốc doanh nghiệp cát sỏi ở Phú Mỹ",
                "Thứ Ba, 10/11/2026 - 15:00",
                "Công an tỉnh Phú Mỹ vừa khởi tố bà Ngô Thị Lan, Giám đốc Công ty Cát sỏi Sông Hồng Nam, về tội Vi phạm quy định về khai thác tài nguyên.",
                "Hồ sơ vụ việc",
                "Bị can: Ngô Thị Lan",
                "Doanh nghiệp: Công ty Cát sỏi Sông Hồng Nam",
                "Tội danh: Vi phạm quy định về khai thác tài nguyên",
                "Theo cơ quan điều tra, công ty đã khai thác vượt hơn 120.000 m³ cát so với giấy phép trong hai năm, gây sạt lở bờ sông ở hai xã.",
                "Vụ việc đang được mở rộng điều tra.");
        assertThat(box).hasSize(1);
        assertThat(removedOf(box.get(0), RemovalKind.WIDGET)).contains("Hồ sơ vụ việc", "Bị can: Ngô Thị Lan");
        List<Article> lineup = clean(
                "Câu lạc bộ Phú Mỹ thắng ngược trên sân khách",
                "Thứ Bảy, 14/11/2026 - 21:30",
                "Bị dẫn bàn từ phút thứ 10, câu lạc bộ Phú Mỹ vẫn lội ngược dòng thắng 2-1 nhờ hai bàn thắng trong hiệp hai.",
                "Đội hình thi đấu",
                "Phú Mỹ: Văn Lực, Hữu Khang, Quốc Duy, Minh Trí, Thanh Sơn",
                "Sông Lam Nam: Đình Hòa, Bảo Long, Tuấn Kiệt, Anh Quân, Hồng Phúc",
                "Trọng tài: Lê Bá Nghĩa",
                "Huấn luyện viên hai đội đều cho rằng mặt sân xấu sau cơn mưa lớn khiến trận đấu kém hấp dẫn hơn dự kiến.");
        assertThat(lineup).hasSize(1);
        assertThat(lineup.get(0).text()).contains("Phú Mỹ: Văn Lực, Hữu Khang").contains("Trọng tài: Lê Bá Nghĩa");
    }

    @Test
    void shortLinesUnderAClosingSignatureAreWidgetsButAParagraphIsNot() {
        List<Article> articles = clean(
                "Thư viện huyện Sơn Lâm mở cửa đến 21h",
                "Thứ Tư, 18/11/2026 - 07:30",
                "Từ đầu tháng 12, thư viện huyện Sơn Lâm kéo dài giờ mở cửa đến 21h các ngày trong tuần để học sinh có chỗ ôn thi.",
                "Thư viện bố trí thêm 40 chỗ ngồi, wifi miễn phí và một góc đọc riêng cho thiếu nhi.",
                "Giám đốc thư viện cho biết kinh phí vận hành buổi tối do huyện cấp trong năm đầu thí điểm.",
                "Lan Chi",
                "Bạn thấy quy định này thế nào?",
                "Hợp lý",
                "Chưa hợp lý",
                "Xem kết quả bình chọn");
        assertThat(articles).hasSize(1);
        assertThat(removedOf(articles.get(0), RemovalKind.WIDGET))
                .contains("Bạn thấy quy định này thế nào?", "Hợp lý", "Chưa hợp lý");
        List<Article> note = clean(
                "Thư viện huyện Sơn Lâm mở cửa đến 21h",
                "Thứ Tư, 18/11/2026 - 07:30",
                "Từ đầu tháng 12, thư viện huyện Sơn Lâm kéo dài giờ mở cửa đến 21h các ngày trong tuần để học sinh có chỗ ôn thi.",
                "Thư viện bố trí thêm 40 chỗ ngồi, wifi miễn phí và một góc đọc riêng cho thiếu nhi.",
                "Giám đốc thư viện cho biết kinh phí vận hành buổi tối do huyện cấp trong năm đầu thí điểm.",
                "Lan Chi",
                "Phụ huynh có thể đăng ký thẻ cho con tại quầy thủ thư, mang theo ảnh 3x4 và bản sao giấy khai sinh.");
        assertThat(note.get(0).text()).contains("Phụ huynh có thể đăng ký thẻ cho con");
        // an intertitle over a paragraph under the name: the story goes on
        List<Article> goesOn = clean(
                "Thư viện huyện Sơn Lâm mở cửa đến 21h",
                "Thứ Tư, 18/11/2026 - 07:30",
                "Từ đầu tháng 12, thư viện huyện Sơn Lâm kéo dài giờ mở cửa đến 21h các ngày trong tuần để học sinh có chỗ ôn thi.",
                "Thư viện bố trí thêm 40 chỗ ngồi, wifi miễn phí và một góc đọc riêng cho thiếu nhi.",
                "Giám đốc thư viện cho biết kinh phí vận hành buổi tối do huyện cấp trong năm đầu thí điểm.",
                "Lan Chi",
                "Góc đọc cho thiếu nhi",
                "Góc đọc có hơn 2.000 đầu sách tranh, được các nhà hảo tâm trong huyện quyên góp từ đầu năm, mở cửa cả ngày thứ Bảy.");
        assertThat(goesOn.get(0).text()).contains("Góc đọc cho thiếu nhi");
        // a name after a single paragraph is no closing signature: the lines under it are left to the other rules
        List<Article> early = clean(
                "Thư viện huyện Sơn Lâm mở cửa đến 21h",
                "Lan Chi",
                "Từ đầu tháng 12, thư viện huyện Sơn Lâm kéo dài giờ mở cửa đến 21h các ngày trong tuần để học sinh có chỗ ôn thi.",
                "Góc đọc cho thiếu nhi",
                "Thư viện bố trí thêm 40 chỗ ngồi, wifi miễn phí và một góc đọc riêng cho thiếu nhi.");
        assertThat(early.get(0).text()).contains("Góc đọc cho thiếu nhi");
    }

    @Test
    void untitledLinesAboveTheFirstDatedHeadlineAreThePagesTop() {
        List<Article> articles = clean(
                "Trang đang thử nghiệm giao diện mới, mọi góp ý về cách trình bày xin gửi ban biên tập qua mục Liên hệ ở cuối trang.",
                "Giáo dục - Tuyển sinh",
                "Sơn Lâm xây thêm ba trường mầm non ở các xã ven biển",
                "Thứ Hai, 16/11/2026 - 09:00",
                "UBND huyện Sơn Lâm vừa phê duyệt đầu tư ba trường mầm non mới ở các xã ven biển, tổng vốn khoảng 60 tỷ đồng từ ngân sách tỉnh và huyện.",
                "Các trường dự kiến đón khoảng 700 trẻ từ năm học tới, giảm tình trạng một lớp mẫu giáo phải nhận hơn 40 cháu như hiện nay.",
                "Bảo Ngọc");
        assertThat(articles).hasSize(1);
        assertThat(articles.get(0).title()).contains("Sơn Lâm xây thêm ba trường mầm non ở các xã ven biển");
        assertThat(articles.get(0).text()).doesNotContain("giao diện mới").doesNotContain("Giáo dục - Tuyển sinh");
    }

    @Test
    void aRowOfAListOfFactsIsNeverAnotherArticlesTitle() {
        List<Article> articles = clean(
                "Sơn Lâm tổ chức giải bóng đá thiếu niên mùa đông",
                "Thứ Ba, 17/11/2026 - 16:00",
                "Giải bóng đá thiếu niên huyện Sơn Lâm năm nay mở rộng cho cả đội của các xã vùng cao, với hơn 200 cầu thủ từ 11 đến 14 tuổi.",
                "Ban tổ chức công bố thông tin giải:",
                "Thời gian: 7h ngày 2/12",
                "Địa điểm: Nhà thi đấu huyện Sơn Lâm",
                "Số đội bóng tham gia giải năm nay: 16",
                "Mỗi đội được đăng ký 15 cầu thủ, thi đấu theo thể thức vòng tròn tính điểm ở vòng bảng trước khi vào tứ kết.",
                "Đội vô địch được nhận bộ quần áo thi đấu và một suất giao lưu với đội trẻ của câu lạc bộ tỉnh.",
                "Hải Đăng");
        assertThat(articles).hasSize(1);
        assertThat(articles.get(0).text()).contains("Số đội bóng tham gia giải năm nay: 16").contains("Thời gian: 7h ngày 2/12");
    }
}
