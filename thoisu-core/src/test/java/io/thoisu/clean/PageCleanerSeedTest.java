package io.thoisu.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.model.Article;
import io.thoisu.model.Caption;
import io.thoisu.model.Origin;
import io.thoisu.model.RawDocument;
import io.thoisu.model.Removal;
import io.thoisu.model.RemovalKind;
import io.thoisu.testkit.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The two real pages the project exists for, read from ../shared/seeds (never copied). */
class PageCleanerSeedTest {
    private final PageCleaner cleaner = new PageCleaner();

    private static Path seed(String prefix) throws IOException {
        Path dir = SharedData.require("seeds");
        try (var s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
    }

    private List<Article> clean(Path p) throws IOException {
        String text = Files.readString(p, StandardCharsets.UTF_8);
        List<Article> articles = cleaner.clean(RawDocument.plain(Origin.ofFile(p.toString()), text));
        articles.forEach(a -> System.out.println(a.title() + " | " + a.published() + " | " + a.outlet() + " | "
                + a.authors() + "\n  captions " + a.captions() + "\n  removed " + a.removed() + "\n  text "
                + a.text().substring(0, Math.min(80, a.text().length())) + " … " + a.text().length()));
        return articles;
    }

    private static List<String> removed(Article a, RemovalKind kind) {
        return a.removed().stream().filter(r -> r.kind() == kind).map(Removal::text).toList();
    }

    @Test
    void aggregatorPageSplitsIntoTwoArticlesAndDropsTheTeaser() throws IOException {
        Path p = seed("000_");
        List<Article> articles = clean(p);
        assertThat(articles).hasSize(2);
        Article first = articles.get(0);
        Article second = articles.get(1);
        assertThat(first.title()).hasValueSatisfying(t -> assertThat(t).startsWith("Tổng thống Kazakhstan: Phiến quân Trung Á,"));
        assertThat(second.title()).hasValueSatisfying(t -> assertThat(t).startsWith("Nga cấp tập đưa thêm quân tới Kazakhstan"));
        assertThat(first.text()).startsWith("Tổng thống Kazakhstan Kassym-Jomart Tokayev ngày 10/1 tuyên bố")
                .endsWith("“một số lượng lớn người nước ngoài”.")
                .doesNotContain("Ảnh: AFP/TTXVN", "Video đang HOT", "Nga cấp tập");
        assertThat(second.text()).startsWith("Nga tiếp tục gửi quân tới Kazakhstan")
                .endsWith("lên tới 5.000 người.")
                .doesNotContain("(Ảnh: Getty)", "CSTO tổ chức hội nghị thượng đỉnh");
        assertThat(first.captions()).extracting(Caption::credit).containsOnly(Optional.of("AFP/TTXVN")).hasSize(2);
        assertThat(second.captions()).extracting(Caption::credit).containsOnly(Optional.of("Getty")).hasSize(2);
        assertThat(removed(first, RemovalKind.BOILERPLATE)).containsExactly("Video đang HOT");
        assertThat(removed(second, RemovalKind.TEASER)).singleElement()
                .satisfies(t -> assertThat(t).startsWith("CSTO tổ chức hội nghị thượng đỉnh").endsWith("cuộc..."));
        assertThat(first.text().split("\n\n")).hasSize(7);
        assertThat(second.text().split("\n\n")).hasSize(14);
        assertThat(first.id()).isNotEqualTo(second.id());
        assertThat(first.language()).isEqualTo("vi");
    }

    @Test
    void tuoiTrePageHasItsMetadataAndLosesItsWidgets() throws IOException {
        Path p = seed("002_");
        List<Article> articles = clean(p);
        assertThat(articles).hasSize(1);
        Article a = articles.get(0);
        assertThat(a.title()).contains("Liên quân CSTO bắt đầu rút quân khỏi Kazakhstan");
        assertThat(a.published()).hasValueSatisfying(pub -> assertThat(pub.wireValue()).isEqualTo("2022-01-13T19:17:00+07:00"));
        assertThat(a.authors()).containsExactly("Nguyên Hạnh");
        assertThat(a.outlet()).contains("Tuổi Trẻ");
        assertThat(a.text()).startsWith("Ngày 13-1, khoảng 2.000 binh sĩ")
                .endsWith("ở lục địa Á - Âu.")
                .doesNotContain("Ảnh 1.", "REUTERS", "Vì sao Kazakhstan", "Bình luận", "NGUYÊN HẠNH");
        assertThat(a.text().split("\n\n")).hasSize(8);
        assertThat(removed(a, RemovalKind.DATELINE)).containsExactly("13/01/2022 19:17 GMT+7", "TTO -");
        assertThat(removed(a, RemovalKind.BYLINE)).containsExactly("NGUYÊN HẠNH", "NGUYÊN HẠNH");
        assertThat(removed(a, RemovalKind.IMAGE_ALT)).singleElement().satisfies(t -> assertThat(t).endsWith("- Ảnh 1."));
        assertThat(a.captions()).singleElement().satisfies(c -> {
            assertThat(c.credit()).contains("REUTERS");
            assertThat(c.text()).startsWith("Lễ rút quân").endsWith("ngày 13-1");
        });
        assertThat(removed(a, RemovalKind.TEASER)).hasSize(3)
                .anySatisfy(t -> assertThat(t).startsWith("Vì sao Kazakhstan"))
                .anySatisfy(t -> assertThat(t).startsWith("TTO - Từ cuộc tranh giành"))
                .contains("NGUYÊN HẠNH");
        assertThat(removed(a, RemovalKind.WIDGET)).hasSize(4);
    }

    @Test
    void sameContentSameIdAndDifferentSourceDifferentId() throws IOException {
        Path p = seed("002_");
        String text = Files.readString(p, StandardCharsets.UTF_8);
        String once = cleaner.clean(RawDocument.plain(Origin.ofFile("a.txt"), text)).get(0).id();
        String again = cleaner.clean(RawDocument.plain(Origin.ofFile("a.txt"), text)).get(0).id();
        String elsewhere = cleaner.clean(RawDocument.plain(Origin.ofFile("b.txt"), text)).get(0).id();
        assertThat(once).isEqualTo(again).isNotEqualTo(elsewhere);
    }
}
