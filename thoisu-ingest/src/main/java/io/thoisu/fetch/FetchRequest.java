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
 */
public record FetchRequest(URI uri, String source, Optional<String> etag, Optional<String> lastModified,
                           Optional<Instant> listed, Optional<String> outlet) {
    public FetchRequest {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(lastModified, "lastModified");
        Objects.requireNonNull(listed, "listed");
        Objects.requireNonNull(outlet, "outlet");
    }

    /** A first fetch of a page nothing is known about. */
    public static FetchRequest of(URI uri, String source) {
        return new FetchRequest(uri, source, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
