package io.thoisu.timeline;

import static io.thoisu.timeline.StoryClaims.claim;
import static io.thoisu.timeline.StoryClaims.values;
import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.model.Approx;
import io.thoisu.model.Claim;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Disputes found by what a measure is of, by verbs of trapped, owed and fallen things, by "số X là N"; and pairs
 * refused: one writer's voice against a source he quotes, an update against an undated figure, an earlier event's
 * year, the whole of "N trong số M". Every sentence is invented.
 */
class ConflictFinderMeasuresAndUpdatesTest {
    private static final String DAY = "2024-10-02";
    private final ConflictFinder finder = new ConflictFinder();

    @Test
    void aDimensionNamedBeforeAMeasureSaysWhatItIsOf() {
        Claim low = claim("a", "Chiếc trực thăng đang bay ở độ cao khoảng 3.000 m thì mất liên lạc.", 3000,
                Approx.ABOUT, "m", "m", DAY);
        Claim high = claim("b", "Theo trạm radar, chiếc trực thăng khi đó ở độ cao gần 5.200 m.", 5200,
                Approx.NEARLY, "m", "m", "2024-10-03");
        assertThat(values(finder.find(List.of(low, high)))).containsExactly(List.of(3000.0, 5200.0));
        // how tall a peak is, is not where something on it stands
        Claim peak = claim("c", "Đỉnh Phia Loòng cao 3.100 m so với mực nước biển.", 3100, Approx.EXACT, "m", "m",
                DAY);
        assertThat(values(finder.find(List.of(low, peak)))).isEmpty();
    }

    @Test
    void lengthsOfOneThingDisagreeWhateverTheirVerbsButNotThoseOfTwoThings() {
        Claim polluted = claim("a", "Đoạn kênh bị ô nhiễm dài khoảng 6 km.", 6, Approx.ABOUT, "km", "km", DAY);
        Claim fish = claim("b", "Cá chết trắng trên đoạn kênh dài hơn 15 km.", 15, Approx.MORE_THAN, "km", "km", DAY);
        assertThat(values(finder.find(List.of(polluted, fish)))).containsExactly(List.of(6.0, 15.0));
        Claim road = claim("c", "Tuyến đường tránh dài 15 km được khởi công năm ngoái.", 15, Approx.EXACT, "km", "km",
                DAY);
        assertThat(finder.find(List.of(polluted, road))).isEmpty();
    }

    @Test
    void peopleTrappedAndWorkersOwedCompareAcrossTheirWording() {
        Claim company = claim("a", "Theo ban quản lý, 36 khách mắc kẹt trong thang máng trượt.", 36, Approx.EXACT,
                "khách", "khách mắc kẹt", DAY);
        Claim police = claim("b", "Công an xác định có hơn 50 người bị mắc kẹt.", 50, Approx.MORE_THAN, "người",
                "người bị mắc kẹt", DAY);
        assertThat(values(finder.find(List.of(company, police)))).containsExactly(List.of(36.0, 50.0));
        Claim board = claim("a", "Công ty đang nợ lương của 640 công nhân.", 640, Approx.EXACT, "công nhân",
                "công nhân", DAY);
        Claim union = claim("b", "Số công nhân bị công ty nợ lương là khoảng 900 người.", 900, Approx.ABOUT, "người",
                "người", "2024-10-05");
        assertThat(values(finder.find(List.of(board, union)))).containsExactly(List.of(640.0, 900.0));
    }

    @Test
    void theCountedPhraseNamedAfterSoBeforeLaIsTheFiguresOwn() {
        assertThat(FigureReader.namedBefore("", "hồ sơ", List.of("số", "hồ", "sơ", "bệnh", "án", "bị", "xóa", "là")))
                .isEqualTo("hồ sơ bệnh án");
        assertThat(FigureReader.namedBefore("", "hồ sơ", List.of("đã", "xóa"))).isEmpty();
        assertThat(FigureReader.namedBefore("", "hồ sơ", List.of("số", "máy", "bị", "hỏng", "là"))).isEmpty();
    }

    @Test
    void aDemandIsComparedAcrossDays() {
        Claim first = claim("a", "Nhóm tin tặc đòi 12 bitcoin để mở khóa dữ liệu.", 12, Approx.EXACT, null, "bitcoin",
                DAY);
        Claim later = claim("b", "Theo công an, nhóm tin tặc thực ra đòi 30 bitcoin.", 30, Approx.EXACT, null,
                "bitcoin", "2024-10-06");
        assertThat(values(finder.find(List.of(first, later)))).containsExactly(List.of(12.0, 30.0));
    }

    @Test
    void theWritersOwnFigureIsNoSecondSourceAgainstOneHeQuotes() {
        Claim quoted = at("a", "Theo ban quản lý, 9 toa tàu dừng giữa đường ray.", 9, "toa", "ban quản lý", 0);
        Claim own = at("a", "Đoàn tàu có 14 toa, chạy tuyến Bắc Sơn - Hòa Lâm.", 14, "toa", "TBS", 200);
        assertThat(finder.find(List.of(quoted, own))).isEmpty();
        Claim other = at("a", "Còn theo nhà ga, 12 toa tàu dừng giữa đường ray.", 12, "toa", "nhà ga", 400);
        assertThat(values(finder.find(List.of(quoted, other)))).containsExactly(List.of(9.0, 12.0));
    }

    @Test
    void anUpdateIsNoRivalOfAnUndatedFigure() {
        Claim undated = claim("a", "Có 8 công nhân bị mắc kẹt dưới hầm.", 8, Approx.EXACT, "công nhân",
                "công nhân bị mắc kẹt", null);
        Claim update = claim("b", "Hiện vẫn còn 3 công nhân mắc kẹt dưới hầm.", 3, Approx.EXACT, "công nhân",
                "công nhân mắc kẹt", DAY);
        assertThat(finder.find(List.of(undated, update))).isEmpty();
        Claim plain = claim("c", "Đội cứu hộ cho biết 5 công nhân mắc kẹt dưới hầm.", 5, Approx.EXACT, "công nhân",
                "công nhân mắc kẹt", DAY);
        assertThat(values(finder.find(List.of(undated, plain)))).containsExactly(List.of(8.0, 5.0));
    }

    @Test
    void anEarlierEventsYearIsNoDayOfAnUndatedArticle() {
        Claim background = claim("a", "Năm 2018, một vụ sạt hầm khác từng làm 6 công nhân thiệt mạng.", 6,
                Approx.EXACT, "công nhân", "công nhân thiệt mạng", "2018");
        Claim undated = claim("b", "Vụ sạt hầm làm 2 công nhân thiệt mạng.", 2, Approx.EXACT, "công nhân",
                "công nhân thiệt mạng", null);
        assertThat(finder.find(List.of(background, undated))).isEmpty();
    }

    @Test
    void theWholeAfterTrongSoIsNotWhatTheVerbSaysOfThePart() {
        Claim carried = claim("a", "Xe chở 150 bao phân bón, trong đó 30 bao rơi xuống mương.", 150, Approx.EXACT,
                "bao", "bao phân bón", DAY);
        String s = "Vụ lật xe làm 30 trong số 150 bao phân rơi xuống mương.";
        Claim part = claim("b", s, 30, Approx.EXACT, "bao", "bao", DAY);
        Claim whole = claim("b", s, 150, Approx.EXACT, "bao", "bao phân rơi xuống mương", DAY);
        Claim more = claim("c", "Người dân cho biết hơn 70 bao phân rơi xuống mương.", 70, Approx.MORE_THAN, "bao",
                "bao phân rơi xuống mương", DAY);
        assertThat(values(finder.find(List.of(carried, part, whole, more)))).containsExactly(List.of(30.0, 70.0));
    }

    @Test
    void whatAGroupHasIsWhoItIsMadeOfAsWithGom() {
        Claim gom = claim("a", "Đoàn khảo sát gồm 9 người, xuất phát từ bản Nà Lươn.", 9, Approx.EXACT, "người",
                "người", DAY);
        Claim co = claim("b", "Theo công an xã, đoàn khảo sát bị lạc trong rừng có 12 người.", 12, Approx.EXACT,
                "người", "người", null);
        assertThat(values(finder.find(List.of(gom, co)))).containsExactly(List.of(9.0, 12.0));
        Claim standing = claim("c", "Công ty Lâm sản Nà Lươn có 12 người làm việc tại xưởng.", 12, Approx.EXACT,
                "người", "người làm việc", null);
        assertThat(finder.find(List.of(gom, standing))).isEmpty();
        // a federation ("Liên đoàn") is no group whose "có" lists its members
        Claim federation = claim("d", "Liên đoàn Lao động cho biết trong ngày 3/1 có hơn 40 người tập trung.", 40,
                Approx.MORE_THAN, "người", "người tập trung", DAY);
        Claim police = claim("e", "Công an huyện cho biết khoảng 25 người tập trung trước cổng.", 25, Approx.ABOUT,
                "người", "người tập trung", DAY);
        assertThat(values(finder.find(List.of(federation, police)))).containsExactly(List.of(40.0, 25.0));
    }

    @Test
    void twoAltitudesOfOneStoryDisagreeWhateverStandsAtThem() {
        Claim found = claim("a", "Đội cứu hộ cho biết 4 người được tìm thấy ở độ cao khoảng 1.800 m.", 1800,
                Approx.ABOUT, "m", "m", DAY);
        Claim shelter = claim("b", "Theo người dẫn đường, lều của nhóm dựng ở độ cao gần 2.400 m.", 2400,
                Approx.NEARLY, "m", "m", DAY);
        assertThat(values(finder.find(List.of(found, shelter)))).containsExactly(List.of(1800.0, 2400.0));
    }

    private static Claim at(String article, String sentence, double value, String unit, String source, int offset) {
        return new Claim(article, sentence, value, Approx.EXACT, Optional.of(unit), unit, Optional.ofNullable(source),
                Optional.of(DAY), offset, offset + sentence.length());
    }
    @Test
    void whatOneSideSaysItBoughtAndTheOtherSaysItSoldIsOneFactAcrossDays() {
        // read on timeline dev 5 (2026-11-24): a purchase is a fixed fact of the event, not a running count
        Claim seller = claim("a", "Người bán khai đã bán cho gia đình khoảng 30 lít rượu.", 30, Approx.ABOUT, "lít",
                "lít rượu", DAY);
        Claim buyer = claim("b", "Chủ nhà cho biết gia đình đã mua gần 80 lít rượu cho hai ngày cỗ.", 80,
                Approx.NEARLY, "lít", "lít rượu", "2024-10-04");
        assertThat(values(finder.find(List.of(seller, buyer)))).containsExactly(List.of(30.0, 80.0));
    }
}
