package io.thoisu.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.thoisu.json.ContractJson;
import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.Removal;
import io.thoisu.pipeline.AnalysisOptions;
import io.thoisu.pipeline.Pipeline;
import io.thoisu.store.ArticleStore;
import io.thoisu.store.CorpusState;
import io.thoisu.store.EmbeddedStore;
import io.thoisu.store.SearchQuery;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingests that build on the corpus state earlier ingests saved: furniture, resumption, recomputing from scratch. */
class IncrementalIngestTest {
    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final AnalysisOptions OPTIONS = new AnalysisOptions(OptionalInt.of(2025), Optional.empty());
    /** A sponsor line no cleaning rule names: only the outlet's pages can teach that it is furniture. */
    private static final String SPONSOR = "Chuyên mục Đất và Người thực hiện với sự đồng hành của Quỹ Văn hóa Miền Cát";

    @TempDir
    Path dir;

    @Test
    void furnitureLearnedByOneIngestCleansTheNext() throws Exception {
        Path first = page("first.jsonl", 0, 5);
        Path second = page("second.jsonl", 5, 2);
        try (ArticleStore store = EmbeddedStore.open(dir.resolve("learned"))) {
            IngestRunner.Summary one = ingest(store, false, first);
            assertThat(one.documents()).isEqualTo(5);
            IngestRunner.Summary two = ingest(store, false, second);
            assertThat(two.documents()).isEqualTo(2);
            for (AnalysedArticle a : articlesOf(store, "second.jsonl")) {
                assertThat(a.article().text()).doesNotContain(SPONSOR);
                assertThat(a.article().removed()).extracting(Removal::text).contains(SPONSOR);
            }
        }
        // the control: the same two pages alone, without what the first five taught, keep the line
        try (ArticleStore store = EmbeddedStore.open(dir.resolve("alone"))) {
            ingest(store, false, second);
            assertThat(articlesOf(store, "second.jsonl")).isNotEmpty()
                    .allSatisfy(a -> assertThat(a.article().text()).contains(SPONSOR));
        }
    }

    @Test
    void anIngestCleansItsFirstPagesAgainWithWhatItsLastPagesTaught() throws Exception {
        // five pages of one outlet in one ingest: the learner knows the sponsor line only from the fourth page on,
        // and the cleaner is refreshed only every 64 documents, so the first pass keeps it in all five
        Path five = page("five.jsonl", 0, 5);
        try (EmbeddedStore store = EmbeddedStore.open(dir.resolve("once"))) {
            IngestRunner.Summary summary = ingest(store, false, five);
            assertThat(summary.documents()).isEqualTo(5);
            assertThat(summary.recleaned()).isEqualTo(5);
            assertThat(summary.articles()).isEqualTo(store.articleCount()).isEqualTo(5);
            assertThat(articlesOf(store, "five.jsonl")).hasSize(5).allSatisfy(a -> {
                assertThat(a.article().text()).doesNotContain(SPONSOR);
                assertThat(a.article().removed()).extracting(Removal::text).contains(SPONSOR);
            });
            // what the index holds is the second pass's text: the sponsor's name finds nothing, the reports do
            // (the five are near copies of one template, so search folds them into one hit)
            assertThat(store.search(SearchQuery.of("\"Quỹ Văn hóa Miền Cát\"")).total()).isZero();
            assertThat(store.search(SearchQuery.of("\"hợp tác xã địa phương\"")).total()).isPositive();
            assertThat(store.indexedCount()).isEqualTo(5);
        }
        // three pages teach nothing (four are needed), so nothing is cleaned twice
        try (EmbeddedStore store = EmbeddedStore.open(dir.resolve("few"))) {
            assertThat(ingest(store, false, page("three.jsonl", 0, 3)).recleaned()).isZero();
        }
    }

    @Test
    void pagesStoredByAnEarlierIngestAreCleanedAgainWhenReadAfterTheirOutletLearnedFurniture() throws Exception {
        Path first = page("first.jsonl", 0, 3);
        Path second = page("second.jsonl", 3, 2);
        try (EmbeddedStore store = EmbeddedStore.open(dir.resolve("again"))) {
            ingest(store, false, first);
            // three pages teach nothing (four are needed): the sponsor line stays in their text
            List<AnalysedArticle> before = articlesOf(store, "first.jsonl");
            assertThat(before).hasSize(3).allSatisfy(a -> assertThat(a.article().text()).contains(SPONSOR));

            // the folder grows and is ingested again: five pages now show the line is the outlet's furniture
            IngestRunner.Summary two = ingest(store, false, first, second);
            assertThat(two.skipped()).isEqualTo(3);
            assertThat(two.documents()).isEqualTo(2);
            assertThat(two.articles()).isEqualTo(2);
            assertThat(two.recleaned()).isEqualTo(5);
            assertThat(store.articleCount()).isEqualTo(5);
            assertThat(store.articlesInOrder()).hasSize(5).allSatisfy(a -> {
                assertThat(a.article().text()).doesNotContain(SPONSOR);
                assertThat(a.article().removed()).extracting(Removal::text).contains(SPONSOR);
            });
            // an article's id is made from its text: the earlier pages' articles are new ones, so the article stages
            // start again over the whole store, and say so; the index holds the new text only
            assertThat(store.articlesInOrder()).extracting(AnalysedArticle::id)
                    .doesNotContainAnyElementsOf(before.stream().map(AnalysedArticle::id).toList());
            assertThat(two.notes()).anySatisfy(n -> assertThat(n).contains("recomputed from scratch"));
            assertThat(two.fedToCorpus()).isEqualTo(5);
            assertThat(store.articlesInOrder()).allSatisfy(a -> assertThat(store.storyOf(a.id())).isPresent());
            assertThat(store.search(SearchQuery.of("\"Quỹ Văn hóa Miền Cát\"")).total()).isZero();

            // read once more, nothing changes: the outlet's furniture is what it was when this ingest started
            IngestRunner.Summary three = ingest(store, false, first, second);
            assertThat(three.skipped()).isEqualTo(5);
            assertThat(three.recleaned()).isZero();
        }
    }

    @Test
    void aLineThatStopsBeingFurnitureWithinOneIngestIsGivenBackToThePagesThatLostIt() throws Exception {
        // the first 64 pages all carry the line, so the cleaner refreshed after them drops it; the next 136 carry
        // it one page in eight, and at the end it is on 81 of 200 pages: under half, no longer furniture
        String line = SPONSOR;
        StringBuilder jsonl = new StringBuilder();
        List<Integer> carrying = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            boolean carries = i < 64 || i % 8 == 0;
            if (carries) {
                carrying.add(i);
            }
            ObjectNode o = ContractJson.mapper().createObjectNode();
            o.put("url", "https://phothi.example.vn/tin-" + i);
            o.put("title", "Phường số " + i + " sửa xong tuyến hẻm ngập nước");
            o.put("published", "2025-04-01T07:00:00+07:00");
            o.put("outlet", "Phố Thị");
            o.put("text", "Sau " + (i % 9 + 2) + " tuần thi công, tuyến hẻm dài " + (100 + i) + " m ở phường số " + i
                    + " đã được nâng cốt nền và lắp cống thoát nước mới.\n"
                    + "Bà Lê Thị Mai" + i + ", sống trong hẻm " + (10 + i) + " năm, cho biết mùa mưa năm nay "
                    + "không còn cảnh nước tràn vào nhà.\n"
                    + (carries ? line : "Công trình do quận bố trí vốn duy tu năm " + (2000 + i) + "."));
            jsonl.append(ContractJson.mapper().writeValueAsString(o)).append('\n');
        }
        Path pages = Files.writeString(dir.resolve("phothi.jsonl"), jsonl.toString(), StandardCharsets.UTF_8);
        try (EmbeddedStore store = EmbeddedStore.open(dir.resolve("vanished"))) {
            IngestRunner.Summary summary = ingest(store, false, pages);
            assertThat(summary.documents()).isEqualTo(200);
            List<AnalysedArticle> withLine = articlesOf(store, "phothi.jsonl").stream()
                    .filter(a -> a.article().text().contains(line)
                            || a.article().removed().stream().anyMatch(r -> r.text().equals(line)))
                    .toList();
            assertThat(withLine).hasSize(carrying.size())
                    .allSatisfy(a -> assertThat(a.article().text()).contains(line));
            assertThat(summary.recleaned()).isPositive();
        }
    }

    @Test
    void rereadingStoredPagesDoesNotCountThemTwice() throws Exception {
        Path first = page("first.jsonl", 0, 3);
        try (ArticleStore store = EmbeddedStore.open(dir.resolve("data"))) {
            ingest(store, false, first);
            String saved = store.corpusState().get(CorpusState.FURNITURE).json();
            IngestRunner.Summary again = ingest(store, false, first);
            assertThat(again.skipped()).isEqualTo(3);
            assertThat(again.fedToCorpus()).isZero();
            // three pages, read twice, are still three pages: the line is not yet furniture (four are needed)
            assertThat(store.corpusState().get(CorpusState.FURNITURE).json()).isEqualTo(saved);
            assertThat(store.corpusState().get(CorpusState.FURNITURE).fedCount()).isEqualTo(3);
        }
    }

    @Test
    void anIngestKilledBeforeItsCorpusStepIsRepairedByTheRerun() throws Exception {
        Path txt = EXAMPLES.resolve("txt");
        Path html = EXAMPLES.resolve("html");
        Path jsonl = EXAMPLES.resolve("jsonl");
        Map<String, Object> uninterrupted;
        try (ArticleStore store = EmbeddedStore.open(dir.resolve("straight"))) {
            ingest(store, false, txt);
            ingest(store, false, html, jsonl);
            uninterrupted = view(store);
        }
        Map<String, Object> resumed;
        try (EmbeddedStore store = EmbeddedStore.open(dir.resolve("killed"))) {
            ingest(store, false, txt);
            // killed after its documents were committed, before the corpus transaction
            assertThatThrownBy(() -> ingest(killedAtCorpusStep(store), false, html))
                    .hasMessageContaining("killed");
            assertThat(store.articlesNotFed()).isNotEmpty();
            IngestRunner.Summary rerun = ingest(store, false, html, jsonl);
            assertThat(rerun.skipped()).as("the html pages were stored by the killed run").isEqualTo(5);
            assertThat(store.articlesNotFed()).isEmpty();
            resumed = view(store);
        }
        assertThat(resumed).isEqualTo(uninterrupted);
        assertThat(uninterrupted.get("stories").toString()).contains("timeline");
    }

    @Test
    void reclusterRecomputesFromScratchAndSaysSo() throws Exception {
        Path data = dir.resolve("data");
        CliRun first = CliRun.of("--data", data.toString(), "ingest", EXAMPLES.resolve("txt").toString(),
                "--format", "json");
        assertThat(first.code()).as(first.err()).isZero();
        JsonNode one = ContractJson.mapper().readTree(first.out());
        assertThat(one.get("fedToCorpus").asInt()).isEqualTo(one.get("storedArticles").asInt());
        CliRun second = CliRun.of("--data", data.toString(), "ingest", EXAMPLES.resolve("html").toString(),
                "--format", "json");
        JsonNode two = ContractJson.mapper().readTree(second.out());
        assertThat(two.get("fedToCorpus").asInt()).as("only the new articles").isEqualTo(two.get("articles").asInt());
        assertThat((ArrayNode) two.get("notes")).isEmpty();
        CliRun again = CliRun.of("--data", data.toString(), "ingest", "--recluster",
                EXAMPLES.resolve("html").toString());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).contains("recomputed from scratch");
        CliRun json = CliRun.of("--data", data.toString(), "ingest", "--recluster", "--format", "json",
                EXAMPLES.resolve("html").toString());
        JsonNode three = ContractJson.mapper().readTree(json.out());
        assertThat(three.get("fedToCorpus").asInt()).isEqualTo(three.get("storedArticles").asInt());
        assertThat(three.get("stories").asInt()).isEqualTo(two.get("stories").asInt());
        assertThat(CliRun.of("ingest", "--help").out()).contains("--recluster");
    }

    private static IngestRunner.Summary ingest(ArticleStore store, boolean recluster, Path... paths)
            throws InterruptedException {
        return new IngestRunner(store, Pipeline.standard(), OPTIONS, 2, recluster)
                .ingest(List.of(paths), r -> { }, n -> { });
    }

    /** The store as a process killed at the corpus step leaves it: everything before that step happens. */
    private static ArticleStore killedAtCorpusStep(ArticleStore store) {
        return (ArticleStore) Proxy.newProxyInstance(ArticleStore.class.getClassLoader(),
                new Class<?>[] {ArticleStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("commitCorpus")) {
                        throw new IllegalStateException("killed");
                    }
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** Stories (with timelines), each article's story and copies, and the saved stage states but the clusterer's. */
    private static Map<String, Object> view(ArticleStore store) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("stories", store.stories());
        for (AnalysedArticle a : store.articlesInOrder()) {
            out.put("article " + a.id(), a.article().text() + "|" + store.storyOf(a.id()) + "|"
                    + store.duplicatesOf(a.id()));
        }
        store.corpusState().forEach((stage, s) -> out.put("state " + stage,
                (stage.equals(CorpusState.STORIES) ? "" : s.json()) + " fed " + s.fedCount()));
        return out;
    }

    private static List<AnalysedArticle> articlesOf(ArticleStore store, String file) {
        return store.articlesInOrder().stream()
                .filter(a -> a.article().origin().source().endsWith(file)).toList();
    }

    /** Pages of a fictional outlet, each its own report, all ending with the same sponsor line. */
    private Path page(String name, int from, int count) throws Exception {
        String[] places = {"Bến Sỏi", "Gò Dầu Hạ", "Cồn Trắng", "Bãi Ngang", "Rạch Gốc", "Hòn Mây", "Vũng Lấp"};
        String[] crops = {"dưa hấu", "hành tím", "tỏi", "ớt", "muối", "rong biển", "cá cơm"};
        StringBuilder lines = new StringBuilder();
        for (int i = from; i < from + count; i++) {
            ObjectNode o = ContractJson.mapper().createObjectNode();
            o.put("url", "https://mienc at.example.vn/".replace(" ", "") + "bai-" + i);
            o.put("title", "Nông dân " + places[i] + " được mùa " + crops[i]);
            o.put("published", "2025-03-0" + (1 + i) + "T08:00:00+07:00");
            o.put("outlet", "Báo Miền Cát");
            o.put("text", "Vụ " + crops[i] + " năm nay ở xã " + places[i] + " cho năng suất cao hơn năm trước "
                    + "khoảng " + (10 + i) + "%, theo hợp tác xã địa phương.\n"
                    + "Ông Trần Văn Lộc" + i + ", một hộ trồng lâu năm, cho biết giá bán đầu vụ ở mức khá, thương "
                    + "lái đến tận ruộng thu mua.\n"
                    + "Xã " + places[i] + " dự kiến mở rộng thêm " + (5 + i) + " ha trong vụ tới.\n"
                    + SPONSOR);
            lines.append(ContractJson.mapper().writeValueAsString(o)).append('\n');
        }
        return Files.writeString(dir.resolve(name), lines.toString(), StandardCharsets.UTF_8);
    }
}
