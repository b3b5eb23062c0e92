package io.thoisu.store;

import static io.thoisu.store.ArticleFixtures.article;
import static io.thoisu.store.ArticleFixtures.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.Origin;
import io.thoisu.model.Rejection;
import io.thoisu.model.Story;
import io.thoisu.store.SearchResult.FacetCount;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedStoreTest {
    @TempDir
    Path dir;

    static final AnalysedArticle RIOT = article("a1", "Báo Sông Lam", day("2023-03-05"), "Bạo loạn tại thị trấn Phước Kiến",
            "Ngày 4/3, bạo loạn đã nổ ra tại thị trấn Phước Kiến, tỉnh Đông Hà Lâm. Ông Trần Văn Khải, chủ tịch "
                    + "huyện, cho biết khoảng 120 người bị bắt giữ.",
            "Phước Kiến=Phước Kiến:LOC", "Trần Văn Khải=Trần Văn Khải:PER");
    static final AnalysedArticle PORT = article("a2", "Tin Đà Nẵng Mới", day("2023-03-06"), "Cảng cá mở lại",
            "Chính quyền Đà Nẵng hôm nay cho phép tàu cá ra khơi sau ba ngày bão. Bà Lê Thị Hoà nói rằng ngư dân "
                    + "đã sẵn sàng từ sáng sớm.",
            "Đà Nẵng=Đà Nẵng:LOC", "Lê Thị Hoà=Lê Thị Hòa:PER");
    static final AnalysedArticle SCATTERED = article("a3", "Báo Sông Lam", day("2023-03-07"), "Mưa lớn kéo dài",
            "Cơn mưa bạo liệt khiến giao thông tại Phước Kiến trở nên hỗn loạn suốt buổi sáng thứ Ba.",
            "Phước Kiến=Phước Kiến:LOC");
    static final AnalysedArticle NEWSPAPER = article("a4", "Thời báo Phú Hải", Optional.empty(), "Tin ngắn",
            "Tờ báo loan tin về lễ hội hoà bình của làng chài Thạch Lũy vào cuối tuần.",
            "Thạch Lũy=Thạch Lũy:LOC");

    private static void put(ArticleStore store, AnalysedArticle... articles) {
        for (AnalysedArticle a : articles) {
            store.commitDocument("doc-" + a.id(), a.article().origin(), List.of(a), List.of());
        }
    }

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void anArticleComesBackExactlyAsItWasStored() {
        AnalysedArticle rich = ArticleFixtures.rich();
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            store.commitDocument("k1", rich.article().origin(), List.of(rich), List.of());
        }
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            assertThat(store.article("rich-1")).contains(rich);
            assertThat(store.article("missing")).isEmpty();
            assertThat(store.hasDocument("k1")).isTrue();
            assertThat(store.hasDocument("k2")).isFalse();
        }
        assertThat(dir.resolve("thoisu.db")).exists();
        assertThat(dir.resolve("index")).isDirectory();
    }

    @Test
    void theDatabaseIsInWalModeAndMigratedByFlyway() throws Exception {
        EmbeddedStore.open(dir).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("thoisu.db"));
             ResultSet wal = c.createStatement().executeQuery("PRAGMA journal_mode");
             ResultSet history = c.createStatement().executeQuery(
                     "SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL")) {
            assertThat(wal.next()).isTrue();
            assertThat(wal.getString(1)).isEqualToIgnoringCase("wal");
            assertThat(history.next()).isTrue();
            assertThat(history.getString(1)).isEqualTo("1");
            assertThat(history.getBoolean(2)).isTrue();
        }
        // A second open finds the schema current and migrates nothing.
        assertThatCode(() -> EmbeddedStore.open(dir).close()).doesNotThrowAnyException();
    }

    @Test
    void searchFindsWordsWithAndWithoutDiacritics() {
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            put(store, RIOT, PORT, SCATTERED, NEWSPAPER);
            assertThat(ids(store.search(SearchQuery.of("Đà Nẵng")))).containsExactly("a2");
            assertThat(ids(store.search(SearchQuery.of("da nang")))).containsExactly("a2");
            assertThat(ids(store.search(SearchQuery.of("DA NANG")))).containsExactly("a2");
            // "hòa" (new tone placement) finds "hoà" (old placement), and the other way round.
            assertThat(ids(store.search(SearchQuery.of("hòa bình")))).containsExactly("a4");
            assertThat(ids(store.search(SearchQuery.of("Lê Thị Hòa")))).containsExactly("a2");

            List<String> withMarks = ids(store.search(SearchQuery.of("bạo loạn")));
            // The two-syllable word first, then the article with both syllables apart, then the folded lookalike.
            assertThat(withMarks.getFirst()).isEqualTo("a1");
            assertThat(withMarks).containsExactlyInAnyOrder("a1", "a3", "a4");
            assertThat(withMarks.indexOf("a3")).isLessThan(withMarks.indexOf("a4"));
            List<String> folded = ids(store.search(SearchQuery.of("bao loan")));
            assertThat(folded).containsExactlyInAnyOrder("a1", "a3", "a4");
            assertThat(folded.get(2)).isEqualTo("a3");
        }
    }

    @Test
    void snippetsMarkTheMatchInTheSourceSpelling() {
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            put(store, RIOT, PORT);
            SearchHit hit = store.search(SearchQuery.of("bao loan")).hits().getFirst();
            assertThat(hit.snippet()).contains("«bạo» «loạn»");
            assertThat(hit.title()).contains("Bạo loạn tại thị trấn Phước Kiến");
            assertThat(hit.outlet()).contains("Báo Sông Lam");
            assertThat(hit.published()).contains("2023-03-05");
            SearchHit port = store.search(SearchQuery.of("đà nẵng")).hits().getFirst();
            assertThat(port.snippet()).contains("«Đà» «Nẵng»");
        }
    }

    @Test
    void userInputIsNeverAQuerySyntaxError() {
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            put(store, RIOT, PORT);
            for (String q : List.of("\"bạo loạn", "bạo: loạn", "(AND OR NOT)", "*", "?~^", "title:x", "\\", "\"\"",
                    "[1 TO 5]", "“", "a OR", "-", "🙂", "\uD800")) {
                assertThatCode(() -> store.search(SearchQuery.of(q))).as(q).doesNotThrowAnyException();
            }
            assertThat(ids(store.search(SearchQuery.of("title: Đà-Nẵng!")))).isEmpty();
            assertThat(ids(store.search(SearchQuery.of("Đà-Nẵng!")))).containsExactly("a2");
        }
    }

    @Test
    void quotedWordsMustBeAdjacent() {
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            put(store, RIOT, SCATTERED);
            assertThat(ids(store.search(SearchQuery.of("\"bạo loạn\"")))).containsExactly("a1");
            assertThat(ids(store.search(SearchQuery.of("“bao loan”")))).containsExactly("a1");
        }
    }

    @Test
    void aBlankQueryBrowsesWithFilters() {
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            put(store, RIOT, PORT, SCATTERED, NEWSPAPER);
            SearchQuery all = SearchQuery.of("");
            assertThat(store.search(all).total()).isEqualTo(4);
            assertThat(ids(store.search(withOutlet(all, "báo sông lam")))).containsExactlyInAnyOrder("a1", "a3");
            assertThat(ids(store.search(new SearchQuery("", Optional.empty(), Optional.of("Phước Kiến"),
                    Optional.empty(), Optional.empty(), Optional.empty(), SearchQuery.Sort.DATE, 10, Optional.empty()))))
                    .containsExactly("a3", "a1");
            assertThat(ids(store.search(new SearchQuery("", Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.of(LocalDate.of(2023, 3, 6)), Optional.of(LocalDate.of(2023, 3, 6)),
                    SearchQuery.Sort.RELEVANCE, 10, Optional.empty())))).containsExactly("a2");
            // Date order puts undated articles last.
            assertThat(ids(store.search(new SearchQuery("", Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), SearchQuery.Sort.DATE, 10, Optional.empty()))))
                    .containsExactly("a3", "a2", "a1", "a4");
        }
    }

    private static SearchQuery withOutlet(SearchQuery q, String outlet) {
        return new SearchQuery(q.text(), Optional.of(outlet), q.entity(), q.story(), q.from(), q.to(), q.sort(),
                q.limit(), q.cursor());
    }

    @Test
    void facetsCountEveryMatchNotOnlyThePage() {
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            put(store, RIOT, PORT, SCATTERED, NEWSPAPER);
            SearchQuery q = new SearchQuery("", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), SearchQuery.Sort.RELEVANCE, 1, Optional.empty());
            SearchResult r = store.search(q);
            assertThat(r.hits()).hasSize(1);
            assertThat(r.facets().get("outlet")).containsExactly(new FacetCount("Báo Sông Lam", 2),
                    new FacetCount("Thời báo Phú Hải", 1), new FacetCount("Tin Đà Nẵng Mới", 1));
            assertThat(r.facets().get("entity")).startsWith(new FacetCount("Phước Kiến", 2));
            assertThat(r.facets().get("entity")).contains(new FacetCount("Lê Thị Hòa", 1));
            assertThat(r.facets().get("day")).containsExactly(new FacetCount("2023-03-05", 1),
                    new FacetCount("2023-03-06", 1), new FacetCount("2023-03-07", 1));
            assertThat(store.search(SearchQuery.of("phuoc kien")).facets().get("outlet"))
                    .containsExactly(new FacetCount("Báo Sông Lam", 2));
        }
    }

    @Test
    void theCursorPagesThroughEveryResultOnce() {
        Random random = new Random(7);
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            for (int i = 0; i < 137; i++) {
                AnalysedArticle a = ArticleFixtures.generated(random, "g" + i, 40 + random.nextInt(200));
                store.commitDocument("doc-g" + i, a.article().origin(), List.of(a), List.of());
            }
            for (SearchQuery.Sort sort : SearchQuery.Sort.values()) {
                List<SearchHit> seen = new ArrayList<>();
                Optional<String> cursor = Optional.empty();
                long total = -1;
                int pages = 0;
                do {
                    SearchResult r = store.search(new SearchQuery("người dân", Optional.empty(), Optional.empty(),
                            Optional.empty(), Optional.empty(), Optional.empty(), sort, 10, cursor));
                    total = r.total();
                    seen.addAll(r.hits());
                    cursor = r.nextCursor();
                    pages++;
                } while (cursor.isPresent() && pages < 100);
                List<String> ids = seen.stream().map(SearchHit::id).toList();
                assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
                assertThat((long) ids.size()).isEqualTo(total);
                assertThat(total).isGreaterThan(30);
                for (int i = 1; i < seen.size(); i++) {
                    if (sort == SearchQuery.Sort.RELEVANCE) {
                        assertThat(seen.get(i).score()).isLessThanOrEqualTo(seen.get(i - 1).score());
                    } else {
                        assertThat(seen.get(i).published().orElseThrow())
                                .isLessThanOrEqualTo(seen.get(i - 1).published().orElseThrow());
                    }
                }
                int expected = 0;
                for (AnalysedArticle a : store.articlesInOrder()) {
                    String folded = io.thoisu.text.VietnameseNormalizer.fold(a.article().text());
                    expected += folded.matches("(?s).*\\bnguoi\\b.*") && folded.matches("(?s).*\\bdan\\b.*") ? 1 : 0;
                }
                assertThat(total).isEqualTo(expected);
            }
            assertThatThrownBy(() -> store.search(new SearchQuery("x", Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), SearchQuery.Sort.DATE, 5,
                    Optional.of("not-a-cursor")))).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void committingTheSameDocumentAgainAddsNothing() {
        Rejection bad = new Rejection(new Origin("fixtures/a1.txt", "line 3"), "clean", "no body text");
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            for (int round = 0; round < 3; round++) {
                store.commitDocument("doc-1", new Origin("fixtures/a1.txt", ""), List.of(RIOT, PORT), List.of(bad));
            }
            assertThat(store.status()).isEqualTo(new StoreStatus(1, 2, 0, 1));
            assertThat(store.indexedCount()).isEqualTo(2);
            assertThat(store.search(SearchQuery.of("bạo loạn")).total()).isEqualTo(1);
            assertThat(store.rejections()).containsExactly(bad);
            // The document now yields one article: the other one goes, from the records and the index.
            store.commitDocument("doc-1", new Origin("fixtures/a1.txt", ""), List.of(RIOT), List.of());
            assertThat(store.status()).isEqualTo(new StoreStatus(1, 1, 0, 0));
            assertThat(store.search(SearchQuery.of("Đà Nẵng")).total()).isZero();
        }
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            assertThat(store.indexedCount()).isEqualTo(1);
            assertThat(store.pendingIndexUpdates()).isZero();
        }
    }

    @Test
    void articlesComeInPublicationOrderWithUndatedLast() {
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            put(store, NEWSPAPER, SCATTERED, RIOT, PORT);
            assertThat(store.articlesInOrder().stream().map(AnalysedArticle::id)).containsExactly("a1", "a2", "a3", "a4");
            assertThat(store.articleCount()).isEqualTo(4);
        }
    }

    @Test
    void theCorpusViewDrivesStoriesFiltersAndCollapsing() {
        AnalysedArticle copy = article("a1-copy", "Tin Đà Nẵng Mới", day("2023-03-06"), "Bạo loạn ở Phước Kiến",
                "Ngày 4/3, bạo loạn đã nổ ra tại thị trấn Phước Kiến, tỉnh Đông Hà Lâm. Ông Trần Văn Khải cho biết "
                        + "khoảng 120 người bị bắt giữ.", "Phước Kiến=Phước Kiến:LOC");
        Story riots = new Story("s-riot", "Bạo loạn ở Phước Kiến", List.of("a1", "a1-copy", "a3"),
                List.of("Báo Sông Lam", "Tin Đà Nẵng Mới"), Optional.of(LocalDate.of(2023, 3, 5)),
                Optional.of(LocalDate.of(2023, 3, 7)), List.of(), List.of(), List.of(), List.of());
        Story port = new Story("s-port", "Cảng cá", List.of("a2"), List.of("Tin Đà Nẵng Mới"),
                Optional.of(LocalDate.of(2023, 3, 6)), Optional.of(LocalDate.of(2023, 3, 6)), List.of(), List.of(),
                List.of(), List.of());
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            put(store, RIOT, PORT, SCATTERED, copy);
            assertThat(store.search(SearchQuery.of("bạo loạn")).total()).isEqualTo(3);
            store.replaceCorpus(new CorpusView(List.of(port, riots),
                    Map.of("a1", "s-riot", "a1-copy", "s-riot", "a3", "s-riot", "a2", "s-port"),
                    List.of(List.of("a1", "a1-copy"), List.of("a2"))));

            assertThat(store.stories().stream().map(Story::id)).containsExactly("s-riot", "s-port");
            assertThat(store.story("s-port")).contains(port);
            assertThat(store.storyOf("a3")).contains("s-riot");
            assertThat(store.duplicatesOf("a1-copy")).containsExactly("a1", "a1-copy");
            assertThat(store.duplicatesOf("a2")).isEmpty();

            SearchResult r = store.search(SearchQuery.of("bạo loạn"));
            assertThat(r.total()).isEqualTo(2);
            assertThat(ids(r)).containsExactlyInAnyOrder("a3", r.hits().getFirst().id());
            SearchHit folded = r.hits().stream().filter(h -> h.id().startsWith("a1")).findFirst().orElseThrow();
            assertThat(folded.copies()).hasSize(1);
            assertThat(List.of(folded.id(), folded.copies().getFirst())).containsExactlyInAnyOrder("a1", "a1-copy");
            assertThat(folded.story()).contains("s-riot");
            assertThat(r.facets().get("story")).containsExactly(new FacetCount("s-riot", 3));

            // Filtering to one outlet leaves only one member of the group, which then stands on its own.
            SearchResult one = store.search(withOutlet(SearchQuery.of("bạo loạn"), "Tin Đà Nẵng Mới"));
            assertThat(ids(one)).containsExactly("a1-copy");
            assertThat(one.hits().getFirst().copies()).isEmpty();

            assertThat(ids(store.search(new SearchQuery("", Optional.empty(), Optional.empty(), Optional.of("s-port"),
                    Optional.empty(), Optional.empty(), SearchQuery.Sort.DATE, 10, Optional.empty()))))
                    .containsExactly("a2");
            assertThat(store.status()).isEqualTo(new StoreStatus(4, 4, 2, 0));
        }
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            assertThat(store.search(SearchQuery.of("bao loan")).total()).isEqualTo(2);
        }
    }

    @Test
    void entityPagesListEntitiesAndTheirArticles() {
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            put(store, RIOT, PORT, SCATTERED, NEWSPAPER);
            List<EntitySummary> entities = store.entities(10);
            assertThat(entities.getFirst()).isEqualTo(new EntitySummary("Phước Kiến", io.thoisu.model.EntityType.LOC, 2, 2));
            assertThat(entities).hasSize(5);
            assertThat(store.articlesMentioning("phước kiến")).containsExactly("a1", "a3");
            assertThat(store.articlesMentioning("Lê Thị Hoà")).containsExactly("a2");
        }
    }

    @Test
    void articlesMissingFromTheIndexAreReindexedOnOpen() throws Exception {
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            put(store, RIOT, PORT, SCATTERED);
        }
        // Lose the index entirely: SQLite is the source of truth and the next open rebuilds from it.
        try (var files = Files.walk(dir.resolve("index"))) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            assertThat(store.indexedCount()).isEqualTo(3);
            assertThat(ids(store.search(SearchQuery.of("da nang")))).containsExactly("a2");
        }
    }

    @Test
    void manyThreadsSearchWhileOneWrites() throws Exception {
        Random random = new Random(11);
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            put(store, RIOT);
            List<Thread> readers = new ArrayList<>();
            Set<Throwable> failures = java.util.concurrent.ConcurrentHashMap.newKeySet();
            for (int t = 0; t < 3; t++) {
                Thread th = new Thread(() -> {
                    for (int i = 0; i < 50; i++) {
                        try {
                            assertThat(store.search(SearchQuery.of("bạo loạn")).total()).isGreaterThanOrEqualTo(1);
                        } catch (Throwable e) {
                            failures.add(e);
                        }
                    }
                });
                readers.add(th);
                th.start();
            }
            for (int i = 0; i < 60; i++) {
                AnalysedArticle a = ArticleFixtures.generated(random, "w" + i, 50);
                store.commitDocument("w" + i, a.article().origin(), List.of(a), List.of());
            }
            for (Thread th : readers) {
                th.join();
            }
            assertThat(failures).isEmpty();
            assertThat(store.search(SearchQuery.of("")).total()).isEqualTo(61);
        }
    }
}
