package io.thoisu.http;

import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.EntityMention;
import io.thoisu.store.ArticleStore;
import io.thoisu.store.StoreStatus;
import io.thoisu.text.VietnameseNormalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The entities of the stored articles, by canonical name, built from the articles' mentions. Rebuilt only when the
 * store's counters change, since a scan of every article per request would not scale with the corpus.
 */
final class EntityDirectory {
    /** One entity across the corpus. {@code articles} are ids in the store's publication order. */
    record Entry(String canonical, String type, int mentions, Set<String> aliases, List<String> articles,
                 String foldedName) {
    }

    private final ArticleStore store;
    private StoreStatus builtFor;
    private Map<String, Entry> byName = Map.of();

    EntityDirectory(ArticleStore store) {
        this.store = store;
    }

    synchronized Map<String, Entry> entries() {
        StoreStatus now = store.status();
        if (!now.equals(builtFor)) {
            byName = build(store.articlesInOrder());
            builtFor = now;
        }
        return byName;
    }

    /** Entities whose name contains {@code query} (diacritics and case ignored), most mentioned first. */
    List<Entry> find(String query, int limit) {
        String folded = VietnameseNormalizer.fold(query.strip());
        return entries().values().stream()
                .filter(e -> folded.isEmpty() || e.foldedName().contains(folded)
                        || e.aliases().stream().anyMatch(a -> VietnameseNormalizer.fold(a).contains(folded)))
                .sorted(Comparator.comparingInt(Entry::mentions).reversed().thenComparing(Entry::canonical))
                .limit(limit).toList();
    }

    private static Map<String, Entry> build(List<AnalysedArticle> articles) {
        Map<String, int[]> mentions = new HashMap<>();
        Map<String, String> types = new HashMap<>();
        Map<String, Set<String>> aliases = new HashMap<>();
        Map<String, List<String>> inArticles = new HashMap<>();
        for (AnalysedArticle a : articles) {
            Set<String> seen = new LinkedHashSet<>();
            for (EntityMention m : a.entities()) {
                mentions.computeIfAbsent(m.canonical(), k -> new int[1])[0]++;
                types.putIfAbsent(m.canonical(), m.type().name());
                aliases.computeIfAbsent(m.canonical(), k -> new LinkedHashSet<>()).add(m.text());
                seen.add(m.canonical());
            }
            seen.forEach(c -> inArticles.computeIfAbsent(c, k -> new ArrayList<>()).add(a.id()));
        }
        Map<String, Entry> entries = new TreeMap<>();
        mentions.forEach((name, count) -> entries.put(name, new Entry(name, types.get(name), count[0],
                aliases.get(name), List.copyOf(inArticles.get(name)), VietnameseNormalizer.fold(name))));
        return entries;
    }
}
