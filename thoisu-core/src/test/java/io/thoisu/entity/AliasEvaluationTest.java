package io.thoisu.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.text.SentenceSplitter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The alias stage on every annotated extraction set read as one corpus; floors just under the measured figures. */
class AliasEvaluationTest {
    @Test
    void resolvesShortFormsAcrossTheFixtureCorpus() throws Exception {
        List<Path> sets = List.of(set("handwritten"), set("templated"), set("heldout"), set("heldout2"),
                set("heldout3"), set("heldout4"));
        AliasEvaluation.Report r = AliasEvaluation.evaluate(sets, new SentenceSplitter()::split);
        r.format().forEach(System.out::println);
        assertThat(r.articles()).isGreaterThan(150);
        assertThat(r.needResolution()).isPositive();
        // measured 2026-11-23 late evening: without held-out 4 P 0.991 R 0.928; with it (230 articles)
        // P 0.982 R 0.878 (168 resolved, 165 right, of 188 short forms)
        assertThat(r.precision()).isGreaterThan(0.95);
        assertThat(r.recall()).isGreaterThan(0.85);
    }

    private static Path set(String name) throws URISyntaxException {
        return Path.of(AliasEvaluationTest.class.getResource("/io/thoisu/extraction/" + name).toURI());
    }
}
