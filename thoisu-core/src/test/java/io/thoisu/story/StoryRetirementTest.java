package io.thoisu.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.Story;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A long feed of invented stories, a new set every month: quiet stories retire, the snapshot carries the active ones
 * only (so it does not grow with the feed), and a clusterer restored from it goes on exactly as the original.
 */
class StoryRetirementTest {
    private static final String[] ONSETS = {"b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "ng", "nh", "ph", "qu",
            "s", "t", "th", "tr", "v", "x"};
    private static final String[] RHYMES = {"a", "á", "à", "ản", "ăng", "âm", "em", "ế", "i", "ình", "o", "ốc", "ơn",
            "u", "ục", "ưa", "ương", "ai", "ao", "oan", "uy", "iệt"};

    /** A story's own vocabulary: invented two-syllable words, fixed by its seed. */
    private static List<String> vocabulary(long seed) {
        Random r = new Random(seed);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            words.add(syllable(r) + " " + syllable(r));
        }
        return words;
    }

    private static String syllable(Random r) {
        return ONSETS[r.nextInt(ONSETS.length)] + RHYMES[r.nextInt(RHYMES.length)];
    }

    private static String text(Random r, List<String> own, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            // mostly the story's words, some shared filler
            sb.append(r.nextInt(8) == 0 ? "người dân cho biết" : own.get(r.nextInt(own.size()))).append(' ');
        }
        return sb.toString();
    }

    /** Months of news: each month 6 stories of 60 articles each over its first week, in date order. */
    private static List<AnalysedArticle> feed(int months) {
        Random r = new Random(23);
        List<AnalysedArticle> out = new ArrayList<>();
        LocalDate start = LocalDate.of(2024, 1, 1);
        for (int m = 0; m < months; m++) {
            for (int day = 0; day < 7; day++) {
                for (int story = 0; story < 6; story++) {
                    List<String> own = vocabulary(m * 100L + story);
                    for (int k = 0; k < 60 / 7 + 1; k++) {
                        String id = "m" + m + "-s" + story + "-d" + day + "-" + k;
                        out.add(TestArticles.of(id, text(r, own, 8), text(r, own, 80),
                                start.plusMonths(m).plusDays(day), "Báo " + (k % 3)));
                    }
                }
            }
        }
        return out;
    }

    /** The standard settings, but stories retire after 300 quiet arrivals (about a month of this feed) not 2,000. */
    private static StoryConfig retiringSooner() {
        StoryConfig n = StoryConfig.news();
        return new StoryConfig(n.joinThreshold(), n.mergeThreshold(), n.graceDays(), n.fadeDays(), n.retainDays(), 300,
                n.undatedArrivals(), n.titleWeight(), n.articleTerms(), n.centroidTerms(), n.indexTerms(),
                n.queryTerms(), n.entityWeight(), n.stopWeight());
    }

    @Test
    void theSnapshotFollowsTheActiveStoriesAndRestoresExactly() {
        List<AnalysedArticle> all = feed(8);
        StoryClusterer c = new StoryClusterer(retiringSooner());
        List<Integer> snapshotStories = new ArrayList<>();
        int perMonth = all.size() / 8;
        for (int m = 0; m < 6; m++) {
            all.subList(m * perMonth, (m + 1) * perMonth).forEach(c::accept);
            StoryClustererSnapshot snap = c.snapshot();
            assertThat(snap.stories()).hasSize(c.activeStories());
            snapshotStories.add(snap.stories().size());
        }
        // each month's stories retire once quiet: the snapshot holds about a month's worth, not six
        assertThat(c.stories().size()).isGreaterThan(30);
        assertThat(snapshotStories.get(5)).isLessThanOrEqualTo(snapshotStories.get(1) + 6);
        assertThat(c.snapshot().stories().stream().mapToInt(s -> s.articles().size()).sum())
                .isLessThan(3 * perMonth);

        StoryClusterer restored = StoryClusterer.restore(c.snapshot());
        Set<String> retired = new HashSet<>();
        c.stories().forEach(s -> retired.add(s.id()));
        restored.stories().forEach(s -> retired.remove(s.id()));
        assertThat(retired).as("retired stories are left to their owner").isNotEmpty();
        for (AnalysedArticle a : all.subList(6 * perMonth, all.size())) {
            assertThat(restored.accept(a)).as(a.id()).isEqualTo(c.accept(a));
        }
        List<Story> tail = c.stories().stream().filter(s -> !retired.contains(s.id())).toList();
        assertThat(restored.stories()).isEqualTo(tail);
    }

    @Test
    void storiesOfOneMonthStayTogetherAndApart() {
        List<AnalysedArticle> all = feed(3);
        StoryClusterer c = new StoryClusterer();
        all.forEach(c::accept);
        for (Story s : c.stories()) {
            // every story holds articles of one invented story only
            assertThat(s.articles().stream().map(id -> id.substring(0, id.indexOf("-d"))).distinct()).hasSize(1);
        }
        assertThat(c.stories()).hasSizeLessThanOrEqualTo(3 * 6 + 3);
    }
}
