package io.thoisu.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.model.Approx;
import io.thoisu.model.Claim;
import io.thoisu.model.Conflict;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConflictFinderTest {
    private static Claim claim(String article, double value, Approx approx, String unit, String about, String date) {
        String sentence = about + " " + value;
        return new Claim(article, sentence, value, approx, Optional.ofNullable(unit), about, Optional.empty(),
                Optional.ofNullable(date), 0, sentence.length());
    }

    private final ConflictFinder finder = new ConflictFinder();

    @Test
    void aboutAFigureAndUpToALowerOneDisagree() {
        Claim about = claim("a", 5800, Approx.ABOUT, "đối tượng", "đối tượng bị bắt giữ", "2023-10-09");
        Claim upTo = claim("b", 5000, Approx.UP_TO, "người", "số người bị bắt giữ", "2023-10");
        List<Conflict> conflicts = finder.find(List.of(about, upTo));
        assertThat(conflicts).hasSize(1);
        assertThat(conflicts.get(0).values()).containsExactlyInAnyOrder(about, upTo);
    }

    @Test
    void moreThanAndAHigherExactFigureAgree() {
        Claim moreThan = claim("a", 1000, Approx.MORE_THAN, "người", "người bị thương", null);
        Claim exact = claim("b", 1300, Approx.EXACT, "người", "người bị thương", "2023-10-10");
        assertThat(finder.find(List.of(moreThan, exact))).isEmpty();
    }

    @Test
    void differentThingsOrDifferentDaysDoNotConflict() {
        Claim injured = claim("a", 1000, Approx.EXACT, "người", "người bị thương", "2023-10-10");
        Claim dead = claim("b", 18, Approx.EXACT, "người", "sĩ quan thiệt mạng", "2023-10-10");
        Claim injuredLater = claim("c", 1500, Approx.EXACT, "người", "người bị thương", "2023-10-12");
        assertThat(finder.find(List.of(injured, dead, injuredLater))).isEmpty();
        Claim injuredSameDay = claim("d", 1500, Approx.EXACT, "người", "người bị thương", "2023-10-10");
        assertThat(finder.find(List.of(injured, dead, injuredLater, injuredSameDay))).singleElement()
                .satisfies(c -> assertThat(c.values()).contains(injured, injuredSameDay).doesNotContain(dead));
    }
}
