package io.thoisu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.thoisu.json.ContractJson;
import io.thoisu.testkit.ContractSchema;
import io.thoisu.testkit.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The whole pipeline through the CLI on the bundled examples (every input format) and on the real seed pages:
 * every analysis object validates against the contract, and ingest + search + stories work on what was stored.
 */
class ExamplesEndToEndTest {
    private static final Path EXAMPLES = Path.of("..", "examples");

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"txt", "html", "jsonl", "warc"})
    void everyFormatAnalysesToValidContractJson(String format) throws Exception {
        CliRun r = run("analyze", EXAMPLES.resolve(format).toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode analyses = ContractJson.mapper().readTree(r.out());
        assertThat(analyses).isNotEmpty();
        int articles = 0;
        for (JsonNode analysis : analyses) {
            assertThat(ContractSchema.problems(analysis)).as(analysis.get("source").asText()).isEmpty();
            for (JsonNode article : analysis.get("articles")) {
                articles++;
                String text = article.get("text").asText();
                assertThat(text).isNotBlank();
                for (String field : List.of("entities", "times", "quantities", "quotes")) {
                    for (JsonNode span : article.get(field)) {
                        assertThat(text.substring(span.get("start").asInt(), span.get("end").asInt()))
                                .as("%s offsets of %s", field, article.get("id")).isEqualTo(span.get("text").asText());
                    }
                }
            }
        }
        assertThat(articles).isGreaterThanOrEqualTo(analyses.size());
    }

    @Test
    void badInputsAreRejectedWithTheirPositionAndTheRunGoesOn() throws Exception {
        CliRun r = run("analyze", EXAMPLES.resolve("bad").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.SOME_REJECTED);
        JsonNode analyses = ContractJson.mapper().readTree(r.out());
        List<String> rejected = new ArrayList<>();
        int articles = 0;
        for (JsonNode analysis : analyses) {
            assertThat(ContractSchema.problems(analysis)).isEmpty();
            analysis.get("rejected").forEach(j -> rejected.add(analysis.get("source").asText() + " " + j));
            articles += analysis.get("articles").size();
        }
        assertThat(rejected).anySatisfy(s -> assertThat(s).contains("invalid-utf8.txt").contains("byte"))
                .anySatisfy(s -> assertThat(s).contains("broken.jsonl").contains("line 2"))
                .anySatisfy(s -> assertThat(s).contains("truncated.warc").contains("offset"))
                .anySatisfy(s -> assertThat(s).contains("empty.txt"));
        assertThat(articles).as("the good lines and records of the bad files are kept").isPositive();
    }

    @Test
    void ingestedExamplesAreSearchableWithoutDiacriticsAndFormStories() throws Exception {
        Path data = dir.resolve("data");
        CliRun ingest = run("--data", data.toString(), "--quiet", "ingest", EXAMPLES.resolve("txt").toString(),
                EXAMPLES.resolve("html").toString(), EXAMPLES.resolve("jsonl").toString(),
                EXAMPLES.resolve("warc").toString());
        assertThat(ingest.code()).as(ingest.err()).isZero();

        CliRun again = run("--data", data.toString(), "ingest", "--format", "json", EXAMPLES.resolve("txt").toString());
        JsonNode summary = ContractJson.mapper().readTree(again.out());
        assertThat(summary.get("documents").asInt()).as("re-ingesting adds nothing").isZero();

        CliRun folded = run("--data", data.toString(), "search", "--format", "json", "xuong may");
        CliRun exact = run("--data", data.toString(), "search", "--format", "json", "xưởng may");
        long foldedTotal = ContractJson.mapper().readTree(folded.out()).get("total").asLong();
        assertThat(foldedTotal).isPositive();
        assertThat(ContractJson.mapper().readTree(exact.out()).get("total").asLong()).isEqualTo(foldedTotal);

        CliRun stories = run("--data", data.toString(), "stories", "--format", "json");
        JsonNode list = ContractJson.mapper().readTree(stories.out());
        assertThat(list).isNotEmpty();
        // the examples tell about four stories: far fewer stories than articles
        int stored = 0;
        for (JsonNode s : list) {
            stored += s.get("articles").size();
        }
        assertThat(list.size()).isLessThan(stored);
        CliRun story = run("--data", data.toString(), "story", "--format", "json", list.get(0).get("id").asText());
        assertThat(story.code()).as(story.err()).isZero();
        JsonNode one = ContractJson.mapper().readTree(story.out());
        for (String field : List.of("timeline", "claims", "conflicts", "entities", "articles")) {
            assertThat(one.has(field)).as(field).isTrue();
        }
    }

    @Test
    void theSeedsAnalyseIngestAndValidate() throws Exception {
        Path seeds = SharedData.require("seeds");
        CliRun r = run("analyze", seeds.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode analyses = ContractJson.mapper().readTree(r.out());
        int articles = 0;
        for (JsonNode analysis : analyses) {
            assertThat(ContractSchema.problems(analysis)).isEmpty();
            articles += analysis.get("articles").size();
        }
        assertThat(articles).isEqualTo(3);
        CliRun ingest = run("--data", dir.resolve("seeds").toString(), "--quiet", "ingest", seeds.toString());
        assertThat(ingest.code()).as(ingest.err()).isZero();
        CliRun search = run("--data", dir.resolve("seeds").toString(), "search", "--format", "json", "bao loan");
        assertThat(ContractJson.mapper().readTree(search.out()).get("total").asLong()).isPositive();
        assertThat(Files.exists(dir.resolve("seeds").resolve("thoisu.db"))).isTrue();
    }
}
