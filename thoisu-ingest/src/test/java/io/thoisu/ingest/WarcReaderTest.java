package io.thoisu.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.model.RawDocument;
import io.thoisu.model.Rejection;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;

class WarcReaderTest {
    private static final Instant T = Instant.parse("2025-01-10T03:15:00Z");

    @TempDir
    Path dir;

    private static String page(String body) {
        return "<!doctype html><html><head><title>Trang</title></head><body><p>" + body + "</p></body></html>";
    }

    private static WarcResponse html(int n) throws IOException {
        return WarcFixtures.htmlResponse("https://songhong.example.vn/bai-" + n + ".html", T.plusSeconds(n),
                page("Bài số " + n + " về mưa lũ ở Sơn Khê."));
    }

    private Path warc(String name, WarcCompression c, org.netpreserve.jwarc.WarcRecord... records) throws IOException {
        Path file = dir.resolve(name);
        WarcFixtures.write(file, c, records);
        return file;
    }

    @ParameterizedTest
    @EnumSource(value = WarcCompression.class, names = {"NONE", "GZIP"})
    void htmlResponsesBecomeDocumentsWithUrlAndFetchTime(WarcCompression c) throws IOException {
        Path file = warc("a.warc" + (c == WarcCompression.GZIP ? ".gz" : ""), c, html(1), html(2));
        ReadResult r = new WarcReader().read(file);
        assertThat(r.rejections()).isEmpty();
        assertThat(r.documents()).hasSize(2);
        RawDocument second = r.documents().get(1);
        assertThat(second.text()).contains("Bài số 2 về mưa lũ ở Sơn Khê.");
        assertThat(second.hints().url()).hasValue("https://songhong.example.vn/bai-2.html");
        assertThat(second.hints().fetched()).hasValue(T.plusSeconds(2));
        assertThat(r.documents().get(0).origin().position()).isEqualTo("record at offset 0");
        assertThat(second.origin().position()).matches("record at offset [1-9][0-9]*");
    }

    @ParameterizedTest
    @EnumSource(value = WarcCompression.class, names = {"NONE", "GZIP"})
    void truncatedRecordIsRejectedWithItsOffsetAndEarlierRecordsAreKept(WarcCompression c) throws IOException {
        Path whole = warc("whole.warc", c, html(1), html(2), html(3));
        long thirdOffset = offsetOf(new WarcReader().read(whole), 2);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.warc" + (c == WarcCompression.GZIP ? ".gz" : "")),
                Arrays.copyOf(bytes, bytes.length - 30));
        ReadResult r = new WarcReader().read(cut);
        assertThat(r.documents()).extracting(d -> d.hints().url().orElseThrow())
                .containsExactly("https://songhong.example.vn/bai-1.html", "https://songhong.example.vn/bai-2.html");
        assertThat(r.rejections()).singleElement().satisfies(x -> {
            assertThat(x.origin().source()).isEqualTo(cut.toString());
            assertThat(x.origin().position()).isEqualTo("record at offset " + thirdOffset);
            assertThat(x.reason()).contains("truncated or corrupt");
        });
    }

    @Test
    void garbageAfterGoodRecordsIsRejectedAndTheGoodOnesKept() throws IOException {
        Path file = warc("g.warc", WarcCompression.NONE, html(1));
        long end = Files.size(file);
        Files.write(file, "this is not a WARC header\r\n\r\n".getBytes(StandardCharsets.US_ASCII),
                java.nio.file.StandardOpenOption.APPEND);
        ReadResult r = new WarcReader().read(file);
        assertThat(r.documents()).hasSize(1);
        assertThat(r.rejections()).singleElement()
                .satisfies(x -> assertThat(x.origin().position()).isEqualTo("record at offset " + end));
    }

    @Test
    void notAWarcAtAll() throws IOException {
        Path file = Files.writeString(dir.resolve("x.warc"), "Xin chào, đây không phải WARC\n");
        ReadResult r = new WarcReader().read(file);
        assertThat(r.documents()).isEmpty();
        assertThat(r.rejections()).isNotEmpty();
        assertThat(r.rejections().getFirst().origin().source()).isEqualTo(file.toString());
    }

    @Test
    void nonHtmlIsPassedOverAndErrorPagesAreRejected() throws IOException {
        Path file = warc("m.warc", WarcCompression.NONE,
                WarcFixtures.response("https://songhong.example.vn/logo.png", T, 200, "image/png", new byte[]{1, 2, 3}),
                WarcFixtures.response("https://songhong.example.vn/cu.html", T, 404, "text/html",
                        page("Không tìm thấy").getBytes(StandardCharsets.UTF_8)),
                WarcFixtures.response("https://songhong.example.vn/moi", T, 301, "text/html", new byte[0]),
                html(4));
        ReadResult r = new WarcReader().read(file);
        assertThat(r.documents()).singleElement()
                .satisfies(d -> assertThat(d.hints().url()).hasValue("https://songhong.example.vn/bai-4.html"));
        assertThat(r.rejections()).singleElement().satisfies(x -> assertThat(x.reason()).contains("HTTP status 404"));
    }

    @Test
    void charsetComesFromTheHeaderElseTheMetaElseUtf8() throws IOException {
        Charset cp1258 = Charset.forName("windows-1258");
        String text = "Ông Lâm và bà Hà đi ra đê"; // only letters windows-1258 has precomposed
        WarcResponse header = WarcFixtures.htmlResponse("https://a.example.vn/1", T, page(text), cp1258);
        String withMeta = "<html><head><meta charset=\"windows-1258\"></head><body><p>" + text + "</p></body></html>";
        WarcResponse meta = WarcFixtures.response("https://a.example.vn/2", T, 200, "text/html", withMeta.getBytes(cp1258));
        ReadResult r = new WarcReader().read(warc("c.warc", WarcCompression.NONE, header, meta));
        assertThat(r.rejections()).isEmpty();
        assertThat(r.documents()).allSatisfy(d -> assertThat(d.text()).contains(text));
    }

    @Test
    void invalidUtf8PayloadIsRejectedNamingTheRecord() throws IOException {
        byte[] body = (page("Lũ") + "\u00ff").getBytes(StandardCharsets.ISO_8859_1);
        Path file = warc("u.warc", WarcCompression.NONE, html(1),
                WarcFixtures.response("https://a.example.vn/bad", T, 200, "text/html; charset=utf-8", body));
        ReadResult r = new WarcReader().read(file);
        assertThat(r.documents()).hasSize(1);
        assertThat(r.rejections()).singleElement().satisfies(x -> {
            assertThat(x.origin().position()).startsWith("record at offset ");
            assertThat(x.reason()).contains("invalid UTF-8").contains("of the payload");
        });
    }

    @Test
    void aFeedDateInAMetadataRecordReachesItsPage() throws IOException {
        WarcResponse page = html(5);
        Path file = warc("f.warc.gz", WarcCompression.GZIP, page,
                WarcFixtures.feedDate(page.target(), T, "Fri, 10 Jan 2025 09:30:00 +0700"),
                WarcFixtures.feedDate("https://other.example.vn/", T, "Sat, 11 Jan 2025 09:30:00 +0700"));
        RawDocument d = new WarcReader().read(file).documents().getFirst();
        assertThat(d.hints().published()).hasValue("2025-01-10T09:30:00+07:00");
        assertThat(WarcReader.isoDate("not a date")).isEqualTo(Optional.empty());
    }

    private static long offsetOf(ReadResult r, int index) {
        String position = r.documents().get(index).origin().position();
        return Long.parseLong(position.substring("record at offset ".length()));
    }

    @Test
    void rejectionsNameTheStage() throws IOException {
        Path file = Files.writeString(dir.resolve("e.warc"), "");
        assertThat(new WarcReader().read(file).rejections()).extracting(Rejection::stage).containsOnly("read");
    }
}
