package io.thoisu.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.model.Article;
import io.thoisu.model.Origin;
import io.thoisu.model.RawDocument;
import io.thoisu.model.Removal;
import io.thoisu.model.RemovalKind;
import io.thoisu.text.VietnameseNormalizer;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The rules written on the error classes of the fifth development set: the shapes of bylines (a writer's notes "Ghi
 * chép của X", a text credit "Nội dung: X", a maker's credit with its craft qualified, a reader's signature with an
 * address, a desk that names no person, box labels in capitals), a headline recognised by the date under it, a
 * print edition's page markers, jumps and index, an advertisement under its label, a media player's bar, a comment
 * counter with sort tabs, a labelled list of long headlines after the story, numbered day heads, a date line with
 * labelled facts after a bar, file downloads. Each on what it must catch and on the story text that must stay.
 * Fictional pages.
 */
class PageCleanerBylineAndPrintRulesTest {
    private final PageCleaner cleaner = new PageCleaner();
    private final LineShapes shapes = new LineShapes();

    private List<Article> clean(String... lines) {
        return cleaner.clean(RawDocument.plain(Origin.ofFile("byline-print-test"), String.join("\n", lines)));
    }

    private static Optional<RemovalKind> removedAs(Article a, String text) {
        return a.removed().stream().filter(r -> r.text().equals(text)).map(Removal::kind).findFirst();
    }

    private static final String TITLE = "Hợp tác xã Bến Đình đưa mắm cá linh lên sàn thương mại điện tử";
    private static final String P1 = "Sau hai năm chuẩn bị, hợp tác xã Bến Đình đã có gian hàng riêng trên ba sàn thương mại "
            + "điện tử, bán được hơn 4 tấn mắm trong tháng đầu.";
    private static final String P2 = "Bà Lư Thị Diễm, giám đốc hợp tác xã, cho biết khách ở xa chiếm gần một nửa số đơn, "
            + "nhiều người đặt lại lần thứ hai.";
    private static final String P3 = "Năm tới, hợp tác xã dự định làm thêm nhà kho lạnh để giữ mắm qua mùa nắng gắt.";

    @Test
    void bylineShapesNameTheWriterAndOnlyTheWriter() {
        assertThat(shapes.byline("Ghi chép của Tôn Nữ Hạ Vy")).contains(List.of("Tôn Nữ Hạ Vy"));
        assertThat(shapes.byline("Nội dung: Cù Minh Triết")).contains(List.of("Cù Minh Triết"));
        assertThat(shapes.byline("Nội dung chính của đề án")).isEmpty();
        // a reader's signature with where she lives: the address is no name
        assertThat(shapes.byline("Văn Thị Ngọc Hà (tổ 5, phường Bình Khê, TP Quy Nhơn)")).contains(List.of("Văn Thị Ngọc Hà"));
        // a speaker with a post is a line of the story, not a signature
        assertThat(shapes.byline("Ông Hồ Quang Vinh (trưởng đại diện Công ty Thương mại Bến Đình tại Cần Thơ, phụ trách phía Nam)")).isEmpty();
        // a box's label in capitals is no signature
        assertThat(shapes.byline("THÔNG TIN CẦN BIẾT")).isEmpty();
        assertThat(shapes.byline("TRẦN THÔNG")).contains(List.of("Trần Thông"));
        // makers' credits with their craft qualified make the page, they do not write it
        assertThat(shapes.isMakerCredit("Kỹ thuật âm thanh: Lò Văn Phúc")).isTrue();
        assertThat(shapes.isMakerCredit("Thiết kế đồ họa: Mẫn Thu")).isTrue();
        assertThat(shapes.isMakerCredit("Kỹ thuật canh tác: gieo thưa, bón phân hữu cơ")).isFalse();
        // a desk signs for the paper
        assertThat(LineShapes.isDeskName("Nhóm phóng viên Kinh tế")).isTrue();
        assertThat(LineShapes.isDeskName("Ban Thời sự")).isTrue();
        assertThat(LineShapes.isDeskName("Bàn Văn Tú")).isFalse();
        assertThat(LineShapes.isDeskName("Tô Hoài Nam")).isFalse();
    }

    @Test
    void notesBylineAndQualifiedCreditsLeaveTheHeadlineInPlace() {
        List<Article> out = clean("Ẩm thực / Đặc sản", "", TITLE, "", "18-11-2026 08:10", "", "Ghi chép của Tôn Nữ Hạ Vy",
                "", P1, "", P2, "", P3, "", "Kỹ thuật âm thanh: Lò Văn Phúc", "Đồ họa: Mẫn Thu");
        assertThat(out).hasSize(1);
        Article a = out.get(0);
        assertThat(a.title()).contains(TITLE);
        assertThat(a.authors()).containsExactly("Tôn Nữ Hạ Vy");
        assertThat(removedAs(a, "Kỹ thuật âm thanh: Lò Văn Phúc")).contains(RemovalKind.BYLINE);
        assertThat(removedAs(a, "Đồ họa: Mẫn Thu")).contains(RemovalKind.BYLINE);
        assertThat(a.text()).contains(P1).contains(P3);
    }

    @Test
    void aHeadlineWithItsDateUnderItIsTheHeadlineWhateverBoxFollows() {
        // a claim box in capitals and a player stand between the date and the lead
        List<Article> out = clean("Kiểm chứng", TITLE, "20/11/2026 - 14:05", "THÔNG TIN CẦN BIẾT",
                "▶ 00:00 / 12:40 Tốc độ 1x", "", P1, "", P2, "", P3);
        assertThat(out).hasSize(1);
        assertThat(out.get(0).title()).contains(TITLE);
        assertThat(out.get(0).authors()).isEmpty();
        assertThat(removedAs(out.get(0), "▶ 00:00 / 12:40 Tốc độ 1x")).contains(RemovalKind.WIDGET);
        // a masthead over the date, the headline under it: the masthead is no headline
        List<Article> masthead = clean("Tin Nhanh Bến Đình", "Thứ tư, 18/11/2026 | 09:30", "", TITLE, "", P1, "", P2, "", P3);
        assertThat(masthead).hasSize(1);
        assertThat(masthead.get(0).title()).contains(TITLE);
    }

    @Test
    void printEditionMarkersJumpsIndexAndAdvertisementGoTheStoryRunsOn() {
        String jump = TITLE + " (Tiếp theo trang 1)";
        List<Article> out = clean("TRANG 1", "TRONG SỐ NÀY:", "Giá phân bón giảm lần thứ ba trong năm - Trang 4",
                "Trường làng có phòng máy tính đầu tiên - Trang 9", "", TITLE, P1, P2, "(Xem tiếp trang 6)", "",
                "QUẢNG CÁO", "Gạch men Hoàng Lộc - Mua 10 thùng tặng 1. Hotline 1800 9988.", "", "TRANG 6", jump, P3,
                "Bài, ảnh: Tạ Đình Khoa");
        assertThat(out).hasSize(1);
        Article a = out.get(0);
        assertThat(a.title()).contains(TITLE);
        assertThat(a.text()).contains(P1).contains(P2).contains(P3);
        assertThat(a.text()).doesNotContain("Trang 4").doesNotContain("Xem tiếp").doesNotContain("Hotline");
        assertThat(removedAs(a, "Giá phân bón giảm lần thứ ba trong năm - Trang 4")).contains(RemovalKind.TEASER);
        assertThat(removedAs(a, "(Xem tiếp trang 6)")).contains(RemovalKind.BOILERPLATE);
        assertThat(removedAs(a, jump)).contains(RemovalKind.BOILERPLATE);
        assertThat(a.authors()).containsExactly("Tạ Đình Khoa");
        String key = VietnameseNormalizer.key("Trang 6");
        assertThat(PrintEdition.isLayoutMarker("Trang 6", key)).isTrue();
        // a story that names a page, and a masthead carrying its date, are no markers or index items
        String said = "Bản tin được đăng ở trang 6 của số báo ra ngày thứ Năm.";
        assertThat(PrintEdition.isLayoutMarker(said, VietnameseNormalizer.key(said))).isFalse();
        String masthead = "BÁO BẾN ĐÌNH - Số 412 - Thứ Năm, 19/11/2026 - Trang 2";
        assertThat(PrintEdition.isIndexItem(masthead, VietnameseNormalizer.key(masthead))).isFalse();
    }

    @Test
    void fileDownloadsAreToolsOrLinksToDocuments() {
        assertThat(PrintEdition.isFileDownload("Tải văn bản: Quyết định 18/2026/QĐ-UBND (PDF, 820 KB)")).isTrue();
        assertThat(PrintEdition.isDocumentDownload("Tải văn bản: Quyết định 18/2026/QĐ-UBND (PDF, 820 KB)")).isTrue();
        assertThat(PrintEdition.isFileDownload("Tải bản đồ khổ lớn (PNG, 3,1 MB)")).isTrue();
        assertThat(PrintEdition.isDocumentDownload("Tải bản đồ khổ lớn (PNG, 3,1 MB)")).isFalse();
        assertThat(PrintEdition.isFileDownload("Dung lượng tệp tăng lên 3,1 MB sau khi nén (bản cũ 2 MB).")).isFalse();
    }

    @Test
    void aCommentCounterWithSortTabsOpensTheThread() {
        List<Article> out = clean("Ý kiến", TITLE, "19/11/2026 07:00", "", P1, "", P2, "", P3, "", "Viết bình luận",
                "Ý kiến (4) | Mới nhất | Hay nhất", "Phí Văn Lợi - 3 giờ trước",
                "Mắm ở chợ quê tôi cũng ngon, mong hợp tác xã mở thêm điểm bán.", "Thích (6) · Trả lời",
                "Xem thêm 3 ý kiến");
        assertThat(out).hasSize(1);
        Article a = out.get(0);
        assertThat(a.text()).contains(P3).doesNotContain("Mắm ở chợ quê tôi");
        assertThat(removedAs(a, "Phí Văn Lợi - 3 giờ trước")).contains(RemovalKind.WIDGET);
        assertThat(LineShapes.isCommentsHeading("Ý kiến (4) | Mới nhất | Hay nhất",
                VietnameseNormalizer.key("Ý kiến (4) | Mới nhất | Hay nhất"))).isTrue();
        assertThat(LineShapes.isCommentsHeading("Ý kiến của người dân | được ghi nhận",
                VietnameseNormalizer.key("Ý kiến của người dân | được ghi nhận"))).isFalse();
    }

    @Test
    void longHeadlinesUnderALabelAfterTheStoryAreTeasersNumberedDaysAreOneStory() {
        String h1 = "Chợ nổi Bến Đình mở thêm phiên đêm, tiểu thương phấn khởi vì khách du lịch kéo về đông hơn";
        String h2 = "Người dân ven sông góp đất mở đường, xã hoàn thành sớm tuyến giao thông nông thôn dài nhất";
        List<Article> out = clean(TITLE, "19/11/2026 07:00", "", P1, "", "Ngày 1: Đến xưởng mắm", "", P2, "",
                "Ngày 2: Theo ghe cá linh ra đồng", "", P3, "", "Cùng chuyên mục", h1, h2);
        assertThat(out).hasSize(1);
        Article a = out.get(0);
        assertThat(a.text()).contains("Ngày 2: Theo ghe cá linh ra đồng").doesNotContain("Chợ nổi");
        assertThat(removedAs(a, h1)).contains(RemovalKind.TEASER);
        assertThat(removedAs(a, "Cùng chuyên mục")).contains(RemovalKind.BOILERPLATE);
    }

    @Test
    void aDateLineWithLabelledFactsAfterABarGivesItsFirstTime() {
        assertThat(DatelineParser.parseLine("Phát hành: 17/11/2026 | Thời lượng: 31:05")).isPresent();
        assertThat(DatelineParser.parseLine("Ngày đăng: 17/11/2026 08:00 | Cập nhật: 18/11/2026 10:15").get().published()
                .wireValue()).startsWith("2026-11-17");
        // a bar followed by words, not labelled facts, is not a date line
        assertThat(DatelineParser.parseLine("Phát hành: 17/11/2026 | Những câu chuyện dọc bờ sông quê")).isEmpty();
    }

    @Test
    void aCapsLabelUnderTheHeadlineIsABoxHeadAndASignatureAboveItStays() {
        List<Article> out = clean("Phóng sự", "", "Bút ký của Tôn Nữ Hạ Vy", "", TITLE, "", "19/11/2026 07:00", "",
                "TOÀN CẢNH VỤ VIỆC TRONG BA NGÀY", "", P1, "", "NHỮNG ĐƠN HÀNG ĐẦU TIÊN CỦA NĂM", "", P2, "", P3);
        assertThat(out).hasSize(1);
        Article a = out.get(0);
        assertThat(a.authors()).containsExactly("Tôn Nữ Hạ Vy");
        assertThat(removedAs(a, "Bút ký của Tôn Nữ Hạ Vy")).contains(RemovalKind.BYLINE);
        assertThat(removedAs(a, "TOÀN CẢNH VỤ VIỆC TRONG BA NGÀY")).contains(RemovalKind.BOILERPLATE);
        // the same shape after the lead is an intertitle of the story
        assertThat(a.text()).contains("NHỮNG ĐƠN HÀNG ĐẦU TIÊN CỦA NĂM");
    }

    @Test
    void anAdvertisementUnderAnyLabelAndNumberedEarlierIssuesAfterTheStory() {
        List<Article> out = clean(TITLE, "19/11/2026 07:00", "", P1, "", P2, "", "Thông tin quảng cáo",
                "Nệm Gấm Hoa - giảm 20% cả tuần. Gọi 1800 1234.", "", P3, "", "Các số trước",
                "Số 41: Làng nghề đan lát ven sông tìm người nối nghề", "Số 40: Nông dân trẻ mở trang trại nuôi ong lấy mật");
        assertThat(out).hasSize(1);
        Article a = out.get(0);
        assertThat(a.text()).contains(P3).doesNotContain("Nệm Gấm Hoa").doesNotContain("Số 41");
        assertThat(removedAs(a, "Nệm Gấm Hoa - giảm 20% cả tuần. Gọi 1800 1234.")).contains(RemovalKind.BOILERPLATE);
        assertThat(removedAs(a, "Số 40: Nông dân trẻ mở trang trại nuôi ong lấy mật")).contains(RemovalKind.TEASER);
        // without a gap closing it, a story running on under a stray label is not taken for an advertisement
        List<Article> open = clean(TITLE, "19/11/2026 07:00", "", P1, "Quảng cáo", P2, P3);
        assertThat(open.get(0).text()).contains(P2).contains(P3);
    }

    @Test
    void aSummaryBoxAboveTheLeadAndTheSitesReferenceDisclaimerGo() {
        List<Article> out = clean(TITLE, "19/11/2026 07:00", "Ưu điểm", "Giá mềm", "Đóng chai sạch", "Nhược điểm",
                "Ít điểm bán", P1, P2, P3, "Nội dung bài viết chỉ mang tính tham khảo, giá có thể thay đổi theo mùa.");
        assertThat(out).hasSize(1);
        Article a = out.get(0);
        assertThat(removedAs(a, "Đóng chai sạch")).contains(RemovalKind.WIDGET);
        assertThat(removedAs(a, "Nội dung bài viết chỉ mang tính tham khảo, giá có thể thay đổi theo mùa."))
                .contains(RemovalKind.BOILERPLATE);
        assertThat(a.text()).startsWith(P1).contains(P3);
        // short lines after the lead are the story's (a list it introduces); two short lines are no box
        List<Article> list = clean(TITLE, "19/11/2026 07:00", "Ưu điểm", "Giá mềm", P1, "Giá bán lẻ", "Giá sỉ", "Giá xuất khẩu", P2);
        assertThat(list.get(0).text()).contains("Giá mềm").contains("Giá sỉ");
        String figure = "Số liệu của hợp tác xã chỉ mang tính tham khảo vì chưa được kiểm toán.";
        assertThat(ServiceNotices.isReferenceDisclaimer(figure, VietnameseNormalizer.key(figure))).isFalse();
    }

    @Test
    void aPicturesHintToTheReadersHandIsATool() {
        for (String hint : List.of("Bấm vào hình để xem kích thước lớn", "Nhấn vào ảnh để phóng to", "Click vào biểu đồ để xem chi tiết")) {
            assertThat(PageToolShapes.isImageHint(hint, VietnameseNormalizer.key(hint))).as(hint).isTrue();
        }
        String story = "Bấm vào ứng dụng để xem số dư tài khoản là thao tác quen thuộc của nhiều người.";
        assertThat(PageToolShapes.isImageHint(story, VietnameseNormalizer.key(story))).isFalse();
        String told = "Nhấn vào nút đỏ để xem lại";
        assertThat(PageToolShapes.isImageHint(told, VietnameseNormalizer.key(told))).isFalse();
    }

    @Test
    void aPrintMastheadWithItsRunningNumberDatesTheIssueAndNamesNoWriter() {
        List<Article> out = clean("BẾN ĐÌNH NGÀY NAY - Số 215 (6.032) - Thứ Sáu, 20/11/2026", "", TITLE, P1, P2, P3,
                "Tạ Đình Khoa");
        assertThat(out).hasSize(1);
        assertThat(out.get(0).published().map(p -> p.wireValue())).contains("2026-11-20");
        assertThat(out.get(0).authors()).containsExactly("Tạ Đình Khoa");
        assertThat(DatelineParser.isMasthead("Số 215 (6.032) - Thứ Sáu, 20/11/2026")).isTrue();
        assertThat(DatelineParser.isMasthead("Thứ Sáu, 20/11/2026 - 08:00")).isFalse();
    }
    @Test
    void aWritersCreditPairedWithThePicturesMakerNamesTheWriter() {
        // read on dev 6 (2026-11-24): "Tin: X - Ảnh: Y" and "Bài: Cô giáo X - Minh họa: Y" credit the writer first
        String news = "Tin: Mạc Thùy Dung - Ảnh: Kha Văn Lộc";
        List<Article> out = clean(TITLE, P1, P2, news);
        assertThat(out.get(0).authors()).containsExactly("Mạc Thùy Dung");
        assertThat(removedAs(out.get(0), news)).contains(RemovalKind.BYLINE);
        String teacher = "Bài: Thầy giáo Lò Văn Sáng - Minh họa: Đinh Ngọc Ánh";
        assertThat(clean(TITLE, P1, P2, teacher).get(0).authors()).containsExactly("Lò Văn Sáng");
        // a photo's own caption with its credit stays a caption
        String caption = "Gian hàng mắm cá linh của hợp tác xã tại hội chợ - Ảnh: Kha Văn Lộc";
        assertThat(removedAs(clean(TITLE, P1, caption, P2).get(0), caption)).contains(RemovalKind.CAPTION);
    }
    @Test
    void topCommentsPrintedAboveTheStoryAreAThreadAndATeamSignsWithThreeNames() {
        // read on dev 6 (2026-11-24): a mobile page prints its best comments before the headline
        List<Article> out = clean("BÌNH LUẬN NỔI BẬT (2/41)", "Lại Thị Hồng · 3 giờ trước",
                "Năm nào cũng hứa làm kho lạnh mà đến giờ vẫn phải bán tháo, khổ bà con quá.", "Thích 12 · Trả lời",
                "Đặng Văn Tư · Hôm qua", "Mong tỉnh hỗ trợ thêm đầu ra cho hợp tác xã.", "Thích 4 · Trả lời",
                TITLE, P1, P2, "Nhóm phóng viên: Mạc Thùy Dung - Kha Văn Lộc - Ông Thị Hạnh");
        assertThat(out).hasSize(1);
        Article a = out.get(0);
        assertThat(a.title()).contains(TITLE);
        assertThat(a.text()).doesNotContain("khổ bà con quá").doesNotContain("đầu ra cho hợp tác xã");
        assertThat(removedAs(a, "Lại Thị Hồng · 3 giờ trước")).contains(RemovalKind.WIDGET);
        assertThat(a.authors()).containsExactly("Mạc Thùy Dung", "Kha Văn Lộc", "Ông Thị Hạnh");
    }
}
