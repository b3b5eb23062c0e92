package io.thoisu.store;

import static io.thoisu.store.ArticleFixtures.article;
import static io.thoisu.store.ArticleFixtures.day;
import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.clean.FurnitureLearner;
import io.thoisu.dedup.DuplicateDetectorSnapshot;
import io.thoisu.entity.EntityResolver;
import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.Origin;
import io.thoisu.pipeline.CorpusStages;
import io.thoisu.story.StoryClustererSnapshot;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving and reading the corpus stages' state: lossless JSON, format versions, and what voids a saved state. */
class CorpusStateTest {
    @TempDir
    Path dir;

    private static final List<AnalysedArticle> FLOOD = List.of(
            article("lu-1", "Báo Sông Đào", day("2024-09-02"), "Lũ sông Vân Hà dâng cao, hơn 300 hộ dân phải sơ tán",
                    "Mưa lớn kéo dài khiến nước sông Vân Hà dâng nhanh. Huyện Bắc Lĩnh đã sơ tán hơn 300 hộ dân "
                            + "ven sông đến nơi an toàn. Ông Đào Văn Khánh, Chủ tịch UBND huyện Bắc Lĩnh, cho biết "
                            + "lực lượng cứu hộ trực suốt đêm.", "Đào Văn Khánh=Đào Văn Khánh:PER",
                    "Bắc Lĩnh=Bắc Lĩnh:LOC"),
            article("lu-2", "Tin Miền Trung", day("2024-09-03"), "Bắc Lĩnh: nước sông Vân Hà bắt đầu rút",
                    "Nước sông Vân Hà bắt đầu rút sau hai ngày dâng cao. Hơn 300 hộ dân huyện Bắc Lĩnh đã trở về "
                            + "nhà dọn dẹp. Ông Đào Văn Khánh cho biết huyện sẽ hỗ trợ gạo cho các hộ bị ngập.",
                    "Đào Văn Khánh=Đào Văn Khánh:PER", "Bắc Lĩnh=Bắc Lĩnh:LOC"),
            article("lu-3", "Báo Sông Đào", day("2024-09-03"), "Bắc Lĩnh: nước sông Vân Hà bắt đầu rút",
                    "Nước sông Vân Hà bắt đầu rút sau hai ngày dâng cao. Hơn 300 hộ dân huyện Bắc Lĩnh đã trở về "
                            + "nhà dọn dẹp. Ông Đào Văn Khánh cho biết huyện sẽ hỗ trợ gạo cho các hộ bị ngập.",
                    "Đào Văn Khánh=Đào Văn Khánh:PER", "Bắc Lĩnh=Bắc Lĩnh:LOC"),
            article("che-1", "Tin Miền Trung", day("2024-09-05"), "Hợp tác xã Suối Mơ xuất khẩu lô chè đầu tiên",
                    "Hợp tác xã chè Suối Mơ, xã Tân Lạc, vừa xuất khẩu lô chè xanh đầu tiên sang thị trường châu Âu. "
                            + "Bà Lương Thị Hoa, giám đốc hợp tác xã, cho biết lô hàng nặng 12 tấn.",
                    "Lương Thị Hoa=Lương Thị Hoa:PER"));

    @Test
    void snapshotsReadBackAsTheyWereWritten() {
        CorpusStages stages = CorpusStages.fresh();
        stages.feed(FLOOD, ids -> List.of());
        FurnitureLearner furniture = new FurnitureLearner();
        furniture.accept("Báo Sông Đào", List.of("Đọc thêm tin Sông Đào mỗi sáng", "Lũ sông Vân Hà dâng cao"));
        List<StageSnapshot> rows = CorpusState.rows(furniture.snapshot(), 1, stages.snapshot(), Instant.EPOCH);
        assertThat(rows).extracting(StageSnapshot::stage)
                .containsExactly(CorpusState.FURNITURE, CorpusState.DUPLICATES, CorpusState.STORIES,
                        CorpusState.ENTITIES);
        Map<String, Class<?>> types = Map.of(CorpusState.FURNITURE, FurnitureLearner.Snapshot.class,
                CorpusState.DUPLICATES, DuplicateDetectorSnapshot.class, CorpusState.STORIES,
                StoryClustererSnapshot.class, CorpusState.ENTITIES, EntityResolver.Snapshot.class);
        for (StageSnapshot row : rows) {
            Object back = SnapshotJson.read(row.json(), types.get(row.stage()));
            // arrays make record equality useless; the JSON of what was read back is the proof
            assertThat(SnapshotJson.write(back)).as(row.stage()).isEqualTo(row.json());
        }
        assertThat(rows.get(2).fedCount()).isEqualTo(FLOOD.size());
    }

    record Shape(String name, int count) {
    }

    record Renamed(String label, int count) {
    }

    record Nested(Shape inner, List<Optional<Shape>> more) {
    }

    record Packed(int[] terms, float[] weights) {
    }

    @Test
    void numberArraysArePackedAndReadBackExactly() {
        java.util.Random random = new java.util.Random(11);
        int[] terms = random.ints(1000).toArray();
        float[] weights = new float[1000];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (float) random.nextGaussian();
        }
        weights[3] = Float.NaN;
        weights[4] = -0.0f;
        String json = SnapshotJson.write(new Packed(terms, weights));
        assertThat(json).doesNotContain("[").hasSizeLessThan(2 * 1000 * 6 + 50);
        Packed back = SnapshotJson.read(json, Packed.class);
        assertThat(back.terms()).containsExactly(terms);
        for (int i = 0; i < weights.length; i++) {
            assertThat(Float.floatToRawIntBits(back.weights()[i])).isEqualTo(Float.floatToRawIntBits(weights[i]));
        }
        Packed plain = SnapshotJson.read("{\"terms\":[1,-2,3],\"weights\":[0.5,1.25]}", Packed.class);
        assertThat(plain.terms()).containsExactly(1, -2, 3);
        assertThat(plain.weights()).containsExactly(0.5f, 1.25f);
    }

    @Test
    void theFormatVersionFollowsTheRecordStructureAndTheFreshSettings() {
        String shape = CorpusState.formatVersion(Shape.class, new Shape("a", 1));
        assertThat(CorpusState.formatVersion(Shape.class, new Shape("a", 1))).isEqualTo(shape);
        assertThat(CorpusState.formatVersion(Renamed.class, new Renamed("a", 1))).isNotEqualTo(shape);
        assertThat(CorpusState.formatVersion(Shape.class, new Shape("a", 2))).as("other settings").isNotEqualTo(shape);
        assertThat(CorpusState.structureOf(Nested.class)).contains("inner:", "name:java.lang.String", "more:",
                "java.util.Optional<");
        assertThat(CorpusState.structureOf(StoryClustererSnapshot.class)).contains("java.time.LocalDate");
    }

    @Test
    void aStateOfAnotherFormatIsNotReadAndTheStagesRestart() {
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            store.commitDocument("d1", new Origin("flood.jsonl", "1"), FLOOD, List.of());
            CorpusState first = CorpusState.load(store, false);
            assertThat(first.corpus()).isEmpty();
            assertThat(first.notes()).anyMatch(n -> n.contains("from scratch"));
            CorpusStep.Result made = CorpusStep.run(store, first, new FurnitureLearner().snapshot(), List.of("d1"));
            assertThat(made.restarted()).isTrue();
            assertThat(store.articlesNotFed()).isEmpty();
            CorpusState second = CorpusState.load(store, false);
            assertThat(second.corpus()).isPresent();
            assertThat(second.furniture()).isPresent();
            assertThat(second.notes()).isEmpty();
            assertThat(store.furnitureFed("d1")).isTrue();

            // the same rows under a version this code does not write
            List<StageSnapshot> foreign = store.corpusState().values().stream()
                    .map(s -> s.stage().equals(CorpusState.STORIES)
                            ? new StageSnapshot(s.stage(), "0000000000000000", s.json(), s.fedCount(), s.updatedAt())
                            : s)
                    .toList();
            store.commitCorpus(new CorpusUpdate(foreign, CorpusStages.fresh().feed(List.of(), ids -> List.of()),
                    List.of(), false, false));
            CorpusState third = CorpusState.load(store, false);
            assertThat(third.corpus()).isEmpty();
            assertThat(third.furniture()).as("another stage's state is still good").isPresent();
            assertThat(third.notes()).anyMatch(n -> n.startsWith("stories state was saved by another version"));
            CorpusStep.Result again = CorpusStep.run(store, third, third.furniture().get(), List.of());
            assertThat(again.restarted()).isTrue();
            assertThat(again.change().fed()).hasSize(FLOOD.size());
            assertThat(store.storyOf("lu-1")).isPresent();
            assertThat(store.duplicatesOf("lu-3")).containsExactlyInAnyOrder("lu-2", "lu-3");
        }
    }

    @Test
    void corpusTablesReplacedFromElsewhereVoidTheSavedState() {
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            store.commitDocument("d1", new Origin("flood.jsonl", "1"), FLOOD, List.of());
            CorpusStep.run(store, CorpusState.load(store, false), new FurnitureLearner().snapshot(), List.of());
            assertThat(CorpusState.load(store, false).corpus()).isPresent();
            store.replaceCorpus(new CorpusView(List.of(), Map.of(), List.of()));
            CorpusState after = CorpusState.load(store, false);
            assertThat(after.corpus()).isEmpty();
            assertThat(store.articlesNotFed()).hasSize(FLOOD.size());
        }
    }

    @Test
    void askedFromScratchIgnoresAGoodState() {
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            store.commitDocument("d1", new Origin("flood.jsonl", "1"), FLOOD, List.of());
            CorpusStep.run(store, CorpusState.load(store, false), new FurnitureLearner().snapshot(), List.of("d1"));
            CorpusState scratch = CorpusState.load(store, true);
            assertThat(scratch.corpus()).isEmpty();
            assertThat(scratch.furniture()).isEmpty();
            assertThat(scratch.notes()).containsExactly("corpus stages recomputed from scratch, as asked");
            CorpusStep.Result r = CorpusStep.run(store, scratch, new FurnitureLearner().snapshot(), List.of());
            assertThat(r.change().fed()).hasSize(FLOOD.size());
            assertThat(store.furnitureFed("d1")).as("the furniture restarted: its counted documents are forgotten")
                    .isFalse();
        }
    }
}
