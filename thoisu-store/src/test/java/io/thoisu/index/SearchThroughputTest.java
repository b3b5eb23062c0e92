package io.thoisu.index;

import io.thoisu.model.AnalysedArticle;
import io.thoisu.store.ArticleFixtures;
import io.thoisu.store.EmbeddedStore;
import io.thoisu.store.SearchQuery;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rough measurement, printed and not asserted: store ingest (SQLite + Lucene) in articles/s beside plain Lucene
 * indexing of the same texts with the standard analyzer, and search latency p50/p99. JMH comes later.
 * Reproduce: mvn -o -q -pl thoisu-store -am verify -Dtest=SearchThroughputTest -Dsurefire.failIfNoSpecifiedTests=false
 */
class SearchThroughputTest {
    private static final int ARTICLES = 3000;
    private static final int QUERIES = 400;

    @TempDir
    Path dir;

    @Test
    void measureIndexingAndQueryLatency() throws Exception {
        Random random = new Random(2023);
        List<AnalysedArticle> articles = new ArrayList<>();
        long chars = 0;
        for (int i = 0; i < ARTICLES; i++) {
            AnalysedArticle a = ArticleFixtures.generated(random, "p" + i, 250 + random.nextInt(400));
            articles.add(a);
            chars += a.article().text().length();
        }

        long floorStart = System.nanoTime();
        try (FSDirectory d = FSDirectory.open(dir.resolve("floor"));
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (AnalysedArticle a : articles) {
                Document doc = new Document();
                doc.add(new TextField("text", a.article().text(), Field.Store.YES));
                w.addDocument(doc);
            }
            w.commit();
        }
        double floorSeconds = (System.nanoTime() - floorStart) / 1e9;

        long start = System.nanoTime();
        try (EmbeddedStore store = EmbeddedStore.open(dir.resolve("store"))) {
            for (int i = 0; i < ARTICLES; i++) {
                AnalysedArticle a = articles.get(i);
                store.commitDocument("doc-" + i, a.article().origin(), List.of(a), List.of());
            }
            double seconds = (System.nanoTime() - start) / 1e9;

            String[] queries = {"người dân", "nguoi dan", "giao thông", "giao thong", "bão lũ", "chính quyền tỉnh",
                "xuất khẩu gạo", "Phước Kiến", "phuoc kien", "\"kinh tế\"", "đường sắt", "thuy san"};
            for (int i = 0; i < 50; i++) {
                store.search(SearchQuery.of(queries[i % queries.length]));
            }
            long[] nanos = new long[QUERIES];
            long hits = 0;
            for (int i = 0; i < QUERIES; i++) {
                long t = System.nanoTime();
                hits += store.search(SearchQuery.of(queries[random.nextInt(queries.length)])).total();
                nanos[i] = System.nanoTime() - t;
            }
            Arrays.sort(nanos);
            assertThat(hits).isPositive();
            System.out.printf(Locale.ROOT, "store ingest: %d articles (%.1f MB text) in %.2f s = %.0f articles/s "
                            + "(SQLite + Lucene, one commitDocument per article)%n", ARTICLES, chars / 1e6, seconds,
                    ARTICLES / seconds);
            System.out.printf(Locale.ROOT, "floor: plain Lucene StandardAnalyzer %.0f articles/s; store/floor = %.2f%n",
                    ARTICLES / floorSeconds, floorSeconds / seconds);
            System.out.printf(Locale.ROOT, "search (facets + collapse + snippets, 20 hits): p50 %.2f ms, p99 %.2f ms, "
                            + "mean hits %.0f%n", nanos[QUERIES / 2] / 1e6, nanos[QUERIES * 99 / 100] / 1e6,
                    (double) hits / QUERIES);
        }
    }
}
