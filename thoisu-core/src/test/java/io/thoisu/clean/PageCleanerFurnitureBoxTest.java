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
 * The rules for furniture-heavy layouts (data boxes, tickers, list headings, see-all links, signatures, disclaimers,
 * split captions, series parts) and their limits: what looks like the furniture but is the article's own stays.
 * Fictional pages.
 */
class PageCleanerFurnitureBoxTest {
    private final PageCleaner cleaner = new PageCleaner();
    private final LineShapes shapes = new LineShapes();

    private List<Article> clean(String... lines) {
        return cleaner.clean(RawDocument.plain(Origin.ofFile("furniture-test"), String.join("\n", lines)));
    }

    private static RemovalKind kindOf(Article a, String line) {
        return a.removed().stream().filter(r -> r.text().equals(line)).map(Removal::kind).findFirst().orElse(null);
    }

    private static final String LEAD = "Chiều 12/11, đội Hòa Khê đánh bại đội khách Sơn Trà với tỷ số 3-1 trên sân vận động tỉnh, "
            + "qua đó vươn lên vị trí thứ ba của bảng xếp hạng.";
    private static final String BODY = "Huấn luyện viên Lý Minh Tâm cho biết các cầu thủ đã thi đấu đúng chiến thuật và "
            + "tận dụng tốt những cơ hội hiếm hoi trong hiệp hai.";

    @Test
    void aRunOfMatchDataUnderItsLabelIsAWidgetButOneMinuteInProseIsNot() {
        List<Article> out = clean("Hòa Khê ngược dòng thắng Sơn Trà trên sân nhà", LEAD, BODY,
                "Phút 67' là thời điểm Hòa Khê vượt lên nhờ cú sút xa của tiền vệ Đỗ Văn Lâm.", "Lê Hoài",
                "Diễn biến", "15' Bàn thắng: Mai Quốc Khải (Sơn Trà)", "67' Bàn thắng: Đỗ Văn Lâm (Hòa Khê)",
                "Phạt góc: 7 - 4");
        assertThat(out).hasSize(1);
        Article a = out.get(0);
        assertThat(kindOf(a, "Diễn biến")).isEqualTo(RemovalKind.WIDGET);
        assertThat(kindOf(a, "15' Bàn thắng: Mai Quốc Khải (Sơn Trà)")).isEqualTo(RemovalKind.WIDGET);
        assertThat(kindOf(a, "Phạt góc: 7 - 4")).isEqualTo(RemovalKind.WIDGET);
        assertThat(a.text()).contains("Phút 67' là thời điểm");
    }

    @Test
    void tickersAreLinesOfPricesNotProseWithFigures() {
        assertThat(DataRuns.isTicker("VN-Index 1.201,3 ▲ 4,2 | HNX 230,1 ▼ 0,5")).isTrue();
        assertThat(DataRuns.isTicker("Vàng SJC 151,2 | Vàng nhẫn 149,8 | USD 25.410 | EUR 27.020")).isTrue();
        assertThat(DataRuns.isTicker("Giá vàng tăng 1,2 triệu đồng lên 151,2 triệu đồng mỗi lượng trong phiên sáng nay"))
                .isFalse();
        assertThat(DataRuns.isTicker("Năm 2025, tỉnh có 12 dự án ▲ so với 9 dự án của năm trước, theo báo cáo.")).isFalse();
    }

    @Test
    void aClockUnderAWidgetIsTheWidgetsElsewhereAStamp() {
        List<Article> out = clean("Vàng SJC 151,2 ▲ 0,4 | Vàng nhẫn 149,8 ▼ 0,2", "Cập nhật lúc 10:05",
                "Giá vàng miếng tăng phiên thứ ba liên tiếp tại Hòa Khê", LEAD, BODY);
        assertThat(kindOf(out.get(0), "Cập nhật lúc 10:05")).isEqualTo(RemovalKind.WIDGET);
        assertThat(DataRuns.isClock("Cập nhật lúc 10:05")).isTrue();
        assertThat(DataRuns.isClock("Cập nhật lúc 10:05 ngày 12/11/2026")).isFalse(); // a dateline
    }

    @Test
    void listHeadingsAreNamedByTheKindOfItemNotByAnyOtherWord() {
        for (String heading : List.of("Cùng chuyên mục", "Văn bản mới", "Các bản tin khác", "Video xem nhiều",
                "Xem lại loạt bài", "Các bài trong loạt")) {
            assertThat(RelatedLinks.isRelatedHeading(heading)).as(heading).isTrue();
        }
        for (String heading : List.of("Các nước khác", "Những điểm mới", "Cùng nhau vượt khó", "Loạt bài về biển đảo đoạt giải")) {
            assertThat(RelatedLinks.isRelatedHeading(heading)).as(heading).isFalse();
        }
        assertThat(RelatedLinks.isSeeAllLink("Xem tất cả văn bản", VietnameseNormalizer.key("Xem tất cả văn bản"))).isTrue();
        String prose = "Xem tất cả các bài thi, ban giám khảo chọn ra năm tác phẩm xuất sắc";
        assertThat(RelatedLinks.isSeeAllLink(prose, VietnameseNormalizer.key(prose))).isFalse();
    }

    @Test
    void aListOfLongDocumentNamesUnderItsHeadingIsTeasers() {
        List<Article> out = clean("Xã Phú Lâm hoàn thành sửa chữa 3 km kênh tưới tiêu trước mùa khô", LEAD, BODY, "Hoài Thương",
                "Thông báo mới",
                "Thông báo số 42/TB-UBND về lịch tiếp công dân của Chủ tịch UBND xã Phú Lâm trong tháng 12 năm 2026 tại trụ sở",
                "Kế hoạch số 17/KH-UBND về tổ chức ngày hội đại đoàn kết toàn dân tộc ở các thôn của xã năm 2026",
                "Xem tất cả thông báo");
        assertThat(out).hasSize(1);
        Article a = out.get(0);
        assertThat(kindOf(a, "Thông báo mới")).isEqualTo(RemovalKind.BOILERPLATE);
        assertThat(a.removed().stream().filter(r -> r.kind() == RemovalKind.TEASER)).hasSize(2);
        assertThat(kindOf(a, "Xem tất cả thông báo")).isEqualTo(RemovalKind.BOILERPLATE);
    }

    @Test
    void signaturesDropTheirDegreesAndThePostUnderThemIsFurnitureButALeadIsNot() {
        assertThat(shapes.byline("PGS.TS.BS Lê Hữu Phước")).contains(List.of("Lê Hữu Phước"));
        assertThat(shapes.byline("BS.CKII Trần Thị Lan")).contains(List.of("Trần Thị Lan"));
        List<Article> out = clean("Người cao tuổi nên tiêm vắc xin cúm trước mùa lạnh", LEAD, BODY,
                "ThS.BS Đinh Văn Hòa", "Trưởng khoa Truyền nhiễm, Bệnh viện Đa khoa Phú Lâm",
                "Thông tin trong bài chỉ mang tính tham khảo, không thay thế cho chẩn đoán của bác sĩ.");
        Article a = out.get(0);
        assertThat(a.authors()).containsExactly("Đinh Văn Hòa");
        assertThat(kindOf(a, "Trưởng khoa Truyền nhiễm, Bệnh viện Đa khoa Phú Lâm")).isEqualTo(RemovalKind.BOILERPLATE);
        assertThat(kindOf(a, "Thông tin trong bài chỉ mang tính tham khảo, không thay thế cho chẩn đoán của bác sĩ."))
                .isEqualTo(RemovalKind.BOILERPLATE);
        // a lead that opens with a post says something and ends with a stop: it stays
        assertThat(AuthorLines.isAuthorRole("Giám đốc Bệnh viện Phú Lâm cho biết bệnh viện đã nhận thêm 2.000 liều vắc xin.",
                VietnameseNormalizer.key("Giám đốc Bệnh viện Phú Lâm cho biết bệnh viện đã nhận thêm 2.000 liều vắc xin.")))
                .isFalse();
    }

    @Test
    void aShortLineAboveABareCreditIsTheCaptionButAParagraphIsNot() {
        List<Article> out = clean("Mùa lúa chín trên cánh đồng Phú Lâm", LEAD,
                "Nông dân xã Phú Lâm gặt lúa chiều 10/11.", "Ảnh: Hoài Thương", BODY,
                "Sau nhiều năm mất mùa vì hạn mặn, vụ lúa năm nay của xã Phú Lâm được đánh giá là vụ bội thu nhất trong "
                        + "hơn một thập kỷ, với năng suất bình quân trên 7 tấn mỗi héc-ta ở hầu hết các cánh đồng ven sông, "
                        + "theo số liệu của phòng nông nghiệp huyện.", "Ảnh minh họa: Văn Tâm");
        Article a = out.get(0);
        assertThat(kindOf(a, "Nông dân xã Phú Lâm gặt lúa chiều 10/11.")).isEqualTo(RemovalKind.CAPTION);
        assertThat(kindOf(a, "Ảnh minh họa: Văn Tâm")).isEqualTo(RemovalKind.CAPTION);
        assertThat(a.text()).contains("vụ bội thu nhất");
    }

    @Test
    void anotherPartOfTheSeriesAboveTheHeadlineIsATeaser() {
        List<Article> out = clean("Ký sự biên giới", "Kỳ 1: Những mùa mưa ở đồn Pa Hạ",
                "Kỳ 2: Con đường vào bản Nậm Khoang", "22/11/2026 06:00", LEAD, BODY);
        Article a = out.get(0);
        assertThat(a.title()).contains("Kỳ 2: Con đường vào bản Nậm Khoang");
        assertThat(kindOf(a, "Kỳ 1: Những mùa mưa ở đồn Pa Hạ")).isEqualTo(RemovalKind.TEASER);
        assertThat(kindOf(a, "Ký sự biên giới")).isEqualTo(RemovalKind.BOILERPLATE);
    }
    @Test
    void aKeywordListIsFurnitureHoweverLongButAListInProseIsNot() {
        // read on dev 6 (2026-11-24): keyword lines grow past the short-line limit of the other labels
        assertThat(shapes.isBoilerplate("Từ khóa: sạt lở đèo Khánh Lê, tuyến tránh, phân luồng giao thông, xe khách"
                + " liên tỉnh, mùa mưa")).isTrue();
        assertThat(shapes.isBoilerplate("Chủ đề: nông sản; xuất khẩu; giá cà phê")).isTrue();
        // a label followed by a sentence is the article's own, and so is an item as long as a clause
        assertThat(shapes.isBoilerplate("Từ khóa: người dân cần chủ động theo dõi thông tin thời tiết trước khi"
                + " lên đường.")).isFalse();
        assertThat(shapes.isBoilerplate("Chủ đề: vì sao giá cà phê tăng mạnh trong suốt ba tháng qua ở Tây"
                + " Nguyên, xuất khẩu")).isFalse();
    }

    @Test
    void whereTheReaderIsTheLinkToThisPageAndItsAttachmentsAreFurniture() {
        assertThat(shapes.isBoilerplate("Bạn đang xem: Trang chủ > Xã hội > Giáo dục")).isTrue();
        assertThat(shapes.isBoilerplate("Địa chỉ bài viết: https://baomoi.example.vn/xa-hoi/tin-123.html")).isTrue();
        assertThat(shapes.isBoilerplate("Tệp đính kèm: ke-hoach-2027.docx")).isTrue();
    }

    @Test
    void aTranslatorSignsATranslatedArticle() {
        List<Article> out = clean("Hòa Khê ngược dòng thắng Sơn Trà trên sân nhà", LEAD, BODY,
                "Người dịch: Đinh Thu Hà");
        assertThat(out).hasSize(1);
        assertThat(out.get(0).authors()).containsExactly("Đinh Thu Hà");
        assertThat(kindOf(out.get(0), "Người dịch: Đinh Thu Hà")).isEqualTo(RemovalKind.BYLINE);
    }
    @Test
    void anAddressWithAWayToReachItAndTheHeadlineNoteAreTheSitesOwn() {
        String footer = "Địa chỉ: 12 đường Lê Lợi, phường An Hòa, tỉnh Hòa Khê - Điện thoại: 0260 3852 114";
        assertThat(ServiceNotices.isContactFooter(footer, VietnameseNormalizer.key(footer))).isTrue();
        // an address alone may be the story's (a shop in a guide, a place to register)
        String shop = "Địa chỉ: 45 phố Hàng Mành, mở cửa từ 7h đến 21h hằng ngày";
        assertThat(ServiceNotices.isContactFooter(shop, VietnameseNormalizer.key(shop))).isFalse();
        String note = "Bài viết được lược dịch từ báo tiếng Pháp; tít do tòa soạn đặt.";
        assertThat(ServiceNotices.isHeadlineNote(note, VietnameseNormalizer.key(note))).isTrue();
        String story = "Ông Hạnh nói tòa soạn đặt mục tiêu tăng gấp đôi số bạn đọc trong năm tới.";
        assertThat(ServiceNotices.isHeadlineNote(story, VietnameseNormalizer.key(story))).isFalse();
    }
}
