package io.thoisu.http;

import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.Origin;
import io.thoisu.model.Rejection;
import io.thoisu.model.Story;
import io.thoisu.store.ArticleStore;
import io.thoisu.store.CorpusView;
import io.thoisu.store.SearchHit;
import io.thoisu.store.SearchQuery;
import io.thoisu.store.SearchResult;
import io.thoisu.store.StoreStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * TEST DOUBLE of {@link ArticleStore} for the HTTP tests: fixed articles and stories in memory, and a search that
 * records the last query it was given so tests can check how request parameters were read. After the merge the
 * server is also tested against the real EmbeddedStore.
 */
final class StoreDouble implements ArticleStore {
    final Map<String, AnalysedArticle> articles = new LinkedHashMap<>();
    final List<Story> stories = new ArrayList<>();
    final Map<String, String> storyOf = new LinkedHashMap<>();
    final List<List<String>> duplicates = new ArrayList<>();
    volatile SearchQuery lastQuery;

    @Override
    public boolean hasDocument(String documentKey) {
        return false;
    }

    @Override
    public void commitDocument(String documentKey, Origin origin, List<AnalysedArticle> stored, List<Rejection> r) {
        stored.forEach(a -> articles.put(a.id(), a));
    }

    @Override
    public Optional<AnalysedArticle> article(String id) {
        return Optional.ofNullable(articles.get(id));
    }

    @Override
    public List<AnalysedArticle> articlesInOrder() {
        return List.copyOf(articles.values());
    }

    @Override
    public int articleCount() {
        return articles.size();
    }

    @Override
    public void replaceCorpus(CorpusView corpus) {
        throw new UnsupportedOperationException("the server never writes");
    }

    @Override
    public List<Story> stories() {
        return List.copyOf(stories);
    }

    @Override
    public Optional<Story> story(String id) {
        return stories.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    @Override
    public Optional<String> storyOf(String articleId) {
        return Optional.ofNullable(storyOf.get(articleId));
    }

    @Override
    public List<String> duplicatesOf(String articleId) {
        return duplicates.stream().filter(g -> g.contains(articleId)).findFirst().orElse(List.of());
    }

    @Override
    public SearchResult search(SearchQuery query) {
        lastQuery = query;
        List<SearchHit> hits = articles.values().stream()
                .filter(a -> a.article().text().contains(query.text()))
                .map(a -> new SearchHit(a.id(), a.article().title(), a.article().outlet(),
                        a.article().published().map(p -> p.wireValue()), "<script>alert(1)</script> Bến Sỏi",
                        storyOf(a.id()), 1f, List.of()))
                .limit(query.limit()).toList();
        return new SearchResult(hits.size(), hits,
                Map.of("day", List.of(new SearchResult.FacetCount("2024-03-14", hits.size()))), Optional.empty());
    }

    @Override
    public List<Rejection> rejections() {
        return List.of();
    }

    @Override
    public StoreStatus status() {
        return new StoreStatus(articles.size(), articles.size(), stories.size(), 0);
    }

    @Override
    public void close() {
    }
}
