package io.thoisu.store;

import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.Origin;
import io.thoisu.model.Rejection;
import io.thoisu.model.Story;
import io.thoisu.text.VietnameseNormalizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * STAND-IN (thoisu-app worktree only; the store engineer's SQLite + Lucene store replaces it at merge). Keeps
 * everything in memory for the life of the process and searches by folded substring, so the CLI and the server can
 * run end to end inside one process (ingest + serve, demo) before the merge. Nothing is written to {@code dataDir}.
 */
public final class EmbeddedStore implements ArticleStore {
    private final Set<String> documents = new HashSet<>();
    private final Map<String, AnalysedArticle> articles = new LinkedHashMap<>();
    private final List<Rejection> rejections = new ArrayList<>();
    private CorpusView corpus = new CorpusView(List.of(), Map.of(), List.of());

    private EmbeddedStore() {
    }

    public static EmbeddedStore open(Path dataDir) {
        return new EmbeddedStore();
    }

    @Override
    public synchronized boolean hasDocument(String documentKey) {
        return documents.contains(documentKey);
    }

    @Override
    public synchronized void commitDocument(String documentKey, Origin origin, List<AnalysedArticle> stored,
                                            List<Rejection> rejected) {
        stored.forEach(a -> articles.put(a.id(), a));
        rejections.addAll(rejected);
        documents.add(documentKey);
    }

    @Override
    public synchronized Optional<AnalysedArticle> article(String id) {
        return Optional.ofNullable(articles.get(id));
    }

    @Override
    public synchronized List<AnalysedArticle> articlesInOrder() {
        return articles.values().stream().sorted(Comparator
                .comparing((AnalysedArticle a) -> a.article().published().map(p -> p.date().toString()).orElse("9999"))
                .thenComparing(AnalysedArticle::id)).toList();
    }

    @Override
    public synchronized int articleCount() {
        return articles.size();
    }

    @Override
    public synchronized void replaceCorpus(CorpusView view) {
        corpus = view;
    }

    @Override
    public synchronized List<Story> stories() {
        return corpus.stories().stream().sorted(Comparator.comparing(
                (Story s) -> s.last().map(Object::toString).orElse(""), Comparator.reverseOrder())).toList();
    }

    @Override
    public synchronized Optional<Story> story(String id) {
        return corpus.stories().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    @Override
    public synchronized Optional<String> storyOf(String articleId) {
        return Optional.ofNullable(corpus.storyOfArticle().get(articleId));
    }

    @Override
    public synchronized List<String> duplicatesOf(String articleId) {
        return corpus.duplicateGroups().stream().filter(g -> g.contains(articleId)).findFirst().orElse(List.of());
    }

    @Override
    public synchronized SearchResult search(SearchQuery query) {
        String needle = VietnameseNormalizer.fold(query.text().strip());
        List<AnalysedArticle> found = articlesInOrder().stream()
                .filter(a -> needle.isEmpty() || VietnameseNormalizer.fold(a.article().title().orElse("") + "\n"
                        + a.article().text()).contains(needle))
                .filter(a -> query.outlet().isEmpty() || query.outlet().equals(a.article().outlet()))
                .filter(a -> query.story().isEmpty() || query.story().equals(storyOf(a.id())))
                .filter(a -> query.entity().isEmpty() || a.entities().stream()
                        .anyMatch(e -> e.canonical().equals(query.entity().get())))
                .filter(a -> query.from().isEmpty() || a.article().published()
                        .map(p -> !p.date().isBefore(query.from().get())).orElse(false))
                .filter(a -> query.to().isEmpty() || a.article().published()
                        .map(p -> !p.date().isAfter(query.to().get())).orElse(false))
                .toList();
        if (query.sort() == SearchQuery.Sort.DATE) {
            found = found.reversed();
        }
        int offset = query.cursor().map(Integer::parseInt).orElse(0);
        List<SearchHit> hits = found.stream().skip(offset).limit(query.limit()).map(a -> new SearchHit(a.id(),
                a.article().title(), a.article().outlet(), a.article().published().map(p -> p.wireValue()),
                snippet(a.article().text()), storyOf(a.id()), 1f, List.of())).toList();
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        for (AnalysedArticle a : found) {
            a.article().outlet().ifPresent(o -> count(counts, "outlet", o));
            storyOf(a.id()).ifPresent(s -> count(counts, "story", s));
            a.article().published().ifPresent(p -> count(counts, "day", p.date().toString()));
            a.entities().stream().map(e -> e.canonical()).distinct().forEach(e -> count(counts, "entity", e));
        }
        Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
        counts.forEach((dim, values) -> facets.put(dim, values.entrySet().stream()
                .map(e -> new SearchResult.FacetCount(e.getKey(), e.getValue())).toList()));
        Optional<String> next = offset + query.limit() < found.size()
                ? Optional.of(String.valueOf(offset + query.limit())) : Optional.empty();
        return new SearchResult(found.size(), hits, facets, next);
    }

    private static void count(Map<String, Map<String, Long>> counts, String dimension, String value) {
        counts.computeIfAbsent(dimension, d -> new TreeMap<>()).merge(value, 1L, Long::sum);
    }

    private static String snippet(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }

    @Override
    public synchronized List<Rejection> rejections() {
        return List.copyOf(rejections);
    }

    @Override
    public synchronized StoreStatus status() {
        return new StoreStatus(documents.size(), articles.size(), corpus.stories().size(), rejections.size());
    }

    @Override
    public void close() {
    }
}
