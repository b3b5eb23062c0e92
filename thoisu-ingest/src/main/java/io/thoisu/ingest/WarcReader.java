package io.thoisu.ingest;

import io.thoisu.model.DocumentHints;
import io.thoisu.model.Origin;
import io.thoisu.model.Published;
import io.thoisu.model.RawDocument;
import io.thoisu.model.Rejection;
import io.thoisu.text.VietnameseNormalizer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads HTML pages out of a WARC archive ({@code .warc} or {@code .warc.gz}) with jwarc.
 *
 * <ul>
 *   <li>{@code response} records whose HTTP payload is HTML, with a 2xx status, become documents: the record's
 *       target URI is the URL and its WARC-Date the fetch time. Charset from the HTTP header, else the page's
 *       {@code <meta>}, else UTF-8, decoded strictly; a response that declares nothing and is not valid UTF-8 is
 *       read as windows-1258, the legacy Vietnamese code page (see {@link HtmlCharset#detect}), and put in NFC.</li>
 *   <li>{@code resource} records holding HTML (pages archived without HTTP) likewise.</li>
 *   <li>A {@code metadata} record about the same URI that carries a feed's publication date
 *       ({@code published:} or RSS-style {@code pubDate:}) adds it to that page's hints; crawlers write such a
 *       record right after the response, so only the page just read is held back to receive it. An
 *       {@code outlet:} field (thoisu's fetcher writes the outlet named in the sources file) sets the page's
 *       outlet: the operator named it, the page's own guess is often just its host name.</li>
 *   <li>Requests, warcinfo, revisits, images and scripts are not articles and are passed over; a 3xx response is a
 *       redirect whose target has its own record. A 4xx/5xx HTML response is rejected (it is an error page, and
 *       the reject list should say the crawl fetched one).</li>
 * </ul>
 * A truncated or corrupt record is rejected with its byte offset (in the compressed file, for {@code .warc.gz})
 * and reading stops there; the records before it are kept.
 */
public final class WarcReader implements StreamingReader {
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");
    private static final List<String> PUBLISHED_FIELDS = List.of("published", "pubDate", "feed-published");
    private static final String OUTLET_FIELD = "outlet";

    private final ReadLimits limits;
    private final HtmlPageReader pages;

    public WarcReader() {
        this(ReadLimits.DEFAULT);
    }

    public WarcReader(ReadLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.pages = new HtmlPageReader();
    }

    @Override
    public void read(Path file, Consumer<RawDocument> documents, Consumer<Rejection> rejections) {
        String source = file.toString();
        int records = 0;
        RawDocument pending = null;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
             org.netpreserve.jwarc.WarcReader reader = new org.netpreserve.jwarc.WarcReader(channel)) {
            long nextOffset = 0;
            long lastOffset = -1;
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (IOException | RuntimeException e) {
                    // jwarc has moved its position to the start of the record it failed on; when it has not
                    // (the failure came before any header), the end of the last good record is the best guess.
                    long failedAt = records == 0 || reader.position() > lastOffset ? reader.position() : nextOffset;
                    rejections.accept(corrupt(source, failedAt, e));
                    break;
                }
                if (next.isEmpty()) {
                    break;
                }
                WarcRecord record = next.get();
                records++;
                long offset = reader.position();
                lastOffset = offset;
                Origin origin = new Origin(source, "record at offset " + offset);
                try {
                    Optional<RawDocument> page = page(record, origin, rejections);
                    if (page.isPresent()) {
                        if (pending != null) {
                            documents.accept(pending);
                        }
                        pending = page.get();
                    } else if (record instanceof WarcMetadata metadata && pending != null) {
                        pending = withFeedDate(pending, metadata);
                    }
                    record.body().consume();
                } catch (IOException | RuntimeException e) {
                    rejections.accept(corrupt(source, offset, e));
                    break;
                }
                nextOffset = channel.position();
            }
        } catch (NoSuchFileException e) {
            rejections.accept(new Rejection(Origin.ofFile(source), PageFiles.STAGE, "no such file"));
        } catch (IOException | RuntimeException e) {
            // Thrown while opening: not a WARC at all (jwarc reads the first record's start when it opens).
            rejections.accept(new Rejection(Origin.ofFile(source), PageFiles.STAGE, "not a readable WARC file: " + e));
        }
        if (pending != null) {
            documents.accept(pending);
        }
        if (records == 0 && pending == null) {
            rejections.accept(new Rejection(Origin.ofFile(source), PageFiles.STAGE, "no WARC records"));
        }
    }

    private static Rejection corrupt(String source, long offset, Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new Rejection(new Origin(source, "record at offset " + offset), PageFiles.STAGE,
                "truncated or corrupt WARC record: " + message + "; the rest of the file is not read");
    }

    /** The HTML page in a record, or empty when the record holds none (or was rejected). */
    private Optional<RawDocument> page(WarcRecord record, Origin origin, Consumer<Rejection> rejections)
            throws IOException {
        if (record instanceof WarcResponse response) {
            if (!"http".equals(response.contentType().subtype())) {
                return Optional.empty(); // gemini, dns, or an unparsed body: not a web page
            }
            HttpResponse http = response.http();
            MediaType type = http.contentType();
            if (!HTML_TYPES.contains(type.base().toString().toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
            int status = http.status();
            if (status >= 300 && status < 400) {
                return Optional.empty();
            }
            if (status < 200 || status >= 400) {
                rejections.accept(new Rejection(origin, PageFiles.STAGE,
                        "HTTP status " + status + " for " + response.target() + ": an error page, not an article"));
                return Optional.empty();
            }
            return decode(http.bodyDecoded(), type, true, origin, Optional.of(response.target()), record, rejections);
        }
        if (record instanceof WarcResource resource) {
            MediaType type = resource.contentType();
            if (!HTML_TYPES.contains(type.base().toString().toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
            return decode(resource.body(), type, false, origin, Optional.of(resource.target()), record, rejections);
        }
        return Optional.empty();
    }

    /** @param fetched true for a page that came over HTTP: undeclared legacy Vietnamese is then detected */
    private Optional<RawDocument> decode(MessageBody body, MediaType type, boolean fetched, Origin origin,
                                         Optional<String> url, WarcRecord record, Consumer<Rejection> rejections)
            throws IOException {
        byte[] bytes = readBounded(body.stream(), limits.maxDocumentBytes());
        if (bytes == null) {
            rejections.accept(new Rejection(origin, PageFiles.STAGE,
                    "payload over the " + limits.describe() + " limit for one page (see ReadLimits)"));
            return Optional.empty();
        }
        Optional<String> headerCharset = Optional.ofNullable(type.parameters().get("charset"));
        Charset charset = fetched ? HtmlCharset.detect(bytes, headerCharset) : HtmlCharset.of(bytes, headerCharset);
        switch (TextDecoder.decodePage(bytes, charset)) {
            case Decoding.Text(String decoded) -> {
                // windows-1258 writes most tone marks as separate characters: put them back on their letters, as
                // the fetcher does for the live copy, so both read the same text.
                String html = charset.equals(HtmlCharset.WINDOWS_1258) ? VietnameseNormalizer.nfc(decoded) : decoded;
                try {
                    return Optional.of(pages.toDocument(html, origin, url, Optional.ofNullable(record.date())));
                } catch (RuntimeException e) {
                    rejections.accept(new Rejection(origin, PageFiles.STAGE, "HTML page could not be read: " + e));
                    return Optional.empty();
                }
            }
            case Decoding.Failure failure -> {
                rejections.accept(new Rejection(origin, PageFiles.STAGE, failure.describe(0) + " of the payload"));
                return Optional.empty();
            }
        }
    }

    /** The stream's bytes, or null when there are more than {@code max}: an oversized payload is never held whole. */
    private static byte[] readBounded(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[64 * 1024];
        long total = 0;
        for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
            total += n;
            if (total > max) {
                return null;
            }
            out.write(chunk, 0, n);
        }
        return out.toByteArray();
    }

    /**
     * Adds what the listing source said to the page the metadata record is about: the feed's publication date when
     * the page gives none of its own, and the outlet name from the sources file (over whatever the page suggests).
     */
    private static RawDocument withFeedDate(RawDocument page, WarcMetadata metadata) throws IOException {
        if (!page.hints().url().map(u -> u.equals(metadata.target())).orElse(false)) {
            return page;
        }
        var fields = metadata.fields();
        DocumentHints h = page.hints();
        Optional<String> published = h.published();
        for (String name : PUBLISHED_FIELDS) {
            if (published.isPresent()) {
                break;
            }
            published = fields.first(name).flatMap(WarcReader::isoDate);
        }
        // The outlet named in the sources file is the operator's word: it wins over the page's guess (often only
        // its host name).
        Optional<String> outlet = fields.first(OUTLET_FIELD).map(String::strip).filter(o -> !o.isEmpty())
                .or(h::outlet);
        if (published.equals(h.published()) && outlet.equals(h.outlet())) {
            return page;
        }
        return new RawDocument(page.origin(), page.text(), new DocumentHints(h.id(), h.url(), h.title(),
                published, outlet, h.authors(), h.fetched(), h.lineRoles(), h.given()));
    }

    /** ISO-8601 as is; RFC 1123 (what RSS {@code pubDate} uses) converted. Anything else is ignored. */
    static Optional<String> isoDate(String value) {
        String v = value.strip();
        if (Published.parse(v).isPresent()) {
            return Optional.of(v);
        }
        try {
            OffsetDateTime t = OffsetDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
            return Optional.of(t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        } catch (RuntimeException notRfc1123) {
            return Optional.empty();
        }
    }

}
