package io.thoisu.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.model.Article;
import io.thoisu.model.DocumentHints;
import io.thoisu.model.Origin;
import io.thoisu.model.RawDocument;
import io.thoisu.model.Removal;
import io.thoisu.model.RemovalKind;
import io.thoisu.text.VietnameseNormalizer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The rules for what stands around a story's edges (written on the error classes of the fourth development set):
 * the site speaking to the reader (tips, donations, disclaimers, subscription footers, paywalls), lists of dated
 * headlines, a video block, a reference list, a button after the story, a summary in English, an unquoted pull
 * quote, a digest closed item by item by "read more" links, a tool line over the headline. Each rule is checked on
 * what it must catch and on the story text that looks like it and must stay. Fictional pages.
 */
class PageCleanerStoryEdgeRulesTest {
    private final PageCleaner cleaner = new PageCleaner();

    private List<Article> clean(String... lines) {
        return cleaner.clean(RawDocument.plain(Origin.ofFile("edge-rules-test"), String.join("\n", lines)));
    }

    private static boolean notice(String line) {
        return ServiceNotices.isReaderNotice(line, VietnameseNormalizer.key(line));
    }

    private static boolean paywall(String line) {
        return ServiceNotices.isPaywall(line, VietnameseNormalizer.key(line));
    }

    private static Optional<RemovalKind> removedAs(Article a, String text) {
        return a.removed().stream().filter(r -> r.text().equals(text)).map(Removal::kind).findFirst();
    }

    private static final String TITLE = "Xã Phú Mỹ Đông hoàn thành tuyến kênh tiêu úng dài 6 km";
    private static final String DATE = "12/11/2026 09:20";
    private static final String P1 = "Sáng 12/11, UBND xã Phú Mỹ Đông nghiệm thu tuyến kênh tiêu úng dài 6 km, giúp hơn 300 ha lúa "
            + "không còn ngập mỗi khi mưa lớn.";
    private static final String P2 = "Ông Huỳnh Tấn Lộc, Chủ tịch UBND xã, cho biết công trình do người dân góp hơn một nửa "
            + "kinh phí và ngày công đào đắp.";
    private static final String P3 = "Theo kế hoạch, năm sau xã sẽ nạo vét tiếp hai tuyến kênh nhánh để dẫn nước tưới cho "
            + "vụ hè thu.";

    @Test
    void readerNoticesAreFurnitureButStoriesAboutThemAreNot() {
        assertThat(notice("Bạn có hình ảnh về vụ việc? Gửi cho chúng tôi qua email toasoan@baomau.vn hoặc Zalo 0909 111 222.")).isTrue();
        assertThat(notice("Mọi tấm lòng hảo tâm xin ủng hộ qua Quỹ Bảo trợ trẻ em xã, số tài khoản 1020 3040 5060 tại Ngân hàng Ven Sông.")).isTrue();
        assertThat(notice("Bài viết thể hiện quan điểm riêng của tác giả.")).isTrue();
        assertThat(notice("Bạn nhận được email này vì đã đăng ký bản tin Sáng Nay.")).isTrue();
        assertThat(notice("Hủy đăng ký | Đổi địa chỉ nhận tin")).isTrue();
        // a story that reports a hotline, a fund's figures or a view
        assertThat(notice("Người dân có thể gọi đường dây nóng 1022 hoặc gửi email cho sở để phản ánh vi phạm.")).isFalse();
        assertThat(notice("Đến nay quỹ đã nhận hơn 2 tỷ đồng ủng hộ từ 140 doanh nghiệp và nhà hảo tâm.")).isFalse();
        assertThat(notice("Nhiều đại biểu bày tỏ quan điểm riêng về phương án di dời chợ.")).isFalse();

        // the site's imprint and its invitations
        assertThat(notice("Giấy phép hoạt động báo điện tử số 57/GP-BTTTT cấp ngày 12/4/2023")).isTrue();
        assertThat(notice("Tổng biên tập: Văn Đức Mạnh")).isTrue();
        assertThat(notice("© 2026 Phú Mỹ Điện Tử – Cơ quan của Hội Nông dân tỉnh")).isTrue();
        assertThat(notice("Mời bạn đọc đón xem phóng sự ảnh về mùa nước nổi trên số báo ngày mai.")).isTrue();
        assertThat(notice("Xem toàn văn quyết định, bấm vào đây.")).isTrue();
        assertThat(notice("Sở đã cấp giấy phép xây dựng cho 12 công trình trong quý III.")).isFalse();
        assertThat(notice("Ông Lâm Văn Tòng, Tổng biên tập báo Phú Mỹ, cho biết tòa soạn sẽ mở thêm chuyên mục nông nghiệp.")).isFalse();
        assertThat(notice("Nạn nhân được yêu cầu bấm vào đường link lạ và nhập mật khẩu ngân hàng.")).isFalse();
        assertThat(notice("Chủ tịch xã mời bà con đến dự buổi đối thoại vào sáng thứ Bảy.")).isFalse();

        assertThat(paywall("Bài viết dành riêng cho hội viên Premium")).isTrue();
        assertThat(paywall("Đăng ký để đọc toàn bộ bài phân tích, chỉ từ 39.000 đồng/tháng.")).isTrue();
        assertThat(paywall("Đăng nhập tài khoản hội viên")).isTrue();
        assertThat(paywall("Hội viên hội nông dân được đăng ký vay vốn ưu đãi để mua cây giống.")).isFalse();
    }

    @Test
    void theCallsAfterTheSignatureAreRemovedAndTheStoryKept() {
        String tips = "Nếu bạn chứng kiến vụ việc, hãy nhắn cho chúng tôi qua Zalo 0905 000 111 hoặc email tin@baomau.vn.";
        Article a = clean(TITLE, DATE, P1, P2, P3, "ĐINH KHẢ VY", tips).getFirst();
        assertThat(a.text()).contains(P1, P2, P3).doesNotContain("Zalo");
        assertThat(removedAs(a, tips)).contains(RemovalKind.BOILERPLATE);
    }

    @Test
    void datedHeadlineListsAreTeasersButALiveBlogIsNot() {
        List<Article> list = clean(TITLE, DATE, P1, P2, P3, "Hà Nhật Quang", "Dòng thời gian",
                "02/10/2026 - Xã Phú Mỹ Đông khởi công tuyến kênh tiêu úng",
                "15/08/2026 - 300 ha lúa Phú Mỹ Đông ngập sau mưa lớn");
        assertThat(list).hasSize(1);
        assertThat(removedAs(list.getFirst(), "02/10/2026 - Xã Phú Mỹ Đông khởi công tuyến kênh tiêu úng")).contains(RemovalKind.TEASER);
        assertThat(removedAs(list.getFirst(), "Dòng thời gian")).contains(RemovalKind.BOILERPLATE);
        // live-blog entries end their sentences: the story's own
        String e1 = "10:15 Lực lượng cứu hộ đã tiếp cận hiện trường và đưa hai người ra ngoài.";
        String e2 = "10:40 Hai xe cứu thương chuyển người bị thương về bệnh viện huyện.";
        Article live = clean(TITLE, DATE, P1, e1, e2, P2).getFirst();
        assertThat(live.text()).contains(e1, e2);
    }

    @Test
    void aVideoBlockInsideTheStoryIsAWidgetAndDoesNotSplitIt() {
        String clip = "Video: Nước rút dần trên cánh đồng xã Phú Mỹ Đông";
        List<Article> list = clean(TITLE, DATE, P1, P2, clip, "00:00 / 01:47", P3,
                "Sau đợt này, xã sẽ tổng kết và nhân rộng cách làm ra các ấp lân cận trong năm tới.");
        assertThat(list).hasSize(1);
        assertThat(removedAs(list.getFirst(), clip)).contains(RemovalKind.WIDGET);
        assertThat(list.getFirst().text()).contains(P3);
        // the same short line without a player under it is the story's (an intertitle over a paragraph)
        Article plain = clean(TITLE, DATE, P1, P2, "Nước rút dần trên cánh đồng xã Phú Mỹ Đông", P3).getFirst();
        assertThat(plain.text()).contains("Nước rút dần trên cánh đồng xã Phú Mỹ Đông", P3);
    }

    @Test
    void referenceListsAndButtonsAfterTheStoryAreFurnitureButAnIntertitleIsNot() {
        Article a = clean(TITLE, DATE, P1, "Đặt lịch nạo vét với hợp tác xã", P2, P3, "Tài liệu tham khảo",
                "[1] Sở Nông nghiệp tỉnh (2025), Báo cáo hiện trạng kênh mương nội đồng.",
                "[2] Hồ Văn Tâm (2024), Tiêu úng cho vùng trũng ven sông.", "Đặt lịch tư vấn miễn phí").getFirst();
        assertThat(removedAs(a, "Tài liệu tham khảo")).contains(RemovalKind.BOILERPLATE);
        assertThat(removedAs(a, "[2] Hồ Văn Tâm (2024), Tiêu úng cho vùng trũng ven sông.")).contains(RemovalKind.BOILERPLATE);
        assertThat(removedAs(a, "Đặt lịch tư vấn miễn phí")).contains(RemovalKind.WIDGET);
        // the same verb over the story's paragraphs is an intertitle
        assertThat(a.text()).contains("Đặt lịch nạo vét với hợp tác xã", P2, P3);
    }

    @Test
    void aReviewerIsCreditedButIsNoAuthor() {
        String reviewer = "Tham vấn chuyên môn: BS.CKI Mai Văn Trực, Khoa Nội, Bệnh viện huyện Phú Mỹ";
        Article a = clean(TITLE, DATE, "Bài: Kiều Thanh Nga", reviewer, P1, P2, P3).getFirst();
        assertThat(removedAs(a, reviewer)).contains(RemovalKind.BYLINE);
        assertThat(a.authors()).containsExactly("Kiều Thanh Nga");
    }

    @Test
    void anEnglishSummaryIsTheSitesServiceButAShortEnglishNameIsNot() {
        String english = "The commune of Phu My Dong has finished a six kilometre drainage canal that will protect more "
                + "than 300 hectares of rice from flooding.";
        Article a = clean(TITLE, DATE, P1, P2, P3, "TRẦN NGHI", "In English", english).getFirst();
        assertThat(removedAs(a, english)).contains(RemovalKind.BOILERPLATE);
        assertThat(removedAs(a, "In English")).contains(RemovalKind.BOILERPLATE);
        assertThat(a.authors()).containsExactly("Trần Nghi");
        String quoted = "Dự án mang tên \"Green Canal for the Delta\" do một tổ chức quốc tế tài trợ một phần.";
        assertThat(clean(TITLE, DATE, P1, quoted, P2).getFirst().text()).contains(quoted);
    }

    @Test
    void anUnquotedPullQuoteIsADuplicateButAParagraphPrintedTwiceStays() {
        String sentence = "Kênh chỉ phát huy tác dụng khi các ấp cùng giữ cho dòng chảy thông suốt quanh năm.";
        String paragraph = "Ông Lộc nói người dân phải cùng giữ vệ sinh lòng kênh sau mỗi vụ. " + sentence;
        Article a = clean(TITLE, DATE, P1, paragraph, sentence, P2, P3).getFirst();
        assertThat(removedAs(a, sentence)).contains(RemovalKind.DUPLICATE);
        Article twice = clean(TITLE, DATE, P1, P2, P1, P3).getFirst();
        assertThat(twice.removed()).noneMatch(r -> r.kind() == RemovalKind.DUPLICATE);
    }

    @Test
    void aDigestSplitsAtItsReadMoreLinksButOneLinkDoesNot() {
        List<Article> digest = clean("BẢN TIN TỐI", "Thứ Năm, 12/11/2026", "Chào bạn, đây là các tin chính hôm nay.",
                TITLE, P1, "Đọc tiếp →",
                "Chợ nổi Cái Rắn dời bến về phía hạ lưu từ đầu tháng 12", "Ban quản lý chợ cho biết bến mới rộng gấp đôi, "
                        + "ghe lớn có thể cập sát bờ khi nước ròng.", "Đọc tiếp →");
        assertThat(digest).hasSize(2);
        assertThat(digest.get(0).title()).contains(TITLE);
        assertThat(digest.get(1).title()).contains("Chợ nổi Cái Rắn dời bến về phía hạ lưu từ đầu tháng 12");
        assertThat(digest.get(0).text()).doesNotContain("Chào bạn");
        List<Article> one = clean(TITLE, DATE, P1, P2, "Đọc tiếp →",
                "Chợ nổi Cái Rắn dời bến về phía hạ lưu từ đầu tháng 12", P3);
        assertThat(one).hasSize(1);
    }

    @Test
    void aToolLineOverTheHeadlineIsThePagesTop() {
        List<Article> list = clean("Giá lúa hôm nay tăng nhẹ ở các tỉnh miền Tây", "Giá lúa | Giá phân bón | Thời tiết nông vụ",
                "Nông nghiệp", TITLE, DATE, P1, P2, P3);
        assertThat(list).hasSize(1);
        assertThat(list.getFirst().title()).contains(TITLE);
        assertThat(list.getFirst().published()).isPresent();
    }

    @Test
    void aWireDatelineWithItsDayIsCutOffTheLeadAndTheSiteKeepsItsName() {
        String lead = "Sáng 12/11, UBND xã Phú Mỹ Đông nghiệm thu tuyến kênh tiêu úng dài 6 km.";
        String text = String.join("\n", TITLE, DATE, "Phú Mỹ, 12/11 (TTXVN) - " + lead, P2, P3);
        DocumentHints site = new DocumentHints(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("Đồng Bằng Online"), List.of(), Optional.empty(), Map.of(), false);
        Article a = cleaner.clean(new RawDocument(Origin.ofFile("wire-test"), text, site)).getFirst();
        assertThat(a.text()).startsWith(lead);
        assertThat(removedAs(a, "Phú Mỹ, 12/11 (TTXVN) -")).contains(RemovalKind.DATELINE);
        assertThat(a.outlet()).contains("Đồng Bằng Online");
        // without a site of its own, the page is the agency's, as with "Hà Nội (TTXVN) -"
        Article bare = clean(TITLE, DATE, "Phú Mỹ, 12/11 (TTXVN) - " + lead, P2, P3).getFirst();
        assertThat(bare.outlet()).contains("TTXVN");
        // a date in brackets inside a sentence is no dateline
        String sentence = "Theo báo cáo ngày 12/11 (bản sửa đổi) - gửi các sở, xã đã hoàn thành 80% khối lượng.";
        assertThat(clean(TITLE, DATE, sentence, P2, P3).getFirst().text()).contains(sentence);
    }

    @Test
    void headlinesBelowTheStoryAreTeasersButAListTheStoryIntroducesIsNot() {
        String h1 = "Ấp Mỹ Hòa làm đường bê tông bằng tiền góp của dân";
        String h2 = "Giá lúa tươi tại Phú Mỹ Đông tăng 200 đồng mỗi ký";
        Article a = clean(TITLE, DATE, P1, P2, P3, "Hà Nhật Quang", h1, h2).getFirst();
        assertThat(removedAs(a, h1)).contains(RemovalKind.TEASER);
        assertThat(removedAs(a, h2)).contains(RemovalKind.TEASER);
        // the story's own list, announced by a colon, stays
        String intro = "Năm tới, xã ưu tiên ba công trình sau:";
        String i1 = "Nạo vét kênh Ba Thê qua ấp Mỹ Hòa";
        String i2 = "Nâng cấp cống ngăn mặn ở đầu kênh Xáng";
        Article listed = clean(TITLE, DATE, P1, P2, P3, intro, i1, i2).getFirst();
        assertThat(listed.text()).contains(i1, i2);
        // the same line printed twice is no list of other stories
        Article twice = clean(TITLE, DATE, P1, P2, P3, h1, h1).getFirst();
        assertThat(twice.removed()).noneMatch(r -> r.kind() == RemovalKind.TEASER);
    }

    @Test
    void aMenuBarIsFurnitureButATableIsBody() {
        String menu = "Giới thiệu | Liên hệ quảng cáo | Điều khoản sử dụng";
        Article a = clean(TITLE, DATE, P1, P2, P3, menu).getFirst();
        assertThat(removedAs(a, menu)).contains(RemovalKind.BOILERPLATE);
        List<String> table = List.of("Ấp | Diện tích lúa | Sản lượng", "Mỹ Hòa | 120 ha | 840 tấn",
                "Mỹ Lợi | 95 ha | 650 tấn", "Mỹ Thạnh | 88 ha | 610 tấn");
        Article t = clean(TITLE, DATE, P1, table.get(0), table.get(1), table.get(2), table.get(3), P2, P3).getFirst();
        assertThat(t.text()).contains(table.get(0), table.get(3));
    }

    @Test
    void aContentsBoxRepeatsTheSectionHeadsButAHeadlineAloneIsNot() {
        String s1 = "Kênh tiêu úng giúp gì cho vụ lúa";
        String s2 = "Người dân góp công thế nào";
        Article a = clean(TITLE, DATE, "Nội dung chính", s1, s2, P1, s1, P2, s2, P3).getFirst();
        assertThat(removedAs(a, "Nội dung chính")).contains(RemovalKind.BOILERPLATE);
        assertThat(a.removed().stream().filter(r -> r.kind() == RemovalKind.DUPLICATE)).hasSize(2);
        assertThat(a.text()).contains(s1, s2, P1, P2, P3);
        // one short line repeated once is no contents box
        Article one = clean(TITLE, DATE, s1, P1, s1, P2, P3).getFirst();
        assertThat(one.removed()).noneMatch(r -> r.kind() == RemovalKind.DUPLICATE);
    }

    @Test
    void aListHeadingMayNameItsSectionAndAHeadlineMayAsk() {
        String question = "Có nên trồng lúa ba vụ ở vùng trũng Phú Mỹ Đông?";
        Article a = clean(TITLE, DATE, P1, P2, P3, "Tin nông nghiệp khác",
                "Giá phân bón giảm mạnh trước vụ đông xuân", question).getFirst();
        assertThat(removedAs(a, "Tin nông nghiệp khác")).contains(RemovalKind.BOILERPLATE);
        assertThat(removedAs(a, question)).contains(RemovalKind.TEASER);
        assertThat(RelatedLinks.isRelatedHeading("Tin thời tiết khác")).isTrue();
        assertThat(RelatedLinks.isRelatedHeading("Tin vui đến với bà con khác hẳn mọi năm")).isFalse();
    }

    @Test
    void aBoxLabelInCapitalsIsNoSignatureButANameInCapitalsIs() {
        assertThat(LineShapes.isName("DÒNG SỰ KIỆN")).isFalse();
        assertThat(LineShapes.isName("VIDEO NỔI BẬT")).isFalse();
        assertThat(LineShapes.isName("ĐOÀN KHẮC VIỆT")).isTrue();
        assertThat(LineShapes.isName("Lê Văn Nhất")).isTrue();
        Article a = clean(TITLE, DATE, P1, P2, P3, "HÀ NHẬT QUANG", "XEM NHIỀU NHẤT",
                "Ấp Mỹ Hòa làm đường bê tông bằng tiền góp của dân", "Giá lúa tươi tại Phú Mỹ Đông tăng 200 đồng mỗi ký").getFirst();
        assertThat(a.authors()).containsExactly("Hà Nhật Quang");
        assertThat(removedAs(a, "XEM NHIỀU NHẤT")).contains(RemovalKind.BOILERPLATE);
    }
}
