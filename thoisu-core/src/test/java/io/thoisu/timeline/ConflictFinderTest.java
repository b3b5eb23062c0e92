package io.thoisu.timeline;

import static io.thoisu.timeline.StoryClaims.claim;
import static io.thoisu.timeline.StoryClaims.values;
import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.model.Approx;
import io.thoisu.model.Claim;
import io.thoisu.model.Conflict;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConflictFinderTest {
    private final ConflictFinder finder = new ConflictFinder();

    @Test
    void aboutAFigureAndUpToALowerOneDisagreeAcrossCountNounsOfPeople() {
        Claim about = claim("a", "Khoảng 5.800 đối tượng tham gia gây rối đã bị bắt giữ.", 5800, Approx.ABOUT,
                "đối tượng", "đối tượng tham gia gây rối bị bắt giữ", "2023-10-09");
        Claim upTo = claim("b", "Số người bị bắt giữ lên tới 5.000 người.", 5000, Approx.UP_TO, "người",
                "người", "2023-10");
        List<Conflict> conflicts = finder.find(List.of(about, upTo));
        assertThat(conflicts).singleElement().satisfies(c -> {
            assertThat(c.values()).containsExactly(about, upTo);
            assertThat(c.about()).contains("bị bắt giữ");
        });
    }

    @Test
    void moreThanAllowsUpToTheNextStepOfItsLastDigit() {
        Claim moreThan = claim("a", "Hơn 1.000 người bị thương.", 1000, Approx.MORE_THAN, "người", "người", null);
        Claim exact = claim("b", "Có 1.300 người bị thương.", 1300, Approx.EXACT, "người", "người", "2023-10-10");
        assertThat(finder.find(List.of(moreThan, exact))).isEmpty();
        Claim nineHundred = claim("c", "Hơn 900 hộ dân đã được di dời.", 900, Approx.MORE_THAN, "hộ dân", "hộ dân",
                "2023-10-10");
        Claim twelveHundred = claim("d", "Khoảng 1.200 hộ phải sơ tán.", 1200, Approx.ABOUT, "hộ", "hộ",
                "2023-10-10");
        assertThat(finder.find(List.of(nineHundred, twelveHundred))).hasSize(1);
    }

    @Test
    void differentPredicatesDaysOrAreasAreDifferentThings() {
        Claim dead = claim("a", "Vụ sập giàn giáo làm 12 người chết.", 12, Approx.EXACT, "người", "người",
                "2023-10-10");
        Claim injured = claim("b", "Đã có 40 người bị thương.", 40, Approx.EXACT, "người", "người", "2023-10-10");
        Claim deadLater = claim("c", "Ngày 13/10, số người chết đã là 15 người.", 15, Approx.EXACT, "người",
                "người", "2023-10-13");
        Claim commune = claim("d", "Riêng xã Hòa Mỹ có 4 người chết.", 4, Approx.EXACT, "người", "người",
                "2023-10-10");
        assertThat(finder.find(List.of(dead, injured, deadLater, commune))).isEmpty();
        Claim deadSameDay = claim("e", "Có 15 người chết.", 15, Approx.EXACT, "người", "người", "2023-10-10");
        assertThat(finder.find(List.of(dead, injured, deadLater, commune, deadSameDay))).singleElement()
                .satisfies(c -> assertThat(c.values()).containsExactly(dead, deadSameDay));
    }

    @Test
    void twoFiguresOfOneSentenceAndDurationsAreNeverDisputes() {
        String s = "Mực nước tại trạm Bến Cát đạt 7,8 m, vượt mức báo động 3 là 0,6 m.";
        Claim level = claim("a", s, 7.8, Approx.EXACT, "m", "m", "2024-09-10");
        Claim margin = claim("a", s, 0.6, Approx.EXACT, "m", "m", "2024-09-10");
        Claim built = claim("a", "Cầu được xây dựng cách đây 30 năm.", 30, Approx.EXACT, "năm", "năm", null);
        Claim run = claim("b", "Cầu đã được xây dựng 28 năm.", 28, Approx.EXACT, "năm", "năm", null);
        Claim clock = claim("c", "Khoảng 21 giờ, đám cháy bùng phát.", 21, Approx.ABOUT, "giờ", "giờ", null);
        Claim otherClock = claim("d", "Đến khoảng 1 giờ sáng, đám cháy bùng phát trở lại.", 1, Approx.ABOUT, "giờ",
                "giờ sáng", null);
        assertThat(finder.find(List.of(level, margin, built, run, clock, otherClock))).isEmpty();
    }

    @Test
    void accompliceCountsAreNotMoney() {
        Claim accomplices = claim("a", "Bị cáo cùng 3 đồng phạm bị truy tố.", 3, Approx.EXACT, "đồng",
                "đồng phạm", "2025-01-08");
        Claim money = claim("b", "Số tiền bị truy tố là hơn 320 tỷ đồng.", 3.2e11, Approx.MORE_THAN, "đồng", "đồng",
                "2025-01-08");
        assertThat(finder.find(List.of(accomplices, money))).isEmpty();
    }

    @Test
    void copiesOfAFigureAreShownOnceByTheEarliest() {
        String wire = "Thiệt hại ban đầu ước tính khoảng 20 tỷ đồng.";
        Claim first = claim("wire", wire, 2e10, Approx.ABOUT, "đồng", "đồng", "2025-01-12");
        Claim copy1 = claim("copy1", wire, 2e10, Approx.ABOUT, "đồng", "đồng", "2025-01-12");
        Claim copy2 = claim("copy2", wire, 2e10, Approx.ABOUT, "đồng", "đồng", null);
        Claim other = claim("own", "Theo ông Thịnh, thiệt hại ban đầu hơn 15 tỷ đồng.", 1.5e10, Approx.MORE_THAN,
                "đồng", "đồng", "2025-01-12");
        assertThat(finder.find(List.of(first, copy1, copy2, other))).singleElement()
                .satisfies(c -> assertThat(c.values()).containsExactly(first, other));
    }

    @Test
    void fixedFactsOfTheEventAreComparedWhateverDayTheyCameOut() {
        Claim damage = claim("a", "Theo UBND huyện Trà Lĩnh, thiệt hại ban đầu ước khoảng 35 tỷ đồng.", 3.5e10,
                Approx.ABOUT, "đồng", "đồng", "2024-06-02");
        Claim damageLater = claim("b", "Tổng thiệt hại do trận lốc được công ty bảo hiểm ước tính hơn 50 tỷ đồng.",
                5e10, Approx.MORE_THAN, "đồng", "đồng", "2024-06-05");
        Claim injured = claim("a", "Vụ nổ lò hơi làm 3 công nhân bị thương.", 3, Approx.EXACT, "công nhân",
                "công nhân bị thương", "2024-06-02");
        Claim injuredLater = claim("c", "Theo công an, vụ nổ khiến 5 công nhân bị thương.", 5, Approx.EXACT,
                "công nhân", "công nhân bị thương", "2024-06-04");
        assertThat(values(finder.find(List.of(damage, injured, damageLater, injuredLater))))
                .containsExactlyInAnyOrder(List.of(3.5e10, 5e10), List.of(3.0, 5.0));
    }

    @Test
    void runningCountsAreComparedWithinOneDayOnly() {
        Claim first = claim("a", "Đến trưa 14/7, mưa lũ đã làm 4 người mất tích.", 4, Approx.EXACT, "người",
                "người mất tích", "2024-07-14");
        Claim nextDay = claim("b", "Đến chiều 15/7, vẫn còn 7 người mất tích.", 7, Approx.EXACT, "người",
                "người mất tích", "2024-07-15");
        assertThat(finder.find(List.of(first, nextDay))).isEmpty();
        Claim sameDay = claim("c", "Theo xã Lũng Phìn, đến tối 14/7 có 7 người mất tích.", 7, Approx.EXACT,
                "người", "người mất tích", "2024-07-14");
        assertThat(values(finder.find(List.of(first, sameDay)))).containsExactly(List.of(4.0, 7.0));
    }

    @Test
    void aCountPublishedTheMorningAfterTheDayItsSentencePointsAtIsOfThatDay() {
        // the sentence points at yesterday: its day is the 14th, the day before the other article came out
        Claim pointed = claim("a", "Vụ sạt lở rạng sáng hôm qua làm 6 người mất tích.", 6, Approx.EXACT, "người",
                "người mất tích", "2024-07-14");
        Claim published = claim("b", "Vụ sạt lở làm 8 người mất tích.", 8, Approx.EXACT, "người",
                "người mất tích", "2024-07-15");
        assertThat(finder.find(List.of(published, pointed))).hasSize(1);
        // two counts that each have only their own publication day are counts of two days
        Claim yesterday = claim("c", "Hiện 6 người mất tích.", 6, Approx.EXACT, "người", "người mất tích",
                "2024-07-14");
        assertThat(finder.find(List.of(yesterday, published))).isEmpty();
    }

    @Test
    void aLaterUpdateRevisesTheFiguresPublishedBeforeItButALaterPlainFigureDisputesIt() {
        Claim early = claim("a", "Vụ ngộ độc làm 40 người nhập viện.", 40, Approx.EXACT, "người",
                "người nhập viện", "2024-03-09");
        Claim update = claim("b", "Số người phải nhập viện đã tăng lên 72 người.", 72, Approx.EXACT, "người",
                "người", "2024-03-09");
        assertThat(finder.find(List.of(early, update))).isEmpty();
        Claim rival = claim("c", "Theo Sở Y tế, khoảng 95 người nhập viện.", 95, Approx.ABOUT, "người",
                "người nhập viện", "2024-03-09");
        assertThat(values(finder.find(List.of(early, update, rival))))
                .containsExactlyInAnyOrder(List.of(40.0, 95.0), List.of(72.0, 95.0));
        Claim soFar = claim("d", "Như vậy, vụ ngộ độc đã làm 95 người nhập viện.", 95, Approx.EXACT, "người",
                "người nhập viện", "2024-03-09");
        assertThat(finder.find(List.of(early, soFar))).isEmpty();
        Claim stillIn = claim("f", "Hiện 30 người vẫn phải nhập viện.", 30, Approx.EXACT, "người",
                "người vẫn phải nhập viện", "2024-03-09");
        assertThat(finder.find(List.of(early, stillIn))).isEmpty();
        // "còn" before a figure joins two statements: no update
        Claim joined = claim("g", "Vụ ngộ độc làm 2 người tử vong, còn 55 người nhập viện.", 55, Approx.EXACT,
                "người", "người nhập viện", "2024-03-09");
        assertThat(values(finder.find(List.of(early, joined)))).containsExactly(List.of(40.0, 55.0));
    }

    @Test
    void incrementsAreNoTotals() {
        Claim total = claim("a", "Vụ cháy chợ làm 5 người chết.", 5, Approx.EXACT, "người", "người chết",
                "2024-02-20");
        Claim more = claim("b", "Lực lượng cứu hộ tìm thấy thêm 2 thi thể, đều đã tử vong.", 2, Approx.EXACT,
                "thi thể", "thi thể", "2024-02-20");
        Claim moreDead = claim("c", "Thêm 2 nạn nhân đã tử vong tại bệnh viện.", 2, Approx.EXACT, "nạn nhân",
                "nạn nhân", "2024-02-20");
        assertThat(finder.find(List.of(total, more, moreDead))).isEmpty();
    }

    @Test
    void partsAndWiderWholesAreMarkedAndAnAuthoritysAreaIsNoPart() {
        Claim story = claim("a", "Khoảng 40 ngôi nhà bị sập.", 40, Approx.ABOUT, "nhà", "nhà bị sập",
                "2024-08-03");
        Claim part = claim("b", "Riêng thôn Khe Gió có 12 ngôi nhà bị sập.", 12, Approx.EXACT, "nhà",
                "nhà bị sập", "2024-08-03");
        Claim areaHas = claim("c", "Xã Thanh Tuyền có 9 ngôi nhà bị sập.", 9, Approx.EXACT, "nhà", "nhà bị sập",
                "2024-08-03");
        Claim province = claim("d", "Tính chung toàn tỉnh, mưa bão đã làm 210 ngôi nhà bị sập.", 210,
                Approx.EXACT, "nhà", "nhà bị sập", "2024-08-03");
        assertThat(finder.find(List.of(story, part, areaHas, province))).isEmpty();
        Claim district = claim("e", "Theo UBND huyện Bắc Lũng, hơn 60 ngôi nhà bị sập.", 60, Approx.MORE_THAN,
                "nhà", "nhà bị sập", "2024-08-03");
        assertThat(values(finder.find(List.of(story, part, areaHas, province, district))))
                .containsExactly(List.of(40.0, 60.0));
    }

    @Test
    void limitsPlansAndDemandsAreNoRivalsOfFacts() {
        Claim aboard = claim("a", "Chiếc ca nô chở 45 hành khách.", 45, Approx.EXACT, "hành khách", "hành khách",
                "2024-05-01");
        Claim limit = claim("b", "Ca nô chỉ được phép chở tối đa 30 hành khách.", 30, Approx.UP_TO, "hành khách",
                "hành khách", "2024-05-01");
        Claim plan = claim("c", "Thi thể 3 nạn nhân dự kiến được đưa về quê.", 3, Approx.EXACT, "nạn nhân",
                "nạn nhân", "2024-05-01");
        Claim dead = claim("d", "Vụ lật ca nô làm 7 người chết.", 7, Approx.EXACT, "người", "người chết",
                "2024-05-01");
        assertThat(finder.find(List.of(aboard, limit, plan, dead))).isEmpty();
        Claim speed = claim("e", "Xe chạy với tốc độ 85 km/h, trong khi tốc độ tối đa cho phép là 60 km/h.", 85,
                Approx.EXACT, "km/h", "km/h", "2024-05-02");
        Claim speedLimit = claim("e", speed.sentence(), 60, Approx.EXACT, "km/h", "km/h", "2024-05-02");
        Claim statement = claim("f", "Tài xế khai xe chạy khoảng 60 km/h.", 60, Approx.ABOUT, "km/h", "km/h",
                "2024-05-03");
        assertThat(values(finder.find(List.of(speed, speedLimit, statement))))
                .containsExactly(List.of(85.0, 60.0));
    }

    @Test
    void aSubgroupIsNamedAfterItsCountNounOrTakenFromTheGroupOfTheSentence() {
        Claim all = claim("a", "Vụ cháy khách sạn làm 12 người chết.", 12, Approx.EXACT, "người", "người chết",
                "2024-04-06");
        Claim ours = claim("a", "Theo báo chí địa phương, 3 du khách Việt Nam đã thiệt mạng.", 3, Approx.EXACT,
                "du khách", "du khách Việt Nam thiệt mạng", "2024-04-06");
        assertThat(finder.find(List.of(all, ours))).isEmpty();
        Claim embassy = claim("b", "Đại sứ quán cho biết trong số 9 công dân Việt Nam ở khách sạn, 7 người đã "
                + "được đưa ra ngoài, 2 người tử vong.", 2, Approx.EXACT, "người", "người tử vong", "2024-04-06");
        assertThat(values(finder.find(List.of(all, ours, embassy)))).containsExactly(List.of(3.0, 2.0));
    }

    @Test
    void valuesThatAgreeAreNeverShownAsRivals() {
        Claim low = claim("a", "Sai phạm gây thiệt hại hơn 40 tỷ đồng.", 4e10, Approx.MORE_THAN, "đồng", "đồng",
                "2025-02-10");
        Claim about = claim("b", "Sai phạm gây thiệt hại khoảng 65 tỷ đồng.", 6.5e10, Approx.ABOUT, "đồng", "đồng",
                "2025-02-10");
        Claim nearly = claim("c", "Sai phạm gây thiệt hại gần 68 tỷ đồng.", 6.8e10, Approx.NEARLY, "đồng", "đồng",
                "2025-02-12");
        assertThat(values(finder.find(List.of(low, about, nearly))))
                .containsExactly(List.of(4e10, 6.5e10), List.of(4e10, 6.8e10));
    }

    @Test
    void aPredicateOfOthersAfterThePurposeOrANewNounPhraseIsNotTheFigures() {
        Claim searchers = claim("a", "Hơn 100 người dân đang tìm kiếm những người mất tích.", 100,
                Approx.MORE_THAN, "người dân", "người dân", "2024-09-10");
        Claim soldiers = claim("b", "Huyện đã điều 50 chiến sĩ để tìm kiếm người mất tích.", 50, Approx.EXACT,
                "chiến sĩ", "chiến sĩ", "2024-09-10");
        Claim missing = claim("c", "Lũ làm 6 người mất tích.", 6, Approx.EXACT, "người", "người mất tích",
                "2024-09-10");
        assertThat(finder.find(List.of(searchers, soldiers, missing))).isEmpty();
    }

    @Test
    void aFigureWithTwoPredicatesSharesEitherAndAnAddressGoesOnPastItsCommas() {
        Claim both = claim("a", "Vụ nổ làm 3 người mất tích, 5 người khác kịp chạy ra ngoài và bị thương nhẹ.", 5,
                Approx.EXACT, "người", "người khác", "2024-11-02");
        Claim injured = claim("b", "Theo công an, 8 công nhân bị thương.", 8, Approx.EXACT, "công nhân",
                "công nhân bị thương", "2024-11-03");
        assertThat(finder.find(List.of(both, injured))).singleElement().satisfies(c -> {
            assertThat(c.values()).extracting(Claim::value).containsExactly(5.0, 8.0);
            assertThat(c.about()).contains("bị thương");
        });
        Claim union = claim("c", "Sáng 6/3, khoảng 2.500 công nhân Công ty Dệt Phú An tại khu công nghiệp Tây Sơn, "
                + "huyện Bình Hòa, tỉnh Long An đồng loạt ngừng việc.", 2500, Approx.ABOUT, "công nhân",
                "công nhân Công ty Dệt Phú An", "2025-03-06");
        Claim company = claim("d", "Chiều 6/3, phía công ty cho biết chỉ khoảng 900 công nhân ngừng việc.", 900,
                Approx.ABOUT, "công nhân", "công nhân ngừng việc", "2025-03-06");
        assertThat(values(finder.find(List.of(union, company)))).containsExactly(List.of(2500.0, 900.0));
    }

    @Test
    void aidFromDifferentGiversAddsUp() {
        Claim province = claim("a", "Ngày 12/8, UBND tỉnh Hòa Sơn quyết định xuất 60 tấn gạo hỗ trợ người dân.",
                60, Approx.EXACT, "tấn", "tấn gạo", "2024-08-12");
        Claim visitors = claim("b", "Sáng 12/8, đoàn công tác của tỉnh Bắc Thạch đã trao 15 tấn gạo cho bà con.",
                15, Approx.EXACT, "tấn", "tấn gạo", "2024-08-12");
        assertThat(finder.find(List.of(province, visitors))).isEmpty();
        Claim sameGiver = claim("c", "UBND tỉnh Hòa Sơn đã xuất 40 tấn gạo cho vùng lũ.", 40, Approx.EXACT, "tấn",
                "tấn gạo", "2024-08-12");
        assertThat(values(finder.find(List.of(province, visitors, sameGiver)))).containsExactly(List.of(60.0, 40.0));
    }

    @Test
    void damageOfDifferentSortsIsKeptApart() {
        String s = "Cơn lốc làm 24 nhà bị sập, 68 nhà tốc mái.";
        Claim collapsed = claim("a", s, 24, Approx.EXACT, "nhà", "nhà bị sập", "2024-05-21");
        Claim unroofed = claim("a", s, 68, Approx.EXACT, "nhà", "nhà tốc mái", "2024-05-21");
        Claim other = claim("b", "Theo huyện, cơn lốc làm 31 nhà bị tốc mái.", 31, Approx.EXACT, "nhà",
                "nhà bị tốc mái", "2024-05-21");
        assertThat(values(finder.find(List.of(collapsed, unroofed, other)))).containsExactly(List.of(68.0, 31.0));
    }

    @Test
    void aRateIsComparedOnlyWithTheSameRate() {
        Claim perKilo = claim("a", "Con cá được bán với giá 180.000 đồng/kg.", 180000, Approx.EXACT, "đồng", "đồng",
                "2024-05-20");
        Claim whole = claim("b", "Một nhà hàng đã mua con cá với giá 55 triệu đồng.", 5.5e7, Approx.EXACT, "đồng",
                "đồng", "2024-05-20");
        assertThat(finder.find(List.of(perKilo, whole))).isEmpty();
        Claim perMeal = claim("c", "Mỗi suất ăn của trường có giá 22.000 đồng.", 22000, Approx.EXACT, "đồng",
                "đồng", "2024-05-20");
        Claim perMealLater = claim("d", "Bếp ăn cung cấp cho trường với giá 26.000 đồng mỗi suất.", 26000,
                Approx.EXACT, "đồng", "đồng mỗi suất", "2024-05-22");
        assertThat(values(finder.find(List.of(perKilo, whole, perMeal, perMealLater))))
                .containsExactly(List.of(22000.0, 26000.0));
    }

    @Test
    void figuresOfOneSentenceCopiedIntoAnotherArticleAreNoRivals() {
        String s = "Động cơ đạt công suất cực đại tại 9.000 vòng/phút, mô-men xoắn cực đại tại 6.500 vòng/phút.";
        Claim first = claim("a", s, 9000, Approx.EXACT, "vòng", "vòng phút", "2024-05-20");
        Claim copied = claim("b", s, 6500, Approx.EXACT, "vòng", "vòng phút", "2024-05-20");
        assertThat(finder.find(List.of(first, copied))).isEmpty();
    }

    @Test
    void ordersOfSizeAreNoTotals() {
        Claim hundreds = claim("a", "Cơn lốc làm tốc mái hàng trăm ngôi nhà.", 100, Approx.AT_LEAST, "nhà", "nhà",
                "2024-05-20");
        Claim counted = claim("b", "Cơn lốc làm 48 ngôi nhà bị tốc mái.", 48, Approx.EXACT, "nhà", "nhà bị tốc mái",
                "2024-05-20");
        assertThat(finder.find(List.of(hundreds, counted))).isEmpty();
    }

    @Test
    void figuresOfTwoPlacesAreDifferentThingsAndAnUnplacedOneIsTheRivalOfAPlacedOneOnlyWhenTheStoryCountsOnePlace() {
        Claim one = claim("a", "Tại huyện Lạc Sơn, mưa đá làm 7 nhà bị sập.", 7, Approx.EXACT, "nhà", "nhà bị sập",
                "2024-04-02");
        Claim two = claim("b", "Trên địa bàn huyện Mường Khoa, mưa đá làm 12 nhà bị sập.", 12, Approx.EXACT, "nhà",
                "nhà bị sập", "2024-04-02");
        assertThat(finder.find(List.of(one, two))).isEmpty();
        Claim unplaced = claim("c", "Mưa đá làm 20 nhà bị sập.", 20, Approx.EXACT, "nhà", "nhà bị sập",
                "2024-04-02");
        // one place counted: the unplaced figure may be the same count told without its place
        assertThat(values(finder.find(List.of(one, unplaced)))).containsExactly(List.of(7.0, 20.0));
        // two places counted: each place is a part, and the unplaced figure is the whole (7 + 12 is about 20)
        assertThat(finder.find(List.of(one, two, unplaced))).isEmpty();
        Claim province = claim("d", "Trong đợt bầu cử này, Hà Sơn có hơn 900.000 cử tri.", 900000, Approx.MORE_THAN,
                "cử tri", "cử tri", "2024-04-02");
        Claim commune = claim("e", "Sáng 2/4, tại xã An Phú, 318 cử tri đã đi bỏ phiếu.", 318, Approx.EXACT,
                "cử tri", "cử tri", "2024-04-02");
        assertThat(finder.find(List.of(province, commune))).isEmpty();
    }
}
