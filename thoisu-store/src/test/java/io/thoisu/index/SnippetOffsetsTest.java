package io.thoisu.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.store.ArticleFixtures;
import io.thoisu.store.SearchQuery;
import io.thoisu.store.SearchResult;
import java.nio.file.Path;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Snippets come from the offsets stored with the folded text, never from analysing a hit's text again (the index's
 * highlighter analyzer refuses to run, so a snippet at all proves it), and an index from before those offsets is
 * started again instead of failing on the first update.
 */
class SnippetOffsetsTest {
    @TempDir
    Path dir;

    @Test
    void anIndexWithoutFoldedOffsetsStartsAgainAndThenHighlightsFromPostings() throws Exception {
        try (FSDirectory d = FSDirectory.open(dir.resolve("index"));
             IndexWriter old = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()))) {
            Document doc = new Document();
            doc.add(new TextField(UserQuery.TEXT_FOLDED, "chợ nổi Cái Răng", Field.Store.NO));
            old.addDocument(doc);
            old.commit();
        }
        try (ArticleIndex index = ArticleIndex.open(dir.resolve("index"))) {
            assertThat(index.count()).as("the old documents are gone, for the store to re-index").isZero();
            index.upsert(ArticleFixtures.article("a1", "Báo Sông Lam", ArticleFixtures.day("2024-05-02"),
                    "Chợ nổi Phước Kiến", "Sáng nay chợ nổi Phước Kiến đông khách. Ghe thuyền chở trái cây về chợ.",
                    "Phước Kiến=Phước Kiến:LOC"), ArticleIndex.CorpusFacts.NONE);
            for (String query : new String[] {"phuoc kien", "Phước Kiến", "cho noi"}) {
                SearchResult result = index.search(SearchQuery.of(query));
                assertThat(result.hits()).as(query).hasSize(1);
                assertThat(result.hits().get(0).snippet()).as(query).containsPattern("«[^»]+»");
            }
            assertThat(index.search(SearchQuery.of("phuoc kien")).hits().get(0).snippet()).contains("«Phước» «Kiến»");
        }
    }
}
