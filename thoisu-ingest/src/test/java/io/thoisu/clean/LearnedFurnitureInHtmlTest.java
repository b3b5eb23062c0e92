package io.thoisu.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.ingest.HtmlPageReader;
import io.thoisu.model.Article;
import io.thoisu.model.Origin;
import io.thoisu.model.RawDocument;
import io.thoisu.model.RemovalKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Learned furniture against the page's structure: a box heading repeated on an outlet's pages, held in an h3. */
class LearnedFurnitureInHtmlTest {
    private static final String BOX_HEADING = "GÓP SỨC CÙNG “MÁI ẤM VÙNG CAO”";

    private static RawDocument page(int n) {
        String html = "<html><head><meta property='og:site_name' content='Tin Miền Sơn'>"
                + "<link rel='canonical' href='https://tinmienson.example.vn/bai-" + n + ".html'></head><body>"
                + "<article><h1>Xã Pà Vây hoàn thành tuyến đường liên thôn số " + n + "</h1>"
                + "<p>Sau " + (4 + n) + " tháng thi công, tuyến đường bê tông dài " + (3 + n) + " km nối các thôn "
                + "của xã Pà Vây đã được đưa vào sử dụng trước mùa mưa.</p>"
                + "<p>Người dân trong xã góp hơn " + (200 + n) + " ngày công và hiến đất để mở rộng mặt đường.</p>"
                + "<h3>" + BOX_HEADING + "</h3>"
                + "<p>Chương trình quyên góp áo ấm cho học sinh vùng cao năm thứ " + n + " đã nhận được nhiều tấm lòng.</p>"
                + "</article></body></html>";
        return new HtmlPageReader().toDocument(html, Origin.ofFile("bai-" + n + ".html"),
                Optional.of("https://tinmienson.example.vn/bai-" + n + ".html"), Optional.empty());
    }

    @Test
    void aHeadingTheOutletRepeatsOnItsPagesIsFurnitureNotASubheading() {
        PageCleaner cleaner = new PageCleaner();
        FurnitureLearner learner = new FurnitureLearner();
        for (int n = 1; n <= 6; n++) {
            RawDocument doc = page(n);
            learner.accept(cleaner.outletKey(doc), PageCleaner.lines(doc));
        }
        assertThat(learner.snapshot().isFurniture(cleaner.outletKey(page(7)), BOX_HEADING)).isTrue();

        Article before = cleaner.clean(page(7)).get(0);
        Article learned = cleaner.withFurniture(learner.snapshot()).clean(page(7)).get(0);
        // the rules alone keep it as the article's own subheading; what the outlet's pages taught removes it
        assertThat(before.text()).contains(BOX_HEADING);
        assertThat(learned.text()).doesNotContain(BOX_HEADING).contains("tuyến đường bê tông");
        assertThat(learned.removed()).anySatisfy(r -> {
            assertThat(r.text()).isEqualTo(BOX_HEADING);
            assertThat(r.kind()).isEqualTo(RemovalKind.BOILERPLATE);
        });
        assertThat(learned.title()).contains(before.title().orElseThrow());
    }
}
