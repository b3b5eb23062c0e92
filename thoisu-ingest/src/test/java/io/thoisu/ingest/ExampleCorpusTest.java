package io.thoisu.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.model.RawDocument;
import io.thoisu.model.Rejection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads the bundled fictional corpus ({@code examples/}) the way the demo does and checks what comes out. */
class ExampleCorpusTest {
    private static Path examples;
    private static ReadResult result;

    @BeforeAll
    static void readAll() {
        examples = Path.of("..", "examples").toAbsolutePath().normalize();
        assertThat(examples).isDirectory();
        result = new Inputs().read(examples);
    }

    private static String folder(String source) {
        Path rel = examples.relativize(Path.of(source));
        return rel.getNameCount() > 1 ? rel.getName(0).toString() : "";
    }

    @Test
    void everyFormatYieldsItsDocuments() {
        Map<String, Long> perFolder = result.documents().stream()
                .collect(Collectors.groupingBy(d -> folder(d.origin().source()), Collectors.counting()));
        assertThat(perFolder).containsExactlyInAnyOrderEntriesOf(Map.of(
                "txt", 8L, "html", 5L, "jsonl", 8L, "warc", 5L, "bad", 3L));
        assertThat(result.documents()).allSatisfy(d -> assertThat(d.text()).isNotBlank());
    }

    @Test
    void theBadFolderGivesOneClearRejectionPerProblemAndNothingElseIsRejected() {
        List<String> rejects = result.rejections().stream()
                .map(r -> examples.relativize(Path.of(r.origin().source())) + " | " + r.origin().position() + " | "
                        + r.reason())
                .toList();
        assertThat(rejects).hasSize(7);
        assertThat(rejects).anySatisfy(s -> assertThat(s).startsWith("README.md |  | unsupported file type"))
                .anySatisfy(s -> assertThat(s).startsWith("bad/anh-chup.txt | byte offset 8 | binary"))
                .anySatisfy(s -> assertThat(s).startsWith("bad/broken.jsonl | line 2 | not JSON"))
                .anySatisfy(s -> assertThat(s).startsWith("bad/broken.jsonl | line 3 | has neither"))
                .anySatisfy(s -> assertThat(s).isEqualTo("bad/empty.txt |  | empty file (0 bytes)"))
                .anySatisfy(s -> assertThat(s).startsWith("bad/invalid-utf8.txt | byte offset 12 | invalid UTF-8"))
                .anySatisfy(s -> assertThat(s).matches("bad/truncated\\.warc \\| record at offset [1-9]\\d* \\| "
                        + "truncated or corrupt.*"));
        assertThat(result.rejections()).extracting(Rejection::stage).containsOnly("read");
    }

    @Test
    void jsonlFieldsAreGivenAndWarcPagesKnowTheirUrlAndFetchTime() {
        Map<String, RawDocument> byId = result.documents().stream().filter(d -> d.hints().id().isPresent())
                .collect(Collectors.toMap(d -> d.hints().id().get(), Function.identity()));
        assertThat(byId).containsKeys("vtx-20250110-0917", "tm-20250112-xahoi-31", "bad-1", "bad-4");
        RawDocument htmlInJsonl = byId.get("tm-20250112-xahoi-31");
        assertThat(htmlInJsonl.hints().given()).isTrue();
        assertThat(htmlInJsonl.text()).contains("xuất 50 tấn gạo").doesNotContain("<p>");
        assertThat(byId.get("tn24-88213").hints().authors()).containsExactly("Hải Yến");

        List<RawDocument> warc = result.documents().stream()
                .filter(d -> "warc".equals(folder(d.origin().source()))).toList();
        assertThat(warc).allSatisfy(d -> {
            assertThat(d.hints().url()).hasValueSatisfying(u -> assertThat(u).contains(".example.vn/"));
            assertThat(d.hints().fetched()).isPresent();
            assertThat(d.origin().position()).startsWith("record at offset ");
        });
        // the feed's date from the metadata record reaches the page it describes (others carry their own meta dates)
        assertThat(warc).extracting(d -> d.hints().published().orElse(""))
                .contains("2025-01-12T11:58:00+07:00");
    }

    @Test
    void readingTwiceGivesTheSameDocumentsInTheSameOrder() {
        assertThat(new Inputs().read(examples)).isEqualTo(result);
    }

    @Test
    void theCorpusIsSmallEnoughToShip() throws Exception {
        try (var files = Files.walk(examples)) {
            long bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
            assertThat(bytes).isLessThan(512 * 1024);
        }
    }
}
