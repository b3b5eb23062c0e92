package io.thoisu.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.model.Article;
import io.thoisu.model.Origin;
import io.thoisu.model.RawDocument;
import io.thoisu.model.RemovalKind;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A site's top bar with the outlet, the page's time and a tool ("Báo X | 05/03/2026 07:45 | Đăng nhập"): a class
 * read on timeline dev 5 (2026-11-24), where such pages lost their publication day and with it the year of every
 * day-month they wrote. Invented pages.
 */
class TopBarDateTest {
    private final PageCleaner cleaner = new PageCleaner();

    private List<Article> clean(String... lines) {
        return cleaner.clean(RawDocument.plain(Origin.ofFile("top-bar-test"), String.join("\n\n", lines)));
    }

    private static final String LEAD = "Sáng 4/3, lực lượng cứu hộ huyện Châu Thành đã đưa 12 hộ dân ở ấp Phú Lộc ra khỏi"
            + " vùng sạt lở ven sông Cái Lớn, sau khi một đoạn bờ dài khoảng 40 m đổ sập trong đêm.";
    private static final String BODY = "Theo UBND huyện, các hộ được bố trí tạm ở trường tiểu học Phú Lộc; huyện cũng"
            + " cấm xe tải trên 5 tấn đi qua tuyến đường ven sông cho đến khi có kết quả khảo sát.";

    @Test
    void theTimeInASitesTopBarIsThePagesTime() {
        List<Article> out = clean("Báo Miền Tây Mới | 05/03/2026 07:45 | Đăng nhập",
                "Sạt lở bờ sông Cái Lớn, di dời khẩn cấp 12 hộ dân", LEAD, BODY);
        assertThat(out).hasSize(1);
        assertThat(out.get(0).published()).isPresent();
        assertThat(out.get(0).published().get().instant())
                .contains(OffsetDateTime.parse("2026-03-05T07:45:00+07:00"));
    }

    @Test
    void aBarWhoseCellIsASentenceIsNoDateline() {
        String bar = "Người dân ấp Phú Lộc vẫn chưa dám quay về nhà vì sợ bờ sông tiếp tục sạt | 05/03/2026 07:45"
                + " | Đăng nhập";
        List<Article> out = clean(bar, "Sạt lở bờ sông Cái Lớn, di dời khẩn cấp 12 hộ dân", LEAD, BODY);
        assertThat(out.get(0).removed()).noneMatch(r -> r.text().equals(bar) && r.kind() == RemovalKind.DATELINE);
        String topBar = "Báo Miền Tây Mới | 05/03/2026 07:45 | Đăng nhập";
        List<Article> ok = clean(topBar, "Sạt lở bờ sông Cái Lớn, di dời khẩn cấp 12 hộ dân", LEAD, BODY);
        assertThat(ok.get(0).removed()).anyMatch(r -> r.text().equals(topBar) && r.kind() == RemovalKind.DATELINE);
    }
    @Test
    void aPostedByBarGivesThePageItsTime() {
        List<Article> out = clean("Sạt lở bờ sông Cái Lớn, di dời khẩn cấp 12 hộ dân",
                "Đăng bởi: Ban biên tập | 05/03/2026 16:10", LEAD, BODY);
        assertThat(out.get(0).published().flatMap(p -> p.instant()))
                .contains(OffsetDateTime.parse("2026-03-05T16:10:00+07:00"));
    }
}
