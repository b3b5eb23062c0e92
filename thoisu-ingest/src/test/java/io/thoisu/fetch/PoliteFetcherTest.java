package io.thoisu.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.archive.WarcArchive;
import io.thoisu.fetch.FetchOutcome.Failed;
import io.thoisu.fetch.FetchOutcome.Fetched;
import io.thoisu.fetch.FetchOutcome.NotModified;
import io.thoisu.fetch.FetchOutcome.SkipReason;
import io.thoisu.fetch.FetchOutcome.Skipped;
import io.thoisu.fetch.LoopbackSite.Hit;
import io.thoisu.text.VietnameseNormalizer;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PoliteFetcherTest {
    private static final Instant T0 = Instant.parse("2026-11-21T00:00:00Z");
    private static final Duration DELAY = Duration.ofSeconds(3);

    @TempDir
    Path warcDir;

    private SteppingClock clock;
    private LoopbackSite site;
    private final List<AutoCloseable> open = new ArrayList<>();

    @BeforeEach
    void startSite() throws IOException {
        clock = new SteppingClock(T0);
        site = LoopbackSite.start(clock);
        open.add(site);
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : open.reversed()) {
            c.close();
        }
    }

    private static FetchPolicy policy() {
        return FetchPolicy.defaults("ops@thoisu.example")
                .withMinDelay(DELAY)
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10))
                .withRetries(3, Duration.ofSeconds(2), Duration.ofSeconds(60));
    }

    private PoliteFetcher fetcher(FetchPolicy policy) throws IOException {
        WarcArchive archive = new WarcArchive(warcDir, WarcArchive.DEFAULT_MAX_FILE_BYTES, clock,
                PoliteFetcher.warcinfo(policy));
        PoliteFetcher f = new PoliteFetcher(policy, archive, clock, clock);
        open.add(f);
        return f;
    }

    private PoliteFetcher fetcher() throws IOException {
        return fetcher(policy());
    }

    private FetchOutcome get(PoliteFetcher f, String path) throws InterruptedException {
        return f.fetch(FetchRequest.of(site.uri(path), "test"));
    }

    private static List<Duration> gaps(List<Hit> hits) {
        List<Duration> gaps = new ArrayList<>();
        for (int i = 1; i < hits.size(); i++) {
            gaps.add(Duration.between(hits.get(i - 1).at(), hits.get(i).at()));
        }
        return gaps;
    }

    // ---- what is fetched, in which order, at which pace ----------------------------------------------------------

    @Test
    void fetchesRobotsFirstThenThePagesPacedPerHostNamingThoisu() throws Exception {
        site.robots("User-agent: *\nDisallow: /rieng/\n")
                .page("/thoi-su/lu", FixturePages.FLOOD)
                .page("/kinh-te/lua", FixturePages.MARKET)
                .page("/thoi-su/lu-2", FixturePages.FLOOD);
        PoliteFetcher f = fetcher();

        FetchOutcome first = get(f, "/thoi-su/lu");
        get(f, "/kinh-te/lua");
        get(f, "/thoi-su/lu-2");

        assertThat(first).isInstanceOfSatisfying(Fetched.class, p -> {
            assertThat(p.status()).isEqualTo(200);
            assertThat(p.charset()).isEqualTo("UTF-8");
            assertThat(p.text()).contains(FixturePages.FLOOD_SENTENCE);
            assertThat(p.redirects()).isEmpty();
        });
        assertThat(site.paths()).containsExactly("/robots.txt", "/thoi-su/lu", "/kinh-te/lua", "/thoi-su/lu-2");
        // Start to start, on the test clock: the robots.txt request counts like any other.
        assertThat(gaps(site.hits())).containsExactly(DELAY, DELAY, DELAY);
        assertThat(site.hits()).allSatisfy(h -> assertThat(h.header("User-Agent"))
                .hasValueSatisfying(ua -> assertThat(ua).startsWith("thoisu/0.1").contains("+mailto:ops@thoisu.example")));
        assertThat(site.hitsTo("/thoi-su/lu").getFirst().header("Accept")).hasValueSatisfying(a ->
                assertThat(a).contains("text/html").doesNotContain("rss"));
    }

    @Test
    void anotherHostKeepsItsOwnPace() throws Exception {
        try (LoopbackSite other = LoopbackSite.start(clock)) {
            site.robots("").page("/a", FixturePages.FLOOD).page("/b", FixturePages.FLOOD);
            other.robots("").page("/c", FixturePages.MARKET);
            PoliteFetcher f = fetcher();
            get(f, "/a");
            Instant afterA = clock.instant();
            assertThat(f.fetch(FetchRequest.of(other.uri("/c"), "test"))).isInstanceOf(Fetched.class);
            // The other host's robots.txt and page wait for each other, not for the first host.
            assertThat(other.hits().getFirst().at()).isEqualTo(afterA);
            assertThat(gaps(other.hits())).containsExactly(DELAY);
            get(f, "/b");
            assertThat(gaps(site.hits())).allSatisfy(g -> assertThat(g).isGreaterThanOrEqualTo(DELAY));
        }
    }

    @Test
    void aLargerCrawlDelayInRobotsTxtSlowsThatHostDown() throws Exception {
        site.robots("User-agent: thoisu\nCrawl-delay: 10\nDisallow:\n")
                .page("/1", FixturePages.FLOOD).page("/2", FixturePages.FLOOD).page("/3", FixturePages.FLOOD);
        PoliteFetcher f = fetcher();
        get(f, "/1");
        get(f, "/2");
        get(f, "/3");
        // robots.txt went out at the policy's pace; after it was read, the site's 10 seconds.
        assertThat(gaps(site.hits())).containsExactly(DELAY, Duration.ofSeconds(10), Duration.ofSeconds(10));
    }

    @Test
    void robotsTxtIsFetchedOnceAndDisallowedPagesAreNeverRequested() throws Exception {
        site.robots("User-agent: *\nDisallow: /tim-kiem\n\nUser-agent: thoisu\nDisallow: /rieng/\n")
                .page("/rieng/noi-bo", FixturePages.FLOOD)
                .page("/tim-kiem", FixturePages.FLOOD)
                .page("/cong-khai", FixturePages.FLOOD);
        PoliteFetcher f = fetcher();

        FetchOutcome hidden = get(f, "/rieng/noi-bo");
        FetchOutcome search = get(f, "/tim-kiem");
        FetchOutcome open = get(f, "/cong-khai");

        assertThat(hidden).isInstanceOfSatisfying(Skipped.class, s -> {
            assertThat(s.reason()).isEqualTo(SkipReason.ROBOTS_DISALLOWED);
            assertThat(s.detail()).contains("/rieng/noi-bo").contains("robots.txt");
        });
        // The group for thoisu replaces the * group (RFC 9309): /tim-kiem is open to thoisu.
        assertThat(search).isInstanceOf(Fetched.class);
        assertThat(open).isInstanceOf(Fetched.class);
        assertThat(site.paths()).containsExactly("/robots.txt", "/tim-kiem", "/cong-khai");
    }

    @Test
    void noRobotsTxtAllowsEverything() throws Exception {
        site.page("/bai-1", FixturePages.FLOOD);
        assertThat(get(fetcher(), "/bai-1")).isInstanceOf(Fetched.class);
        assertThat(site.paths()).containsExactly("/robots.txt", "/bai-1");
    }

    @Test
    void aRobotsTxtServerErrorKeepsTheFetcherAwayForAWhileThenAsksAgain() throws Exception {
        site.sequence("/robots.txt", LoopbackSite.status(503, Map.of()),
                        LoopbackSite.body(200, "text/plain", "User-agent: *\nDisallow:\n".getBytes(StandardCharsets.UTF_8)))
                .page("/bai-1", FixturePages.FLOOD);
        FetchPolicy policy = policy();
        PoliteFetcher f = fetcher(policy);

        assertThat(get(f, "/bai-1")).isInstanceOfSatisfying(Skipped.class, s -> {
            assertThat(s.reason()).isEqualTo(SkipReason.ROBOTS_DISALLOWED);
            assertThat(s.detail()).contains("503").contains("left alone until");
        });
        clock.advance(policy.robotsErrorTtl().minusMinutes(1));
        assertThat(get(f, "/bai-1")).isInstanceOf(Skipped.class);
        assertThat(site.paths()).containsExactly("/robots.txt");

        clock.advance(Duration.ofMinutes(2));
        assertThat(get(f, "/bai-1")).isInstanceOf(Fetched.class);
        assertThat(site.paths()).containsExactly("/robots.txt", "/robots.txt", "/bai-1");
    }

    // ---- conditional GETs ------------------------------------------------------------------------------------------

    @Test
    void aConditionalGetWithTheEarlierValidatorsGivesNotModified() throws Exception {
        String lastModified = "Fri, 20 Nov 2026 08:00:00 GMT";
        site.robots("").validated("/thoi-su/lu", FixturePages.FLOOD, "\"v7\"", lastModified);
        PoliteFetcher f = fetcher();
        FetchRequest first = FetchRequest.of(site.uri("/thoi-su/lu"), "test");

        Fetched fetched = (Fetched) f.fetch(first);
        assertThat(fetched.etag()).hasValue("\"v7\"");
        assertThat(fetched.lastModified()).hasValue(lastModified);

        FetchOutcome again = f.fetch(first.ifChangedSince(fetched.etag(), fetched.lastModified()));
        assertThat(again).isInstanceOfSatisfying(NotModified.class,
                n -> assertThat(n.requested()).isEqualTo(first.uri()));
        Hit conditional = site.hitsTo("/thoi-su/lu").get(1);
        assertThat(conditional.header("If-None-Match")).hasValue("\"v7\"");
        assertThat(conditional.header("If-Modified-Since")).hasValue(lastModified);
        assertThat(site.hitsTo("/thoi-su/lu").getFirst().header("If-None-Match")).isEmpty();
    }

    // ---- retries ---------------------------------------------------------------------------------------------------

    @Test
    void serverErrorsAreTriedAgainWithAGrowingBackOff() throws Exception {
        site.robots("").sequence("/thoi-su/lu", LoopbackSite.status(500, Map.of()), LoopbackSite.status(502, Map.of()),
                LoopbackSite.body(200, "text/html; charset=utf-8", FixturePages.FLOOD.getBytes(StandardCharsets.UTF_8)));
        assertThat(get(fetcher(), "/thoi-su/lu")).isInstanceOf(Fetched.class);
        // 2 s after the first failure, 4 s after the second (both above the 3 s pace where it matters).
        assertThat(gaps(site.hitsTo("/thoi-su/lu"))).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(4));
    }

    @Test
    void aServerThatKeepsFailingEndsInFailedAfterTheLastAttempt() throws Exception {
        site.robots("").route("/hong", LoopbackSite.status(500, Map.of()));
        FetchOutcome outcome = get(fetcher(policy().withMinDelay(Duration.ofMillis(500))), "/hong");
        assertThat(outcome).isInstanceOfSatisfying(Failed.class, x -> {
            assertThat(x.status()).isEqualTo(500);
            assertThat(x.attempts()).isEqualTo(3);
            assertThat(x.message()).contains("HTTP 500");
        });
        assertThat(gaps(site.hitsTo("/hong"))).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4));
    }

    @Test
    void retryAfterInSecondsOrAsADateIsHonoured() throws Exception {
        site.robots("")
                .sequence("/ban", LoopbackSite.status(429, Map.of("Retry-After", "7")),
                        LoopbackSite.body(200, "text/html", FixturePages.FLOOD.getBytes(StandardCharsets.UTF_8)));
        PoliteFetcher f = fetcher();
        assertThat(get(f, "/ban")).isInstanceOf(Fetched.class);
        assertThat(gaps(site.hitsTo("/ban"))).containsExactly(Duration.ofSeconds(7));

        // The date is computed when the server answers: 20 s after the request arrives on the test clock.
        Instant next = clock.instant().plus(DELAY).plusSeconds(20);
        site.sequence("/bao-tri", LoopbackSite.status(503, Map.of("Retry-After",
                        DateTimeFormatter.RFC_1123_DATE_TIME.format(next.atOffset(ZoneOffset.UTC)))),
                LoopbackSite.body(200, "text/html", FixturePages.MARKET.getBytes(StandardCharsets.UTF_8)));
        assertThat(get(f, "/bao-tri")).isInstanceOf(Fetched.class);
        assertThat(gaps(site.hitsTo("/bao-tri"))).containsExactly(Duration.ofSeconds(20));
    }

    @Test
    void aRetryAfterLongerThanThePolicyWaitsFailsAtOnce() throws Exception {
        site.robots("").route("/ban", LoopbackSite.status(429, Map.of("Retry-After", "3600")));
        Instant before = clock.instant();
        FetchOutcome outcome = get(fetcher(), "/ban");
        assertThat(outcome).isInstanceOfSatisfying(Failed.class, x -> {
            assertThat(x.status()).isEqualTo(429);
            assertThat(x.attempts()).isEqualTo(1);
            assertThat(x.message()).contains("Retry-After of 3600 s");
            assertThat(x.retryAfter()).as("the wait asked, for the poller").contains(Duration.ofHours(1));
        });
        assertThat(site.hitsTo("/ban")).hasSize(1);
        assertThat(Duration.between(before, clock.instant())).isLessThan(Duration.ofMinutes(1));
    }

    @Test
    void goneAndMissingPagesAreSkippedOtherClientErrorsFailWithoutRetry() throws Exception {
        site.robots("").route("/mat", LoopbackSite.status(410, Map.of())).route("/cam", LoopbackSite.status(403, Map.of()));
        PoliteFetcher f = fetcher();
        assertThat(get(f, "/khong-co")).isInstanceOfSatisfying(Skipped.class,
                s -> assertThat(s.reason()).isEqualTo(SkipReason.NOT_FOUND));
        assertThat(get(f, "/mat")).isInstanceOfSatisfying(Skipped.class,
                s -> assertThat(s.reason()).isEqualTo(SkipReason.NOT_FOUND));
        assertThat(get(f, "/cam")).isInstanceOfSatisfying(Failed.class, x -> {
            assertThat(x.status()).isEqualTo(403);
            assertThat(x.attempts()).isEqualTo(1);
        });
        assertThat(site.paths()).containsExactly("/robots.txt", "/khong-co", "/mat", "/cam");
    }

    @Test
    void aResponseThatDoesNotComeInTimeIsTriedAgainThenFails() throws Exception {
        // Timeouts are wall time by nature: a second is far above what a loopback answer takes, even on a busy
        // machine, and far below the stall.
        site.robots("").route("/cham", LoopbackSite.stalled(Duration.ofSeconds(20),
                LoopbackSite.body(200, "text/html", FixturePages.FLOOD.getBytes(StandardCharsets.UTF_8))));
        FetchPolicy quick = policy().withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(1))
                .withRetries(2, Duration.ofSeconds(2), Duration.ofSeconds(60));
        FetchOutcome outcome = get(fetcher(quick), "/cham");
        assertThat(outcome).isInstanceOfSatisfying(Failed.class, x -> {
            assertThat(x.status()).isZero();
            assertThat(x.attempts()).isEqualTo(2);
            assertThat(x.message()).contains("timed out");
        });
        assertThat(site.hitsTo("/cham")).hasSize(2);
    }

    @Test
    void aBodyThatStopsHalfWayIsCutOffAtTheReadTimeout() throws Exception {
        byte[] html = FixturePages.FLOOD.getBytes(StandardCharsets.UTF_8);
        site.robots("").route("/dut", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, html.length);
            exchange.getResponseBody().write(html, 0, html.length / 2);
            exchange.getResponseBody().flush();
            try {
                Thread.sleep(20_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        FetchPolicy quick = policy().withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(1))
                .withRetries(2, Duration.ofSeconds(1), Duration.ofSeconds(60));
        assertThat(get(fetcher(quick), "/dut")).isInstanceOfSatisfying(Failed.class, x -> {
            assertThat(x.attempts()).isEqualTo(2);
            assertThat(x.message()).contains("timed out").contains("body not received");
        });
    }

    @Test
    void aGzippedBodyIsTakenDecodedAndArchivedAsItCame() throws Exception {
        java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
        try (var gz = new java.util.zip.GZIPOutputStream(zipped)) {
            gz.write(FixturePages.MARKET.getBytes(StandardCharsets.UTF_8));
        }
        byte[] body = zipped.toByteArray();
        site.robots("").route("/nen", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        });
        PoliteFetcher f = fetcher();
        assertThat(get(f, "/nen")).isInstanceOfSatisfying(Fetched.class,
                p -> assertThat(p.text()).contains(FixturePages.MARKET_SENTENCE));
        assertThat(site.hitsTo("/nen").getFirst().header("Accept-Encoding")).isEmpty();
        var read = new io.thoisu.ingest.WarcReader().read(f.rollArchive().orElseThrow());
        assertThat(read.documents()).singleElement()
                .satisfies(d -> assertThat(d.text()).contains(FixturePages.MARKET_SENTENCE));
    }

    @Test
    void aCompressedSitemapIsUnpackedForAFeedRequest() throws Exception {
        String sitemap = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset><url><loc>"
                + site.uri("/thoi-su/lu") + "</loc></url></urlset>";
        java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
        try (var gz = new java.util.zip.GZIPOutputStream(zipped)) {
            gz.write(sitemap.getBytes(StandardCharsets.UTF_8));
        }
        site.robots("").route("/sitemap.xml.gz", LoopbackSite.body(200, "application/x-gzip", zipped.toByteArray()));
        PoliteFetcher f = fetcher();
        assertThat(f.fetch(FetchRequest.feed(site.uri("/sitemap.xml.gz"), "sitemap")))
                .isInstanceOfSatisfying(Fetched.class, p -> {
                    assertThat(p.text()).isEqualTo(sitemap);
                    assertThat(p.contentType()).isEqualTo("application/x-gzip");
                });
        assertThat(get(f, "/sitemap.xml.gz")).isInstanceOfSatisfying(Skipped.class,
                s -> assertThat(s.reason()).isEqualTo(SkipReason.CONTENT_TYPE));
    }

    @Test
    void aHigherPerHostConcurrencyLetsThatManyRequestsOverlap() throws Exception {
        for (int i = 0; i < 6; i++) {
            site.route("/song-song-" + i, site.held(Duration.ofMillis(150),
                    LoopbackSite.body(200, "text/html", FixturePages.FLOOD.getBytes(StandardCharsets.UTF_8))));
        }
        site.robots("");
        PoliteFetcher f = fetcher(policy().withMinDelay(Duration.ZERO).withPerHostConcurrency(2));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<FetchOutcome>> all = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String path = "/song-song-" + i;
                all.add(pool.submit(() -> get(f, path)));
            }
            for (var outcome : all) {
                assertThat(outcome.get()).isInstanceOf(Fetched.class);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(site.maxInFlight()).isBetween(1, 2);
    }

    @Test
    void aConnectionDroppedWithoutAnAnswerIsTriedAgain() throws Exception {
        site.robots("").sequence("/rot", exchange -> {
            exchange.getHttpContext().getServer(); // answer nothing: the exchange is closed with no response
            throw new IOException("dropped");
        }, LoopbackSite.body(200, "text/html", FixturePages.FLOOD.getBytes(StandardCharsets.UTF_8)));
        assertThat(get(fetcher(), "/rot")).isInstanceOf(Fetched.class);
        assertThat(site.hitsTo("/rot")).hasSize(2);
    }

    @Test
    void anUnreachableHostIsLeftAloneSinceItsRobotsTxtCannotBeRead() throws Exception {
        URI closed;
        try (LoopbackSite gone = LoopbackSite.start(clock)) {
            closed = gone.uri("/bai");
        }
        FetchOutcome outcome = fetcher().fetch(FetchRequest.of(closed, "test"));
        // robots.txt could not be fetched either: the host is treated as unavailable and left alone.
        assertThat(outcome).isInstanceOfSatisfying(Skipped.class, s -> {
            assertThat(s.reason()).isEqualTo(SkipReason.ROBOTS_DISALLOWED);
            assertThat(s.detail()).contains("could not be fetched");
        });
    }

    // ---- redirects -------------------------------------------------------------------------------------------------

    @Test
    void redirectsAreFollowedAndListed() throws Exception {
        site.robots("").redirect("/cu", "/tam").redirect("/tam", site.uri("/moi").toString())
                .page("/moi", FixturePages.FLOOD);
        FetchOutcome outcome = get(fetcher(), "/cu");
        assertThat(outcome).isInstanceOfSatisfying(Fetched.class, p -> {
            assertThat(p.requested()).isEqualTo(site.uri("/cu"));
            assertThat(p.finalUri()).isEqualTo(site.uri("/moi"));
            assertThat(p.redirects()).containsExactly(site.uri("/cu"), site.uri("/tam"));
        });
        assertThat(site.paths()).containsExactly("/robots.txt", "/cu", "/tam", "/moi");
        assertThat(gaps(site.hits())).containsOnly(DELAY);
    }

    @Test
    void aRedirectLoopAndAnEndlessChainAreSkipped() throws Exception {
        site.robots("").redirect("/vong-1", "/vong-2").redirect("/vong-2", "/vong-1");
        for (int i = 0; i < 8; i++) {
            site.redirect("/chuoi-" + i, "/chuoi-" + (i + 1));
        }
        PoliteFetcher f = fetcher();
        assertThat(get(f, "/vong-1")).isInstanceOfSatisfying(Skipped.class,
                s -> assertThat(s.reason()).isEqualTo(SkipReason.REDIRECT_LOOP));
        assertThat(site.paths()).containsExactly("/robots.txt", "/vong-1", "/vong-2");

        assertThat(get(f, "/chuoi-0")).isInstanceOfSatisfying(Skipped.class,
                s -> assertThat(s.reason()).isEqualTo(SkipReason.TOO_MANY_REDIRECTS));
        // The policy follows 5 redirects: /chuoi-0 and the five it led to were asked for, no more.
        assertThat(site.paths().stream().filter(p -> p.startsWith("/chuoi-")))
                .containsExactly("/chuoi-0", "/chuoi-1", "/chuoi-2", "/chuoi-3", "/chuoi-4", "/chuoi-5");
    }

    @Test
    void robotsTxtIsCheckedAgainForEachHop() throws Exception {
        try (LoopbackSite other = LoopbackSite.start(clock)) {
            other.robots("User-agent: *\nDisallow: /an/\n").page("/an/bai", FixturePages.FLOOD)
                    .page("/mo/bai", FixturePages.FLOOD);
            site.robots("").redirect("/sang-an", other.uri("/an/bai").toString())
                    .redirect("/sang-mo", other.uri("/mo/bai").toString());
            PoliteFetcher f = fetcher();
            assertThat(get(f, "/sang-an")).isInstanceOfSatisfying(Skipped.class,
                    s -> assertThat(s.reason()).isEqualTo(SkipReason.ROBOTS_DISALLOWED));
            assertThat(get(f, "/sang-mo")).isInstanceOfSatisfying(Fetched.class,
                    p -> assertThat(p.finalUri()).isEqualTo(other.uri("/mo/bai")));
            assertThat(other.paths()).containsExactly("/robots.txt", "/mo/bai");
        }
    }

    // ---- size, type, charset ---------------------------------------------------------------------------------------

    @Test
    void aFiftyMegabytePageIsRefusedWithoutBeingRead() throws Exception {
        long fifty = 50L * 1024 * 1024;
        AtomicLong declaredSent = new AtomicLong();
        AtomicLong streamedSent = new AtomicLong();
        site.robots("").route("/lon-khai", LoopbackSite.huge(fifty, true, declaredSent))
                .route("/lon-ngam", LoopbackSite.huge(fifty, false, streamedSent));
        PoliteFetcher f = fetcher();

        assertThat(get(f, "/lon-khai")).isInstanceOfSatisfying(Skipped.class, s -> {
            assertThat(s.reason()).isEqualTo(SkipReason.TOO_LARGE);
            assertThat(s.detail()).contains("declares " + fifty);
        });
        assertThat(get(f, "/lon-ngam")).isInstanceOfSatisfying(Skipped.class, s -> {
            assertThat(s.reason()).isEqualTo(SkipReason.TOO_LARGE);
            assertThat(s.detail()).contains("reading stopped at the limit");
        });
        // The client hung up at the limit: the generator never got to write anything like 50 MB.
        assertThat(streamedSent.get()).isLessThan(fifty / 2);
        assertThat(declaredSent.get()).isLessThan(fifty / 2);
        // Nothing of them was archived (robots.txt was: it is part of the record of the crawl).
        Path warc = f.rollArchive().orElseThrow();
        assertThat(ArchiveContents.of(warc)).extracting(ArchiveContents.Entry::target)
                .noneMatch(t -> t.contains("/lon-"))
                .anyMatch(t -> t.endsWith("/robots.txt"));
    }

    @Test
    void aPageUnderTheLimitWithAnUndeclaredLengthIsTaken() throws Exception {
        AtomicLong sent = new AtomicLong();
        site.robots("").route("/vua", LoopbackSite.huge(300_000, false, sent));
        PoliteFetcher f = fetcher(policy().withMaxPageBytes(300_000));
        assertThat(get(f, "/vua")).isInstanceOfSatisfying(Fetched.class,
                p -> assertThat(p.body()).hasSize(300_000));
    }

    @Test
    void contentTypesAreCheckedForTheKindOfRequest() throws Exception {
        site.robots("")
                .route("/anh.png", LoopbackSite.body(200, "image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G'}))
                .route("/rss", LoopbackSite.body(200, "application/rss+xml; charset=utf-8",
                        FixturePages.RSS.getBytes(StandardCharsets.UTF_8)))
                .page("/trang", FixturePages.FLOOD);
        PoliteFetcher f = fetcher();

        assertThat(get(f, "/anh.png")).isInstanceOfSatisfying(Skipped.class, s -> {
            assertThat(s.reason()).isEqualTo(SkipReason.CONTENT_TYPE);
            assertThat(s.detail()).contains("image/png");
        });
        assertThat(get(f, "/rss")).isInstanceOfSatisfying(Skipped.class,
                s -> assertThat(s.reason()).isEqualTo(SkipReason.CONTENT_TYPE));
        assertThat(f.fetch(FetchRequest.feed(site.uri("/rss"), "test"))).isInstanceOfSatisfying(Fetched.class,
                p -> assertThat(p.text()).contains("<rss").contains("Phước Lâm"));
        assertThat(f.fetch(FetchRequest.feed(site.uri("/trang"), "test"))).isInstanceOfSatisfying(Skipped.class,
                s -> assertThat(s.reason()).isEqualTo(SkipReason.CONTENT_TYPE));
        assertThat(site.hitsTo("/rss").get(1).header("Accept")).hasValueSatisfying(a ->
                assertThat(a).contains("application/rss+xml").contains("application/atom+xml"));
    }

    @Test
    void aLegacyPageWithoutACharsetDecodesToVietnamese() throws Exception {
        site.robots("").route("/cu/cau", LoopbackSite.body(200, "text/html", FixturePages.legacyPage()));
        FetchOutcome outcome = get(fetcher(), "/cu/cau");
        assertThat(outcome).isInstanceOfSatisfying(Fetched.class, p -> {
            assertThat(p.charset()).isEqualTo("windows-1258");
            assertThat(p.text()).contains(FixturePages.LEGACY_SENTENCE)
                    .contains("Ông Đặng Quốc Việt")
                    .isEqualTo(VietnameseNormalizer.nfc(p.text()));
        });
    }

    @Test
    void onlyWebAddressesAreFetched() throws Exception {
        FetchOutcome outcome = fetcher().fetch(FetchRequest.of(URI.create("ftp://127.0.0.1/tin.html"), "test"));
        assertThat(outcome).isInstanceOfSatisfying(Skipped.class,
                s -> assertThat(s.reason()).isEqualTo(SkipReason.UNSUPPORTED_SCHEME));
    }

    @Test
    void aClosedFetcherRefusesToFetch() throws Exception {
        PoliteFetcher f = fetcher();
        f.close();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> get(f, "/x"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(Optional.of(f.policy().userAgent())).hasValueSatisfying(ua -> assertThat(ua).contains("thoisu"));
    }
}
