package io.thoisu.store;

import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.Origin;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * A child process for the resume test: ingests documents 0..n-1 into a store, skipping those in the ledger, and
 * prints "committed i" after each one. The test kills it part-way.
 */
public final class IngestUntilKilled {
    private IngestUntilKilled() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        int documents = Integer.parseInt(args[1]);
        try (EmbeddedStore store = EmbeddedStore.open(dir)) {
            ingest(store, documents, i -> {
                System.out.println("committed " + i);
                System.out.flush();
            });
        }
        System.out.println("done");
    }

    /** Two articles per document, both derived only from the document number, so a rerun produces the same ids. */
    static int ingest(ArticleStore store, int documents, java.util.function.IntConsumer afterEach) {
        int stored = 0;
        for (int i = 0; i < documents; i++) {
            String key = "doc-" + i;
            if (store.hasDocument(key)) {
                continue;
            }
            store.commitDocument(key, new Origin("crawl.jsonl", "line " + i), articlesOf(i), List.of());
            stored++;
            afterEach.accept(i);
        }
        return stored;
    }

    static List<AnalysedArticle> articlesOf(int document) {
        Random random = new Random(document);
        return List.of(ArticleFixtures.generated(random, "d" + document + "a", 60),
                ArticleFixtures.generated(random, "d" + document + "b", 60));
    }
}
