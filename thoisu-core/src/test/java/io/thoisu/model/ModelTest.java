package io.thoisu.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelTest {
    @Test
    void spansRejectOffsetsThatDoNotMatchTheirText() {
        assertThatThrownBy(() -> new Sentence("abc", 2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Sentence("abc", 0, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Sentence("abc", -1, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Sentence("abc", 5, 8).end()).isEqualTo(8);
    }

    @Test
    void timeValuesFollowTheirPrecision() {
        LocalDate d = LocalDate.of(2022, 1, 10);
        assertThat(new TimeExpression("2022", d, Optional.empty(), TimePrecision.YEAR, TimeAnchor.ABSOLUTE, 0, 4)
                .value()).isEqualTo("2022");
        assertThat(new TimeExpression("1/2022", d, Optional.empty(), TimePrecision.MONTH, TimeAnchor.ABSOLUTE, 0, 6)
                .value()).isEqualTo("2022-01");
        assertThat(new TimeExpression("19h30", d, Optional.of(LocalTime.of(19, 30)), TimePrecision.INSTANT,
                TimeAnchor.PUBLICATION, 0, 5).value()).isEqualTo("2022-01-10T19:30");
        assertThatThrownBy(() -> new TimeExpression("10/1", d, Optional.of(LocalTime.NOON), TimePrecision.DAY,
                TimeAnchor.ABSOLUTE, 0, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void publishedPrintsTheInstantWithItsZoneOrTheDay() {
        Published p = Published.ofInstant(OffsetDateTime.of(2022, 1, 13, 19, 17, 0, 0, ZoneOffset.ofHours(7)));
        assertThat(p.wireValue()).isEqualTo("2022-01-13T19:17:00+07:00");
        assertThat(Published.parse(p.wireValue())).contains(p);
        assertThat(Published.parse("2022-01-13")).contains(Published.ofDay(LocalDate.of(2022, 1, 13)));
        assertThat(Published.parse("yesterday")).isEmpty();
    }

    @Test
    void wireNamesAreTheContracts() {
        assertThat(Approx.MORE_THAN.wireName()).isEqualTo("more-than");
        assertThat(Approx.fromWire("up-to")).isEqualTo(Approx.UP_TO);
        assertThat(RemovalKind.IMAGE_ALT.wireName()).isEqualTo("image-alt");
    }
}
