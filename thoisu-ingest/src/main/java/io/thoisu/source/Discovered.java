package io.thoisu.source;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One address a listing pointed to: an article (from a feed item, a sitemap url, a page link) or a child sitemap
 * of a sitemap index.
 *
 * @param published  the date the listing gave (feed published/updated, news:publication_date, lastmod)
 * @param title      the title the listing gave, if any (NFC, trimmed)
 * @param sourceName the source whose listing named it
 */
public record Discovered(URI uri, Optional<Instant> published, Optional<String> title, String sourceName) {
    public Discovered {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(sourceName, "sourceName");
    }
}
