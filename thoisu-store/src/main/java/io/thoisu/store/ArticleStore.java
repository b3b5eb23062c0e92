package io.thoisu.store;

import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.Origin;
import io.thoisu.model.Rejection;
import io.thoisu.model.Story;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The record of everything ingested: analysed articles, stories, duplicates, rejects, and the ledger that makes
 * ingest idempotent and resumable. The embedded implementation keeps records in SQLite and text in Lucene.
 */
public interface ArticleStore extends AutoCloseable {

    /** Whether this document (key: hash of its bytes and its position in its file) was stored in full already. */
    boolean hasDocument(String documentKey);

    /**
     * Stores the articles of one document, its rejects and its ledger row in one transaction, and indexes the
     * articles. Storing the same articles again replaces them (same ids), so a repeated run adds nothing.
     */
    void commitDocument(String documentKey, Origin origin, List<AnalysedArticle> articles, List<Rejection> rejections);

    /**
     * Commits many documents, each as {@link #commitDocument} would; an implementation may group them in fewer
     * transactions (bulk ingest), so a crash may lose the whole batch but never part of a document.
     */
    default void commitDocuments(List<DocumentCommit> documents) {
        for (DocumentCommit d : documents) {
            commitDocument(d.documentKey(), d.origin(), d.articles(), d.rejections());
        }
    }

    /**
     * Commits documents as {@link #commitDocuments} does, but their articles reach the search index only at the
     * next corpus step ({@link #commitCorpus}, {@link #replaceCorpus}), {@link #indexPending()} or close. An ingest
     * ends with a corpus step that gives every new article its story and duplicate group, and so indexes it again:
     * indexing at commit as well would do the store's costliest work twice. Durable all the same: the articles stay
     * marked pending until indexed, and opening the store indexes whatever a crash left pending.
     */
    default void commitDocumentsForCorpusStep(List<DocumentCommit> documents) {
        commitDocuments(documents);
    }

    /** Indexes the articles committed by {@link #commitDocumentsForCorpusStep} that no corpus step has indexed yet. */
    default void indexPending() {
    }

    Optional<AnalysedArticle> article(String id);

    /**
     * The articles a stored document yielded, in id order; empty for a document never stored or stored without
     * articles. Lets an ingest compare a document cleaned again with what the store holds of it.
     */
    default List<AnalysedArticle> documentArticles(String documentKey) {
        return List.of();
    }

    /** All articles in publication order (undated last, then by id): the order corpus stages are fed in. */
    List<AnalysedArticle> articlesInOrder();

    int articleCount();

    /** Replaces the corpus view (stories, story of each article, duplicate groups) computed by the corpus stages. */
    void replaceCorpus(CorpusView corpus);

    // --- corpus state (incremental corpus stages) ---------------------------------------------------------------

    /** The saved state of each corpus stage, by stage name; empty for a store that keeps none. */
    default Map<String, StageSnapshot> corpusState() {
        return Map.of();
    }

    /** Stored articles the corpus stages have not been fed yet, in publication order (undated last, then by id). */
    default List<AnalysedArticle> articlesNotFed() {
        return articlesInOrder();
    }

    /** Those of these articles that the corpus stages were fed, in the order they were fed. */
    default List<AnalysedArticle> fedArticles(Collection<String> ids) {
        return List.of();
    }

    /** Whether the furniture stage has counted this document already. */
    default boolean furnitureFed(String documentKey) {
        return false;
    }

    /**
     * Writes one corpus step in one transaction — snapshots, fed markers, and the rows of the stories and duplicate
     * groups that changed — so that saved state and corpus tables never disagree.
     */
    default void commitCorpus(CorpusUpdate update) {
        throw new UnsupportedOperationException("this store keeps no corpus state");
    }

    /** Stories, newest first. */
    List<Story> stories();

    Optional<Story> story(String id);

    Optional<String> storyOf(String articleId);

    /** Ids of the articles in the same duplicate group, the earliest first; empty when it has no copies. */
    List<String> duplicatesOf(String articleId);

    SearchResult search(SearchQuery query);

    /**
     * Every hit of the query (its limit and cursor are ignored), in the query's order, handed to {@code sink} one at
     * a time as pages are read, so memory does not grow with the result. Duplicates are folded as {@link #search}
     * folds them. Returns the number of hits handed over.
     */
    default long export(SearchQuery query, Consumer<ExportedHit> sink) {
        SearchQuery page = query.withFacets(false).withLimit(100).withCursor(Optional.empty());
        long n = 0;
        while (true) {
            SearchResult result = search(page);
            for (SearchHit h : result.hits()) {
                sink.accept(new ExportedHit(h.id(), h.title(), h.outlet(), h.published(), h.story(),
                        article(h.id()).flatMap(a -> a.article().url()), h.copies()));
                n++;
            }
            if (result.nextCursor().isEmpty() || result.hits().isEmpty()) {
                return n;
            }
            page = page.withCursor(result.nextCursor());
        }
    }

    List<Rejection> rejections();

    /** Entities by the number of articles that mention them (added for entity pages; a fake may return none). */
    default List<EntitySummary> entities(int limit) {
        return List.of();
    }

    /** Ids of the articles that mention this entity (canonical name, compared by key), in publication order. */
    default List<String> articlesMentioning(String canonical) {
        return List.of();
    }

    /** Entity list and entity pages read from the store's tables; empty for a store without them (a test fake). */
    default Optional<EntityQueries> entityQueries() {
        return Optional.empty();
    }

    StoreStatus status();

    @Override
    void close();

    /** What {@code watch} has fetched into this store, if it keeps a fetch ledger. */
    default Optional<FetchLedger.Counters> fetchCounters() {
        return Optional.empty();
    }
}
