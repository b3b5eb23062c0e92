package io.thoisu.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

/** A held-out set of story folders measured as both held-out timeline tests need: figures printed, misses only on request. */
final class HeldOutStories {
    private HeldOutStories() {
    }

    static TimelineEvaluation.Report measure(String folder, int stories) throws Exception {
        Path root = Path.of(HeldOutStories.class.getResource(folder + "/README.md").toURI()).getParent();
        TimelineEvaluation.Report report = TimelineEvaluation.evaluate(root);
        report.figures().forEach(System.out::println);
        // reading the misses is reading the gold: whoever tunes on them turns the set into a development set
        if (Boolean.getBoolean("thoisu.heldout.errors")) {
            report.misses().forEach(System.out::println);
        }
        assertThat(report.stories()).hasSize(stories).allSatisfy(s -> {
            assertThat(s.articles()).as("articles of %s", s.gold()).isBetween(3, 6);
            assertThat(s.conflicts().gold()).as("gold pairs of %s", s.gold()).isPositive();
            assertThat(s.dates().gold()).as("gold days of %s", s.gold()).isPositive();
        });
        return report;
    }
}
