package io.thoisu.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.EntityMention;
import io.thoisu.model.Origin;
import io.thoisu.model.Quote;
import io.thoisu.model.Story;
import io.thoisu.text.VietnameseNormalizer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The entity queries against counts computed here by brute force over the same seeded corpus, including after
 * documents are replaced and shrink (the counts are kept by triggers, so a missed decrement would show).
 */
class EntityQueriesTest {
    @TempDir
    Path dir;

    @Test
    void countsCoMentionsDaysStoriesAndQuotesAgreeWithABruteForceCount() {
        Random random = new Random(77);
        Map<String, AnalysedArticle> corpus = new LinkedHashMap<>();
        try (EmbeddedStore store = EmbeddedStore.open(dir.resolve("data"))) {
            List<DocumentCommit> docs = new ArrayList<>();
            for (int d = 0; d < 60; d++) {
                List<AnalysedArticle> articles = new ArrayList<>();
                for (int k = 0; k < 4; k++) {
                    AnalysedArticle a = EntityCorpus.article(random, d * 4 + k, 30);
                    articles.add(a);
                }
                docs.add(new DocumentCommit("doc-" + d, new Origin("corpus/doc-" + d, ""), articles, List.of()));
            }
            store.commitDocuments(docs);
            // Three documents now yield fewer articles and one yields different ones: counts must follow.
            for (int d = 0; d < 3; d++) {
                store.commitDocument("doc-" + d, new Origin("corpus/doc-" + d, ""), docs.get(d).articles().subList(0, 1),
                        List.of());
            }
            List<AnalysedArticle> replaced = List.of(EntityCorpus.article(random, 1000, 30));
            store.commitDocument("doc-5", new Origin("corpus/doc-5", ""), replaced, List.of());
            for (int d = 0; d < docs.size(); d++) {
                List<AnalysedArticle> kept = d < 3 ? docs.get(d).articles().subList(0, 1)
                        : d == 5 ? replaced : docs.get(d).articles();
                kept.forEach(a -> corpus.put(a.id(), a));
            }
            List<String> storyMembers = corpus.keySet().stream().limit(25).toList();
            Story story = new Story("st-1", "Lũ ở Bến Sỏi", storyMembers, List.of("Báo Đồng Vân"),
                    Optional.of(LocalDate.of(2024, 3, 1)), Optional.of(LocalDate.of(2024, 4, 9)), List.of(), List.of(),
                    List.of(), List.of());
            Map<String, String> storyOf = new HashMap<>();
            storyMembers.forEach(id -> storyOf.put(id, "st-1"));
            store.replaceCorpus(new CorpusView(List.of(story), storyOf, List.of()));

            EntityQueries q = store.entityQueries().orElseThrow();
            Expected expected = Expected.of(corpus.values());

            // the whole list, page by page, equals the brute-force counts, in order, without repeats
            List<EntitySummary> all = new ArrayList<>();
            Optional<String> cursor = Optional.empty();
            int pages = 0;
            do {
                EntityQueries.EntityPage page = q.list("", 7, cursor);
                assertThat(page.total()).hasValue(expected.articles.size());
                all.addAll(page.entities());
                cursor = page.next();
                pages++;
            } while (cursor.isPresent());
            assertThat(pages).isGreaterThan(3);
            assertThat(all).hasSize(expected.articles.size());
            for (EntitySummary s : all) {
                String key = VietnameseNormalizer.key(s.canonical());
                assertThat(s.articles()).as(s.canonical()).isEqualTo(expected.articles.get(key).size());
                assertThat(s.mentions()).as(s.canonical()).isEqualTo(expected.mentions.get(key));
            }
            for (int i = 1; i < all.size(); i++) {
                assertThat(all.get(i - 1).articles()).isGreaterThanOrEqualTo(all.get(i).articles());
            }

            // name filter ignores diacritics and case, and pages too
            List<EntitySummary> filtered = new ArrayList<>();
            cursor = Optional.empty();
            do {
                EntityQueries.EntityPage page = q.list("xa so", 2, cursor);
                assertThat(page.total()).isEmpty();
                filtered.addAll(page.entities());
                cursor = page.next();
            } while (cursor.isPresent());
            assertThat(filtered).isNotEmpty().allSatisfy(e -> assertThat(e.canonical()).startsWith("Xã Số"));
            assertThat(filtered).hasSize((int) expected.articles.keySet().stream().filter(k -> k.startsWith("xã số")).count());

            String person = "Mạc Đức Thuỵ";
            String key = VietnameseNormalizer.key(person);
            assertThat(expected.articles.get(key)).as("the corpus has this person").isNotEmpty();
            assertThat(q.find("mạc đức thụy")).map(EntitySummary::articles).contains(expected.articles.get(key).size());

            // co-mentions: articles shared with each other entity
            Map<String, Integer> shared = new HashMap<>();
            for (String id : expected.articles.get(key)) {
                for (String other : expected.keysOf.get(id)) {
                    if (!other.equals(key)) {
                        shared.merge(other, 1, Integer::sum);
                    }
                }
            }
            List<EntityQueries.CoMention> co = q.coMentioned(person, 1000);
            assertThat(co).hasSize(shared.size());
            co.forEach(c -> assertThat(c.articles()).as(c.canonical()).isEqualTo(shared.get(VietnameseNormalizer.key(c.canonical()))));
            EntityQueries.CoMentionGraph graph = q.coMentionGraph(person, 1000, 5);
            assertThat(graph.neighbours()).isEqualTo(co);
            List<String> drawn = co.stream().limit(5).map(EntityQueries.CoMention::canonical).toList();
            int expectedLinks = 0;
            for (int x = 0; x < drawn.size(); x++) {
                for (int y = x + 1; y < drawn.size(); y++) {
                    String kx = VietnameseNormalizer.key(drawn.get(x));
                    String ky = VietnameseNormalizer.key(drawn.get(y));
                    if (expected.articles.get(key).stream().anyMatch(id -> expected.keysOf.get(id).contains(kx)
                            && expected.keysOf.get(id).contains(ky))) {
                        expectedLinks++;
                    }
                }
            }
            assertThat(graph.links()).hasSize(expectedLinks).isNotEmpty();
            for (EntityQueries.CoEdge edge : graph.links()) {
                assertThat(drawn).contains(edge.a(), edge.b());
                long both = expected.articles.get(key).stream().filter(id -> expected.keysOf.get(id).contains(
                        VietnameseNormalizer.key(edge.a())) && expected.keysOf.get(id).contains(VietnameseNormalizer.key(edge.b()))).count();
                assertThat(edge.articles()).as(edge.a() + " – " + edge.b()).isEqualTo(both);
            }

            // per day: mentions in dated articles
            Map<String, Integer> days = new TreeMap<>();
            for (AnalysedArticle a : corpus.values()) {
                if (a.article().published().isEmpty()) {
                    continue;
                }
                for (EntityMention m : a.entities()) {
                    if (VietnameseNormalizer.key(m.canonical()).equals(key)) {
                        days.merge(a.article().published().get().date().toString(), 1, Integer::sum);
                    }
                }
            }
            Map<String, Integer> got = new TreeMap<>();
            q.perDay(person).forEach(d -> got.put(d.day(), d.mentions()));
            assertThat(got).isEqualTo(days);

            // quotes whose speaker is the person under either spelling
            long quotes = corpus.values().stream().flatMap(a -> a.quotes().stream())
                    .filter(x -> x.speaker().map(VietnameseNormalizer::key).filter(key::equals).isPresent()).count();
            assertThat(quotes).isPositive();
            List<EntityQueries.SpokenQuote> spoken = new ArrayList<>();
            Optional<Integer> offset = Optional.of(0);
            while (offset.isPresent()) {
                EntityQueries.Page<EntityQueries.SpokenQuote> page = q.quotes(person, 3, offset.get());
                assertThat(page.total()).isEqualTo(quotes);
                spoken.addAll(page.items());
                offset = page.nextOffset();
            }
            assertThat(spoken).hasSize((int) quotes);
            for (EntityQueries.SpokenQuote s : spoken) {
                Quote original = corpus.get(s.article().id()).quotes().stream().filter(x -> x.start() == s.start())
                        .findFirst().orElseThrow();
                assertThat(s.text()).isEqualTo(original.text());
                assertThat(s.direct()).isTrue();
            }

            // articles, newest first, with every mention of the entity
            EntityQueries.Page<EntityQueries.MentioningArticle> articles = q.articles(person, 1000, 0);
            assertThat(articles.total()).isEqualTo(expected.articles.get(key).size());
            assertThat(articles.items()).hasSize(expected.articles.get(key).size());
            for (EntityQueries.MentioningArticle m : articles.items()) {
                long n = corpus.get(m.head().id()).entities().stream()
                        .filter(e -> VietnameseNormalizer.key(e.canonical()).equals(key)).count();
                assertThat(m.mentions()).hasSize((int) n);
            }
            List<String> dated = articles.items().stream().map(m -> m.head().published()).flatMap(Optional::stream).toList();
            assertThat(dated).isSortedAccordingTo((x, y) -> y.compareTo(x));

            // stories: members of st-1 that mention the person
            long inStory = storyMembers.stream().filter(id -> expected.articles.get(key).contains(id)).count();
            List<EntityQueries.StoryCount> stories = q.stories(person, 10);
            if (inStory == 0) {
                assertThat(stories).isEmpty();
            } else {
                assertThat(stories).singleElement().satisfies(s -> {
                    assertThat(s.id()).isEqualTo("st-1");
                    assertThat(s.articlesWithEntity()).isEqualTo(inStory);
                });
            }

            assertThat(q.heads(List.of("e41", "missing", "e40"))).extracting(EntityQueries.ArticleHead::id)
                    .containsExactly("e41", "e40");
            assertThat(q.find("Không Có Ai")).isEmpty();
        }
    }

    /** Brute-force answers: articles and mentions per entity key, entity keys per article. */
    private record Expected(Map<String, Set<String>> articles, Map<String, Integer> mentions,
                            Map<String, Set<String>> keysOf) {
        static Expected of(Iterable<AnalysedArticle> corpus) {
            Map<String, Set<String>> articles = new HashMap<>();
            Map<String, Integer> mentions = new HashMap<>();
            Map<String, Set<String>> keysOf = new HashMap<>();
            for (AnalysedArticle a : corpus) {
                keysOf.put(a.id(), new HashSet<>());
                for (EntityMention m : a.entities()) {
                    String k = VietnameseNormalizer.key(m.canonical());
                    articles.computeIfAbsent(k, x -> new HashSet<>()).add(a.id());
                    mentions.merge(k, 1, Integer::sum);
                    keysOf.get(a.id()).add(k);
                }
            }
            return new Expected(articles, mentions, keysOf);
        }
    }
}
