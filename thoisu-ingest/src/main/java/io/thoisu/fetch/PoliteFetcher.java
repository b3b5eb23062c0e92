package io.thoisu.fetch;

import io.thoisu.archive.WarcArchive;
import io.thoisu.fetch.FetchOutcome.ArchivedAt;
import io.thoisu.fetch.FetchOutcome.Failed;
import io.thoisu.fetch.FetchOutcome.Fetched;
import io.thoisu.fetch.FetchOutcome.NotModified;
import io.thoisu.fetch.FetchOutcome.SkipReason;
import io.thoisu.fetch.FetchOutcome.Skipped;
import io.thoisu.ingest.Decoding;
import io.thoisu.ingest.HtmlCharset;
import io.thoisu.ingest.TextDecoder;
import io.thoisu.text.VietnameseNormalizer;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.netpreserve.jwarc.WarcRecord;

/**
 * The fetcher {@code thoisu watch} uses: one URL at a time, politely, and archived.
 *
 * <p>For each hop of a request (the URL, then each redirect target):
 * <ol>
 *   <li>only {@code http}/{@code https}; anything else is {@code Skipped(UNSUPPORTED_SCHEME)};</li>
 *   <li>the host's robots.txt, fetched once and kept for {@link FetchPolicy#robotsTtl()} (RFC 9309: a 4xx means no
 *       rules; a 5xx or no answer means stay away for {@link FetchPolicy#robotsErrorTtl()}). A disallowed URL is
 *       {@code Skipped(ROBOTS_DISALLOWED)} without a request. A Crawl-delay above the policy's delay slows that
 *       host down;</li>
 *   <li>the host's pace: at most {@link FetchPolicy#perHostConcurrency()} requests at once and
 *       {@link FetchPolicy#minDelay()} between their starts (robots.txt requests included);</li>
 *   <li>a GET naming thoisu in the User-Agent, with {@code If-None-Match}/{@code If-Modified-Since} when the request
 *       carries validators (304 gives {@code NotModified});</li>
 *   <li>5xx, 429, timeouts and connection errors are tried again, up to {@link FetchPolicy#maxAttempts()}, after an
 *       exponential back-off or the server's {@code Retry-After} (seconds or a date) when it gives one; 404/410 is
 *       {@code Skipped(NOT_FOUND)}; any other 4xx is {@code Failed} at once;</li>
 *   <li>redirects are followed here (the HTTP client follows none), at most {@link FetchPolicy#maxRedirects()},
 *       a URL seen before in the chain being a loop;</li>
 *   <li>the content type must suit the request's {@link ContentKind}; a declared length over
 *       {@link FetchPolicy#maxPageBytes()} is refused before the body is read, and an undeclared one is read only
 *       up to the limit, so a huge body never sits in memory;</li>
 *   <li>the body is decoded: the header's charset, else the page's own declaration, else UTF-8 if it is valid
 *       UTF-8, else windows-1258 (legacy Vietnamese pages; the result is put in NFC).</li>
 * </ol>
 *
 * <p>What is archived: each page returned as {@link Fetched} is written to the {@link WarcArchive}, before
 * {@code fetch} returns, as the responses and requests of its redirect hops, its own response and request, and a
 * metadata record with the feed's date and the outlet (see {@link ExchangeRecords}); robots.txt files that were
 * found are archived too. Not archived: 304s (the page archived earlier is still the page), error statuses,
 * refused content types and oversized bodies (nothing a re-ingest could use, and the last one only partly read).
 *
 * <p>{@link Fetched#body()} is the content after its Content-Encoding is undone (and a gzip sitemap unpacked);
 * the archive holds the bytes as they came, which {@link io.thoisu.ingest.WarcReader} undoes the same way.
 *
 * <p>Thread-safe: the caller may fetch from several threads; each host keeps its own pace.
 */
public final class PoliteFetcher implements Fetcher {
    private final FetchPolicy policy;
    private final WarcArchive archive;
    private final InstantSource clock;
    private final Sleeper sleeper;
    private final HttpClient client;
    private final BodyReader bodies;
    private final RobotsTxt robotsTxt;
    private final ConcurrentMap<String, Host> hosts = new ConcurrentHashMap<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * @param clock   the time used for pacing, robots.txt expiry, Retry-After dates and WARC dates
     * @param sleeper how the fetcher waits; pair it with the clock (a test sleeper advances a test clock)
     */
    public PoliteFetcher(FetchPolicy policy, WarcArchive archive, InstantSource clock, Sleeper sleeper) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.archive = Objects.requireNonNull(archive, "archive");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(policy.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.bodies = new BodyReader(policy.readTimeout());
        this.robotsTxt = new RobotsTxt(policy, clock, client, bodies, this::archiveQuietly);
    }

    /**
     * The fetcher for a live run: the system clock, real sleeps, and an archive of 1 GB WARC files in
     * {@code warcDir} (created if missing; files a crash left open there are closed first).
     */
    public static PoliteFetcher open(FetchPolicy policy, Path warcDir) throws IOException {
        return new PoliteFetcher(policy, WarcArchive.open(warcDir, warcinfo(policy)), InstantSource.system(),
                Sleeper.SYSTEM);
    }

    /** The fields of each WARC file's warcinfo record. */
    public static Map<String, String> warcinfo(FetchPolicy policy) {
        Map<String, String> info = new LinkedHashMap<>();
        info.put("software", FetchPolicy.ROBOT_NAME + "/" + FetchPolicy.VERSION);
        info.put("format", "WARC File Format 1.1");
        info.put("http-header-user-agent", policy.userAgent());
        info.put("robots", "obey");
        info.put("description", "pages fetched by thoisu watch; metadata records carry the feed's date and outlet");
        return info;
    }

    public FetchPolicy policy() {
        return policy;
    }

    @Override
    public FetchOutcome fetch(FetchRequest request) throws InterruptedException {
        if (closed.get()) {
            throw new IllegalStateException("the fetcher is closed");
        }
        URI uri = withoutFragment(request.uri());
        if (!isHttp(uri)) {
            return new Skipped(request.uri(), SkipReason.UNSUPPORTED_SCHEME, "only http and https are fetched");
        }
        List<URI> passedThrough = new ArrayList<>();
        List<Answer> hops = new ArrayList<>();
        Set<URI> seen = new HashSet<>();
        seen.add(uri);
        while (true) {
            Hop hop = exchange(request, uri, passedThrough.isEmpty());
            switch (hop) {
                case Hop.Ended(FetchOutcome outcome) -> {
                    return outcome;
                }
                case Hop.Unchanged(Instant at) -> {
                    return new NotModified(request.uri(), at);
                }
                case Hop.Moved(Answer answer, URI location) -> {
                    if (!seen.add(location)) {
                        return new Skipped(request.uri(), SkipReason.REDIRECT_LOOP,
                                uri + " redirects back to " + location);
                    }
                    if (passedThrough.size() >= policy.maxRedirects()) {
                        return new Skipped(request.uri(), SkipReason.TOO_MANY_REDIRECTS,
                                "more than " + policy.maxRedirects() + " redirects");
                    }
                    if (!isHttp(location)) {
                        return new Skipped(request.uri(), SkipReason.UNSUPPORTED_SCHEME,
                                uri + " redirects to " + location);
                    }
                    passedThrough.add(uri);
                    hops.add(answer);
                    uri = location;
                }
                case Hop.Got(Answer answer) -> {
                    return fetched(request, answer, passedThrough, hops);
                }
            }
        }
    }

    @Override
    public Optional<Path> rollArchive() {
        return archive.roll();
    }

    /**
     * Rolls the archive and returns every WARC file completed since the last call, oldest first: those rolled for
     * size during the round as well as the one just rolled. This is what a polling loop ingests after each round.
     */
    public List<Path> rollArchives() {
        archive.roll();
        return archive.takeClosed();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                archive.close();
            } finally {
                bodies.close();
                client.shutdownNow();
            }
        }
    }

    // ---- one hop ------------------------------------------------------------------------------------------------

    private sealed interface Hop {
        record Got(Answer answer) implements Hop {
        }

        record Moved(Answer answer, URI location) implements Hop {
        }

        record Unchanged(Instant at) implements Hop {
        }

        record Ended(FetchOutcome outcome) implements Hop {
        }
    }

    private Hop exchange(FetchRequest request, URI uri, boolean first) throws InterruptedException {
        Host host = host(uri);
        host.pace.enter();
        try {
            RobotsVerdict robots = robotsTxt.verdict(host, uri);
            if (!robots.allows(uri.toString())) {
                return new Hop.Ended(new Skipped(request.uri(), SkipReason.ROBOTS_DISALLOWED,
                        uri + " is disallowed: " + robots.reason()));
            }
            return withRetries(request, uri, first, host);
        } finally {
            host.pace.leave();
        }
    }

    private Hop withRetries(FetchRequest request, URI uri, boolean first, Host host) throws InterruptedException {
        int status = 0;
        String message = "";
        for (int attempt = 1; ; attempt++) {
            host.pace.awaitTurn();
            Instant at = clock.instant();
            HttpRequest sent = policy.request(uri, policy.acceptHeader(request.kind()),
                    first ? request.etag() : Optional.empty(), first ? request.lastModified() : Optional.empty());
            Duration wait;
            try {
                HttpResponse<InputStream> response = client.send(sent, HttpResponse.BodyHandlers.ofInputStream());
                status = response.statusCode();
                try (InputStream in = response.body()) {
                    if (status >= 200 && status < 300) {
                        return taken(request, uri, response, in, at);
                    }
                    if (status == 304) {
                        return new Hop.Unchanged(at);
                    }
                    if (status >= 300 && status < 400) {
                        return moved(request, uri, response, at, attempt);
                    }
                    if (status == 404 || status == 410) {
                        return new Hop.Ended(new Skipped(request.uri(), SkipReason.NOT_FOUND,
                                "HTTP " + status + " for " + uri));
                    }
                    message = "HTTP " + status + " for " + uri;
                    if (status != 429 && status < 500) {
                        return new Hop.Ended(new Failed(request.uri(), status, message, attempt));
                    }
                    Optional<Duration> asked = RetryAfter.in(response.headers(), clock.instant());
                    if (asked.isPresent() && asked.get().compareTo(policy.maxRetryAfter()) > 0) {
                        return new Hop.Ended(new Failed(request.uri(), status, message + ": Retry-After of "
                                + asked.get().toSeconds() + " s is longer than the " + policy.maxRetryAfter().toSeconds()
                                + " s this fetcher waits", attempt, asked));
                    }
                    int failed = attempt;
                    wait = asked.orElseGet(() -> policy.backoff(failed));
                }
            } catch (HttpTimeoutException e) {
                status = 0;
                message = "timed out fetching " + uri + ": " + e.getMessage();
                wait = policy.backoff(attempt);
            } catch (IOException e) {
                status = 0;
                message = "connection failed for " + uri + ": " + describe(e);
                wait = policy.backoff(attempt);
            } catch (IllegalArgumentException e) {
                // An address the HTTP client will not send to: no second try will change that.
                return new Hop.Ended(new Failed(request.uri(), 0, "cannot request " + uri + ": " + describe(e),
                        attempt));
            }
            if (attempt >= policy.maxAttempts()) {
                return new Hop.Ended(new Failed(request.uri(), status, message, attempt));
            }
            host.pace.holdOff(wait);
        }
    }

    /** A 2xx: checked for type and size, read up to the limit. */
    private Hop taken(FetchRequest request, URI uri, HttpResponse<InputStream> response, InputStream in, Instant at)
            throws IOException {
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        String mediaType = contentType.split(";", 2)[0];
        if (!policy.accepts(request.kind(), mediaType)) {
            return new Hop.Ended(new Skipped(request.uri(), SkipReason.CONTENT_TYPE,
                    (contentType.isBlank() ? "no content type" : "content type " + contentType) + " at " + uri
                            + " is not what a " + request.kind().name().toLowerCase(Locale.ROOT) + " request takes"));
        }
        OptionalLong declared = response.headers().firstValueAsLong("Content-Length");
        if (declared.isPresent() && declared.getAsLong() > policy.maxPageBytes()) {
            return new Hop.Ended(tooLarge(request, uri, "declares " + declared.getAsLong() + " bytes"));
        }
        byte[] body = bodies.read(in, policy.maxPageBytes());
        if (body == null) {
            return new Hop.Ended(tooLarge(request, uri, "sent more than that; reading stopped at the limit"));
        }
        return new Hop.Got(new Answer(uri, response.statusCode(), response.headers(), body, at, response.request()));
    }

    private Skipped tooLarge(FetchRequest request, URI uri, String what) {
        return new Skipped(request.uri(), SkipReason.TOO_LARGE,
                uri + " is over the " + policy.maxPageBytes() + "-byte page limit: it " + what);
    }

    private Hop moved(FetchRequest request, URI uri, HttpResponse<InputStream> response, Instant at, int attempt) {
        Optional<String> location = response.headers().firstValue("Location");
        int status = response.statusCode();
        if (location.isEmpty() || location.get().isBlank()) {
            return new Hop.Ended(new Failed(request.uri(), status, "HTTP " + status + " without a Location at " + uri,
                    attempt));
        }
        try {
            URI target = withoutFragment(uri.resolve(new URI(location.get().strip())));
            return new Hop.Moved(new Answer(uri, status, response.headers(), new byte[0], at, response.request()),
                    target);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return new Hop.Ended(new Failed(request.uri(), status, "HTTP " + status + " to an unusable Location \""
                    + location.get() + "\" at " + uri, attempt));
        }
    }

    // ---- the page ------------------------------------------------------------------------------------------------

    private FetchOutcome fetched(FetchRequest request, Answer answer, List<URI> passedThrough, List<Answer> hops) {
        String contentType = answer.headers().firstValue("Content-Type").orElse("");
        byte[] content;
        try {
            content = decodedContent(answer);
        } catch (IOException e) {
            return new Failed(request.uri(), answer.status(), "could not unpack the gzip body of " + answer.uri()
                    + ": " + describe(e), 1);
        }
        if (content == null) {
            return tooLarge(request, answer.uri(), "inflates past the limit");
        }
        Charset charset = HtmlCharset.detect(content, charsetParameter(contentType));
        String text = switch (TextDecoder.decodePage(content, charset)) {
            case Decoding.Text(String t) -> t;
            // Bad bytes in a page that says what it is in: keep the page (it is archived as it came), mark them.
            case Decoding.Failure ignored -> new String(content, charset);
        };
        if (charset.equals(HtmlCharset.WINDOWS_1258)) {
            text = VietnameseNormalizer.nfc(text); // the code page writes tone marks as separate characters
        }
        ArchivedAt at;
        try {
            List<WarcRecord> group = new ArrayList<>();
            for (Answer redirect : hops) {
                group.addAll(records(redirect));
            }
            List<WarcRecord> own = records(answer);
            int primary = group.size();
            group.addAll(own);
            group.add(ExchangeRecords.metadata(request, answer.uri(), answer.at(), charset.name(),
                    own.getFirst().id()));
            WarcArchive.Position p = archive.write(group, primary);
            at = new ArchivedAt(p.file().toString(), p.offset());
        } catch (IOException | RuntimeException e) {
            // Nothing is handed on that the archive does not hold: a re-ingest must see what the live run saw.
            return new Failed(request.uri(), answer.status(), "fetched " + answer.uri()
                    + " but could not archive it: " + describe(e), 1);
        }
        return new Fetched(request.uri(), answer.uri(), passedThrough, answer.status(), contentType, charset.name(),
                content, text, answer.headers().firstValue("ETag"),
                answer.headers().firstValue("Last-Modified"), answer.at(), at);
    }

    /**
     * The body without its Content-Encoding (gzip), and a gzip file (a compressed sitemap) unpacked, still within
     * the size limit; null when it grows past it.
     */
    private byte[] decodedContent(Answer answer) throws IOException {
        String encoding = answer.headers().firstValue("Content-Encoding").orElse("identity")
                .strip().toLowerCase(Locale.ROOT);
        byte[] content = answer.body();
        if (encoding.equals("gzip") || encoding.equals("x-gzip")) {
            content = BodyReader.gunzip(content, policy.maxPageBytes());
        }
        String mediaType = answer.headers().firstValue("Content-Type").orElse("").split(";", 2)[0]
                .strip().toLowerCase(Locale.ROOT);
        if (content != null && FetchPolicy.GZIP_TYPES.contains(mediaType)) {
            content = BodyReader.gunzip(content, policy.maxPageBytes());
        }
        return content;
    }

    /** A robots.txt is archived for the record of what the crawl obeyed; failing to is no reason not to crawl. */
    private void archiveQuietly(Answer answer) {
        try {
            archive.write(records(answer), 0);
        } catch (IOException | RuntimeException ignored) {
            // the pages themselves are archived or not fetched at all; this file is only provenance
        }
    }

    private List<WarcRecord> records(Answer answer) {
        try {
            return ExchangeRecords.exchange(answer.uri(), answer.at(), answer.status(), answer.headers(),
                    answer.body(), answer.sent());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    // ---- small things ----------------------------------------------------------------------------------------------

    private Host host(URI uri) {
        String key = uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT);
        return hosts.computeIfAbsent(key, k -> new Host(new HostPace(policy.perHostConcurrency(), policy.minDelay(),
                clock, sleeper)));
    }

    static boolean isHttp(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && uri.getRawAuthority() != null;
    }

    private static URI withoutFragment(URI uri) {
        if (uri.getRawFragment() == null) {
            return uri;
        }
        String s = uri.toString();
        return URI.create(s.substring(0, s.indexOf('#')));
    }

    private static Optional<String> charsetParameter(String contentType) {
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String v = p.substring("charset=".length()).strip().replace("\"", "").replace("'", "");
                return v.isEmpty() ? Optional.empty() : Optional.of(v);
            }
        }
        return Optional.empty();
    }

    static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": "
                + e.getMessage();
    }
}
