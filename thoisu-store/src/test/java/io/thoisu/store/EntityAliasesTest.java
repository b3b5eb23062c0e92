package io.thoisu.store;

import static io.thoisu.store.ArticleFixtures.article;
import static io.thoisu.store.ArticleFixtures.day;
import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.clean.FurnitureLearner;
import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.Origin;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Short forms resolved across articles by the corpus step: an article that writes only an acronym or a foreign
 * surname is counted under the full name another article gave, whether it was stored before or after that article;
 * a short form that comes to stand for two names is undone; Vietnamese given names are never joined across
 * articles; and the entity counts the triggers keep agree with a count over the mentions at every step.
 */
class EntityAliasesTest {
    private static final String BODY = "Tổ chức Hợp tác Duyên hải Nam Dương";
    private static final String MAREK = "Marek Hollander";

    @TempDir
    Path dir;

    @Test
    void shortFormsJoinTheirLongFormAcrossArticlesAndAmbiguityUndoesIt() {
        try (EmbeddedStore store = EmbeddedStore.open(dir.resolve("data"))) {
            // only short forms, stored before the article that defines them
            commit(store, article("a1", "Tin Duyên Hải", day("2025-03-01"), "DHND họp bất thường",
                    "DHND họp bất thường. Ông Hollander nói sẽ sang Vạn Ninh. Ông Khiêm đồng ý.",
                    "DHND=DHND:ORG", "Hollander=Hollander:PER", "Khiêm=Khiêm:PER"));
            commit(store, article("a2", "Báo Nam Dương", day("2025-03-02"), "Tổng thư ký DHND sang Vạn Ninh",
                    BODY + " (DHND) cho biết Tổng thư ký Marek Hollander sẽ gặp ông Trần Văn Khiêm.",
                    BODY + "=" + BODY + ":ORG", "DHND=" + BODY + ":ORG", "Marek Hollander=Marek Hollander:PER",
                    "Trần Văn Khiêm=Trần Văn Khiêm:PER"));
            step(store);
            EntityQueries q = store.entityQueries().orElseThrow();
            assertThat(q.find(BODY).orElseThrow().articles()).isEqualTo(2);
            assertThat(q.find(MAREK).orElseThrow().articles()).isEqualTo(2);
            assertThat(q.find("DHND")).isEmpty();
            assertThat(q.find("Hollander")).isEmpty();
            assertThat(q.aliases(BODY, 5)).contains("DHND");
            // a given name is shared by thousands: "ông Khiêm" stays apart from Trần Văn Khiêm
            assertThat(q.find("Khiêm").orElseThrow().articles()).isEqualTo(1);
            assertThat(q.find("Trần Văn Khiêm").orElseThrow().articles()).isEqualTo(1);
            assertCountsAgree(store);
            // search filters and facets go by the corpus's name too
            assertThat(byEntity(store, BODY)).isEqualTo(2);
            assertThat(byEntity(store, "DHND")).isZero();

            // stored after the resolution is known: resolved as it is written
            commit(store, article("a3", "Tin Duyên Hải", day("2025-03-03"), "Ông Hollander tới Vạn Ninh",
                    "Ông Hollander đã tới Vạn Ninh sáng nay.", "Hollander=Hollander:PER"));
            assertThat(q.find(MAREK).orElseThrow().articles()).isEqualTo(3);
            step(store);
            assertThat(q.find(MAREK).orElseThrow().articles()).isEqualTo(3);
            assertCountsAgree(store);

            // another Hollander: the surname no longer says who; the short mentions go back to their own name
            commit(store, article("a4", "Báo Nam Dương", day("2025-03-04"), "Nữ kiến trúc sư Greta Hollander",
                    "Kiến trúc sư Greta Hollander thiết kế nhà ga mới.", "Greta Hollander=Greta Hollander:PER"));
            step(store);
            assertThat(q.find(MAREK).orElseThrow().articles()).isEqualTo(1);
            assertThat(q.find("Hollander").orElseThrow().articles()).isEqualTo(2);
            assertThat(q.find(BODY).orElseThrow().articles()).isEqualTo(2);
            assertCountsAgree(store);
            assertThat(byEntity(store, MAREK)).isEqualTo(1);
            assertThat(byEntity(store, "Hollander")).isEqualTo(2);
            assertThat(store.search(query(Optional.empty())).facets().get("entity"))
                    .contains(new SearchResult.FacetCount("Hollander", 2), new SearchResult.FacetCount(BODY, 2));

            // a recompute from scratch reaches the same counts
            Map<String, Integer> before = counts(store);
            CorpusState state = CorpusState.load(store, true);
            CorpusStep.run(store, state, new FurnitureLearner().snapshot(), List.of());
            assertThat(counts(store)).isEqualTo(before);
        }
    }

    @Test
    void aStoreReopenedKeepsItsResolutionsForNewArticles() {
        Path data = dir.resolve("reopened");
        try (EmbeddedStore store = EmbeddedStore.open(data)) {
            commit(store, article("b1", "Báo Nam Dương", day("2025-04-01"), "Họp DHND",
                    BODY + " (DHND) họp tại Vạn Ninh.", BODY + "=" + BODY + ":ORG", "DHND=" + BODY + ":ORG"));
            step(store);
        }
        try (EmbeddedStore store = EmbeddedStore.open(data)) {
            commit(store, article("b2", "Tin Duyên Hải", day("2025-04-02"), "DHND ra tuyên bố",
                    "DHND ra tuyên bố chung.", "DHND=DHND:ORG"));
            CorpusStep.Result r = step(store);
            assertThat(r.restarted()).isFalse();
            assertThat(store.entityQueries().orElseThrow().find(BODY).orElseThrow().articles()).isEqualTo(2);
        }
    }

    private static SearchQuery query(Optional<String> entity) {
        return new SearchQuery("", Optional.empty(), entity, Optional.empty(), Optional.empty(), Optional.empty(),
                SearchQuery.Sort.DATE, 20, Optional.empty());
    }

    private static long byEntity(EmbeddedStore store, String entity) {
        return store.search(query(Optional.of(entity))).total();
    }

    private static void commit(EmbeddedStore store, AnalysedArticle a) {
        store.commitDocument("doc-" + a.id(), new Origin(a.id(), ""), List.of(a), List.of());
    }

    private static CorpusStep.Result step(EmbeddedStore store) {
        CorpusState state = CorpusState.load(store, false);
        return CorpusStep.run(store, state, state.furniture().orElseGet(() -> new FurnitureLearner().snapshot()),
                List.of());
    }

    /** Articles per entity key as the trigger-kept table says, for every entity. */
    private static Map<String, Integer> counts(EmbeddedStore store) {
        return store.entityQueries().orElseThrow().list("", 1000, Optional.empty()).entities().stream()
                .collect(Collectors.toMap(e -> e.canonical(), e -> e.articles()));
    }

    /** The trigger-kept counts equal a count of distinct articles over the mentions' current keys. */
    private static void assertCountsAgree(EmbeddedStore store) {
        EntityQueries q = store.entityQueries().orElseThrow();
        for (var e : q.list("", 1000, Optional.empty()).entities()) {
            assertThat(q.articles(e.canonical(), 1000, 0).total()).as(e.canonical()).isEqualTo(e.articles());
        }
    }
}
