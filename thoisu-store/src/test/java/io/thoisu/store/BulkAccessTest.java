package io.thoisu.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.Origin;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** commitDocuments against commitDocument, and export against paging through search. */
class BulkAccessTest {
    @TempDir
    Path dir;

    @Test
    void aBatchStoresWhatOneByOneStoresAndTheLastWordOnAnIdWins() {
        Random random = new Random(7);
        List<AnalysedArticle> articles = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            articles.add(ArticleFixtures.generated(random, "b" + i, 80));
        }
        try (EmbeddedStore one = EmbeddedStore.open(dir.resolve("one"));
             EmbeddedStore bulk = EmbeddedStore.open(dir.resolve("bulk"))) {
            List<DocumentCommit> docs = new ArrayList<>();
            for (AnalysedArticle a : articles) {
                one.commitDocument("d-" + a.id(), new Origin("x", a.id()), List.of(a), List.of());
                docs.add(new DocumentCommit("d-" + a.id(), new Origin("x", a.id()), List.of(a), List.of()));
            }
            // the same document again, now yielding nothing: its article is dropped by the later entry
            docs.add(new DocumentCommit("d-b0", new Origin("x", "b0"), List.of(), List.of()));
            one.commitDocument("d-b0", new Origin("x", "b0"), List.of(), List.of());
            bulk.commitDocuments(docs);
            assertThat(bulk.articleCount()).isEqualTo(one.articleCount()).isEqualTo(59);
            assertThat(bulk.indexedCount()).isEqualTo(59);
            assertThat(bulk.article("b0")).isEmpty();
            assertThat(bulk.article("b7")).isEqualTo(one.article("b7"));
            SearchQuery everything = SearchQuery.of("");
            assertThat(bulk.search(everything).total()).isEqualTo(one.search(everything).total());
        }
    }

    @Test
    void exportHandsOverWhatPagingShowsInTheSameOrder() {
        Random random = new Random(11);
        try (EmbeddedStore store = EmbeddedStore.open(dir.resolve("s"))) {
            List<DocumentCommit> docs = new ArrayList<>();
            for (int i = 0; i < 230; i++) {
                AnalysedArticle a = ArticleFixtures.generated(random, "e" + i, 60);
                docs.add(new DocumentCommit("d" + i, new Origin("x", "" + i), List.of(a), List.of()));
            }
            store.commitDocuments(docs);
            store.replaceCorpus(new CorpusView(List.of(), java.util.Map.of(), List.of(List.of("e1", "e2", "e3"))));
            for (SearchQuery.Sort sort : SearchQuery.Sort.values()) {
                SearchQuery query = new SearchQuery("", java.util.Optional.empty(), java.util.Optional.empty(),
                        java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), sort, 37,
                        java.util.Optional.empty());
                List<String> paged = new ArrayList<>();
                SearchQuery page = query;
                while (true) {
                    SearchResult r = store.search(page);
                    r.hits().forEach(h -> paged.add(h.id() + h.copies()));
                    if (r.nextCursor().isEmpty()) {
                        break;
                    }
                    page = page.withCursor(r.nextCursor());
                }
                List<String> exported = new ArrayList<>();
                long n = store.export(query, h -> exported.add(h.id() + h.copies()));
                assertThat(n).isEqualTo(228);
                assertThat(exported).as(sort.name()).isEqualTo(paged);
                assertThat(exported).anyMatch(line -> line.contains(", "));
            }
        }
    }
}
