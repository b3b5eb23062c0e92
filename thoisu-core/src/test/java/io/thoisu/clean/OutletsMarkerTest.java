package io.thoisu.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Dateline markers of outlets the table lacks count only when the page names the outlet they abbreviate. */
class OutletsMarkerTest {
    private final Outlets outlets = Outlets.standard();

    @Test
    void aMarkerIsTheInitialsOfTheNameThePageGives() {
        assertThat(Outlets.abbreviates("PN", "Thời báo Phương Nam")).isTrue();
        assertThat(Outlets.abbreviates("HGO", "Báo Hà Giang")).isTrue(); // a final O stands for "Online"
        assertThat(Outlets.abbreviates("XY", "Thời báo Phương Nam")).isFalse();
    }

    @Test
    void anUnconfirmedMarkerStaysInTheText() {
        String lead = "KT - Sáng 3-4, hội nghị xúc tiến đầu tư của tỉnh Bảo Lâm Tây thu hút hơn 200 doanh nghiệp.";
        assertThat(outlets.confirmedMarkerAt(lead, List.of())).isEmpty();
        assertThat(outlets.confirmedMarkerAt(lead, List.of("Báo Đồng Hới"))).isEmpty();
        var m = outlets.confirmedMarkerAt(lead, List.of("Báo Kinh Tế Miền Trung"));
        assertThat(m).isPresent();
        assertThat(m.get().outlet().name()).isEqualTo("Báo Kinh Tế Miền Trung");
        assertThat(m.get().rest()).startsWith("Sáng 3-4");
    }
}
