package io.thoisu.archive;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.ingest.ReadResult;
import io.thoisu.ingest.WarcReader;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.Warcinfo;

class WarcArchiveTest {
    private static final Instant T = Instant.parse("2026-11-21T08:30:05Z");
    private static final InstantSource CLOCK = InstantSource.fixed(T);

    @TempDir
    Path dir;

    private static WarcResponse page(int n) throws IOException {
        String html = "<html><body><h1>Tin số " + n + "</h1><p>Bản tin thứ " + n + " về xã Phước Lâm.</p></body></html>";
        HttpResponse http = new HttpResponse.Builder(200, "OK")
                .body(MediaType.parse("text/html; charset=utf-8"), html.getBytes(StandardCharsets.UTF_8)).build();
        return new WarcResponse.Builder("https://songlam.example.vn/bai-" + n).date(T).body(http).build();
    }

    private WarcArchive archive(long maxBytes) throws IOException {
        return new WarcArchive(dir, maxBytes, CLOCK, Map.of("software", "thoisu/0.1"));
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void rollsOnRequestAndBySizeWithNamesInOrder() throws IOException {
        try (WarcArchive archive = archive(WarcArchive.DEFAULT_MAX_FILE_BYTES)) {
            assertThat(archive.roll()).isEmpty();
            archive.write(List.of(page(1)), 0);
            Path first = archive.roll().orElseThrow();
            assertThat(first.getFileName().toString()).isEqualTo("thoisu-20261121083005-00001.warc.gz");
            assertThat(archive.roll()).isEmpty();
            assertThat(archive.takeClosed()).containsExactly(first);
            assertThat(archive.takeClosed()).isEmpty();
        }
        try (WarcArchive small = archive(1)) {
            // Every group fills a 1-byte file: each write closes its file.
            for (int i = 2; i <= 4; i++) {
                small.write(List.of(page(i)), 0);
            }
            assertThat(small.takeClosed()).extracting(p -> p.getFileName().toString()).containsExactly(
                    "thoisu-20261121083005-00002.warc.gz", "thoisu-20261121083005-00003.warc.gz",
                    "thoisu-20261121083005-00004.warc.gz");
        }
        assertThat(names()).hasSize(4).allSatisfy(n -> assertThat(n).endsWith(".warc.gz"));
    }

    @Test
    void eachFileStartsWithWarcinfoAndTheReturnedOffsetIsTheRecord() throws IOException {
        WarcArchive.Position at;
        Path file;
        try (WarcArchive archive = archive(WarcArchive.DEFAULT_MAX_FILE_BYTES)) {
            archive.write(List.of(page(1)), 0);
            at = archive.write(List.of(page(2), page(3)), 1);
            file = archive.roll().orElseThrow();
        }
        assertThat(at.file()).isEqualTo(file);
        try (org.netpreserve.jwarc.WarcReader reader = new org.netpreserve.jwarc.WarcReader(file)) {
            WarcRecord head = reader.next().orElseThrow();
            assertThat(head).isInstanceOfSatisfying(Warcinfo.class, info -> {
                try {
                    assertThat(info.filename()).hasValue(file.getFileName().toString());
                    assertThat(info.fields().first("software")).hasValue("thoisu/0.1");
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            });
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.position(at.offset());
            try (org.netpreserve.jwarc.WarcReader reader = new org.netpreserve.jwarc.WarcReader(channel)) {
                assertThat(reader.next().orElseThrow()).isInstanceOfSatisfying(WarcResponse.class,
                        r -> assertThat(r.target()).isEqualTo("https://songlam.example.vn/bai-3"));
            }
        }
    }

    @Test
    void aFileLeftOpenByACrashIsCutBackToItsLastWholeRecordAndClosedOnRestart() throws IOException {
        WarcArchive crashed = archive(WarcArchive.DEFAULT_MAX_FILE_BYTES);
        crashed.write(List.of(page(1)), 0);
        crashed.write(List.of(page(2)), 0);
        Path open;
        try (Stream<Path> files = Files.list(dir)) {
            open = files.filter(p -> p.getFileName().toString().endsWith(WarcArchive.OPEN_SUFFIX))
                    .findFirst().orElseThrow();
        }
        // The process died while writing a third record: part of a gzip member is on disk.
        Path scratch = Files.createTempDirectory("scratch");
        Path whole = scratch.resolve("one.warc.gz");
        try (org.netpreserve.jwarc.WarcWriter w = new org.netpreserve.jwarc.WarcWriter(whole)) {
            w.write(page(3));
        }
        byte[] record = Files.readAllBytes(whole);
        long beforeCrash = Files.size(open);
        Files.write(open, Arrays.copyOf(record, record.length / 2), StandardOpenOption.APPEND);

        try (WarcArchive restarted = archive(WarcArchive.DEFAULT_MAX_FILE_BYTES)) {
            assertThat(names()).containsExactly("thoisu-20261121083005-00001.warc.gz");
            assertThat(restarted.takeClosed()).extracting(p -> p.getFileName().toString())
                    .containsExactly("thoisu-20261121083005-00001.warc.gz");
            restarted.write(List.of(page(4)), 0);
            assertThat(restarted.roll().orElseThrow().getFileName().toString())
                    .isEqualTo("thoisu-20261121083005-00002.warc.gz");
        }
        Path repaired = dir.resolve("thoisu-20261121083005-00001.warc.gz");
        assertThat(Files.size(repaired)).isEqualTo(beforeCrash);
        ReadResult read = new WarcReader().read(repaired);
        assertThat(read.documents()).extracting(d -> d.hints().url().orElseThrow())
                .containsExactly("https://songlam.example.vn/bai-1", "https://songlam.example.vn/bai-2");
        assertThat(read.rejections()).isEmpty();
        // (the crashed archive is never closed: its process is gone)
    }

    @Test
    void anInterruptedFetchingThreadNeitherCutsARecordNorClosesTheFile() throws IOException {
        try (WarcArchive archive = archive(WarcArchive.DEFAULT_MAX_FILE_BYTES)) {
            Thread.currentThread().interrupt(); // Ctrl-C reached this thread just as it archived its page
            archive.write(List.of(page(1)), 0);
            assertThat(Thread.interrupted()).as("the interrupt is handed back").isTrue();
            archive.write(List.of(page(2)), 0);
            Path file = archive.roll().orElseThrow();
            ReadResult read = new WarcReader().read(file);
            assertThat(read.rejections()).isEmpty();
            assertThat(read.documents()).hasSize(2);
        }
    }

    @Test
    void aFileCutAnywhereKeepsExactlyItsWholeRecords() throws IOException {
        Path file;
        List<Long> ends = new java.util.ArrayList<>();
        try (WarcArchive archive = archive(WarcArchive.DEFAULT_MAX_FILE_BYTES)) {
            for (int i = 1; i <= 4; i++) {
                archive.write(List.of(page(i)), 0);
            }
            file = archive.roll().orElseThrow();
        }
        // Record boundaries, from jwarc's own reading of the file.
        try (org.netpreserve.jwarc.WarcReader reader = new org.netpreserve.jwarc.WarcReader(file)) {
            for (WarcRecord r : reader) {
                ends.add(reader.position());
            }
        }
        byte[] bytes = Files.readAllBytes(file);
        ends.removeFirst();
        ends.add((long) bytes.length); // the end of each record: the start of the next, and the file's end
        java.util.Random random = new java.util.Random(2026);
        for (int n = 0; n < 40; n++) {
            int cut = random.nextInt(bytes.length + 1);
            Path piece = dir.resolve("cut-" + n + ".warc.gz");
            Files.write(piece, Arrays.copyOf(bytes, cut));
            long expected = ends.stream().filter(e -> e <= cut).mapToLong(Long::longValue).max().orElse(0);
            assertThat(GzipMembers.wholeLength(piece)).as("cut at %d", cut).isEqualTo(expected);
        }
    }

    @Test
    void writingAfterCloseIsRefused() throws IOException {
        WarcArchive archive = archive(WarcArchive.DEFAULT_MAX_FILE_BYTES);
        archive.close();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> archive.write(List.of(page(1)), 0))
                .isInstanceOf(IllegalStateException.class);
        assertThat(names()).isEmpty();
    }
}
