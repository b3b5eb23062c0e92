package io.thoisu.cli;

import io.thoisu.clean.FurnitureLearner;
import io.thoisu.clean.PageCleaner;
import io.thoisu.ingest.Inputs;
import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.Article;
import io.thoisu.model.RawDocument;
import io.thoisu.model.Rejection;
import io.thoisu.pipeline.AnalysisOptions;
import io.thoisu.pipeline.Pipeline;
import io.thoisu.store.ArticleStore;
import io.thoisu.store.CorpusState;
import io.thoisu.store.CorpusStep;
import io.thoisu.store.DocumentCommit;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Reads inputs as a stream, analyses new documents on a small pool (the per-document stages are pure), commits each
 * document as soon as it is done, then feeds the corpus stages the stored articles they have not seen yet. Documents
 * already in the ledger are skipped, which is what makes a repeated or interrupted ingest cheap to resume.
 *
 * <p>The corpus stages (furniture, duplicates, stories) keep their state in the store: an ingest restores it, feeds
 * what is new, and saves it with the rows it changed in one transaction at the end. What an ingest feeds is decided
 * by markers written in that same transaction, not by what it read: a stored article not marked fed (its ingest was
 * killed before the corpus step) is fed by the next ingest, and a stored document not marked counted by the
 * furniture stage is counted when it is read again. An interrupted ingest followed by a rerun thus ends in the state
 * an uninterrupted one reaches.
 */
final class IngestRunner {
    /**
     * What an ingest did; {@code stories} and {@code storedArticles} describe the whole store afterwards,
     * {@code fedToCorpus} the articles the corpus stages were fed, {@code corpusMillis} how long that step took,
     * {@code recleaned} the documents (stored by this ingest, or by an earlier one and read again) whose articles
     * changed when cleaned again with the furniture learned by the end of this ingest, and
     * {@code notes} any stage that could not build on its saved state and was recomputed from scratch.
     */
    record Summary(int documents, int articles, int skipped, int rejected, int storedArticles, int stories,
                   int fedToCorpus, long corpusMillis, int recleaned, List<String> notes) {
        Summary {
            notes = List.copyOf(notes);
        }
    }

    /** Told after each document, for a progress bar. */
    interface Progress {
        void documentDone(int articles);
    }

    /** How many documents the furniture learner sees between two refreshes of the cleaner it feeds. */
    private static final int FURNITURE_REFRESH = 64;

    /**
     * What the first pass stored of a document: its cleaned articles' hash, how many there were, and whether the
     * furniture it was cleaned with held any line of its outlet (if so, that line may have stopped being furniture).
     */
    private record Cleaned(int fingerprint, int articles, boolean withFurniture) {
    }

    private final ArticleStore store;
    private final Pipeline pipeline;
    private final AnalysisOptions options;
    private final int threads;
    private final boolean fromScratch;

    IngestRunner(ArticleStore store, Pipeline pipeline, AnalysisOptions options, int threads) {
        this(store, pipeline, options, threads, false);
    }

    /** {@code fromScratch}: ignore the corpus stages' saved state and recompute them over the whole store. */
    IngestRunner(ArticleStore store, Pipeline pipeline, AnalysisOptions options, int threads, boolean fromScratch) {
        this.store = store;
        this.pipeline = pipeline;
        this.options = options;
        this.threads = Math.max(1, threads);
        this.fromScratch = fromScratch;
    }

    Summary ingest(List<Path> paths, Consumer<Rejection> rejections, Progress progress) throws InterruptedException {
        AtomicInteger documents = new AtomicInteger();
        AtomicInteger articles = new AtomicInteger();
        AtomicInteger skipped = new AtomicInteger();
        AtomicInteger rejected = new AtomicInteger();
        Object commitLock = new Object();
        // Bounds the documents waiting in memory when reading is faster than analysing.
        Semaphore inFlight = new Semaphore(threads * 4);
        ExecutorService pool = daemonPool("thoisu-analyse");
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
        CorpusState state = CorpusState.load(store, fromScratch);
        // Corpus stage: lines that repeat across an outlet's pages become furniture. It starts from what earlier
        // ingests learned and counts every document read that it has not counted before, stored or not, so a
        // resumed run knows as much as an uninterrupted one would at the same point.
        boolean furnitureRestarts = state.furniture().isEmpty();
        FurnitureLearner furniture = state.furniture().map(FurnitureLearner::restore).orElseGet(FurnitureLearner::new);
        Set<String> countedNow = new LinkedHashSet<>();
        Map<String, Cleaned> cleanedNow = new ConcurrentHashMap<>();
        // documents an earlier ingest stored, read again: cleaned again below if their outlet's furniture changed
        Set<String> storedEarlier = new LinkedHashSet<>();
        FurnitureLearner.Snapshot atStart = state.furniture().orElse(FurnitureLearner.Snapshot.EMPTY);
        int[] seen = {0};
        Pipeline[] current = {state.furniture().map(pipeline::withFurniture).orElse(pipeline)};
        OutletFurniture[] cleaningWith = {new OutletFurniture(atStart)};
        try {
            for (Path path : paths) {
                new Inputs().read(path, document -> {
                    String key = DocumentKey.of(document);
                    if (!countedNow.contains(key) && (furnitureRestarts || !store.furnitureFed(key))) {
                        furniture.accept(pipeline.cleaner().outletKey(document), PageCleaner.lines(document));
                        countedNow.add(key);
                    }
                    if (++seen[0] % FURNITURE_REFRESH == 0) {
                        FurnitureLearner.Snapshot now = furniture.snapshot();
                        current[0] = pipeline.withFurniture(now);
                        cleaningWith[0] = new OutletFurniture(now);
                    }
                    Pipeline cleaning = current[0];
                    if (store.hasDocument(key)) {
                        skipped.incrementAndGet();
                        storedEarlier.add(key);
                        progress.documentDone(0);
                        return;
                    }
                    boolean withFurniture = cleaningWith[0].has(pipeline.cleaner().outletKey(document));
                    inFlight.acquireUninterruptibly();
                    pool.execute(() -> {
                        try {
                            analyseAndCommit(cleaning, document, key, withFurniture, commitLock, reject, documents,
                                    articles, progress, cleanedNow);
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
        int recleaned = recleanWithAllLearned(paths, atStart, furniture.snapshot(), cleanedNow, storedEarlier,
                articles);
        long started = System.nanoTime();
        // read again: a document this ingest committed may have dropped an article the stages had been fed, and
        // then the store forgot their state so that they start again from the articles that remain
        CorpusState atStep = fromScratch ? state : CorpusState.load(store, false);
        int fed = CorpusStep.run(store, atStep, furniture.snapshot(), countedNow).change().fed().size();
        store.indexPending(); // anything the step did not touch (it touches every new article) is searchable too
        long corpusMillis = (System.nanoTime() - started) / 1_000_000;
        return new Summary(documents.get(), articles.get(), skipped.get(), rejected.get(), store.articleCount(),
                store.status().stories(), fed, corpusMillis, recleaned,
                Stream.concat(state.notes().stream(), atStep.notes().stream()).distinct().toList());
    }

    /**
     * The second pass over the documents this ingest read. The furniture learner has now seen all of them, but an
     * outlet's first pages were cleaned before it knew anything (and every page with what the last refresh knew).
     * Cleaned again with everything learned, and analysed and stored again when that changes their articles:
     * <ul>
     *   <li>documents stored by this ingest whose outlet has furniture now, or had some in the snapshot they were
     *       cleaned with (a line seen on four of four pages stops being furniture when it is missing from the next
     *       five); this happens before the corpus step has fed on any of them;</li>
     *   <li>documents an earlier ingest stored, read again, whose outlet's furniture is no longer what it was when
     *       this ingest started (an earlier ingest ends having cleaned its documents with what it learned, so that
     *       set is what they were cleaned with). An article's id is made from its text, so their changed articles
     *       replace the ones the corpus stages were fed, and those stages start again over every stored article at
     *       the step (the summary's notes say so): costly on a large store, and only when an outlet's furniture
     *       changed. Documents not read again cannot be cleaned again: the store keeps articles, not the pages they
     *       came from.</li>
     * </ul>
     * Cleaning is a small part of the cost, and only changed documents are analysed again.
     */
    private int recleanWithAllLearned(List<Path> paths, FurnitureLearner.Snapshot atStart,
                                      FurnitureLearner.Snapshot learned, Map<String, Cleaned> cleaned,
                                      Set<String> storedEarlier, AtomicInteger articles) throws InterruptedException {
        OutletFurniture learnedByOutlet = new OutletFurniture(learned);
        Map<String, Boolean> outletChanged = new HashMap<>();
        Predicate<String> changedSinceStart = outlet -> outletChanged.computeIfAbsent(outlet,
                o -> !atStart.furnitureLines(o).equals(learned.furnitureLines(o)));
        if (cleaned.isEmpty() && storedEarlier.isEmpty()) {
            return 0;
        }
        Pipeline withAll = pipeline.withFurniture(learned);
        AtomicInteger changed = new AtomicInteger();
        Object commitLock = new Object();
        Semaphore inFlight = new Semaphore(threads * 4);
        ExecutorService pool = daemonPool("thoisu-reclean");
        try {
            for (Path path : paths) {
                new Inputs().read(path, document -> {
                    String key = DocumentKey.of(document);
                    String outlet = pipeline.cleaner().outletKey(document);
                    // removed when taken: a document read twice in one ingest is checked once
                    Cleaned now = cleaned.remove(key);
                    boolean earlier = now == null && storedEarlier.remove(key);
                    boolean again = now != null ? now.withFurniture() || learnedByOutlet.has(outlet)
                            : earlier && changedSinceStart.test(outlet);
                    if (!again) {
                        return;
                    }
                    inFlight.acquireUninterruptibly();
                    pool.execute(() -> {
                        try {
                            Stored before = now != null ? new Stored(now.fingerprint(), now.articles(), true)
                                    : Stored.earlier(store.documentArticles(key));
                            if (reanalyse(withAll, document, key, before, commitLock, articles)) {
                                changed.incrementAndGet();
                            }
                        } finally {
                            inFlight.release();
                        }
                    });
                }, problem -> { }); // the first pass reported every problem of these inputs already
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(365, TimeUnit.DAYS);
        }
        return changed.get();
    }

    /**
     * What the store holds of a document before its second cleaning: its articles' fingerprint, their number, and
     * whether this ingest stored them (its summary counts the articles it stored).
     */
    private record Stored(int fingerprint, int articles, boolean thisIngest) {
        static Stored earlier(List<AnalysedArticle> stored) {
            return new Stored(fingerprintOf(stored.stream().map(AnalysedArticle::article).toList()), stored.size(),
                    false);
        }
    }

    /** The articles of a document, compared as a set: their order in the page is not their order in the store. */
    private static int fingerprintOf(List<Article> articles) {
        return articles.stream().sorted(Comparator.comparing(Article::id)).toList().hashCode();
    }

    /** Cleans again; when the articles differ, analyses and stores them. A failure keeps the stored articles. */
    private boolean reanalyse(Pipeline withAll, RawDocument document, String key, Stored before, Object commitLock,
                              AtomicInteger articles) {
        try {
            List<Article> again = withAll.clean(document, options);
            if (fingerprintOf(again) == before.fingerprint()) {
                return false;
            }
            List<AnalysedArticle> analysed = again.stream().map(a -> withAll.analyzer().analyse(a, options)).toList();
            synchronized (commitLock) {
                store.commitDocumentsForCorpusStep(List.of(
                        new DocumentCommit(key, document.origin(), analysed, List.of())));
            }
            if (before.thisIngest()) {
                articles.addAndGet(analysed.size() - before.articles());
            }
            return true;
        } catch (RuntimeException | StackOverflowError e) {
            return false;
        }
    }

    /** Whether a snapshot holds furniture for an outlet, asked once per outlet (the answer scans its counts). */
    private static final class OutletFurniture {
        private final FurnitureLearner.Snapshot snapshot;
        private final Map<String, Boolean> byOutlet = new ConcurrentHashMap<>();

        OutletFurniture(FurnitureLearner.Snapshot snapshot) {
            this.snapshot = snapshot;
        }

        boolean has(String outlet) {
            return byOutlet.computeIfAbsent(outlet, snapshot::hasFurniture);
        }
    }

    /** The analysis threads: daemons, so an interrupted run never waits for them to exit. */
    private ExecutorService daemonPool(String name) {
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    private void analyseAndCommit(Pipeline cleaning, RawDocument document, String key, boolean withFurniture,
                                  Object commitLock,
                                  Consumer<Rejection> reject, AtomicInteger documents, AtomicInteger articles,
                                  Progress progress, Map<String, Cleaned> cleanedNow) {
        DocumentAnalysis result = DocumentAnalysis.of(cleaning, document, options);
        if (result.failure().isPresent()) {
            // Not entered in the ledger under its own key: a later run with a fixed pipeline tries it again.
            reject.accept(result.failure().get());
        } else {
            try {
                synchronized (commitLock) {
                    // indexed once, by the corpus step at the end, which gives each article its story
                    store.commitDocumentsForCorpusStep(
                            List.of(new DocumentCommit(key, document.origin(), result.articles(), List.of())));
                }
                documents.incrementAndGet();
                articles.addAndGet(result.articles().size());
                cleanedNow.put(key, new Cleaned(
                        fingerprintOf(result.articles().stream().map(AnalysedArticle::article).toList()),
                        result.articles().size(), withFurniture));
            } catch (RuntimeException e) {
                reject.accept(new Rejection(document.origin(), "store", String.valueOf(e.getMessage())));
            }
        }
        progress.documentDone(result.articles().size());
    }
}
