package io.thoisu.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.model.RawDocument;
import io.thoisu.model.Rejection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;

class InputsTest {
    @TempDir
    Path dir;

    private void mixedFolder() throws IOException {
        Files.createDirectories(dir.resolve("b/c"));
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve("b/c/z.txt"), "Trang z\nẢnh: TƯ LIỆU");
        Files.writeString(dir.resolve("a.TXT"), "Trang a");
        Files.writeString(dir.resolve("b/page.htm"), "<html><body><p>Trang htm</p></body></html>");
        Files.writeString(dir.resolve("b/feed.jsonl"), "{\"id\":\"j1\",\"text\":\"Dòng một\"}\noops\n");
        Files.write(dir.resolve("b/bin.txt"), new byte[]{'G', 'I', 'F', 0, 0});
        Files.writeString(dir.resolve("notes.md"), "# ghi chú");
        Files.writeString(dir.resolve(".git/HEAD"), "ref: refs/heads/main");
        Files.write(dir.resolve("empty.html"), new byte[0]);
        WarcFixtures.write(dir.resolve("b/crawl.warc.gz"), WarcCompression.GZIP,
                WarcFixtures.htmlResponse("https://x.example.vn/1", java.time.Instant.EPOCH,
                        "<html><body><p>Trang warc</p></body></html>"));
    }

    @Test
    void walksAFolderInSortedOrderAndReportsWhatItSkips() throws IOException {
        mixedFolder();
        ReadResult r = new Inputs().read(dir);
        assertThat(r.documents()).extracting(d -> dir.relativize(Path.of(d.origin().source())).toString())
                .containsExactly("a.TXT", "b/c/z.txt", "b/crawl.warc.gz", "b/feed.jsonl", "b/page.htm");
        assertThat(r.rejections()).extracting(x -> dir.relativize(Path.of(x.origin().source())) + " " + x.reason())
                .satisfiesExactly(
                        s -> assertThat(s).startsWith("b/bin.txt binary"),
                        s -> assertThat(s).startsWith("b/feed.jsonl not JSON"),
                        s -> assertThat(s).isEqualTo("empty.html empty file (0 bytes)"),
                        s -> assertThat(s).isEqualTo("notes.md unsupported file type"));
        assertThat(r.rejections()).extracting(Rejection::stage).containsOnly("read");
    }

    @Test
    void streamingFormSeesTheSameAsTheListForm() throws IOException {
        mixedFolder();
        List<RawDocument> docs = new ArrayList<>();
        List<Rejection> rejects = new ArrayList<>();
        new Inputs().read(dir, docs::add, rejects::add);
        ReadResult listed = new Inputs().read(dir);
        assertThat(docs).isEqualTo(listed.documents());
        assertThat(rejects).isEqualTo(listed.rejections());
    }

    @Test
    void aSingleFileAndAMissingPath() throws IOException {
        Path one = Files.writeString(dir.resolve("one.txt"), "Một trang");
        assertThat(new Inputs().read(one).documents()).extracting(RawDocument::text).containsExactly("Một trang");
        ReadResult missing = new Inputs().read(dir.resolve("khong-co"));
        assertThat(missing.documents()).isEmpty();
        assertThat(missing.rejections()).extracting(Rejection::reason).containsExactly("no such file or folder");
    }

    @Test
    void readerIsChosenByExtension() {
        Inputs inputs = new Inputs();
        assertThat(inputs.readerFor(Path.of("x.warc.gz"))).containsInstanceOf(WarcReader.class);
        assertThat(inputs.readerFor(Path.of("x.WARC"))).containsInstanceOf(WarcReader.class);
        assertThat(inputs.readerFor(Path.of("x.html"))).containsInstanceOf(HtmlFileReader.class);
        assertThat(inputs.readerFor(Path.of("x.jsonl"))).containsInstanceOf(JsonlReader.class);
        assertThat(inputs.readerFor(Path.of("x.gz"))).isEmpty();
        assertThat(inputs.readerFor(Path.of("x.json"))).isEmpty();
    }
}
