package io.thoisu.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineEvaluationTest {
    @Test
    void theDamStoryKeepsItsFloor() throws URISyntaxException {
        TimelineEvaluation.Report report = TimelineEvaluation.evaluate(damStory());
        report.format().forEach(System.out::println);
        assertThat(report.articles()).isEqualTo(5);
        // measured: conflicts P 1.00 R 1.00 (R 0.67 before 2026-11-23, when the district's "hơn 500 hộ" was kept
        // apart from the province's 800 by the area rule; an authority's area is no part now), timeline days P 1.00
        // R 1.00
        assertThat(report.conflicts().precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(report.conflicts().f1()).isGreaterThanOrEqualTo(0.95);
        assertThat(report.dates().f1()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void aFolderOfStoriesIsScoredStoryByStoryAndSummed(@TempDir Path set) throws Exception {
        TimelineEvaluation.Report one = TimelineEvaluation.evaluate(damStory());
        copy(damStory(), set.resolve("first"));
        copy(damStory(), set.resolve("second"));
        Files.createDirectories(set.resolve("notes")); // a folder without gold.tsv is not a story

        TimelineEvaluation.Report both = TimelineEvaluation.evaluate(set);

        // clustered apart, the two copies cannot dispute each other's figures or share entries: counts double
        assertThat(both.articles()).isEqualTo(2 * one.articles());
        assertThat(both.conflicts()).isEqualTo(new TimelineEvaluation.Score(2 * one.conflicts().gold(),
                2 * one.conflicts().predicted(), 2 * one.conflicts().correct()));
        assertThat(both.dates().correct()).isEqualTo(2 * one.dates().correct());
        assertThat(both.misses()).hasSize(2 * one.misses().size())
                .allMatch(m -> m.startsWith("first: ") || m.startsWith("second: "));
    }

    private static Path damStory() throws URISyntaxException {
        return Path.of(TimelineEvaluationTest.class.getResource("dap-khe-may/gold.tsv").toURI()).getParent();
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }
}
