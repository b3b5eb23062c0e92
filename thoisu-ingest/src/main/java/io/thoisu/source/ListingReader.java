package io.thoisu.source;

import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Reads a fetched listing with the right parser. The document's own first tag decides (sites serve sitemaps under
 * ".rss" names and feeds under "/sitemap" ones); the source's kind decides only when the bytes do not say.
 */
public final class ListingReader {
    private ListingReader() {
    }

    /**
     * @param body    the bytes as fetched
     * @param text    the body decoded by the fetcher (used for HTML pages, whose charset it detected)
     * @param address where the listing was fetched from (after redirects): relative links resolve against it
     */
    public static Listing read(Source source, URI address, byte[] body, String text) {
        String head = XmlText.head(body);
        if (head.startsWith("<!doctype html") || head.startsWith("<html")) {
            return PageLinks.parse(text, address, source.name());
        }
        if (head.contains("<urlset") || head.contains("<sitemapindex")) {
            return SitemapItems.parse(body, address, source.name());
        }
        if (head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf")) {
            return FeedItems.parse(body, address, source.name());
        }
        if (head.contains("<body")) {
            return PageLinks.parse(text, address, source.name());
        }
        return switch (source.kind()) {
            case RSS, ATOM -> FeedItems.parse(body, address, source.name());
            case SITEMAP -> SitemapItems.parse(body, address, source.name());
            case PAGE -> PageLinks.parse(text.isEmpty() ? new String(body, StandardCharsets.UTF_8) : text, address,
                    source.name());
        };
    }
}
