package io.thoisu.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.Conflict;
import io.thoisu.model.Origin;
import io.thoisu.model.RawDocument;
import io.thoisu.model.Story;
import io.thoisu.model.TimelineEntry;
import io.thoisu.pipeline.AnalysisOptions;
import io.thoisu.pipeline.CorpusResult;
import io.thoisu.pipeline.Pipeline;
import io.thoisu.testkit.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The two real pages the project exists for, through the real pipeline: their story's timeline and dispute. */
class SeedStoryTest {
    private static Story seedStory() throws IOException {
        Path seeds = SharedData.require("seeds");
        List<AnalysedArticle> analysed = new ArrayList<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                RawDocument doc = RawDocument.plain(Origin.ofFile(f.toString()), Files.readString(f));
                analysed.addAll(Pipeline.standard().analyse(doc, AnalysisOptions.NONE));
            }
        }
        CorpusResult result = Pipeline.standard().cluster(analysed);
        return result.stories().stream().max(Comparator.comparingInt(s -> s.articles().size())).orElseThrow();
    }

    @Test
    void theSeedStoryHasItsDaysAndItsDisputedArrestCount() throws IOException {
        Story story = seedStory();
        for (TimelineEntry e : story.timeline()) {
            System.out.println("timeline " + e.date() + " " + e.articles().size() + " " + e.text());
        }
        for (Conflict c : story.conflicts()) {
            System.out.println("conflict " + c.about() + " " + c.values().stream()
                    .map(v -> v.approx() + " " + v.value() + " " + v.unit().orElse("") + " [" + v.articleId() + "]")
                    .toList());
        }
        assertThat(story.timeline()).extracting(TimelineEntry::date)
                .contains("2022-01-05", "2022-01-09", "2022-01-10", "2022-01-12", "2022-01-13");
        assertThat(story.conflicts()).anySatisfy(c -> assertThat(c.values())
                .anySatisfy(v -> assertThat(v.value()).isEqualTo(5800))
                .anySatisfy(v -> assertThat(v.value()).isEqualTo(5000)));
    }
}
