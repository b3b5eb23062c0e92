package io.thoisu.ingest;

import io.thoisu.ingest.html.PageFlattener;
import io.thoisu.ingest.html.PageMetadata;
import io.thoisu.model.DocumentHints;
import io.thoisu.model.Origin;
import io.thoisu.model.RawDocument;
import java.time.Instant;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns one decoded HTML page (from a saved file, a WARC record or a JSONL "html" field) into a raw document: drops
 * scripts, styles, navigation, footers, asides and form fields, flattens each block to one line and passes what the markup says
 * (title, published time, authors, site name, canonical URL, line roles) as hints. Thread-safe.
 */
public final class HtmlPageReader {
    /** One page as a raw document: flattened lines and the page's metadata as hints. */
    public RawDocument toDocument(String html, Origin origin, Optional<String> url, Optional<Instant> fetched) {
        Document doc = Jsoup.parse(html, url.orElse(""));
        PageMetadata meta = PageMetadata.of(doc);
        // Forms and buttons stay: their words are lines the cleaner lists as widgets (a newsletter box's "Đăng ký",
        // a cookie notice's "Đồng ý"); their fields (select, input, textarea) have no words of their own.
        doc.select("script, style, noscript, template, iframe, svg, nav, footer, aside, select, input, "
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
        // Last resort for the outlet: the site's host ("phuongnam.example.vn"); the cleaner prefers a name the
        // outlet table knows for that host.
        Optional<String> outlet = meta.outlet().or(() -> canonical.flatMap(HtmlPageReader::host));
        DocumentHints hints = new DocumentHints(Optional.empty(), canonical, meta.title(), meta.published(),
                outlet, meta.authors(), fetched, flat.roles(), false);
        return new RawDocument(origin, String.join("\n", flat.lines()), hints);
    }

    private static Optional<String> host(String url) {
        try {
            String h = java.net.URI.create(url.strip()).getHost();
            return Optional.ofNullable(h).map(x -> x.toLowerCase(java.util.Locale.ROOT).replaceFirst("^www\\.", ""))
                    .filter(x -> x.contains("."));
        } catch (RuntimeException badUrl) {
            return Optional.empty();
        }
    }
}
