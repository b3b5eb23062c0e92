package io.thoisu.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.model.DocumentHints;
import io.thoisu.model.Rejection;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsAPageAsItStands() throws IOException {
        String page = "12/01/2025 08:05 GMT+7\r\n\r\nNước sông Lam Khê lên nhanh\r\nẢnh: HOÀNG LINH\r\n";
        Path file = Files.writeString(dir.resolve("a.txt"), page);
        ReadResult r = new TextReader().read(file);
        assertThat(r.rejections()).isEmpty();
        assertThat(r.documents()).singleElement().satisfies(d -> {
            assertThat(d.text()).isEqualTo(page.replace("\r\n", "\n"));
            assertThat(d.hints()).isEqualTo(DocumentHints.NONE);
            assertThat(d.origin().source()).isEqualTo(file.toString());
        });
    }

    @Test
    void invalidUtf8NamesFileAndOffset() throws IOException {
        byte[] head = "Vụ cháy ở khu công nghiệp ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(head, head.length + 3);
        bytes[head.length] = (byte) 0xE1;
        bytes[head.length + 1] = 'x';
        bytes[head.length + 2] = '\n';
        Path file = Files.write(dir.resolve("bad.txt"), bytes);
        Rejection r = single(new TextReader().read(file));
        assertThat(r.origin().source()).isEqualTo(file.toString());
        assertThat(r.origin().position()).isEqualTo("byte offset " + head.length);
        assertThat(r.stage()).isEqualTo("read");
        assertThat(r.reason()).contains("invalid UTF-8");
    }

    @Test
    void binaryFileIsRejected() throws IOException {
        Path file = Files.write(dir.resolve("photo.txt"), new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 0x10});
        assertThat(single(new TextReader().read(file)).reason()).contains("binary");
    }

    @Test
    void emptyFileIsRejected() throws IOException {
        Path file = Files.write(dir.resolve("empty.txt"), new byte[0]);
        assertThat(single(new TextReader().read(file)).reason()).isEqualTo("empty file (0 bytes)");
    }

    @Test
    void fiftyMegabyteSingleLineIsRejectedBySizeWithoutReadingIt() throws IOException {
        Path file = dir.resolve("huge.txt");
        writeSingleLine(file, 50L * 1024 * 1024);
        ReadResult result = new TextReader().read(file);
        Rejection r = single(result);
        assertThat(r.reason()).contains(String.valueOf(50L * 1024 * 1024)).contains("8 MiB limit");
    }

    @Test
    void aSmallerLimitIsHonouredAndAPageUnderItIsRead() throws IOException {
        Path file = dir.resolve("line.txt");
        writeSingleLine(file, 3000);
        assertThat(new TextReader(new ReadLimits(2999)).read(file).rejections()).hasSize(1);
        assertThat(new TextReader(new ReadLimits(3000)).read(file).documents()).singleElement()
                .satisfies(d -> assertThat(d.text()).hasSize(3000));
    }

    @Test
    void missingFileIsARejectionNotAnException() {
        assertThat(single(new TextReader().read(dir.resolve("nope.txt"))).reason()).isEqualTo("no such file");
    }

    static void writeSingleLine(Path file, long bytes) throws IOException {
        byte[] chunk = "lũ ".repeat(4096).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            long left = bytes;
            while (left > 0) {
                int n = (int) Math.min(left, chunk.length);
                // keep the file valid UTF-8: only cut a chunk at a space
                if (n < chunk.length) {
                    Arrays.fill(chunk, 0, n, (byte) 'a');
                }
                out.write(chunk, 0, n);
                left -= n;
            }
        }
    }

    private static Rejection single(ReadResult result) {
        assertThat(result.documents()).isEmpty();
        assertThat(result.rejections()).hasSize(1);
        return result.rejections().getFirst();
    }
}
