package io.thoisu.story;

import io.thoisu.model.Article;
import io.thoisu.model.Published;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A long feed generated at run time from a folder-per-story gold set, for measuring clustering at scale (never
 * stored): each article recombines paragraphs of the articles of one gold story, and every time the whole set has
 * been used the stories are replayed 90 days later under new labels, so stories start, fade and retire as in a long
 * feed. Seeded, so every run generates the same feed.
 */
public final class RecombinedStories {
    /** A generated article and its gold label ("epoch/story"). */
    public record Item(Article article, String label) {
    }

    private RecombinedStories() {
    }

    /** {@code total} articles with ids {@code g0…}, in date order (generation order among the same day). */
    public static List<Item> generate(List<GoldStoryFolder.GoldArticle> gold, int total) {
        Map<String, List<Article>> byStory = new HashMap<>();
        gold.forEach(g -> byStory.computeIfAbsent(g.story(), k -> new ArrayList<>()).add(g.article()));
        List<String> names = byStory.keySet().stream().sorted().toList();
        Random r = new Random(7);
        List<Item> feed = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            int epoch = i / gold.size();
            String story = names.get(r.nextInt(names.size()));
            List<Article> members = byStory.get(story);
            Article base = members.get(r.nextInt(members.size()));
            List<String> paragraphs = new ArrayList<>();
            for (Article m : members) {
                for (String p : m.text().split("\n\n")) {
                    if (r.nextInt(members.size()) == 0) {
                        paragraphs.add(p);
                    }
                }
            }
            if (paragraphs.isEmpty()) {
                paragraphs.add(base.text());
            }
            var date = base.published().map(p -> p.date().plusDays(90L * epoch));
            Article a = new Article("g" + i, base.origin(), base.url(), base.title(), date.map(Published::ofDay),
                    base.outlet(), List.of(), "vi", String.join("\n\n", paragraphs), List.of(), List.of());
            feed.add(new Item(a, epoch + "/" + story));
        }
        // as a crawler delivers it: in date order
        feed.sort(Comparator.comparing((Item it) -> it.article().published().map(Published::date)
                .orElse(LocalDate.MAX)));
        return feed;
    }
}
