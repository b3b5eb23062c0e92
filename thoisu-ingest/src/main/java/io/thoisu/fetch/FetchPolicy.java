package io.thoisu.fetch;

import io.thoisu.ingest.ReadLimits;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How politely, and how patiently, {@link PoliteFetcher} fetches.
 *
 * @param userAgent          sent with every request; names thoisu, its version and a way to reach the operator
 * @param minDelay           least time between the starts of two requests to one host (robots.txt's Crawl-delay
 *                           raises it for that host, never lowers it)
 * @param maxCrawlDelay      the largest Crawl-delay honoured; a site asking for more gets this much
 * @param perHostConcurrency requests in flight to one host at a time
 * @param connectTimeout     to open a connection
 * @param readTimeout        from sending a request to the response headers, and again for reading the body
 * @param maxAttempts        tries per URL (and per redirect hop) for errors that may pass: 5xx, 429, timeouts,
 *                           refused or reset connections
 * @param backoffBase        wait after the first failed try; doubled after each further one
 * @param maxBackoff         ceiling of the doubled wait
 * @param maxRetryAfter      the longest {@code Retry-After} waited for; a server asking for more gets a Failed
 *                           outcome at once, so one host cannot stall a polling round
 * @param maxPageBytes       the largest body taken (see {@link ReadLimits}); larger is refused while streaming
 * @param maxRedirects       redirect hops followed before giving up
 * @param robotsTtl          how long a fetched robots.txt is trusted (RFC 9309: at most 24 hours)
 * @param robotsErrorTtl     how long a host whose robots.txt answered 5xx (or did not answer) is left alone
 */
public record FetchPolicy(String userAgent, Duration minDelay, Duration maxCrawlDelay, int perHostConcurrency,
                          Duration connectTimeout, Duration readTimeout, int maxAttempts, Duration backoffBase,
                          Duration maxBackoff, Duration maxRetryAfter, long maxPageBytes, int maxRedirects,
                          Duration robotsTtl, Duration robotsErrorTtl) {
    /** The product token robots.txt groups are matched against. */
    public static final String ROBOT_NAME = "thoisu";
    public static final String VERSION = "0.1";

    /** robots.txt larger than this is cut here (RFC 9309 asks crawlers to parse at least 500 KiB). */
    static final int ROBOTS_MAX_BYTES = 512 * 1024;

    private static final Map<ContentKind, Set<String>> TYPES = Map.of(
            ContentKind.PAGE, Set.of("text/html", "application/xhtml+xml"),
            ContentKind.FEED, Set.of("application/rss+xml", "application/atom+xml", "application/rdf+xml",
                    "application/xml", "text/xml", "application/gzip", "application/x-gzip"));
    /** A compressed sitemap ({@code sitemap.xml.gz}) arrives as one of these; the fetcher unpacks it. */
    static final Set<String> GZIP_TYPES = Set.of("application/gzip", "application/x-gzip");
    private static final Map<ContentKind, String> ACCEPT = Map.of(
            ContentKind.PAGE, "text/html, application/xhtml+xml;q=0.9",
            ContentKind.FEED, "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9");

    public FetchPolicy {
        Objects.requireNonNull(userAgent, "userAgent");
        if (userAgent.isBlank() || !userAgent.toLowerCase(Locale.ROOT).contains(ROBOT_NAME)) {
            throw new IllegalArgumentException("the User-Agent must name thoisu, got \"" + userAgent + "\"");
        }
        for (Duration d : new Duration[]{minDelay, maxCrawlDelay, connectTimeout, readTimeout, backoffBase, maxBackoff,
                maxRetryAfter, robotsTtl, robotsErrorTtl}) {
            if (d == null || d.isNegative()) {
                throw new IllegalArgumentException("FetchPolicy durations must be present and not negative");
            }
        }
        if (connectTimeout.isZero() || readTimeout.isZero()) {
            throw new IllegalArgumentException("FetchPolicy timeouts must be positive");
        }
        if (perHostConcurrency < 1 || maxAttempts < 1 || maxPageBytes < 1 || maxRedirects < 0) {
            throw new IllegalArgumentException("FetchPolicy: perHostConcurrency, maxAttempts and maxPageBytes must be"
                    + " positive, maxRedirects not negative");
        }
    }

    /**
     * The defaults: 5 s between requests to a host, one at a time, 10 s / 30 s timeouts, 3 tries backing off from
     * 2 s, Retry-After waited up to 2 minutes, 8 MiB pages, 5 redirects.
     *
     * @param contact how the site's operator can reach whoever runs thoisu: an address or a URL, put in the
     *                User-Agent as {@code thoisu/0.1 (+mailto:…)} or {@code (+https://…)}
     */
    public static FetchPolicy defaults(String contact) {
        return new FetchPolicy(userAgentWith(contact), Duration.ofSeconds(5), Duration.ofSeconds(60), 1,
                Duration.ofSeconds(10), Duration.ofSeconds(30), 3, Duration.ofSeconds(2), Duration.ofSeconds(60),
                Duration.ofMinutes(2), ReadLimits.DEFAULT.maxDocumentBytes(), 5, Duration.ofHours(24),
                Duration.ofMinutes(30));
    }

    /** {@code thoisu/0.1 (+mailto:ops@example.org)} from an address, or {@code (+https://…)} from a URL. */
    public static String userAgentWith(String contact) {
        String c = Objects.requireNonNull(contact, "contact").strip();
        if (c.isEmpty()) {
            throw new IllegalArgumentException("a contact (e-mail address or URL) is required in the User-Agent");
        }
        String link = c.contains("://") || c.startsWith("mailto:") ? c : c.contains("@") ? "mailto:" + c : c;
        return ROBOT_NAME + "/" + VERSION + " (+" + link + ")";
    }

    public FetchPolicy withMinDelay(Duration d) {
        return new FetchPolicy(userAgent, d, maxCrawlDelay, perHostConcurrency, connectTimeout, readTimeout,
                maxAttempts, backoffBase, maxBackoff, maxRetryAfter, maxPageBytes, maxRedirects, robotsTtl,
                robotsErrorTtl);
    }

    public FetchPolicy withPerHostConcurrency(int n) {
        return new FetchPolicy(userAgent, minDelay, maxCrawlDelay, n, connectTimeout, readTimeout,
                maxAttempts, backoffBase, maxBackoff, maxRetryAfter, maxPageBytes, maxRedirects, robotsTtl,
                robotsErrorTtl);
    }

    public FetchPolicy withTimeouts(Duration connect, Duration read) {
        return new FetchPolicy(userAgent, minDelay, maxCrawlDelay, perHostConcurrency, connect, read,
                maxAttempts, backoffBase, maxBackoff, maxRetryAfter, maxPageBytes, maxRedirects, robotsTtl,
                robotsErrorTtl);
    }

    public FetchPolicy withRetries(int attempts, Duration base, Duration max) {
        return new FetchPolicy(userAgent, minDelay, maxCrawlDelay, perHostConcurrency, connectTimeout, readTimeout,
                attempts, base, max, maxRetryAfter, maxPageBytes, maxRedirects, robotsTtl, robotsErrorTtl);
    }

    public FetchPolicy withMaxRetryAfter(Duration d) {
        return new FetchPolicy(userAgent, minDelay, maxCrawlDelay, perHostConcurrency, connectTimeout, readTimeout,
                maxAttempts, backoffBase, maxBackoff, d, maxPageBytes, maxRedirects, robotsTtl, robotsErrorTtl);
    }

    public FetchPolicy withMaxPageBytes(long bytes) {
        return new FetchPolicy(userAgent, minDelay, maxCrawlDelay, perHostConcurrency, connectTimeout, readTimeout,
                maxAttempts, backoffBase, maxBackoff, maxRetryAfter, bytes, maxRedirects, robotsTtl, robotsErrorTtl);
    }

    public FetchPolicy withMaxRedirects(int n) {
        return new FetchPolicy(userAgent, minDelay, maxCrawlDelay, perHostConcurrency, connectTimeout, readTimeout,
                maxAttempts, backoffBase, maxBackoff, maxRetryAfter, maxPageBytes, n, robotsTtl, robotsErrorTtl);
    }

    /** Whether a response's media type (without parameters, any case) is taken for this kind of request. */
    public boolean accepts(ContentKind kind, String mediaType) {
        return TYPES.get(kind).contains(mediaType.strip().toLowerCase(Locale.ROOT));
    }

    /** The {@code Accept} header for this kind of request. */
    public String acceptHeader(ContentKind kind) {
        return ACCEPT.get(kind);
    }

    /** A GET as this policy sends it: its User-Agent, the read timeout, and validators when there are any. */
    java.net.http.HttpRequest request(java.net.URI uri, String accept, java.util.Optional<String> etag,
                                      java.util.Optional<String> lastModified) {
        java.net.http.HttpRequest.Builder b = java.net.http.HttpRequest.newBuilder(uri).GET()
                .timeout(readTimeout)
                .header("User-Agent", userAgent)
                .header("Accept", accept);
        etag.ifPresent(e -> b.header("If-None-Match", e));
        lastModified.ifPresent(m -> b.header("If-Modified-Since", m));
        return b.build();
    }

    /** The wait before try {@code failedTries + 1}: base, 2×base, 4×base… up to {@link #maxBackoff}. */
    Duration backoff(int failedTries) {
        long factor = 1L << Math.min(20, Math.max(0, failedTries - 1));
        Duration d = backoffBase.multipliedBy(factor);
        return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
    }
}
