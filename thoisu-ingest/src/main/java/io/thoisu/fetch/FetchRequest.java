package io.thoisu.fetch;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One page to fetch, with what is already known about it: validators from an earlier fetch (for a conditional GET)
 * and what the source that listed it said (a feed's publication date, the outlet), which is carried into the
 * archive so that a later re-ingest of the WARC sees the same facts as the live run.
 *
 * @param source       name of the source that listed the page (for logs, counters and the archive)
 * @param etag         {@code ETag} of the previous successful fetch
 * @param lastModified {@code Last-Modified} of the previous successful fetch, verbatim
 * @param listed       publication time the feed or sitemap gave for the item
 * @param outlet       outlet name from the sources file
 * @param kind         what the caller wants back: an HTML page, or a feed/sitemap (XML); decides the
 *                     {@code Accept} header and which content types are taken
 */
public record FetchRequest(URI uri, String source, Optional<String> etag, Optional<String> lastModified,
                           Optional<Instant> listed, Optional<String> outlet, ContentKind kind) {
    public FetchRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(lastModified, "lastModified");
        Objects.requireNonNull(listed, "listed");
        Objects.requireNonNull(outlet, "outlet");
    }

    /** A page ({@link ContentKind#PAGE}): the form the contract started with, kept for its callers. */
    public FetchRequest(URI uri, String source, Optional<String> etag, Optional<String> lastModified,
                        Optional<Instant> listed, Optional<String> outlet) {
        this(uri, source, etag, lastModified, listed, outlet, ContentKind.PAGE);
    }

    /** A first fetch of a page nothing is known about. */
    public static FetchRequest of(URI uri, String source) {
        return new FetchRequest(uri, source, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A first fetch of a feed or sitemap: asks for XML (RSS, Atom, sitemap) and refuses HTML. */
    public static FetchRequest feed(URI uri, String source) {
        return of(uri, source).as(ContentKind.FEED);
    }

    /** The same request asking for another kind of content. */
    public FetchRequest as(ContentKind newKind) {
        return new FetchRequest(uri, source, etag, lastModified, listed, outlet, newKind);
    }

    /** The same request made conditional on the validators of an earlier fetch. */
    public FetchRequest ifChangedSince(Optional<String> previousEtag, Optional<String> previousLastModified) {
        return new FetchRequest(uri, source, previousEtag, previousLastModified, listed, outlet, kind);
    }

    /** The same request carrying what the listing source said about the item. */
    public FetchRequest listedAs(Optional<Instant> published, Optional<String> outletName) {
        return new FetchRequest(uri, source, etag, lastModified, published, outletName, kind);
    }
}
