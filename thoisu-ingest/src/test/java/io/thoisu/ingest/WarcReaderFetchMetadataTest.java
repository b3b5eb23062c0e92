package io.thoisu.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcResponse;

/** The metadata record thoisu's fetcher writes after each page: feed date and outlet reach the page's hints. */
class WarcReaderFetchMetadataTest {
    private static final Instant T = Instant.parse("2026-11-21T03:00:00Z");

    @TempDir
    Path dir;

    private static String page(String title, String extraHead) {
        return "<html><head><title>" + title + "</title>" + extraHead + "</head><body><h1>" + title
                + "</h1><p>Người dân xã Phước Lâm họp bàn việc đắp lại bờ kè.</p></body></html>";
    }

    private static WarcMetadata fetchMetadata(String url, Map<String, List<String>> fields) {
        return new WarcMetadata.Builder().targetURI(url).date(T).fields(fields).build();
    }

    @Test
    void theFetchersFieldsReachThePageTheyAreAbout() throws IOException {
        String a = "https://songlam.example.vn/a";
        String b = "https://songlam.example.vn/b";
        WarcResponse pageA = WarcFixtures.htmlResponse(a, T, page("Họp bàn đắp kè", ""));
        WarcResponse pageB = WarcFixtures.htmlResponse(b, T, page("Bờ kè xong trước Tết",
                "<meta property=\"article:published_time\" content=\"2026-11-18T07:00:00+07:00\">"
                        + "<meta property=\"og:site_name\" content=\"Tin Phước Lâm\">"));
        Path file = dir.resolve("f.warc.gz");
        WarcFixtures.write(file, WarcCompression.GZIP,
                pageA, fetchMetadata(a, Map.of("published", List.of("2026-11-20T23:15:00Z"),
                        "outlet", List.of("Sông Lam Điện Tử"), "source", List.of("songlam-rss"))),
                pageB, fetchMetadata(b, Map.of("published", List.of("2026-11-20T01:00:00Z"),
                        "outlet", List.of("Sông Lam Điện Tử"))),
                // About a page that is not the one just read: ignored.
                fetchMetadata(a, Map.of("outlet", List.of("Báo Khác"))));
        ReadResult r = new WarcReader().read(file);
        assertThat(r.rejections()).isEmpty();
        assertThat(r.documents()).hasSize(2);
        var first = r.documents().get(0).hints();
        assertThat(first.published()).hasValue("2026-11-20T23:15:00Z");
        assertThat(first.outlet()).hasValue("Sông Lam Điện Tử");
        var second = r.documents().get(1).hints();
        // The page's own date wins over the feed's; the outlet from the sources file wins over the page's.
        assertThat(second.published()).hasValue("2026-11-18T07:00:00+07:00");
        assertThat(second.outlet()).hasValue("Sông Lam Điện Tử");
    }
}
