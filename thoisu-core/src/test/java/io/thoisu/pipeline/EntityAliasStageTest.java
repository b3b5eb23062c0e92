package io.thoisu.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.entity.EntityAlias;
import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.Article;
import io.thoisu.model.Origin;
import io.thoisu.model.Published;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The alias stage on articles the real analyzer read: the article that defines an acronym and names a foreign
 * official in full teaches the corpus what the bare acronym and surname of another article stand for.
 */
class EntityAliasStageTest {
    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer();

    private static AnalysedArticle analysed(String id, String day, String text) {
        Article a = new Article(id, new Origin(id + ".txt", ""), Optional.empty(), Optional.of(text.substring(0, 30)),
                Optional.of(Published.ofDay(LocalDate.parse(day))), Optional.of("Báo Duyên Hải"), List.of(), "vi", text,
                List.of(), List.of());
        return ANALYZER.analyse(a, AnalysisOptions.NONE);
    }

    @Test
    void theDefiningArticleResolvesTheShortFormsOfAnother() {
        AnalysedArticle defining = analysed("def", "2025-05-02",
                "Ngày 2/5, Hiệp hội Cảng biển Duyên hải Nam Dương (HCND) tổ chức hội nghị thường niên tại thành phố "
                        + "Vạn Ninh. Chủ tịch hiệp hội, ông Oskar Lindqvist, cho biết lượng hàng qua các cảng thành viên tăng 12% "
                        + "so với cùng kỳ năm trước.");
        AnalysedArticle shortOnly = analysed("short", "2025-05-03",
                "HCND vừa gửi kiến nghị lên Bộ Giao thông vận tải về phí neo đậu. Ông Lindqvist nói các cảng nhỏ "
                        + "đang chịu thiệt.");
        CorpusStages stages = CorpusStages.fresh();
        CorpusChange first = stages.feed(List.of(shortOnly), ids -> List.of());
        assertThat(first.aliases()).isEmpty();
        CorpusChange second = stages.feed(List.of(defining), ids -> List.of());
        assertThat(second.aliases()).contains(
                new EntityAlias(io.thoisu.model.EntityType.ORG, "hcnd",
                        Optional.of("Hiệp hội Cảng biển Duyên hải Nam Dương")),
                new EntityAlias(io.thoisu.model.EntityType.PER, "lindqvist", Optional.of("Oskar Lindqvist")));
        // the short-only article's own mentions are what the store moves: they carry exactly those keys
        assertThat(shortOnly.entities()).extracting(m -> m.type() + "|" + io.thoisu.text.VietnameseNormalizer.key(m.canonical()))
                .contains("ORG|hcnd", "PER|lindqvist");
        // and the state survives a snapshot
        CorpusStages restored = CorpusStages.restore(stages.snapshot());
        assertThat(restored.snapshot().entities()).isEqualTo(stages.snapshot().entities());
    }
}
