package io.thoisu.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.Conflict;
import io.thoisu.model.DocumentHints;
import io.thoisu.model.EntityType;
import io.thoisu.model.LineRole;
import io.thoisu.model.Origin;
import io.thoisu.model.Published;
import io.thoisu.model.RawDocument;
import io.thoisu.model.Rejection;
import io.thoisu.model.Story;
import io.thoisu.model.StoryEntity;
import io.thoisu.model.TimelineEntry;
import io.thoisu.model.Token;
import io.thoisu.model.TokenType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ModelJsonTest {

    static Stream<Object> records() {
        AnalysedArticle rich = ArticleFixtures.rich();
        Story story = new Story("story-7", "Bạo loạn tại Phước Kiến", List.of("rich-1", "a2"),
                List.of("Báo Sông Lam", "Tin Đà Nẵng Mới"), Optional.of(LocalDate.of(2023, 3, 4)), Optional.empty(),
                List.of(new StoryEntity("Trần Văn Khải", EntityType.PER, List.of("ông Khải", "Chủ tịch Khải"), 5)),
                List.of(new TimelineEntry("2023-03-04", "Bạo loạn nổ ra", List.of("rich-1"))),
                rich.claims(), List.of(new Conflict("người bị bắt", List.of(rich.claims().get(0), rich.claims().get(0)))));
        return Stream.of(
                rich,
                rich.article(),
                story,
                new Rejection(new Origin("crawl/bad.warc.gz", "offset 4096"), "read", "truncated record"),
                new RawDocument(new Origin("a.html", ""), "Dòng một\nDòng hai",
                        new DocumentHints(Optional.of("x1"), Optional.empty(), Optional.of("Tiêu đề"),
                                Optional.of("2023-03-05"), Optional.empty(), List.of("Minh Châu"),
                                Optional.of(Instant.parse("2023-03-05T10:15:30Z")),
                                Map.of(0, LineRole.TITLE, 1, LineRole.BODY), true)),
                DocumentHints.NONE,
                new Token("Hoà", TokenType.SYLLABLE, 3, 6),
                Published.ofInstant(OffsetDateTime.of(2023, 1, 1, 0, 30, 0, 0, ZoneOffset.ofHours(7))),
                new CorpusView(List.of(story), Map.of("rich-1", "story-7"), List.of(List.of("rich-1", "a2"))),
                new SearchResult(3, List.of(new SearchHit("a1", Optional.of("T"), Optional.empty(),
                        Optional.of("2023-03-05"), "«bạo» «loạn»", Optional.empty(), 1.5f, List.of("a9"))),
                        Map.of("outlet", List.of(new SearchResult.FacetCount("Báo Sông Lam", 2))), Optional.of("c")));
    }

    @ParameterizedTest
    @MethodSource("records")
    void everyRecordSurvivesARoundTrip(Object value) {
        String json = ModelJson.write(value);
        Object back = ModelJson.read(json, value.getClass());
        assertThat(back).isEqualTo(value);
        assertThat(ModelJson.write(back)).isEqualTo(json);
    }

    @Test
    void anInstantKeepsItsOffset() {
        Published p = Published.ofInstant(OffsetDateTime.of(2023, 1, 1, 0, 30, 0, 0, ZoneOffset.ofHours(7)));
        // In UTC this instant is on 31 December; moving it would break the day it was published.
        assertThat(ModelJson.read(ModelJson.write(p), Published.class).instant().orElseThrow().getOffset())
                .isEqualTo(ZoneOffset.ofHours(7));
    }
}
