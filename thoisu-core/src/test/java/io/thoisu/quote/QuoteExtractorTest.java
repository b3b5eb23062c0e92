package io.thoisu.quote;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.entity.EntityRecognizer;
import io.thoisu.entity.TestSentences;
import io.thoisu.model.Quote;
import io.thoisu.model.Sentence;
import io.thoisu.model.SpanStageContract;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Quotes never overlap: reported speech gives way to a direct quote inside it. */
class QuoteExtractorTest extends SpanStageContract<Quote> {
    private final EntityRecognizer recognizer = new EntityRecognizer();
    private final QuoteExtractor extractor = new QuoteExtractor();

    @Override
    protected List<Quote> process(String text) {
        List<Sentence> s = TestSentences.split(text);
        return extractor.extract(text, s, recognizer.recognize(text, s));
    }

    @Override
    protected List<String> samples() {
        return List.of("“Chúng tôi sẽ không lùi bước trước sức ép”, Thủ tướng Ingrid Solvik nói.",
                "Bộ Y tế cho biết số ca mắc mới đã giảm mạnh trong tuần.",
                "Bộ trưởng Tài chính Hamid Rostami đến thăm. Ông khẳng định “ngân sách năm sau sẽ được cân đối”.");
    }

    @Test
    void speakerAfterTheQuote() {
        List<Quote> q = process("“Đội hình sẽ được giữ nguyên cho trận chung kết”, huấn luyện viên Dario Fenwick, "
                + "người dẫn dắt đội từ năm ngoái, cho biết.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speaker()).contains("Dario Fenwick");
        assertThat(q.get(0).direct()).isTrue();
    }

    @Test
    void roleAloneStandsForThePersonGivenIt() {
        List<Quote> q = process("Bộ trưởng Y tế Thái Lan, bác sĩ Somchai Pradit, thăm bệnh viện. "
                + "“Chúng tôi đủ thuốc cho mọi bệnh nhân”, Bộ trưởng Y tế Thái Lan nói.");
        assertThat(q).extracting(Quote::speaker).containsExactly(java.util.Optional.of("Somchai Pradit"));
    }

    @Test
    void whoeverSpeaksForABodyWithoutANameIsTheBody() {
        assertThat(process("Lãnh đạo UBND huyện Bản Xèo cho biết đã di dời 40 hộ dân khỏi vùng sạt lở."))
                .extracting(Quote::speaker).containsExactly(java.util.Optional.of("UBND huyện Bản Xèo"));
        assertThat(process("Người phát ngôn Công ty Điện lực Sơn Khê khẳng định sự cố đã được khắc phục."))
                .extracting(Quote::speaker).containsExactly(java.util.Optional.of("Công ty Điện lực Sơn Khê"));
    }

    @Test
    void alsoAccordingToOpensReportedSpeech() {
        assertThat(process("Ông Lưu Đình Khang nói đoàn đã đến kịp. Cũng theo ông Lưu Đình Khang, xe cứu hộ có mặt sau 20 phút."))
                .extracting(Quote::speaker).containsExactly(java.util.Optional.of("Lưu Đình Khang"),
                        java.util.Optional.of("Lưu Đình Khang"));
    }

    @Test
    void pronounIsTheLastPersonNamed() {
        List<Quote> q = process(samples().get(2));
        assertThat(q).extracting(Quote::speaker).containsExactly(java.util.Optional.of("Hamid Rostami"));
    }

    @Test
    void scareQuotesAreNotQuotes() {
        assertThat(process("Họ gọi đó là \"lửa\" của mùa hè.")).isEmpty();
    }

    @Test
    void reportedSpeechSpansTheClause() {
        Quote q = process("Bộ Y tế cho biết số ca mắc mới đã giảm mạnh trong tuần.").get(0);
        assertThat(q.text()).isEqualTo("số ca mắc mới đã giảm mạnh trong tuần");
        assertThat(q.speaker()).contains("Bộ Y tế");
        assertThat(q.direct()).isFalse();
    }

    @Test
    void speakerAndVerbMayCloseTheSentence() {
        Quote q = process("Giá thép xây dựng đã tăng 12% trong quý, Hiệp hội Thép Phương Nam cho biết.").get(0);
        assertThat(q.text()).isEqualTo("Giá thép xây dựng đã tăng 12% trong quý");
        assertThat(q.speaker()).contains("Hiệp hội Thép Phương Nam");
        Quote r = process("Nhà máy sẽ chạy thử vào tháng sau, ông Lưu Đình Khoa, Phó Giám đốc nhà máy, cho biết thêm.")
                .get(0);
        assertThat(r.text()).startsWith("Nhà máy sẽ chạy thử");
        assertThat(r.speaker()).contains("Lưu Đình Khoa");
    }

    @Test
    void aClosingTheoNamesTheSourceOfWhatCameBefore() {
        Quote q = process("Lượng khách quốc tế tăng mạnh trong dịp lễ, theo thống kê của Sở Du lịch Hòa Bắc.").get(0);
        assertThat(q.text()).isEqualTo("Lượng khách quốc tế tăng mạnh trong dịp lễ");
        assertThat(q.speaker()).contains("Sở Du lịch Hòa Bắc");
        // a plan or a law after "theo" is no source
        assertThat(process("Đường sẽ thông xe vào cuối năm, theo kế hoạch.")).isEmpty();
    }

    @Test
    void aLowercaseRoleIsTheLastPersonGivenThatTitle() {
        List<Quote> q = process("Ông Trịnh Văn Bảo, Chủ tịch UBND xã Tân Lập Hạ, đến hiện trường. "
                + "“Xã sẽ di dời các hộ ngay trong đêm nay”, vị chủ tịch xã khẳng định.");
        assertThat(q).extracting(Quote::speaker).containsExactly(java.util.Optional.of("Trịnh Văn Bảo"));
        // a role nobody in the article holds names nobody
        assertThat(process("“Tôi mất hết tiền tiết kiệm của cả nhà”, một nạn nhân kể."))
                .extracting(Quote::speaker).containsExactly(java.util.Optional.empty());
    }

    @Test
    void aPronounPrefersThePersonOfItsGender() {
        List<Quote> q = process("Bà Lê Thị Hồng gặp ông Vũ Đức Tài tại hội nghị. "
                + "“Chúng tôi cần thêm vốn cho vụ mùa”, bà nói.");
        assertThat(q).extracting(Quote::speaker).containsExactly(java.util.Optional.of("Lê Thị Hồng"));
    }

    @Test
    void aShortNextSentenceMayNameTheSpeaker() {
        List<Quote> q = process("“Mùa này nước lên nhanh lắm”. Anh Lò Văn Sáng kể.");
        assertThat(q).extracting(Quote::speaker).containsExactly(java.util.Optional.of("Lò Văn Sáng"));
    }

    @Test
    void aBodyNamedByItsHeadAloneSpeaksAgain() {
        List<Quote> q = process("Công ty Điện lực Sông Mã Tây đã cắt điện ba xã. "
                + "Việc sửa chữa đường dây sẽ xong trong hai ngày, công ty cho biết.");
        assertThat(q).extracting(Quote::speaker).containsExactly(java.util.Optional.of("Công ty Điện lực Sông Mã Tây"));
    }

    @Test
    void verbsOfSayingAreNeverInsideNamesNorPassive() {
        Quote q = process("Ông Hứa Quang Mạnh cho biết giá điện sẽ giữ nguyên đến cuối năm.").get(0);
        assertThat(q.text()).isEqualTo("giá điện sẽ giữ nguyên đến cuối năm");
        assertThat(q.speaker()).contains("Hứa Quang Mạnh");
        assertThat(process("Nhiều học viên được hứa hẹn việc làm tại Công ty Bình Minh Xanh rồi bị yêu cầu đóng phí."))
                .isEmpty();
    }

    @Test
    void aSecondClauseAfterAnAttributionIsTheSameSpeakers() {
        List<Quote> q = process("“Không thể để dân chờ thêm”, bà Quách Thị Yến nói, đồng thời đề nghị "
                + "các sở trả hồ sơ trong tuần.");
        assertThat(q).hasSize(2);
        assertThat(q).extracting(Quote::speaker).containsOnly(java.util.Optional.of("Quách Thị Yến"));
        assertThat(q.get(1).text()).startsWith("các sở trả hồ sơ");
    }

    // --- 2026-11-23 night: classes found on dev 4, each with sentences of its own ---

    @Test
    void informedRightAfterItsSpeakerIsAVerb() {
        assertThat(process("Đại diện Sở Nông nghiệp tỉnh Hòa Lâm thông tin đơn vị đã cấp phát 12 tấn giống lúa cho "
                + "nông dân vùng lũ.")).extracting(Quote::speaker)
                .containsExactly(java.util.Optional.of("Sở Nông nghiệp tỉnh Hòa Lâm"));
        assertThat(process("Ông Quách Văn Bình thông tin dự án sẽ khởi công vào quý sau."))
                .extracting(Quote::speaker).containsExactly(java.util.Optional.of("Quách Văn Bình"));
        // the noun: information about something, handed over by somebody
        assertThat(process("Người dân cung cấp thông tin về đối tượng cho Công an xã Tân Lạc.")).isEmpty();
        assertThat(process("Trang thông tin của Cục Đường sắt đăng tải lịch chạy tàu mới trong tuần này.")).isEmpty();
    }

    @Test
    void informedClosingTheSentence() {
        List<Quote> q = process("Từ tháng sau, bến xe sẽ mở thêm 4 tuyến đi các huyện miền núi, Sở Giao thông tỉnh "
                + "Hòa Lâm thông tin.");
        assertThat(q).extracting(Quote::speaker).containsExactly(java.util.Optional.of("Sở Giao thông tỉnh Hòa Lâm"));
        assertThat(q.get(0).text()).startsWith("Từ tháng sau");
    }

    @Test
    void testimonyAdviceAndHopesAreVerbsOfSaying() {
        assertThat(process("Tại cơ quan công an, Vi Văn Hào khai nhận đã bán 30 điện thoại ăn cắp cho một tiệm cầm đồ."))
                .extracting(Quote::text).containsExactly("đã bán 30 điện thoại ăn cắp cho một tiệm cầm đồ");
        assertThat(process("Bà Mạc Thị Lành, chuyên gia dinh dưỡng, khuyến nghị trẻ em uống đủ nước mỗi ngày."))
                .extracting(Quote::speaker).containsExactly(java.util.Optional.of("Mạc Thị Lành"));
        assertThat(process("Ông Đồng Quốc Hưng kỳ vọng lượng khách quốc tế sẽ tăng gấp đôi vào năm tới."))
                .extracting(Quote::speaker).containsExactly(java.util.Optional.of("Đồng Quốc Hưng"));
    }

    @Test
    void aFigureOfSpeechAfterTheQuotation() {
        List<Quote> q = process("Ông Phan Đức Khiêm là chủ tịch hợp tác xã. “Mở cửa hàng mà không có đường vào thì "
                + "như nuôi cá trong chậu”, ông Khiêm ví von.");
        assertThat(q).extracting(Quote::speaker).containsExactly(java.util.Optional.of("Phan Đức Khiêm"));
    }

    @Test
    void aCoordinatedVerbBelongsToTheSentencesSubject() {
        assertThat(process("Trung tâm Khí tượng tỉnh Hòa Lâm đã ghi nhận 3 trận lốc, và khuyến cáo người dân không ra "
                + "đồng khi có giông.")).extracting(Quote::speaker)
                .containsExactly(java.util.Optional.of("Trung tâm Khí tượng tỉnh Hòa Lâm"));
        assertThat(process("Bà Trịnh Thị Mơ (45 tuổi) gửi đơn lên Sở Tài nguyên tỉnh Hòa Lâm vì cho rằng thửa đất "
                + "bị đo sai diện tích.")).extracting(Quote::speaker)
                .containsExactly(java.util.Optional.of("Trịnh Thị Mơ"));
    }

    @Test
    void accordingToTheCompanyNamedBefore() {
        List<Quote> q = process("Công ty CP Thủy sản Hải Triều vừa mở nhà máy mới. Theo công ty, nhà máy có thể chế "
                + "biến 200 tấn cá mỗi ngày.");
        assertThat(q).extracting(Quote::speaker).containsExactly(java.util.Optional.of("Công ty CP Thủy sản Hải Triều"));
        q = process("Năm nay, Ban Quản lý Khu bảo tồn Sơn Trà đã thả 40 cá thể voọc về rừng, theo báo cáo của đơn vị này.");
        assertThat(q).extracting(Quote::speaker).containsExactly(java.util.Optional.of("Ban Quản lý Khu bảo tồn Sơn Trà"));
    }

    @Test
    void aClosingSourceWithADescriptionAfterIt() {
        List<Quote> q = process("Giải đấu thu hút 1.200 vận động viên, theo Công ty CP Thể thao Bình Minh, đơn vị tổ chức.");
        assertThat(q).extracting(Quote::speaker).containsExactly(java.util.Optional.of("Công ty CP Thể thao Bình Minh"));
    }

    @Test
    void aPartnerOrAParentBodyDoesNotSpeak() {
        assertThat(process("Viện Nghiên cứu Hải sản phối hợp với Sở Nông nghiệp tỉnh Hòa Lâm công bố kết quả khảo sát "
                + "rạn san hô.")).extracting(Quote::speaker)
                .containsExactly(java.util.Optional.of("Viện Nghiên cứu Hải sản"));
        assertThat(process("Cục Thú y thuộc Bộ Nông nghiệp khuyến cáo người chăn nuôi tiêm phòng cho đàn gia cầm."))
                .extracting(Quote::speaker).containsExactly(java.util.Optional.of("Cục Thú y"));
    }

    @Test
    void aNegatedVerbSaysNothing() {
        assertThat(process("Công ty Vận tải Phương Nam chưa trả lời câu hỏi của phóng viên về vụ việc.")).isEmpty();
        assertThat(process("Ông Hà Văn Lộc từ chối bình luận về kết quả thanh tra.")).isEmpty();
    }

    @Test
    void scareQuotesInsideAReportedClauseLeaveItWhole() {
        List<Quote> q = process("Tại cơ quan điều tra, Lò Văn Tùng khai nhận nhóm trả cho mỗi \"người dẫn đường\" 5 "
                + "triệu đồng mỗi chuyến.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).direct()).isFalse();
        assertThat(q.get(0).text()).startsWith("nhóm trả cho mỗi").endsWith("mỗi chuyến");
    }

    @Test
    void aBodysHeadOpeningTheSentenceIsTheBodyNamedBefore() {
        List<Quote> q = process("Cục Quản lý thị trường tỉnh Hòa Lâm vừa thu giữ 500 hộp sữa giả. Cục khuyến cáo người "
                + "mua kiểm tra tem chống giả trước khi thanh toán.");
        assertThat(q).extracting(Quote::speaker)
                .containsExactly(java.util.Optional.of("Cục Quản lý thị trường tỉnh Hòa Lâm"));
    }

    @Test
    void whomADocumentWentToIsNoSource() {
        assertThat(process("Theo tờ trình gửi Bộ Tài chính, dự án cần thêm 200 tỷ đồng để giải phóng mặt bằng.")).isEmpty();
        assertThat(process("Theo Bộ Tài chính, dự án cần thêm 200 tỷ đồng để giải phóng mặt bằng."))
                .extracting(Quote::speaker).containsExactly(java.util.Optional.of("Bộ Tài chính"));
    }

    @Test
    void aDescribedSpeakerIsNotASideFigureInApposition() {
        List<Quote> q = process("Tạ Minh Đức về nhất. Người về nhì, Lục Văn Phong, kém anh 2 phút. “Tôi đã chuẩn bị "
                + "cho cung đường này suốt nửa năm”, nhà vô địch 31 tuổi nói.");
        assertThat(q).extracting(Quote::speaker).containsExactly(java.util.Optional.of("Tạ Minh Đức"));
        // an unnamed speaker stays unnamed, whoever was named earlier
        q = process("Ông Tạ Minh Đức là trưởng ban. Một nạn nhân mất 200 triệu đồng. “Tôi đã tin họ vì lãi trả "
                + "đều đặn mỗi tuần”, nạn nhân kể.");
        assertThat(q).extracting(Quote::speaker).containsExactly(java.util.Optional.empty());
    }

    @Test
    void toldTheWholeFamilyIsNotIncluding() {
        assertThat(process("Ông Vương Đình Khải (70 tuổi), trú thôn Bãi Dài, kể cả xóm phải trèo lên đồi tránh lũ."))
                .extracting(Quote::speaker).containsExactly(java.util.Optional.of("Vương Đình Khải"));
        assertThat(process("Mọi người trong xóm, kể cả trẻ em, đều được phát áo phao trước mùa lũ.")).isEmpty();
    }

    @Test
    void someUnnamedMembersAreNotTheirBody() {
        assertThat(process("Tại phiên thảo luận, nhiều đại biểu Hội đồng nhân dân tỉnh Hòa Lâm đề nghị làm rõ tiến độ "
                + "dự án bệnh viện.")).isEmpty();
        assertThat(process("Đại diện Hội đồng nhân dân tỉnh Hòa Lâm đề nghị làm rõ tiến độ dự án bệnh viện."))
                .extracting(Quote::speaker).containsExactly(java.util.Optional.of("Hội đồng nhân dân tỉnh Hòa Lâm"));
    }
}
