package io.thoisu.source;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/** What a source's address lists: a feed, a sitemap (or sitemap index), or an ordinary page whose links are read. */
public enum SourceKind {
    RSS, ATOM, SITEMAP, PAGE;

    /** Feeds and sitemaps are re-read every poll (conditionally); a page source is re-read the same way. */
    public boolean isFeed() {
        return this == RSS || this == ATOM;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SourceKind> named(String label) {
        for (SourceKind k : values()) {
            if (k.label().equals(label.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /**
     * A guess from the address when the file does not say: "sitemap" anywhere in the path wins (sitemaps end in .xml
     * too), then the usual feed endings and path words, else a page.
     */
    public static SourceKind inferredFrom(URI uri) {
        String path = Optional.ofNullable(uri.getPath()).orElse("").toLowerCase(Locale.ROOT);
        String query = Optional.ofNullable(uri.getQuery()).orElse("").toLowerCase(Locale.ROOT);
        if (path.contains("sitemap")) {
            return SITEMAP;
        }
        if (path.endsWith(".atom") || path.endsWith("/atom") || query.contains("format=atom")) {
            return ATOM;
        }
        if (path.endsWith(".rss") || path.endsWith(".xml") || path.endsWith("/feed") || path.endsWith("/feed/")
                || path.endsWith("/rss") || path.endsWith("/rss/") || query.contains("format=rss")) {
            return RSS;
        }
        return PAGE;
    }
}
