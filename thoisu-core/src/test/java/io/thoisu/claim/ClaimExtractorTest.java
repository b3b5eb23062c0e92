package io.thoisu.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.entity.EntityRecognizer;
import io.thoisu.entity.TestSentences;
import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.Approx;
import io.thoisu.model.Article;
import io.thoisu.model.Claim;
import io.thoisu.model.EntityMention;
import io.thoisu.model.Origin;
import io.thoisu.model.Published;
import io.thoisu.model.Quote;
import io.thoisu.quote.QuoteExtractor;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Attribution, date and qualifier of claims on sentences written for this test. */
class ClaimExtractorTest {
    private final EntityRecognizer recognizer = new EntityRecognizer();
    private final QuoteExtractor quotes = new QuoteExtractor();
    private final ClaimExtractor claims = new ClaimExtractor();

    private List<Claim> claims(String text) {
        Article article = new Article("t", Origin.ofFile("t"), Optional.empty(), Optional.empty(),
                Published.parse("2023-06-15"), Optional.of("Báo Thử Nghiệm"), List.of(), "vi", text, List.of(),
                List.of());
        AnalysedArticle up = TestUpstream.analyse(article);
        List<EntityMention> entities = recognizer.recognize(text, up.sentences());
        List<Quote> qs = quotes.extract(text, up.sentences(), entities);
        return claims.extract(article, up.sentences(), entities, up.times(), up.quantities(), qs);
    }

    /** The same through the standard pipeline's own sentences, times and quantities. */
    private List<Claim> realClaims(String text) {
        Article article = new Article("t", Origin.ofFile("t"), Optional.empty(), Optional.empty(),
                Published.parse("2023-06-15"), Optional.of("Báo Thử Nghiệm"), List.of(), "vi", text, List.of(),
                List.of());
        return io.thoisu.pipeline.Pipeline.standard().analyzer().analyse(article).claims();
    }

    @Test
    void bothPartiesAndFramingSpansAreNotClaims() {
        assertThat(realClaims("Sau 5 ngày xét xử, tòa tuyên án. Quan hệ giữa hai nước đang tốt đẹp.")).isEmpty();
        List<Claim> c = realClaims("Lượng hàng tăng gấp ba trong hai năm, gây thiệt hại cho 40 nhà máy.");
        assertThat(c).extracting(Claim::value).containsExactly(40.0);
        assertThat(realClaims("Ông Quý lĩnh 12 năm tù.")).extracting(Claim::value).containsExactly(12.0);
    }

    @Test
    void birthYearsAndBaselinesDoNotDateAFigure() {
        List<Claim> c = realClaims("Tay vợt sinh năm 2001 đã tăng 9 bậc, gấp đôi cùng kỳ năm ngoái.");
        assertThat(c).extracting(Claim::date).containsExactly(Optional.of("2023-06-15"));
        List<Claim> since = realClaims("Từ năm 2015 đến nay, quỹ đã trao hơn 6.000 suất học bổng.");
        assertThat(since).extracting(Claim::date).containsExactly(Optional.of("2023-06-15"));
    }

    @Test
    void aBaselineAFewWordsAfterSoVoiDoesNotDateAFigure() {
        // 2026-11-23 evening: the baseline's time need not follow "so với" directly
        List<Claim> c = realClaims("Dịp lễ vừa qua, cả nước xảy ra 95 vụ cháy, giảm 12% so với Tết năm ngoái.");
        assertThat(c).extracting(Claim::date).containsOnly(Optional.of("2023-06-15"));
        List<Claim> same = realClaims("Giá cà phê nhân còn 52.000 đồng/kg, giảm mạnh so với cùng thời điểm năm 2021.");
        assertThat(same).extracting(Claim::date).containsOnly(Optional.of("2023-06-15"));
    }

    @Test
    void speakerOfReportedSpeechIsTheAttribution() {
        List<Claim> c = claims("Ngày 12/6, Sở Y tế tỉnh Lạc Phong cho biết khoảng 340 ca mắc mới đã được ghi nhận.");
        assertThat(c).hasSize(1);
        assertThat(c.get(0).value()).isEqualTo(340);
        assertThat(c.get(0).approx()).isEqualTo(Approx.ABOUT);
        assertThat(c.get(0).attribution()).contains("Sở Y tế tỉnh Lạc Phong");
        assertThat(c.get(0).date()).contains("2023-06-12");
    }

    @Test
    void theoSourceAttributesAFigureOutsideAnyQuote() {
        List<Claim> c = claims("Theo số liệu của Hiệp hội Cà phê Tây Nguyên, hơn 1.200 tấn hàng đã bị trả về.");
        assertThat(c).extracting(Claim::attribution).containsExactly(Optional.of("Hiệp hội Cà phê Tây Nguyên"));
        assertThat(c).extracting(Claim::approx).containsExactly(Approx.MORE_THAN);
    }

    @Test
    void withoutSourceOrDateTheOutletAndPublicationDayStand() {
        List<Claim> c = claims("Trận lốc xoáy làm tốc mái gần 90 ngôi nhà ở xã Phú Điền.");
        assertThat(c).hasSize(1);
        assertThat(c.get(0).attribution()).contains("Báo Thử Nghiệm");
        assertThat(c.get(0).date()).contains("2023-06-15");
        assertThat(c.get(0).approx()).isEqualTo(Approx.NEARLY);
        assertThat(c.get(0).about()).startsWith("ngôi nhà");
    }

    @Test
    void aDateAfterTheFigureIsUsedWhenNoneComesBefore() {
        List<Claim> c = claims("Ít nhất 12 tàu cá đã về bến an toàn trước 3/6, ông Lâm Quốc Bảo cho biết.");
        assertThat(c).extracting(Claim::value).containsExactly(12.0);
        assertThat(c.get(0).date()).contains("2023-06-03");
    }

    @Test
    void numbersInsideDatesAreNotClaims() {
        assertThat(claims("Cuộc họp diễn ra ngày 14/6 tại thành phố Hòa Khánh.")).isEmpty();
    }

    // --- 2026-11-23 night: classes found on dev 4, each with sentences of its own ---

    @Test
    void aStopwatchReadingIsAResultNotAClaim() {
        List<Claim> c = realClaims("Chị Hà Thu Trang về nhất cự ly 42 km với thành tích 2 giờ 51 phút 12 giây.");
        assertThat(c).extracting(Claim::value).containsExactly(42.0);
        assertThat(realClaims("Cuộc họp kéo dài 45 phút.")).extracting(Claim::value).containsExactly(45.0);
    }

    @Test
    void aRangeWithItsUnitAtBothEndsIsOneClaim() {
        List<Claim> c = realClaims("Mỗi tuabin có công suất từ 3 MW đến 5 MW.");
        assertThat(c).extracting(Claim::value).containsExactly(3.0);
        assertThat(c).extracting(Claim::approx).containsExactly(Approx.AT_LEAST);
        // a change is two figures
        assertThat(realClaims("Tỷ lệ che phủ rừng tăng từ 41% lên 46%.")).extracting(Claim::value)
                .containsExactly(41.0, 46.0);
    }

    @Test
    void aDurationBeforeWhenIsTheFigure() {
        assertThat(realClaims("Con tàu trôi gần 5 ngày trước khi được tìm thấy.")).extracting(Claim::value)
                .containsExactly(5.0);
        assertThat(realClaims("Con tàu mất liên lạc 5 ngày trước.")).isEmpty();
    }

    @Test
    void figuresOfTheSubjectBeforeItsLateVerbOfSayingAreItsOwn() {
        List<Claim> c = claims("Trung tâm Khí tượng tỉnh Hòa Lâm đã ghi nhận 3 trận lốc, và khuyến cáo người dân "
                + "không ra đồng khi có giông.");
        assertThat(c).extracting(Claim::attribution)
                .containsExactly(Optional.of("Trung tâm Khí tượng tỉnh Hòa Lâm"));
        // an apposition about the speaker is the outlet's
        c = claims("Anh Đỗ Văn Hiếu, thợ lặn có 12 năm kinh nghiệm, kể nước dưới đáy hồ rất lạnh và đục.");
        assertThat(c).extracting(Claim::attribution).containsExactly(Optional.of("Báo Thử Nghiệm"));
    }

    @Test
    void aFigureInAQuotationOfSeveralSentencesTakesTheTimesOfItsOwnSentence() {
        List<Claim> c = realClaims("“Năm 2021 chúng tôi chỉ có một chiếc ghe. Giờ cả xóm có 14 chiếc”, ông Đào Văn Lũy nói.");
        assertThat(c).extracting(Claim::value).containsExactly(14.0);
        assertThat(c).extracting(Claim::date).containsExactly(Optional.of("2023-06-15"));
    }

    @Test
    void whomADocumentWentToDoesNotVouchForItsFigures() {
        List<Claim> c = claims("Theo hồ sơ trình Bộ Xây dựng, cây cầu dài 1.200 m.");
        assertThat(c).extracting(Claim::attribution).containsExactly(Optional.of("Báo Thử Nghiệm"));
    }

    @Test
    void aPeriodRunningToThisMomentDoesNotDateAFigure() {
        List<Claim> c = realClaims("Từ sáng qua đến giờ, đội cứu hộ đã đưa 35 người ra khỏi vùng ngập.");
        assertThat(c).extracting(Claim::date).containsExactly(Optional.of("2023-06-15"));
    }

    @Test
    void aUnitSpeltWithTheOtherToneMarkPlacementStillCounts() {
        // the lexicon writes "uỷ viên", the article "ủy viên"
        assertThat(realClaims("Hội nghị bầu ban chấp hành gồm 53 ủy viên.")).extracting(Claim::value)
                .containsExactly(53.0);
        assertThat(realClaims("Hội nghị bầu ban chấp hành gồm 53 ủy viên.")).extracting(Claim::about)
                .containsExactly("ủy viên");
    }

    @Test
    void fromAnAgeOrAPriceUpIsAtLeast() {
        assertThat(realClaims("Vé cáp treo khứ hồi có giá từ 450.000 đồng.")).extracting(Claim::approx)
                .containsExactly(Approx.AT_LEAST);
        assertThat(realClaims("Trẻ từ 6 tuổi được vào cửa miễn phí.")).extracting(Claim::approx)
                .containsExactly(Approx.AT_LEAST);
        // where from, not from … up
        assertThat(realClaims("Giải quy tụ các kỳ thủ từ 25 quốc gia.")).extracting(Claim::approx)
                .containsExactly(Approx.EXACT);
    }

    @Test
    void aDepositsTermIsNoFigure() {
        assertThat(realClaims("Lãi suất kỳ hạn 6 tháng tại ngân hàng này là 4,1%/năm.")).extracting(Claim::value)
                .containsExactly(4.1);
    }

    @Test
    void monthsOfAYearRoundsOfAContestAndAnOpeningRelativeTimeFrameTheirFigures() {
        // dev 5 classes (2026-11-23), invented sentences
        assertThat(realClaims("Trong 8 tháng năm nay, cảng Chân Mây đón 64 chuyến tàu khách."))
                .extracting(Claim::value).containsExactly(64.0);
        assertThat(realClaims("Sau 11 vòng đấu, đội bóng đất Cảng có 19 bàn thắng."))
                .extracting(Claim::value).containsExactly(19.0);
        assertThat(realClaims("Khoảng 20 phút sau khi cất cánh, máy bay báo hỏng 1 động cơ."))
                .extracting(Claim::value).containsExactly(1.0);
        // a duration before "trước khi" in the middle of a sentence is still the figure
        assertThat(realClaims("Con tàu bị giữ gần 3 tuần trước khi được thả.")).extracting(Claim::value)
                .containsExactly(3.0);
    }

    @Test
    void aComparisonByAFigureIsAnExactDifference() {
        List<Claim> c = realClaims("Giá thuê văn phòng hạng A đạt 41 USD/m2, cao hơn 12% so với cùng kỳ.");
        assertThat(c).filteredOn(x -> x.value() == 12.0).extracting(Claim::approx).containsExactly(Approx.EXACT);
        // "hơn" with nothing compared stays "more than"
        assertThat(realClaims("Tỉnh có hơn 120 dự án chậm tiến độ.")).extracting(Claim::approx)
                .containsExactly(Approx.MORE_THAN);
        // "kéo dài hơn" is a length of time above a figure, not a difference
        assertThat(realClaims("Đợt nắng nóng kéo dài hơn 10 ngày so với dự báo.")).extracting(Claim::approx)
                .containsExactly(Approx.MORE_THAN);
        // a range after the comparison is read from its low end, as any range is (dev 6, 2026-11-24)
        assertThat(realClaims("Vé trên các trang trung gian được rao bán với giá cao hơn 20-40%."))
                .filteredOn(x -> x.value() == 20.0).extracting(Claim::approx).containsExactly(Approx.AT_LEAST);
    }
}
