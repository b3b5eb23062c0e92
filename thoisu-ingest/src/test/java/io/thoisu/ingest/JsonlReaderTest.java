package io.thoisu.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.model.RawDocument;
import io.thoisu.model.Rejection;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlReaderTest {
    @TempDir
    Path dir;

    private Path jsonl(String... lines) throws IOException {
        return Files.writeString(dir.resolve("in.jsonl"), String.join("\n", lines) + "\n");
    }

    @Test
    void givenFieldsBecomeGivenHints() throws IOException {
        Path file = jsonl("{\"id\":\"dv-7\",\"url\":\"https://dongvan.example.vn/chay-xuong-may.html\","
                + "\"title\":\"Cháy xưởng may\",\"published\":\"2025-01-11T21:40:00+07:00\",\"outlet\":\"Báo Đông Vân\","
                + "\"authors\":[\"MINH KHUÊ\"],\"text\":\"Tối 11/1, một xưởng may bốc cháy.\\r\\nẢnh: MINH KHUÊ\"}");
        RawDocument d = new JsonlReader().read(file).documents().getFirst();
        assertThat(d.text()).isEqualTo("Tối 11/1, một xưởng may bốc cháy.\nẢnh: MINH KHUÊ");
        assertThat(d.origin().position()).isEqualTo("line 1");
        assertThat(d.hints().given()).isTrue();
        assertThat(d.hints().id()).hasValue("dv-7");
        assertThat(d.hints().outlet()).hasValue("Báo Đông Vân");
        assertThat(d.hints().authors()).containsExactly("MINH KHUÊ");
        assertThat(d.hints().published()).hasValue("2025-01-11T21:40:00+07:00");
    }

    @Test
    void aLineThatIsNotJsonIsRejectedAndTheRestGoesOn() throws IOException {
        Path file = jsonl("{\"id\":1,\"text\":\"Bài một\"}",
                "{\"id\":2,\"text\":\"Bài hai\"",
                "{\"id\":3,\"text\":\"Bài ba\"}");
        ReadResult r = new JsonlReader().read(file);
        assertThat(r.documents()).extracting(d -> d.hints().id().orElseThrow()).containsExactly("1", "3");
        Rejection bad = r.rejections().getFirst();
        assertThat(r.rejections()).hasSize(1);
        assertThat(bad.origin()).hasToString(file + " (line 2)");
        assertThat(bad.reason()).startsWith("not JSON");
    }

    @Test
    void wrongShapesAreNamed() throws IOException {
        Path file = jsonl("{\"title\":\"Không có thân bài\"}",
                "{\"text\":\"Bài\",\"authors\":5}",
                "{\"text\":\"Bài\",\"title\":[\"a\"]}",
                "[1,2]",
                "{\"text\":\"Bài\",\"published\":\"hôm qua\"}",
                "{\"text\":\"Bài\",\"html\":\"<p>Bài</p>\"}",
                "{\"text\":\"   \"}",
                "{\"text\":\"Bài\"} {\"text\":\"Bài\"}",
                "{\"text\":\"Bài\",\"authors\":[\"AN\",7]}");
        ReadResult r = new JsonlReader().read(file);
        assertThat(r.documents()).isEmpty();
        assertThat(r.rejections()).extracting(Rejection::reason).satisfiesExactly(
                s -> assertThat(s).contains("neither \"text\" nor \"html\""),
                s -> assertThat(s).contains("\"authors\" must be an array of strings, got number"),
                s -> assertThat(s).contains("\"title\" must be a string, got array"),
                s -> assertThat(s).contains("JSON array, not an object"),
                s -> assertThat(s).contains("\"published\" is \"hôm qua\""),
                s -> assertThat(s).contains("both"),
                s -> assertThat(s).contains("blank"),
                s -> assertThat(s).startsWith("not JSON"),
                s -> assertThat(s).contains("holds number"));
        assertThat(r.rejections()).extracting(x -> x.origin().position())
                .containsExactly("line 1", "line 2", "line 3", "line 4", "line 5", "line 6", "line 7", "line 8",
                        "line 9");
    }

    @Test
    void htmlGoesThroughThePageReaderAndGivenFieldsWin() throws IOException {
        Path file = jsonl("{\"id\":\"h1\",\"title\":\"Tiêu đề người dùng\",\"url\":\"https://lamgiang.example.vn/a\","
                + "\"html\":\"<html><head><title>Tiêu đề trang</title></head><body><h1>Tiêu đề trang</h1>"
                + "<p>Đoạn một.</p><p>Đoạn hai.</p></body></html>\"}");
        RawDocument d = new JsonlReader().read(file).documents().getFirst();
        assertThat(d.text()).contains("Đoạn một.").contains("Đoạn hai.").doesNotContain("<p>");
        assertThat(d.text().lines().toList()).contains("Đoạn một.", "Đoạn hai.");
        assertThat(d.hints().title()).hasValue("Tiêu đề người dùng");
        assertThat(d.hints().url()).hasValue("https://lamgiang.example.vn/a");
        assertThat(d.hints().given()).isTrue();
    }

    @Test
    void invalidUtf8LineNamesLineAndFileOffset() throws IOException {
        byte[] first = "{\"text\":\"Một\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] second = "{\"text\":\"Ha".getBytes(StandardCharsets.UTF_8);
        Path file = dir.resolve("bad.jsonl");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(first);
            out.write(second);
            out.write(0xFF);
            out.write("i\"}\n{\"text\":\"Ba\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        ReadResult r = new JsonlReader().read(file);
        assertThat(r.documents()).extracting(RawDocument::text).containsExactly("Một", "Ba");
        assertThat(r.rejections()).singleElement().satisfies(x -> {
            assertThat(x.origin().position()).isEqualTo("line 2");
            assertThat(x.reason()).contains("invalid UTF-8").contains("byte offset " + (first.length + second.length));
        });
    }

    @Test
    void aFiftyMegabyteLineIsSkippedAndTheNextLineIsRead() throws IOException {
        Path file = dir.resolve("big.jsonl");
        Files.writeString(file, "{\"id\":\"a\",\"text\":\"Trước\"}\n{\"text\":\"");
        byte[] chunk = "nước lũ dâng cao ".repeat(3000).getBytes(StandardCharsets.UTF_8);
        long written = 0;
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.APPEND)) {
            while (written < 50L * 1024 * 1024) {
                out.write(chunk);
                written += chunk.length;
            }
            out.write("\"}\n{\"id\":\"c\",\"text\":\"Sau\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        ReadResult r = new JsonlReader().read(file);
        assertThat(r.documents()).extracting(d -> d.hints().id()).containsExactly(Optional.of("a"), Optional.of("c"));
        assertThat(r.rejections()).singleElement().satisfies(x -> {
            assertThat(x.origin().position()).isEqualTo("line 2");
            assertThat(x.reason()).contains("over the 8 MiB limit");
        });
    }

    @Test
    void crlfLinesBlankLinesAndEmptyFiles() throws IOException {
        Path file = Files.writeString(dir.resolve("crlf.jsonl"), "{\"text\":\"Một\"}\r\n\r\n{\"text\":\"Hai\"}");
        assertThat(new JsonlReader().read(file).documents()).extracting(RawDocument::text)
                .containsExactly("Một", "Hai");
        Path empty = Files.writeString(dir.resolve("empty.jsonl"), "");
        assertThat(new JsonlReader().read(empty).rejections()).extracting(Rejection::reason)
                .containsExactly("empty file (0 bytes)");
        Path blank = Files.writeString(dir.resolve("blank.jsonl"), "\n  \n");
        assertThat(new JsonlReader().read(blank).rejections()).extracting(Rejection::reason)
                .containsExactly("file holds only blank lines");
    }

    @Test
    void streamingFormHandsOverInFileOrder() throws IOException {
        Path file = jsonl("{\"id\":\"x1\",\"text\":\"A\"}", "nope", "{\"id\":\"x2\",\"text\":\"B\"}");
        List<String> events = new java.util.ArrayList<>();
        new JsonlReader().read(file, d -> events.add("doc " + d.hints().id().orElseThrow()),
                r -> events.add("reject " + r.origin().position()));
        assertThat(events).containsExactly("doc x1", "reject line 2", "doc x2");
    }
}
