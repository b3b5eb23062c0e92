package io.thoisu.ingest;

import io.thoisu.ingest.html.PageFlattener;
import io.thoisu.ingest.html.PageMetadata;
import io.thoisu.model.DocumentHints;
import io.thoisu.model.Origin;
import io.thoisu.model.RawDocument;
import io.thoisu.model.Rejection;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads saved HTML pages (.html, .htm): decodes with the page's declared charset (UTF-8 when none), drops scripts,
 * styles, navigation, footers, asides and forms, flattens each block to one line and passes what the markup says
 * (title, published time, authors, site name, canonical URL, line roles) as hints. Thread-safe.
 */
public final class HtmlPageReader implements DocumentReader {
    static final String STAGE = "read-html";
    private static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

    @Override
    public ReadResult read(Path file) {
        Origin origin = Origin.ofFile(file.toString());
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                return rejected(origin, "file is larger than " + MAX_BYTES + " bytes");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return rejected(origin, "cannot read: " + e.getMessage());
        }
        if (bytes.length == 0) {
            return rejected(origin, "empty file");
        }
        int head = Math.min(bytes.length, 8192);
        for (int i = 0; i < head; i++) {
            if (bytes[i] == 0) {
                return rejected(new Origin(origin.source(), "byte " + i), "binary content (NUL byte), not HTML");
            }
        }
        Charset charset = declaredCharset(bytes).orElse(StandardCharsets.UTF_8);
        String html;
        try {
            html = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return rejected(origin, "not valid " + charset.name() + ": " + e.getMessage());
        }
        Optional<Instant> fetched = Optional.empty();
        try {
            fetched = Optional.of(Files.getLastModifiedTime(file).toInstant());
        } catch (IOException ignored) {
            // the fetch time only guards against future dates; without it the page's own date is believed
        }
        return new ReadResult(List.of(toDocument(html, origin, Optional.empty(), fetched)), List.of());
    }

    private static ReadResult rejected(Origin origin, String reason) {
        return new ReadResult(List.of(), List.of(new Rejection(origin, STAGE, reason)));
    }

    static Optional<Charset> declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(m.group(1).toLowerCase(Locale.ROOT)));
        } catch (RuntimeException unknown) {
            return Optional.empty();
        }
    }

    /** One page as a raw document: flattened lines and the page's metadata as hints. */
    public RawDocument toDocument(String html, Origin origin, Optional<String> url, Optional<Instant> fetched) {
        Document doc = Jsoup.parse(html, url.orElse(""));
        PageMetadata meta = PageMetadata.of(doc);
        doc.select("script, style, noscript, template, iframe, svg, nav, footer, aside, form, button, select, input, "
                + "textarea, link, meta").remove();
        // A site header (logo, menu) is furniture; an article's own <header> holds its title and date.
        for (Element h : doc.select("header")) {
            if (h.parents().stream().noneMatch(p -> p.tagName().equals("article") || p.tagName().equals("main"))) {
                h.remove();
            }
        }
        Element body = doc.body() != null ? doc.body() : doc;
        PageFlattener.Flat flat = PageFlattener.flatten(body);
        Optional<String> canonical = meta.canonical().or(() -> url);
        DocumentHints hints = new DocumentHints(Optional.empty(), canonical, meta.title(), meta.published(),
                meta.outlet(), meta.authors(), fetched, flat.roles(), false);
        return new RawDocument(origin, String.join("\n", flat.lines()), hints);
    }
}
