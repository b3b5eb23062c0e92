package io.thoisu.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.model.Approx;
import io.thoisu.model.Quantity;
import io.thoisu.model.SpanStageContract;
import io.thoisu.testkit.SharedData;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QuantityRecognizerTest extends SpanStageContract<Quantity> {
    private final QuantityRecognizer recognizer = new QuantityRecognizer();

    @Override
    protected List<Quantity> process(String text) {
        return recognizer.recognize(text);
    }

    @Override
    protected List<String> samples() {
        return List.of("Phủ Tổng thống cho biết khoảng 5.800 đối tượng đã bị bắt giữ hôm 9/1.",
                "Quân đội đã chuẩn bị hơn 75 máy bay vận tải; thành phố 2 triệu dân, tăng 7,5%.",
                "Ngày 13-1-2022 lúc 19h30, từ 5 đến 7 người, Hàng chục đối tượng, mười lăm binh sĩ.");
    }

    private Quantity only(String text) {
        List<Quantity> found = process(text);
        assertThat(found).as("quantities in: %s", text).hasSize(1);
        return found.get(0);
    }

    @Test
    void readsDotThousandsAndCommaDecimals() {
        assertThat(only("bắt giữ 5.800 người").value()).isEqualTo(5800);
        assertThat(only("tăng 1,5 triệu lượt").value()).isEqualTo(1_500_000);
        assertThat(only("mức 7,5% năm nay").value()).isEqualTo(7.5);
        assertThat(only("mức 7,5% năm nay").unit()).contains("%");
    }

    @Test
    void aCommaBeforeThreeZerosGroupsThousandsTheEnglishWay() {
        assertThat(only("có hơn 45,000 người tham dự").value()).isEqualTo(45_000);
        assertThat(only("mức 2,05 điểm").value()).isEqualTo(2.05);
        assertThat(only("cao 1,250 m").value()).isEqualTo(1.25);
    }

    @Test
    void dispatchIsACountButArticleFiveIsALabel() {
        assertThat(only("đã điều 12 xe chữa cháy tới hiện trường").value()).isEqualTo(12);
        assertThat(recognizer.recognize("theo Điều 5 của luật")).isEmpty();
    }

    @Test
    void roadsAndHouseNumbersAreLabelsButBribesAndPartitivesCount() {
        assertThat(recognizer.recognize("ùn tắc trên quốc lộ 14 và tỉnh lộ 8")).isEmpty();
        assertThat(only("nhận hối lộ 5 tỷ đồng của nhà thầu").value()).isEqualTo(5e9);
        assertThat(recognizer.recognize("căn nhà số 5 trên phố Hàng Chiếu")).isEmpty();
        assertThat(only("trong số 14 công dân Việt Nam trên tàu").value()).isEqualTo(14);
        assertThat(only("tổng số 120 hộ dân phải di dời").value()).isEqualTo(120);
    }

    @Test
    void numbersInProductNamesAndAfterAcronymsAreNotCounts() {
        assertThat(recognizer.recognize("lô vắc xin 5 trong 1 đầu tiên")).isEmpty();
        assertThat(recognizer.recognize("giá xăng RON 95 tăng")).isEmpty();
    }

    @Test
    void estimatedToReachIsAbout() {
        assertThat(only("xuất khẩu ước đạt 8,1 triệu tấn").approx()).isEqualTo(Approx.ABOUT);
        assertThat(only("xuất khẩu ước đạt 8,1 triệu tấn").value()).isEqualTo(8.1e6);
    }

    @Test
    void scaleWordsMultiplyAndMoneyKeepsTheCurrency() {
        Quantity q = only("Dự án có vốn 3,2 tỷ đồng.");
        assertThat(q.value()).isEqualTo(3.2e9);
        assertThat(q.unit()).contains("đồng");
        assertThat(q.text()).isEqualTo("3,2 tỷ đồng");
    }

    @Test
    void qualifiersMapToTheContractNames() {
        assertThat(only("khoảng 2.000 binh sĩ").approx()).isEqualTo(Approx.ABOUT);
        assertThat(only("gần 1.000 người").approx()).isEqualTo(Approx.NEARLY);
        assertThat(only("hơn 75 máy bay vận tải").approx()).isEqualTo(Approx.MORE_THAN);
        assertThat(only("trên 300 hộ dân").approx()).isEqualTo(Approx.MORE_THAN);
        assertThat(only("ít nhất 18 sĩ quan cảnh sát").approx()).isEqualTo(Approx.AT_LEAST);
        assertThat(only("tối thiểu 20 người").approx()).isEqualTo(Approx.AT_LEAST);
        assertThat(only("lên tới 2.500 người").approx()).isEqualTo(Approx.UP_TO);
        assertThat(only("chưa đến 10% dân số").approx()).isEqualTo(Approx.LESS_THAN);
        assertThat(only("dưới 50 người").approx()).isEqualTo(Approx.LESS_THAN);
        assertThat(only("không tới 50 người").approx()).isEqualTo(Approx.LESS_THAN);
        assertThat(only("nhận 12 người").approx()).isEqualTo(Approx.EXACT);
    }

    @Test
    void spanCoversQualifierNumberAndUnit() {
        String text = "Bộ cho biết ít nhất 18 sĩ quan cảnh sát đã thiệt mạng.";
        Quantity q = only(text);
        assertThat(q.text()).isEqualTo("ít nhất 18 sĩ quan cảnh sát");
        assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
        assertThat(q.unit()).contains("sĩ quan cảnh sát");
    }

    @Test
    void numberWordsAndVagueQuantities() {
        assertThat(only("mười lăm người").value()).isEqualTo(15);
        assertThat(only("có một trăm binh sĩ").value()).isEqualTo(100);
        assertThat(only("hai mươi mốt người").value()).isEqualTo(21);
        assertThat(only("Hàng chục đối tượng bạo loạn").value()).isEqualTo(10);
        assertThat(only("Hàng chục đối tượng bạo loạn").approx()).isEqualTo(Approx.AT_LEAST);
        assertThat(only("hàng nghìn người").value()).isEqualTo(1000);
        assertThat(only("vài trăm người").value()).isEqualTo(200);
    }

    @Test
    void rangesGiveTheLowEndAndKeepTheHighEnd() {
        List<QuantityMatch> m = recognizer.recognizeMatches("Có 5-7 người bị thương.");
        assertThat(m).hasSize(1);
        assertThat(m.get(0).quantity().value()).isEqualTo(5);
        assertThat(m.get(0).quantity().approx()).isEqualTo(Approx.AT_LEAST);
        assertThat(m.get(0).rangeEnd().getAsDouble()).isEqualTo(7);
        assertThat(recognizer.recognizeMatches("từ 200 đến 300 hộ dân").get(0).rangeEnd().getAsDouble()).isEqualTo(300);
    }

    @Test
    void datesTimesYearsOrdinalsAndNamesAreNotQuantities() {
        for (String text : List.of("ngày 10/1", "Ngày 13-1, đoàn lên đường", "13-1-2022", "19h30", "lúc 19:17 GMT+7",
                "năm 2022", "Trong 2021 đã vậy", "thứ hai", "lần thứ 6", "hội nghị G20", "đại dịch COVID-19",
                "tiêm kích Su-35", "Điều 5 của luật", "tháng 12", "5/1/2022", "tỷ số 2-1", "một âm mưu đảo chính",
                "hai Ngoại trưởng", "Ba Lan")) {
            assertThat(process(text)).as(text).isEmpty();
        }
    }

    @Test
    void aNumberAfterADateIsStillFound() {
        assertThat(process("Ngày 13-1, khoảng 2.000 binh sĩ rút quân.")).extracting(Quantity::text)
                .containsExactly("khoảng 2.000 binh sĩ");
    }

    @Test
    void classifierSpansWithTheNounAsUnit() {
        Quantity q = only("đưa 3 chiếc máy bay tới");
        assertThat(q.text()).isEqualTo("3 chiếc máy bay");
        assertThat(q.unit()).isEqualTo(Optional.of("máy bay"));
    }

    /** Property: any dotted integer with a unit reads back as itself, whatever the text around it. */
    @Test
    void dottedIntegersRoundTrip() {
        Random random = new Random(99);
        java.text.DecimalFormatSymbols symbols = new java.text.DecimalFormatSymbols(java.util.Locale.ROOT);
        symbols.setGroupingSeparator('.');
        java.text.DecimalFormat format = new java.text.DecimalFormat("#,###", symbols);
        for (int i = 0; i < 500; i++) {
            long n = 1 + (long) (random.nextDouble() * 50_000_000L);
            String text = "Theo báo cáo, có " + format.format(n) + " người tham gia.";
            Quantity q = only(text);
            assertThat(q.value()).as(text).isEqualTo((double) n);
            assertThat(q.unit()).contains("người");
        }
    }

    @Test
    void seedPageFiguresAreFound() throws Exception {
        String page = Files.readString(SharedData.require("seeds/000_215848963ab2a465.txt"));
        List<String> texts = process(page).stream().map(Quantity::text).toList();
        assertThat(texts).contains("khoảng 5.800 đối tượng", "hơn 75 máy bay vận tải", "lên tới 2.500 người",
                "2 triệu dân", "ít nhất 18 sĩ quan cảnh sát", "Hàng chục đối tượng", "lên tới 5.000 người");
        assertThat(texts).noneMatch(t -> t.contains("/") || t.equals("2022"));
    }

    // --- 2026-11-23 night (quotes and claims branch): small fixes found through the claims of dev 4 ---

    @Test
    void beyondAndNotEvenAreQualifiers() {
        assertThat(only("có tuần vượt 12.000 lượt khách").approx()).isEqualTo(Approx.MORE_THAN);
        assertThat(only("chỉ số AQI vượt ngưỡng 300").approx()).isEqualTo(Approx.MORE_THAN);
        assertThat(only("sạc đầy trong chưa đầy 20 phút").approx()).isEqualTo(Approx.LESS_THAN);
        // the margin over a plan is the figure itself
        assertThat(only("doanh thu vượt 6% kế hoạch năm").approx()).isEqualTo(Approx.EXACT);
    }

    @Test
    void pastAnAgeButNotBesides() {
        assertThat(only("cụ bà đã ngoài 90 tuổi").approx()).isEqualTo(Approx.MORE_THAN);
        assertThat(only("Ngoài 3 bị can này, công an còn triệu tập nhiều người").approx()).isEqualTo(Approx.EXACT);
    }

    @Test
    void aDecimalTimesAScaleIsTheDecimalWritten() {
        assertThat(only("gần 8,2 triệu TEU").value()).isEqualTo(8_200_000.0);
        assertThat(only("khoảng 1,1 triệu tỷ đồng").value()).isEqualTo(1.1e15);
        assertThat(only("4,35 tỷ đồng").value()).isEqualTo(4.35e9);
    }

    @Test
    void compoundVerbsEndingInALabelWordStillCount() {
        assertThat(only("đã nâng cấp 14 trạm biến áp").value()).isEqualTo(14.0);
        assertThat(only("quỹ dự phòng 8,5 tỷ đồng").value()).isEqualTo(8.5e9);
        assertThat(recognizer.recognize("gió mạnh cấp 9, phòng 12")).isEmpty();
    }

    @Test
    void aPricePerPeriodIsNoDate() {
        assertThat(only("vé tháng 250.000 đồng").value()).isEqualTo(250_000.0);
        assertThat(only("lương tháng 9 triệu đồng").value()).isEqualTo(9e6);
        assertThat(only("hỗ trợ khẩn cấp 20 triệu đồng").value()).isEqualTo(2e7);
        assertThat(recognizer.recognize("ngày 15 tháng 3")).isEmpty();
    }
}
