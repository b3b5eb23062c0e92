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
 * The stronger evidence a pair of figures needs before it is shown as a dispute: most pairs of real news that
 * share a unit and a predicate are figures of different things (two parts of a place, two items, two shares, the
 * same writer's two figures, a rank). Every sentence is invented.
 */
class ConflictFinderEvidenceTest {
    private static final String DAY = "2024-08-14";
    private final ConflictFinder finder = new ConflictFinder();

    @Test
    void aRivalValueTheOtherSourceGivesForAnotherThingInItsSentenceIsNoDispute() {
        String both = "Đợt lũ năm nay làm 5 người chết, đợt lũ năm ngoái làm 3 người chết.";
        Claim listed = claim("a", both, 5, Approx.EXACT, "người", "người chết", DAY);
        Claim listedToo = claim("a", both, 3, Approx.EXACT, "người", "người chết", DAY);
        Claim three = claim("b", "Trận lũ quét đã làm 3 người chết.", 3, Approx.EXACT, "người", "người chết", DAY);
        assertThat(finder.find(List.of(listed, listedToo, three))).isEmpty();
        Claim plain = claim("c", "Theo huyện, lũ quét đã làm 5 người chết.", 5, Approx.EXACT, "người", "người chết",
                DAY);
        assertThat(values(finder.find(List.of(plain, three)))).containsExactly(List.of(5.0, 3.0));
    }

    @Test
    void aSentenceThatReportsTheDisagreementStillDisputesTheOtherSource() {
        String s = "Bệnh viện cho biết có 7 người chết, không phải 4 người chết như công bố ban đầu.";
        Claim marked = claim("a", s, 7, Approx.EXACT, "người", "người chết", DAY);
        Claim denied = claim("a", s, 4, Approx.EXACT, "người", "người chết", DAY);
        Claim four = claim("b", "Vụ sập giàn giáo làm 4 người chết.", 4, Approx.EXACT, "người", "người chết", DAY);
        assertThat(values(finder.find(List.of(marked, denied, four)))).containsExactly(List.of(7.0, 4.0));
    }

    @Test
    void ranksAreNoTotals() {
        Claim rank = claim("a", "Đội tuyển Hòa Lâm leo lên vị trí 87 thế giới.", 87, Approx.EXACT, null, "thế giới",
                DAY);
        Claim listed = claim("b", "Ba đội xếp sau lần lượt ở các vị trí 12, 31 và 64 thế giới.", 64, Approx.EXACT,
                null, "thế giới", DAY);
        assertThat(finder.find(List.of(rank, listed))).isEmpty();
    }

    @Test
    void theFiguresListedAfterGomArePartsOfTheWholeBeforeThem() {
        Claim whole = claim("a", "Trên xe có 40 người, gồm 31 học sinh và 9 giáo viên.", 40, Approx.EXACT, "người",
                "người", DAY);
        Claim part = claim("a", "Trên xe có 40 người, gồm 31 học sinh và 9 giáo viên.", 31, Approx.EXACT, "học sinh",
                "học sinh", DAY);
        Claim other = claim("b", "Trên xe có khoảng 33 người.", 33, Approx.ABOUT, "người", "người", DAY);
        assertThat(values(finder.find(List.of(whole, part, other)))).containsExactly(List.of(40.0, 33.0));
    }

    @Test
    void aBareUnitWithoutPredicateSaysNotWhichOnes() {
        Claim games = claim("a", "Giải đấu năm nay quy tụ 45 quốc gia.", 45, Approx.EXACT, "quốc gia", "quốc gia", DAY);
        Claim meeting = claim("b", "Hội nghị có đại biểu của 38 quốc gia.", 38, Approx.EXACT, "quốc gia", "quốc gia",
                DAY);
        assertThat(finder.find(List.of(games, meeting))).isEmpty();
    }

    @Test
    void oneWriterGivesTwoThingsUnlessHeNamesTwoSources() {
        Claim first = at("a", "Kỳ thủ Lê Hòa thắng ván thứ ba sau 42 nước.", 42, Approx.EXACT, "nước", null, 0);
        Claim second = at("a", "Ở ván cuối, anh thắng sau 60 nước.", 60, Approx.EXACT, "nước", null, 200);
        assertThat(finder.find(List.of(first, second))).isEmpty();
        Claim union = at("a", "Theo Công đoàn, hơn 3.500 công nhân đã ngừng việc.", 3500, Approx.MORE_THAN,
                "công nhân", "Công đoàn", 0);
        Claim company = at("a", "Phía công ty nói chỉ khoảng 2.000 công nhân ngừng việc.", 2000, Approx.ABOUT,
                "công nhân", "Công ty Giày Tân Mỹ", 300);
        assertThat(values(finder.find(List.of(union, company)))).containsExactly(List.of(3500.0, 2000.0));
    }

    @Test
    void sharesAreComparedOnlyOfTheSameThing() {
        Claim beer = claim("a", "Nhà máy Hòa Bình sản xuất 80% lượng bia của tỉnh.", 80, Approx.EXACT, "%",
                "% lượng bia", DAY);
        Claim power = claim("b", "Nhà máy Hòa Bình sản xuất khoảng 65% lượng điện của tỉnh.", 65, Approx.ABOUT, "%",
                "% lượng điện", DAY);
        assertThat(finder.find(List.of(beer, power))).isEmpty();
        Claim beerToo = claim("c", "Nhà máy Hòa Bình sản xuất khoảng 65% lượng bia của tỉnh.", 65, Approx.ABOUT, "%",
                "% lượng bia", DAY);
        assertThat(values(finder.find(List.of(beer, beerToo)))).containsExactly(List.of(80.0, 65.0));
    }

    @Test
    void aValueIsComparedOnlyWithTheValueOfAnItemBothName() {
        Claim bid = claim("a", "Gói thầu cầu Bến Lội trị giá 72 tỷ đồng.", 72e9, Approx.EXACT, "đồng", "đồng", DAY);
        Claim unnamed = claim("b", "Tổng cộng trị giá khoảng 840 tỷ đồng.", 840e9, Approx.ABOUT, "đồng", "đồng", DAY);
        assertThat(finder.find(List.of(bid, unnamed))).isEmpty();
        Claim boat = claim("c", "Chủ tàu nói con tàu trị giá khoảng 6 tỷ đồng.", 6e9, Approx.ABOUT, "đồng", "đồng", DAY);
        Claim insured = claim("d", "Hãng bảo hiểm cho biết giá trị con tàu được khai báo gần 10 tỷ đồng.", 10e9,
                Approx.NEARLY, "đồng", "đồng", DAY);
        assertThat(values(finder.find(List.of(boat, insured)))).containsExactly(List.of(6e9, 10e9));
    }

    @Test
    void peoplePlacedInsideAreThosePresentAndDinersArePeople() {
        Claim diners = claim("a", "Chủ quán cho biết lúc đám cháy bùng lên có khoảng 40 thực khách đang ăn tối.", 40,
                Approx.ABOUT, "thực khách", "thực khách", DAY);
        Claim inside = claim("b", "Tối đó quán nhận 4 bàn tiệc cưới nên có gần 80 người trong quán.", 80,
                Approx.NEARLY, "người", "người", DAY);
        assertThat(values(finder.find(List.of(diners, inside)))).containsExactly(List.of(40.0, 80.0));
        Claim standing = claim("c", "Trường hiện có 900 học sinh trong khuôn viên.", 900, Approx.EXACT, "học sinh",
                "học sinh", DAY);
        Claim present = claim("d", "Lúc mái che đổ xuống có khoảng 300 học sinh.", 300, Approx.ABOUT, "học sinh",
                "học sinh", DAY);
        assertThat(finder.find(List.of(standing, present))).isEmpty();
    }

    @Test
    void aCityNamedWithoutAnAreaWordIsAPlace() {
        Claim pelawa = claim("a", "Lũ quét làm 30 người chết ở Pelawa.", 30, Approx.EXACT, "người", "người chết", DAY);
        Claim kendari = claim("b", "Lũ quét làm 12 người chết ở Kendari.", 12, Approx.EXACT, "người", "người chết",
                DAY);
        Claim total = claim("c", "Lũ quét làm hơn 40 người chết.", 40, Approx.MORE_THAN, "người", "người chết", DAY);
        assertThat(finder.find(List.of(pelawa, kendari, total))).isEmpty();
        Claim pelawaToo = claim("d", "Theo cảnh sát, lũ quét làm 18 người chết ở Pelawa.", 18, Approx.EXACT, "người",
                "người chết", DAY);
        assertThat(values(finder.find(List.of(pelawa, kendari, pelawaToo)))).containsExactly(List.of(30.0, 18.0));
        Claim hospital = claim("e", "Có 9 người được điều trị ở Bệnh viện Hòa Bình.", 9, Approx.EXACT, "người",
                "người", DAY);
        assertThat(Scope.of(hospital.sentence(), 3, hospital.sentence().length()).name()).isEmpty();
    }

    @Test
    void aSecondSearchWithTheFiguresRememberedGivesTheSameConflicts() {
        Claim a = claim("a", "Vụ cháy làm 6 người bị thương.", 6, Approx.EXACT, "người", "người bị thương", DAY);
        Claim b = claim("b", "Vụ cháy làm hơn 10 người bị thương.", 10, Approx.MORE_THAN, "người", "người bị thương",
                DAY);
        List<List<Double>> first = values(finder.find(List.of(a, b)));
        assertThat(first).containsExactly(List.of(6.0, 10.0));
        assertThat(values(finder.find(List.of(a, b)))).isEqualTo(first);
        assertThat(values(new ConflictFinder().find(List.of(a, b)))).isEqualTo(first);
    }

    /** A claim over its sentence at {@code offset} in its article, with its source when one is named. */
    private static Claim at(String article, String sentence, double value, Approx approx, String unit, String source,
                            int offset) {
        return new Claim(article, sentence, value, approx, Optional.of(unit), unit, Optional.ofNullable(source),
                Optional.of(DAY), offset, offset + sentence.length());
    }
}
