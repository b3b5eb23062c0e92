package io.thoisu.timeline;

import static io.thoisu.timeline.StoryClaims.claim;
import static io.thoisu.timeline.StoryClaims.values;
import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.model.Approx;
import io.thoisu.model.Claim;
import io.thoisu.model.Conflict;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The conflict rules of presence, unknown verbs, denials, items, ages, owners' shares and care facilities. */
class ConflictFinderItemsAndPresenceTest {
    private final ConflictFinder finder = new ConflictFinder();

    @Test
    void thePeoplePresentAtTheInstantAreAFixedFactEvenAfterAPredicateThatDatesTheInstant() {
        Claim about = claim("a", "Lúc giàn giáo đổ, tại công trường có khoảng 15 công nhân đang trát tường.",
                15, Approx.ABOUT, "công nhân", "công nhân", "2025-03-02");
        Claim more = claim("b", "Theo một người bán nước, khi giàn giáo sập có hơn 30 người đang làm việc.", 30,
                Approx.MORE_THAN, "người", "người", "2025-03-03");
        Claim agreeing = claim("c", "Kết luận ban đầu cho biết lúc sự cố xảy ra có 14 người làm việc trên giàn.",
                14, Approx.EXACT, "người", "người", "2025-03-06");
        List<Conflict> conflicts = finder.find(List.of(about, more, agreeing));
        assertThat(values(conflicts)).containsExactlyInAnyOrder(List.of(15.0, 30.0), List.of(30.0, 14.0));
    }

    @Test
    void thoseSaidToBeThereAndThoseThereAreOneCrowdButAScoreIsNoPresence() {
        Claim organiser = claim("a", "Theo ban tổ chức, khoảng 8.000 khán giả đã có mặt tại sân vận động.", 8000,
                Approx.ABOUT, "khán giả", "khán giả", "2025-04-20");
        Claim police = claim("b", "Công an ước tính lúc trận đấu bắt đầu có hơn 12.000 cổ động viên trong sân.", 12000,
                Approx.MORE_THAN, "cổ động viên", "cổ động viên", "2025-04-19");
        assertThat(values(finder.find(List.of(organiser, police)))).containsExactly(List.of(8000.0, 12000.0));
        Claim two = claim("c", "Kỳ thủ Lạc Văn Hưng mới có 2 điểm sau 4 ván.", 2, Approx.EXACT, "điểm", "điểm",
                "2025-04-20");
        Claim five = claim("d", "Đối thủ của anh đã có 5 điểm.", 5, Approx.EXACT, "điểm", "điểm", "2025-04-21");
        assertThat(finder.find(List.of(two, five))).isEmpty();
    }

    @Test
    void aStandingStateIsNoPresence() {
        Claim school = claim("a", "Trường hiện có 1.240 học sinh theo học.", 1240, Approx.EXACT, "học sinh",
                "học sinh", "2025-05-02");
        Claim boarders = claim("b", "Hôm xảy ra vụ việc có 520 học sinh ăn trưa tại trường.", 520, Approx.EXACT,
                "học sinh", "học sinh", "2025-05-03");
        assertThat(finder.find(List.of(school, boarders))).isEmpty();
        Claim workforce = claim("c", "Được biết, Công ty Minh Lộc có khoảng 900 lao động.", 900, Approx.ABOUT,
                "lao động", "lao động", "2025-05-03");
        Claim shift = claim("d", "Thời điểm xảy ra sự cố, nhà xưởng có gần 300 công nhân đang làm ca.", 300,
                Approx.NEARLY, "công nhân", "công nhân", "2025-05-03");
        assertThat(finder.find(List.of(workforce, shift))).isEmpty();
    }

    @Test
    void peopleWithAVehicleAreAboardAndTwoCountsOfThemDisputeAcrossDays() {
        Claim twelve = claim("a", "Lực lượng cứu hộ đang tìm kiếm tàu cá QN 4411 cùng 9 thuyền viên.", 9,
                Approx.EXACT, "thuyền viên", "thuyền viên", "2025-02-10");
        Claim eleven = claim("b", "Chiếc tàu gặp nạn với 11 ngư dân Quảng Nam mất liên lạc từ đêm 8/2.", 11,
                Approx.EXACT, "ngư dân", "ngư dân", "2025-02-11");
        assertThat(values(finder.find(List.of(twelve, eleven)))).containsExactly(List.of(9.0, 11.0));
        Claim sent = claim("c", "Biên phòng đã điều động tàu BP 07 cùng với 14 cán bộ chiến sĩ đến hiện trường.", 14,
                Approx.EXACT, "cán bộ", "cán bộ", "2025-02-11");
        assertThat(values(finder.find(List.of(twelve, eleven, sent)))).containsExactly(List.of(9.0, 11.0));
    }

    @Test
    void percentChangesOfTwoGoodsAreDifferentThings() {
        Claim food = claim("a", "Giá lương thực đã tăng 3,4% so với tháng trước.", 3.4, Approx.EXACT, "%", "%",
                "2025-06-01");
        Claim gas = claim("b", "Giá gas tăng 2,1% so với tháng trước.", 2.1, Approx.EXACT, "%", "%", "2025-06-02");
        assertThat(finder.find(List.of(food, gas))).isEmpty();
    }

    @Test
    void aFigureWithAnUnknownVerbIsNoRivalOfTheBareCountItIsAPartOf() {
        Claim crew = claim("a", "Toàn bộ 9 thuyền viên đã lên bờ an toàn.", 9, Approx.EXACT, "thuyền viên",
                "thuyền viên", "2025-02-12");
        Claim sick = claim("b", "Ba thuyền viên bị say sóng nặng được đưa vào trạm xá.", 3, Approx.EXACT,
                "thuyền viên", "thuyền viên", "2025-02-12");
        assertThat(finder.find(List.of(crew, sick))).isEmpty();
    }

    @Test
    void aDeniedFigureIsNoTotal() {
        Claim denial = claim("a", "Ca trực đêm ấy có 7 bảo vệ chứ không phải 10 người như tin đồn.", 10,
                Approx.EXACT, "người", "người", "2025-04-01");
        Claim ten = claim("b", "Theo lời kể của một bảo vệ, ca trực có 10 người.", 10, Approx.EXACT, "người",
                "người", "2025-04-01");
        Claim eight = claim("c", "Ca trực đêm ấy có 8 người.", 8, Approx.EXACT, "người", "người", "2025-04-02");
        // the denied 10 is no figure: only the stated 10 disputes 7 and 8... and 7 against 8
        List<Conflict> conflicts = finder.find(List.of(denial, ten, eight));
        assertThat(conflicts).allSatisfy(c -> assertThat(c.values()).doesNotContain(denial));
    }

    @Test
    void valuesOfDifferentItemsAreNoRivalsButTwoValuesOfOneItemAre() {
        Claim boat = claim("a", "Ca nô dài 12 m, trị giá khoảng 2 tỷ đồng.", 2e9, Approx.ABOUT, "đồng", "đồng",
                "2025-06-01");
        Claim nets = claim("b", "Số ngư cụ bị sóng cuốn mất trị giá khoảng 150 triệu đồng.", 1.5e8, Approx.ABOUT,
                "đồng", "đồng", "2025-06-03");
        Claim boatAgain = claim("c", "Chủ ca nô cho biết chiếc ca nô của gia đình trị giá hơn 3 tỷ đồng.", 3e9,
                Approx.MORE_THAN, "đồng", "đồng", "2025-06-03");
        assertThat(values(finder.find(List.of(boat, nets, boatAgain)))).containsExactly(List.of(2e9, 3e9));
    }

    @Test
    void aSourceClauseNamesNoItem() {
        Claim fee = claim("a", "Theo nguồn tin của báo Bình Sơn, phí chuyển nhượng của tiền vệ Hồ Minh Đạt khoảng 5 tỷ "
                + "đồng.", 5e9, Approx.ABOUT, "đồng", "đồng", "2025-01-10");
        Claim paid = claim("b", "Theo Tin Sân Cỏ, CLB Sông Lam Xanh đã chi gần 9 tỷ đồng để có Minh Đạt.", 9e9,
                Approx.NEARLY, "đồng", "đồng", "2025-01-11");
        assertThat(values(finder.find(List.of(fee, paid)))).containsExactly(List.of(5e9, 9e9));
    }

    @Test
    void pricesOfTwoGoodsAreDifferentThings() {
        Claim petrol = claim("a", "Giá xăng E5 tăng lên 21.500 đồng mỗi lít.", 21500, Approx.EXACT, "đồng", "đồng",
                "2025-06-01");
        Claim diesel = claim("b", "Giá dầu diesel là 19.800 đồng mỗi lít.", 19800, Approx.EXACT, "đồng", "đồng",
                "2025-06-02");
        assertThat(finder.find(List.of(petrol, diesel))).isEmpty();
    }

    @Test
    void theAgeOfOneNamedPersonIsDisputedButTwoPeoplesAgesAreNot() {
        Claim young = claim("a", "Kẻ cầm đầu là Phùng Văn Lực (31 tuổi, trú xã Hòa Tiến).", 31, Approx.EXACT, null,
                "tuổi", "2025-07-01");
        Claim older = claim("b", "Nhóm do Phùng Văn Lực (33 tuổi) chỉ huy đã gây ra nhiều vụ trộm.", 33,
                Approx.EXACT, null, "tuổi", "2025-07-02");
        Claim other = claim("c", "Đồng phạm Lý Thị Mai, 27 tuổi, bị bắt sau đó.", 27, Approx.EXACT, null, "tuổi",
                "2025-07-02");
        Claim unnamed = claim("d", "Một bảo vệ 45 tuổi bị thương nhẹ.", 45, Approx.EXACT, null, "tuổi",
                "2025-07-02");
        assertThat(values(finder.find(List.of(young, older, other, unnamed)))).containsExactly(List.of(31.0, 33.0));
    }

    @Test
    void oneOwnersShareAndOneHospitalsPatientsAreParts() {
        Claim whole = claim("a", "Diện tích rừng bị cháy khoảng 18 ha.", 18, Approx.ABOUT, "ha", "ha",
                "2025-05-10");
        Claim owned = claim("b", "Ông Tạ Văn Bền nói 3 ha thông bị cháy của gia đình ông là vốn liếng cả đời.", 3,
                Approx.EXACT, "ha", "ha", "2025-05-11");
        assertThat(finder.find(List.of(whole, owned))).isEmpty();
        Claim injured = claim("c", "Vụ nổ làm 9 người bị thương.", 9, Approx.EXACT, "người", "người",
                "2025-05-10");
        Claim hospital = claim("d", "Bệnh viện Đa khoa Hòa Bình cho biết đang điều trị cho 4 người bị thương.", 4,
                Approx.EXACT, "người", "người", "2025-05-10");
        assertThat(finder.find(List.of(injured, hospital))).isEmpty();
        Claim rival = claim("e", "Công an phường cho biết 6 người bị thương.", 6, Approx.EXACT, "người", "người",
                "2025-05-10");
        assertThat(finder.find(List.of(injured, hospital, rival))).hasSize(1);
    }

    @Test
    void whatEscapesMeasuredInTonnesIsAReleasedVolumeComparedAcrossDays() {
        Claim first = claim("a", "Lượng dầu tràn ra biển khoảng 3 tấn, theo công ty.", 3, Approx.ABOUT, "tấn", "tấn",
                "2025-08-01");
        Claim later = claim("b", "Sở Tài nguyên xác định hơn 8 tấn dầu đã thoát ra trước khi khóa van.", 8,
                Approx.MORE_THAN, "tấn", "tấn dầu", "2025-08-03");
        Claim firstEscaped = claim("c", "Theo công ty, lượng dầu thoát ra khoảng 3 tấn.", 3, Approx.ABOUT, "tấn",
                "tấn", "2025-08-01");
        assertThat(values(finder.find(List.of(firstEscaped, later)))).containsExactly(List.of(3.0, 8.0));
        assertThat(first.value()).isEqualTo(3.0);
    }

    @Test
    void aboutASmallWholeCountAllowsOneEitherWay() {
        Claim about = claim("a", "Có khoảng 12 người bị thương.", 12, Approx.ABOUT, "người", "người", "2025-01-01");
        Claim eleven = claim("b", "Có 11 người bị thương.", 11, Approx.EXACT, "người", "người", "2025-01-01");
        Claim nine = claim("c", "Có 9 người bị thương.", 9, Approx.EXACT, "người", "người", "2025-01-01");
        assertThat(finder.find(List.of(about, eleven))).isEmpty();
        assertThat(finder.find(List.of(about, nine))).hasSize(1);
    }

    @Test
    void twoPlacesAtDistancesFromOneVillageAreNoRivalsButOnePlaceAtTwoDistancesIs() {
        Claim ditch = claim("a", "Đội cứu hộ tìm thấy một thi thể mắc trong khe suối cách bản Phìn Hồ khoảng 3 km.", 3,
                Approx.ABOUT, "km", "km", "2025-09-02");
        Claim bank = claim("b", "Sáng nay, tại một bãi cát cách bản Phìn Hồ khoảng 9 km, người dân phát hiện chiếc xe.",
                9, Approx.ABOUT, "km", "km", "2025-09-03");
        assertThat(finder.find(List.of(ditch, bank))).isEmpty();
        Claim lastFix = claim("c", "Lần liên lạc cuối, tàu báo đang ở vị trí cách đảo Hòn Khói khoảng 80 hải lý.", 80,
                Approx.ABOUT, "hải lý", "hải lý", "2025-09-02");
        Claim otherFix = claim("d", "Theo trung tâm cứu nạn, vị trí cuối cùng tàu báo về cách đảo Hòn Khói khoảng 120 "
                + "hải lý.", 120, Approx.ABOUT, "hải lý", "hải lý", "2025-09-04");
        assertThat(values(finder.find(List.of(lastFix, otherFix)))).containsExactly(List.of(80.0, 120.0));
    }

    @Test
    void aRunningCountIsOfTheDayItIsReportedOn() {
        Claim first = claim("a", "Vụ cháy kho hóa chất tối qua đã làm 4 người chết.", 4, Approx.EXACT, "người",
                "người", "2025-10-04");
        Claim reported = claim("b", "Sáng 6-10, UBND huyện cho biết vụ cháy tối thứ Bảy đã làm 6 người chết.", 6,
                Approx.EXACT, "người", "người", "2025-10-04");
        assertThat(finder.find(List.of(first, reported))).isEmpty();
        Claim sameDay = claim("c", "Theo công an, vụ cháy làm 7 người chết.", 7, Approx.EXACT, "người", "người",
                "2025-10-04");
        assertThat(values(finder.find(List.of(first, reported, sameDay)))).containsExactly(List.of(4.0, 7.0));
    }

    @Test
    void theSizeOfAChangeIsNoTotalButANewTotalIs() {
        Claim monthly = claim("a", "Chỉ số giá tháng 8 tăng 0,42% so với tháng trước.", 0.42, Approx.EXACT, "%", "%",
                "2025-08-29");
        Claim yearly = claim("b", "Chỉ số giá tháng 8 tăng nhẹ 3,1% so với cùng kỳ.", 3.1, Approx.EXACT, "%", "%",
                "2025-08-29");
        assertThat(finder.find(List.of(monthly, yearly))).isEmpty();
        Claim nine = claim("c", "Số người chết đã tăng lên 9 người.", 9, Approx.EXACT, "người", "người",
                "2025-08-29");
        Claim twelve = claim("d", "Theo bệnh viện, 12 người chết.", 12, Approx.EXACT, "người", "người",
                "2025-08-29");
        // the new total is a figure: a later plain report disputes it
        assertThat(values(finder.find(List.of(nine, twelve)))).containsExactly(List.of(9.0, 12.0));
    }

    @Test
    void wordsThatOnlyContainTheWordForDistanceSayNone() {
        Claim style = claim("a", "Giám khảo đặc cách 3 thí sinh vào vòng trong.", 3, Approx.EXACT, "thí sinh",
                "thí sinh", "2025-08-29");
        Claim way = claim("b", "Ban tổ chức chọn một cách ngẫu nhiên 5 thí sinh.", 5, Approx.EXACT, "thí sinh",
                "thí sinh", "2025-08-30");
        assertThat(new FigureReader(new FigureLexicon(), new io.thoisu.quantity.QuantityRecognizer()).read(style)
                .predicate()).isEmpty();
        assertThat(finder.find(List.of(style, way))).isEmpty();
    }
}
