package io.thoisu.fetch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The WARC records of one HTTP exchange: the response as it arrived (status, headers, body), the request as it was
 * sent, and for the page a caller asked for a {@code metadata} record with what the listing source said about it.
 *
 * <p>Metadata fields ({@code application/warc-fields}), read back by {@link io.thoisu.ingest.WarcReader}:
 * {@code published} (the feed's date for the item, ISO-8601 UTC), {@code outlet}, and for provenance
 * {@code source}, {@code requested} (the URI asked for, when redirects led elsewhere) and {@code charset} (what the
 * page was decoded with).
 */
final class ExchangeRecords {
    /** Headers that describe the transfer rather than the body: the archived body is the decoded, whole one. */
    private static final Set<String> TRANSFER_HEADERS = Set.of("content-length", "transfer-encoding", "content-type",
            "connection", "keep-alive");

    private ExchangeRecords() {
    }

    /** Response then request, the order crawlers write them in; the response is at index 0. */
    static List<WarcRecord> exchange(URI uri, Instant at, int status, HttpHeaders responseHeaders, byte[] body,
                                     java.net.http.HttpRequest sent) throws IOException {
        HttpResponse.Builder http = new HttpResponse.Builder(status, reason(status));
        responseHeaders.map().forEach((name, values) -> {
            if (!TRANSFER_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(v -> http.addHeader(name, v));
            }
        });
        String type = responseHeaders.firstValue("Content-Type").orElse("application/octet-stream");
        http.body(MediaType.parseLeniently(type), body);
        WarcResponse response = new WarcResponse.Builder(uri).date(at).body(http.build()).build();

        String target = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (uri.getRawQuery() != null) {
            target += "?" + uri.getRawQuery();
        }
        HttpRequest.Builder request = new HttpRequest.Builder("GET", target).addHeader("Host", uri.getAuthority());
        sent.headers().map().forEach((name, values) -> values.forEach(v -> request.addHeader(name, v)));
        WarcRequest warcRequest = new WarcRequest.Builder(uri).date(at).body(request.build())
                .concurrentTo(response.id()).build();
        List<WarcRecord> records = new ArrayList<>();
        records.add(response);
        records.add(warcRequest);
        return records;
    }

    static WarcMetadata metadata(FetchRequest request, URI finalUri, Instant at, String charset, URI responseId) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        request.listed().ifPresent(p -> fields.put("published", List.of(DateTimeFormatter.ISO_INSTANT.format(p))));
        request.outlet().ifPresent(o -> fields.put("outlet", List.of(oneLine(o))));
        fields.put("source", List.of(oneLine(request.source())));
        if (!request.uri().equals(finalUri)) {
            fields.put("requested", List.of(request.uri().toString()));
        }
        fields.put("charset", List.of(charset));
        return new WarcMetadata.Builder().targetURI(finalUri).date(at).concurrentTo(responseId).fields(fields).build();
    }

    /** A warc-fields value is one line. */
    private static String oneLine(String value) {
        return value.replaceAll("[\\r\\n]+", " ").strip();
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 203 -> "Non-Authoritative Information";
            case 301 -> "Moved Permanently";
            case 302 -> "Found";
            case 303 -> "See Other";
            case 307 -> "Temporary Redirect";
            case 308 -> "Permanent Redirect";
            default -> "Status " + status;
        };
    }
}
