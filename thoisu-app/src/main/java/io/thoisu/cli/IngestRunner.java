package io.thoisu.cli;

import io.thoisu.ingest.Inputs;
import io.thoisu.model.RawDocument;
import io.thoisu.model.Rejection;
import io.thoisu.pipeline.AnalysisOptions;
import io.thoisu.pipeline.CorpusResult;
import io.thoisu.pipeline.Pipeline;
import io.thoisu.store.ArticleStore;
import io.thoisu.store.CorpusView;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Reads inputs as a stream, analyses new documents on a small pool (the per-document stages are pure), commits each
 * document as soon as it is done, then re-runs the corpus stages over everything stored. Documents already in the
 * ledger are skipped, which is what makes a repeated or interrupted ingest cheap to resume.
 */
final class IngestRunner {
    /** What an ingest did; {@code stories} and {@code storedArticles} describe the whole store afterwards. */
    record Summary(int documents, int articles, int skipped, int rejected, int storedArticles, int stories) {
    }

    /** Told after each document, for a progress bar. */
    interface Progress {
        void documentDone(int articles);
    }

    private final ArticleStore store;
    private final Pipeline pipeline;
    private final AnalysisOptions options;
    private final int threads;

    IngestRunner(ArticleStore store, Pipeline pipeline, AnalysisOptions options, int threads) {
        this.store = store;
        this.pipeline = pipeline;
        this.options = options;
        this.threads = Math.max(1, threads);
    }

    Summary ingest(List<Path> paths, Consumer<Rejection> rejections, Progress progress) throws InterruptedException {
        AtomicInteger documents = new AtomicInteger();
        AtomicInteger articles = new AtomicInteger();
        AtomicInteger skipped = new AtomicInteger();
        AtomicInteger rejected = new AtomicInteger();
        Object commitLock = new Object();
        // Bounds the documents waiting in memory when reading is faster than analysing.
        Semaphore inFlight = new Semaphore(threads * 4);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "thoisu-analyse");
            t.setDaemon(true);
            return t;
        });
        Consumer<Rejection> reject = r -> {
            rejected.incrementAndGet();
            rejections.accept(r);
            String key = "rejected:" + DocumentKey.sha256(r.toString());
            synchronized (commitLock) {
                if (!store.hasDocument(key)) {
                    store.commitDocument(key, r.origin(), List.of(), List.of(r));
                }
            }
        };
        try {
            for (Path path : paths) {
                new Inputs().read(path, document -> {
                    String key = DocumentKey.of(document);
                    if (store.hasDocument(key)) {
                        skipped.incrementAndGet();
                        progress.documentDone(0);
                        return;
                    }
                    inFlight.acquireUninterruptibly();
                    pool.execute(() -> {
                        try {
                            analyseAndCommit(document, key, commitLock, reject, documents, articles, progress);
                        } finally {
                            inFlight.release();
                        }
                    });
                }, reject);
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(365, TimeUnit.DAYS);
        }
        CorpusResult corpus = pipeline.cluster(store.articlesInOrder());
        store.replaceCorpus(new CorpusView(corpus.stories(), corpus.storyOfArticle(), corpus.duplicates()));
        return new Summary(documents.get(), articles.get(), skipped.get(), rejected.get(), store.articleCount(),
                corpus.stories().size());
    }

    private void analyseAndCommit(RawDocument document, String key, Object commitLock, Consumer<Rejection> reject,
                                  AtomicInteger documents, AtomicInteger articles, Progress progress) {
        DocumentAnalysis result = DocumentAnalysis.of(pipeline, document, options);
        if (result.failure().isPresent()) {
            // Not entered in the ledger under its own key: a later run with a fixed pipeline tries it again.
            reject.accept(result.failure().get());
        } else {
            try {
                synchronized (commitLock) {
                    store.commitDocument(key, document.origin(), result.articles(), List.of());
                }
                documents.incrementAndGet();
                articles.addAndGet(result.articles().size());
            } catch (RuntimeException e) {
                reject.accept(new Rejection(document.origin(), "store", String.valueOf(e.getMessage())));
            }
        }
        progress.documentDone(result.articles().size());
    }
}
