package io.thoisu.source;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import io.thoisu.text.VietnameseNormalizer;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * The entries of a sitemap, read with crawler-commons: a {@code urlset} gives articles (date from Google News'
 * {@code news:publication_date}, else {@code lastmod}; title from {@code news:title}), a {@code sitemapindex} gives
 * child sitemaps to fetch next (with their {@code lastmod}, so the newest can go first). Plain-text sitemaps (one
 * address a line) and gzipped ones are read too.
 */
public final class SitemapItems {
    private SitemapItems() {
    }

    public static Listing parse(byte[] body, URI sitemapUri, String sourceName) {
        URL url;
        try {
            url = sitemapUri.toURL();
        } catch (MalformedURLException | IllegalArgumentException e) {
            return Listing.failed("bad sitemap address " + sitemapUri);
        }
        byte[] content = body;
        String contentType;
        if (body.length > 2 && (body[0] & 0xFF) == 0x1F && (body[1] & 0xFF) == 0x8B) {
            contentType = "application/gzip";
        } else {
            String text = XmlText.decode(body);
            contentType = text.startsWith("<") ? "application/xml" : "text/plain";
            content = text.getBytes(StandardCharsets.UTF_8);
        }
        AbstractSiteMap map;
        List<String> problems = new ArrayList<>();
        try {
            map = parser(false).parseSiteMap(contentType, content, url);
        } catch (UnknownFormatException | IOException | RuntimeException strictFailure) {
            // a truncated or broken sitemap: salvage the entries before the break, and say that it was broken
            String reason = FeedItems.firstLine(strictFailure.getMessage());
            try {
                map = parser(true).parseSiteMap(contentType, content, url);
                problems.add("malformed sitemap at " + sitemapUri + " (read up to the error): " + reason);
            } catch (UnknownFormatException | IOException | RuntimeException e) {
                return Listing.failed("malformed sitemap at " + sitemapUri + ": " + reason);
            }
        }
        if (map instanceof SiteMapIndex index) {
            List<Discovered> children = new ArrayList<>();
            for (AbstractSiteMap child : index.getSitemaps()) {
                toUri(child.getUrl()).ifPresentOrElse(
                        u -> children.add(new Discovered(u, instant(child.getLastModified()), Optional.empty(),
                                sourceName)),
                        () -> problems.add("sitemap index " + sitemapUri + ": unusable child " + child.getUrl()));
            }
            return new Listing(List.of(), children, problems);
        }
        List<Discovered> items = new ArrayList<>();
        for (SiteMapURL entry : ((SiteMap) map).getSiteMapUrls()) {
            Optional<URI> uri = toUri(entry.getUrl());
            if (uri.isEmpty()) {
                problems.add("sitemap " + sitemapUri + ": unusable address " + entry.getUrl());
                continue;
            }
            Optional<NewsAttributes> news = news(entry);
            Optional<Instant> published = news.flatMap(n -> Optional.ofNullable(n.getPublicationDateTime()))
                    .map(z -> z.toInstant()).or(() -> instant(entry.getLastModified()));
            Optional<String> title = news.flatMap(n -> Optional.ofNullable(n.getTitle())).map(String::strip)
                    .filter(t -> !t.isEmpty()).map(VietnameseNormalizer::nfc);
            items.add(new Discovered(uri.get(), published, title, sourceName));
        }
        return new Listing(items, List.of(), problems);
    }

    private static SiteMapParser parser(boolean allowPartial) {
        // not strict: news sites often list a CDN or "www." host beside the sitemap's own
        SiteMapParser parser = new SiteMapParser(false, allowPartial);
        parser.enableExtension(Extension.NEWS);
        return parser;
    }

    private static Optional<NewsAttributes> news(SiteMapURL entry) {
        ExtensionMetadata[] meta = entry.getAttributesForExtension(Extension.NEWS);
        if (meta == null) {
            return Optional.empty();
        }
        for (ExtensionMetadata m : meta) {
            if (m instanceof NewsAttributes n) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    private static Optional<Instant> instant(Date date) {
        return Optional.ofNullable(date).map(Date::toInstant);
    }

    private static Optional<URI> toUri(URL url) {
        if (url == null) {
            return Optional.empty();
        }
        try {
            return Addresses.canonical(url.toURI());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
