package io.thoisu.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.EntityMention;
import io.thoisu.model.EntityType;
import io.thoisu.model.Story;
import io.thoisu.testkit.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryClustererTest {
    private static final LocalDate DAY = LocalDate.of(2023, 10, 14);

    private static final String FLOOD_1 = "Mưa lớn kéo dài khiến nước sông Lam Giang dâng cao, nhấn chìm hàng nghìn "
            + "ngôi nhà ở tỉnh Bình Lạc. Ban Chỉ huy phòng chống thiên tai tỉnh cho biết 7 người chết, 3 người mất "
            + "tích. Lực lượng cứu hộ sơ tán người dân khỏi vùng sạt lở ở xã Tân Phong.";
    private static final String FLOOD_2 = "Lũ trên sông Lam Giang tiếp tục lên, tỉnh Bình Lạc sơ tán thêm 500 hộ "
            + "dân. Số người chết do mưa lũ đã tăng lên 9, vẫn còn người mất tích sau vụ sạt lở ở xã Tân Phong. "
            + "Ban Chỉ huy phòng chống thiên tai đề nghị hỗ trợ gạo cứu đói.";
    private static final String FLOOD_3 = "Nước lũ sông Lam Giang bắt đầu rút, người dân Bình Lạc trở về dọn bùn. "
            + "Tỉnh thống kê thiệt hại do mưa lũ và sạt lở: 9 người chết, hàng nghìn ngôi nhà bị ngập, lực lượng "
            + "cứu hộ vẫn tìm kiếm người mất tích ở Tân Phong.";
    private static final String MATCH_1 = "Câu lạc bộ Sao Biển thắng Hải Cảng 3-1 trong trận đấu vòng 12 giải hạng "
            + "Nhất. Tiền đạo Đinh Quốc Bảo lập cú đúp, huấn luyện viên khen tinh thần các cầu thủ trẻ.";
    private static final String MATCH_2 = "Sau chiến thắng trước Hải Cảng, Sao Biển vươn lên dẫn đầu bảng xếp hạng "
            + "giải hạng Nhất. Đinh Quốc Bảo hiện là vua phá lưới với 9 bàn, huấn luyện viên Sao Biển nói đội sẽ "
            + "giữ sức cho vòng 13.";

    private static List<AnalysedArticle> fixtures() {
        return List.of(
                TestArticles.of("f1", "Mưa lũ ở Bình Lạc, 7 người chết", FLOOD_1, DAY, "Báo A"),
                TestArticles.of("m1", "Sao Biển thắng đậm Hải Cảng", MATCH_1, DAY, "Báo B"),
                TestArticles.of("f2", "Bình Lạc sơ tán thêm 500 hộ dân vì lũ", FLOOD_2, DAY.plusDays(1), "Báo C"),
                TestArticles.of("m2", "Sao Biển lên đầu bảng giải hạng Nhất", MATCH_2, DAY.plusDays(1), "Báo A"),
                TestArticles.of("f3", "Lũ rút, người dân Bình Lạc dọn bùn", FLOOD_3, DAY.plusDays(3), "Báo B",
                        List.of(new EntityMention("Bình Lạc", EntityType.LOC, "tỉnh Bình Lạc", 40, 48))));
    }

    @Test
    void articlesOfOneStoryJoinItAndAnotherStoryStaysApart() {
        StoryClusterer c = new StoryClusterer();
        List<String> ids = new ArrayList<>();
        for (AnalysedArticle a : fixtures()) {
            ids.add(c.accept(a));
        }
        assertThat(ids).containsExactly("story-f1", "story-m1", "story-f1", "story-m1", "story-f1");
        List<Story> stories = c.stories();
        assertThat(stories).extracting(Story::articles)
                .containsExactly(List.of("f1", "f2", "f3"), List.of("m1", "m2"));
        Story flood = stories.get(0);
        assertThat(flood.title()).isEqualTo("Mưa lũ ở Bình Lạc, 7 người chết");
        assertThat(flood.outlets()).containsExactly("Báo A", "Báo C", "Báo B");
        assertThat(flood.first()).contains(DAY);
        assertThat(flood.last()).contains(DAY.plusDays(3));
        assertThat(flood.entities()).singleElement().satisfies(e -> {
            assertThat(e.canonical()).isEqualTo("tỉnh Bình Lạc");
            assertThat(e.aliases()).containsExactly("Bình Lạc");
            assertThat(e.mentions()).isEqualTo(1);
        });
    }

    @Test
    void aStoryQuietForMonthsIsNotJoinedByALookalike() {
        StoryClusterer c = new StoryClusterer();
        c.accept(TestArticles.of("f1", "Mưa lũ ở Bình Lạc", FLOOD_1, DAY, "A"));
        String later = c.accept(TestArticles.of("f2", "Bình Lạc sơ tán", FLOOD_2, DAY.plusMonths(11), "A"));
        assertThat(later).isEqualTo("story-f2");
    }

    @Test
    void restoredClustererContinuesLikeTheOriginal() {
        List<AnalysedArticle> all = fixtures();
        StoryClusterer c = new StoryClusterer();
        for (AnalysedArticle a : all.subList(0, 3)) {
            c.accept(a);
        }
        StoryClusterer restored = StoryClusterer.restore(c.snapshot());
        for (AnalysedArticle a : all.subList(3, all.size())) {
            assertThat(restored.accept(a)).isEqualTo(c.accept(a));
        }
        assertThat(restored.stories()).isEqualTo(c.stories());
    }

    @Test
    void theSeedArticlesFormOneStory() throws IOException {
        Path seeds = SharedData.require("seeds");
        String page;
        String other;
        try (var files = Files.list(seeds)) {
            List<Path> sorted = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            page = Files.readString(sorted.get(0), StandardCharsets.UTF_8);
            other = Files.readString(sorted.get(1), StandardCharsets.UTF_8);
        }
        // the aggregator page runs two articles together; cut it at the second headline, by hand, as a cleaner would
        int cut = page.indexOf("Nga cấp tập đưa thêm quân");
        List<AnalysedArticle> articles = List.of(
                headlineFirst("seed-1", page.substring(0, cut), null),
                headlineFirst("seed-2", page.substring(cut), null),
                headlineFirst("seed-3", other.substring(other.indexOf("Liên quân CSTO")), LocalDate.of(2022, 1, 13)));
        StoryClusterer c = new StoryClusterer();
        articles.forEach(c::accept);
        assertThat(c.stories()).singleElement()
                .satisfies(s -> assertThat(s.articles()).containsExactly("seed-1", "seed-2", "seed-3"));
    }

    private static AnalysedArticle headlineFirst(String id, String text, LocalDate date) {
        String t = text.strip();
        int nl = t.indexOf('\n');
        return TestArticles.of(id, t.substring(0, nl).strip(), t.substring(nl + 1).strip(), date, null);
    }
}
