package io.thoisu.ingest;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.List;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Builds WARC records for tests and for the example corpus generator. */
final class WarcFixtures {
    private WarcFixtures() {
    }

    static WarcResponse htmlResponse(String url, Instant date, String html) throws IOException {
        return response(url, date, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    static WarcResponse htmlResponse(String url, Instant date, String html, Charset charset) throws IOException {
        return response(url, date, 200, "text/html; charset=" + charset.name(), html.getBytes(charset));
    }

    static WarcResponse response(String url, Instant date, int status, String contentType, byte[] body)
            throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Status")
                .body(MediaType.parse(contentType), body)
                .build();
        return new WarcResponse.Builder(url).date(date).body(http).build();
    }

    static WarcMetadata feedDate(String url, Instant date, String pubDate) {
        return new WarcMetadata.Builder().targetURI(url).date(date)
                .fields(Map.of("pubDate", List.of(pubDate))).build();
    }

    static void write(Path file, WarcCompression compression, WarcRecord... records) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
             WarcWriter writer = new WarcWriter(ch, compression)) {
            for (WarcRecord r : records) {
                writer.write(r);
            }
        }
    }
}
