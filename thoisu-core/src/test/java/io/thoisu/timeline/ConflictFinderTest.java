package io.thoisu.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.model.Approx;
import io.thoisu.model.Claim;
import io.thoisu.model.Conflict;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConflictFinderTest {
    private static Claim claim(String article, String sentence, double value, Approx approx, String unit,
                               String about, String date) {
        return new Claim(article, sentence, value, approx, Optional.ofNullable(unit), about, Optional.empty(),
                Optional.ofNullable(date), 0, sentence.length());
    }

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
        Claim injured = claim("a", "Vụ sập giàn giáo làm 1.000 người bị thương.", 1000, Approx.EXACT, "người",
                "người", "2023-10-10");
        Claim dead = claim("b", "Đã có 18 người chết.", 18, Approx.EXACT, "người", "người", "2023-10-10");
        Claim injuredLater = claim("c", "Số người bị thương đã là 1.500 người.", 1500, Approx.EXACT, "người",
                "người", "2023-10-13");
        Claim commune = claim("d", "Riêng xã Hòa Mỹ có 150 người bị thương.", 150, Approx.EXACT, "người", "người",
                "2023-10-10");
        assertThat(finder.find(List.of(injured, dead, injuredLater, commune))).isEmpty();
        Claim injuredSameDay = claim("e", "Có 1.500 người bị thương.", 1500, Approx.EXACT, "người", "người",
                "2023-10-10");
        assertThat(finder.find(List.of(injured, dead, injuredLater, commune, injuredSameDay))).singleElement()
                .satisfies(c -> assertThat(c.values()).containsExactly(injured, injuredSameDay));
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
}
