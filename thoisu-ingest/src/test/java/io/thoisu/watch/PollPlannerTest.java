package io.thoisu.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.fetch.FetchOutcome;
import io.thoisu.fetch.FetchRequest;
import io.thoisu.source.Discovered;
import io.thoisu.source.Listing;
import io.thoisu.source.ListingReader;
import io.thoisu.source.LiveFixtures;
import io.thoisu.source.Source;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PollPlannerTest {
    private static final Instant T0 = Instant.parse("2026-11-23T02:00:00Z");
    private static final URI NONG = URI.create("http://baophusa.test/rss/nong.rss");
    private static final URI THOI_SU = URI.create("http://baophusa.test/rss/thoi-su.rss");

    private final TestClock clock = new TestClock(T0);
    private final MemoryHistory history = new MemoryHistory();

    private static Source feedSource(String name, URI uri, Duration every) {
        return Source.of(name, uri).withEvery(every).withOutlet("Báo Phù Sa");
    }

    @Test
    void sourcesFallDueByTheirOwnIntervals() {
        Source fast = feedSource("nhanh", NONG, Duration.ofMinutes(15));
        Source slow = feedSource("cham", THOI_SU, Duration.ofHours(1));
        PollPlanner planner = new PollPlanner(List.of(fast, slow), PollPolicy.DEFAULT, clock);
        assertThat(planner.due(history)).as("never polled: both, in file order").containsExactly(fast, slow);

        PollCycle cycle = planner.startCycle();
        history.record(cycle.finish(fast, history, Optional.empty()));
        history.record(cycle.finish(slow, history, Optional.empty()));
        assertThat(planner.due(history)).isEmpty();
        assertThat(planner.nextWake(history)).contains(T0.plusSeconds(15 * 60));

        clock.advance(Duration.ofMinutes(14));
        assertThat(planner.due(history)).isEmpty();
        clock.advance(Duration.ofMinutes(1));
        assertThat(planner.due(history)).containsExactly(fast);
        history.record(planner.startCycle().finish(fast, history, Optional.empty()));
        clock.advance(Duration.ofMinutes(45));
        assertThat(planner.due(history)).as("fast is due since T0+30m, slow only since T0+60m: most overdue first")
                .containsExactly(fast, slow);
    }

    @Test
    void shorteningTheIntervalInTheFileTakesEffectAtOnce() {
        Source hourly = feedSource("nguon", NONG, Duration.ofHours(1));
        history.record(new PollPlanner(List.of(hourly), PollPolicy.DEFAULT, clock).startCycle()
                .finish(hourly, history, Optional.empty()));
        clock.advance(Duration.ofMinutes(10));
        PollPlanner restarted = new PollPlanner(List.of(hourly.withEvery(Duration.ofMinutes(5))), PollPolicy.DEFAULT,
                clock);
        assertThat(restarted.due(history)).hasSize(1);
    }

    @Test
    void newArticlesNewestFirstCarryingTheListedDateAndOutlet() {
        Source s = feedSource("phusa-thoi-su", THOI_SU, Duration.ofMinutes(15));
        PollPlanner planner = new PollPlanner(List.of(s), PollPolicy.DEFAULT, clock);
        Listing l = read(s, "baophusa/rss/thoi-su.rss");
        PollCycle cycle = planner.startCycle();
        FetchRequest listing = cycle.listing(s, history);
        assertThat(listing.uri()).isEqualTo(THOI_SU);
        assertThat(listing.etag()).isEmpty();
        List<FetchRequest> articles = cycle.articles(s, l.items(), history);
        assertThat(articles).extracting(r -> r.listed().orElseThrow()).isSortedAccordingTo(
                java.util.Comparator.reverseOrder());
        assertThat(articles).hasSize(5);
        assertThat(articles.getFirst().uri().getPath()).contains("thong-xe-cau-rach-gua");
        assertThat(articles.getFirst().listed()).contains(OffsetDateTime.parse("2026-11-23T08:40:00+07:00")
                .toInstant());
        assertThat(articles.getLast().uri().getPath()).contains("gia-lua-tang-nhe");
        assertThat(articles).allSatisfy(r -> {
            assertThat(r.outlet()).contains("Báo Phù Sa");
            assertThat(r.source()).isEqualTo("phusa-thoi-su");
            assertThat(r.etag()).isEmpty();
            assertThat(r.lastModified()).isEmpty();
        });
        SourcePoll poll = cycle.finish(s, history, Optional.empty());
        assertThat(poll.found()).isEqualTo(5);
        assertThat(poll.fresh()).isEqualTo(5);
        assertThat(poll.planned()).isEqualTo(5);
        assertThat(poll.nextDue()).isEqualTo(T0.plus(Duration.ofMinutes(15)));
    }

    @Test
    void onlyNewItemsAcrossTwoPollsOfAChangingFeed() {
        Source s = feedSource("phusa-nong", NONG, Duration.ofMinutes(15));
        PollPlanner planner = new PollPlanner(List.of(s), PollPolicy.DEFAULT, clock);

        List<FetchRequest> first = poll(planner, s, "baophusa/rss/nong-v1.rss", "\"v1\"");
        assertThat(first).extracting(r -> slug(r.uri())).containsExactly(
                "chay-kho-phan-bon-o-cum-cong-nghiep-tan-lac-20261123",
                "xe-khach-lat-tren-deo-ba-ngan-hai-nguoi-bi-thuong-20261123",
                "dien-luc-son-khe-cat-dien-luan-phien-ngay-24-11-20261123");
        first.forEach(r -> history.record(LedgerUpdate.of(r, fetched(r, "\"a\""), AddressRole.ARTICLE,
                clock.instant())));

        clock.advance(Duration.ofMinutes(15));
        assertThat(planner.due(history)).containsExactly(s);
        PollCycle cycle = planner.startCycle();
        FetchRequest listing = cycle.listing(s, history);
        assertThat(listing.etag()).as("the feed itself is fetched conditionally").contains("\"v1\"");
        assertThat(listing.lastModified()).contains("Mon, 23 Nov 2026 01:00:00 GMT");
        Listing v2 = read(s, "baophusa/rss/nong-v2.rss");
        history.seen(v2.items(), AddressRole.ARTICLE);
        List<FetchRequest> second = cycle.articles(s, v2.items(), history);
        assertThat(second).extracting(r -> slug(r.uri())).containsExactly(
                "kiem-soat-xong-dam-chay-kho-phan-bon-tan-lac-20261123",
                "tinh-binh-nguyen-cong-bo-ket-qua-thi-tuyen-giao-vien-20261123");
        SourcePoll p = cycle.finish(s, history, Optional.empty());
        assertThat(p.found()).isEqualTo(4);
        assertThat(p.fresh()).isEqualTo(2);
    }

    @Test
    void theCapLeavesTheRestForTheNextPollEvenWhenTheFeedAnswers304() {
        Source s = feedSource("phusa-thoi-su", THOI_SU, Duration.ofMinutes(15)).withMaxItems(2);
        PollPlanner planner = new PollPlanner(List.of(s), PollPolicy.DEFAULT, clock);
        List<FetchRequest> first = poll(planner, s, "baophusa/rss/thoi-su.rss", "\"t1\"");
        assertThat(first).hasSize(2);
        first.forEach(r -> history.record(LedgerUpdate.of(r, fetched(r, "\"a\""), AddressRole.ARTICLE,
                clock.instant())));

        clock.advance(Duration.ofMinutes(15));
        PollCycle cycle = planner.startCycle();
        history.record(LedgerUpdate.of(cycle.listing(s, history), new FetchOutcome.NotModified(THOI_SU,
                clock.instant()), AddressRole.LISTING, clock.instant()));
        List<FetchRequest> second = cycle.articles(s, List.of(), history); // 304: the listing named nothing
        assertThat(second).hasSize(2);
        assertThat(second).extracting(r -> r.listed().orElseThrow()).isSortedAccordingTo(
                java.util.Comparator.reverseOrder());
        assertThat(second.getFirst().listed().orElseThrow()).isBefore(first.getLast().listed().orElseThrow());
        second.forEach(r -> history.record(LedgerUpdate.of(r, fetched(r, "\"a\""), AddressRole.ARTICLE,
                clock.instant())));
        history.record(cycle.finish(s, history, Optional.empty()));

        clock.advance(Duration.ofMinutes(15));
        List<FetchRequest> third = planner.startCycle().articles(s, List.of(), history);
        assertThat(third).singleElement().satisfies(r -> assertThat(r.uri().getPath()).contains("gia-lua"));
    }

    @Test
    void anArticleIsPlannedOnceARoundWhicheverSourceListsIt() {
        Source feed = feedSource("phusa-thoi-su", THOI_SU, Duration.ofMinutes(15));
        Source sitemap = feedSource("phusa-sitemap", URI.create("http://baophusa.test/sitemap_index.xml"),
                Duration.ofHours(1));
        PollPlanner planner = new PollPlanner(List.of(feed, sitemap), PollPolicy.DEFAULT, clock);
        PollCycle cycle = planner.startCycle();
        List<FetchRequest> fromFeed = cycle.articles(feed, read(feed, "baophusa/rss/thoi-su.rss").items(), history);
        List<FetchRequest> fromSitemap = cycle.articles(sitemap,
                read(sitemap, "baophusa/sitemaps/bai-viet-2026-11.xml").items(), history);
        assertThat(fromFeed).hasSize(5);
        assertThat(fromSitemap).extracting(r -> slug(r.uri())).containsExactly(
                "truong-tieu-hoc-da-bac-don-bang-cong-nhan-chuan-quoc-gia-20261120",
                "le-hoi-dua-ghe-ngo-song-khe-thu-hut-hang-nghin-nguoi-20261115");
    }

    @Test
    void aSitemapIndexGivesItsNewestChildrenFirstUpToTheLimit() {
        Source s = feedSource("phusa-sitemap", URI.create("http://baophusa.test/sitemap_index.xml"),
                Duration.ofHours(1));
        PollPolicy policy = new PollPolicy(50, 1, 4, Duration.ofMinutes(10), Duration.ofHours(6),
                Duration.ofHours(6));
        PollPlanner planner = new PollPlanner(List.of(s), policy, clock);
        PollCycle cycle = planner.startCycle();
        Listing index = read(s, "baophusa/sitemap_index.xml");
        assertThat(cycle.childSitemaps(s, index, history)).singleElement()
                .satisfies(r -> assertThat(r.uri().getPath()).isEqualTo("/sitemaps/bai-viet-2026-11.xml"));
        PollPlanner roomy = new PollPlanner(List.of(s), PollPolicy.DEFAULT, clock);
        assertThat(roomy.startCycle().childSitemaps(s, index, history)).extracting(r -> r.uri().getPath())
                .containsExactly("/sitemaps/bai-viet-2026-11.xml", "/sitemaps/bai-viet-2026-10.xml");
    }

    @Test
    void aServerThatAsksForALongerWaitIsNotPolledBeforeThen() {
        Source s = feedSource("phusa-nong", NONG, Duration.ofMinutes(15));
        PollPlanner planner = new PollPlanner(List.of(s), PollPolicy.DEFAULT, clock);
        FetchOutcome.Failed busy = new FetchOutcome.Failed(NONG, 429, "HTTP 429", 1,
                Optional.of(Duration.ofHours(3)));
        SourcePoll p = planner.startCycle().finish(s, history, PollErrors.of(busy), busy.retryAfter());
        assertThat(p.nextDue()).as("three hours, not the 30 minutes of a first back-off")
                .isEqualTo(clock.instant().plus(Duration.ofHours(3)));
        FetchOutcome.Failed brief = new FetchOutcome.Failed(NONG, 503, "HTTP 503", 1,
                Optional.of(Duration.ofMinutes(5)));
        history.record(p);
        clock.advance(Duration.ofHours(3));
        SourcePoll q = planner.startCycle().finish(s, history, PollErrors.of(brief), brief.retryAfter());
        assertThat(q.nextDue()).as("a shorter ask leaves the back-off (second failure: an hour)")
                .isEqualTo(clock.instant().plus(Duration.ofHours(1)));
    }

    @Test
    void failedPollsBackOffAndASuccessResetsTheInterval() {
        Source s = feedSource("phusa-nong", NONG, Duration.ofMinutes(15));
        PollPlanner planner = new PollPlanner(List.of(s), PollPolicy.DEFAULT, clock);
        Optional<String> error = PollErrors.of(new FetchOutcome.Failed(NONG, 503, "Service Unavailable", 3));
        assertThat(error).contains("failed (HTTP 503) after 3 attempts: Service Unavailable");
        Duration[] expected = {Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(2),
                Duration.ofHours(4), Duration.ofHours(6), Duration.ofHours(6)};
        for (Duration wait : expected) {
            SourcePoll p = planner.startCycle().finish(s, history, error);
            assertThat(p.nextDue()).isEqualTo(clock.instant().plus(wait));
            history.record(p);
            clock.advance(wait.minusSeconds(1));
            assertThat(planner.due(history)).isEmpty();
            clock.advance(Duration.ofSeconds(1));
            assertThat(planner.due(history)).containsExactly(s);
        }
        SourcePoll ok = planner.startCycle().finish(s, history, Optional.empty());
        history.record(ok);
        assertThat(ok.nextDue()).isEqualTo(clock.instant().plus(Duration.ofMinutes(15)));
        assertThat(history.source("phusa-nong").orElseThrow().failures()).isZero();
        assertThat(PollErrors.of(read(s, "baophusa/rss/hong.rss"))).hasValueSatisfying(
                m -> assertThat(m).startsWith("malformed feed"));
        assertThat(PollErrors.of(new FetchOutcome.NotModified(NONG, T0))).isEmpty();
    }

    @Test
    void failedArticlesAreRetriedAfterAGrowingWaitThenGivenUp() {
        Source s = feedSource("phusa-nong", NONG, Duration.ofMinutes(5));
        PollPlanner planner = new PollPlanner(List.of(s), PollPolicy.DEFAULT, clock);
        Discovered item = new Discovered(URI.create("http://baophusa.test/thoi-su/bai-loi-mang-lien-tuc-20261123.html"),
                Optional.of(T0), Optional.empty(), s.name());
        history.seen(List.of(item), AddressRole.ARTICLE);
        Duration[] waits = {Duration.ofMinutes(10), Duration.ofMinutes(20), Duration.ofMinutes(40)};
        for (int attempt = 0; attempt < 4; attempt++) {
            List<FetchRequest> plan = planner.startCycle().articles(s, List.of(item), history);
            assertThat(plan).as("attempt " + attempt).hasSize(1);
            history.record(LedgerUpdate.of(plan.getFirst(), new FetchOutcome.Failed(item.uri(), 500, "boom", 3),
                    AddressRole.ARTICLE, clock.instant()));
            if (attempt < waits.length) {
                clock.advance(waits[attempt].minusMinutes(1));
                assertThat(planner.startCycle().articles(s, List.of(item), history)).as("still waiting").isEmpty();
                clock.advance(Duration.ofMinutes(1));
            }
        }
        clock.advance(Duration.ofDays(1));
        assertThat(planner.startCycle().articles(s, List.of(item), history)).as("given up after 4").isEmpty();
    }

    @Test
    void skippedArticlesAreNeverAskedForAgainAndRefetchIsOptIn() {
        Source once = feedSource("mot-lan", NONG, Duration.ofMinutes(5));
        Source again = once.withRefetchAfter(Duration.ofHours(1));
        PollPlanner planner = new PollPlanner(List.of(once), PollPolicy.DEFAULT, clock);
        Discovered robots = new Discovered(URI.create("http://baophusa.test/noi-bo/bai-cam-thu-thap-20261123.html"),
                Optional.empty(), Optional.empty(), once.name());
        Discovered page = new Discovered(URI.create("http://baophusa.test/thoi-su/bai-cap-nhat-lien-tuc-20261123.html"),
                Optional.empty(), Optional.empty(), once.name());
        List<FetchRequest> plan = planner.startCycle().articles(once, List.of(robots, page), history);
        history.record(LedgerUpdate.of(plan.get(0), new FetchOutcome.Skipped(robots.uri(),
                FetchOutcome.SkipReason.ROBOTS_DISALLOWED, "Disallow: /noi-bo/"), AddressRole.ARTICLE, T0));
        history.record(LedgerUpdate.of(plan.get(1), fetched(plan.get(1), "\"p1\""), AddressRole.ARTICLE, T0));
        clock.advance(Duration.ofHours(2));
        assertThat(planner.startCycle().articles(once, List.of(robots, page), history)).isEmpty();
        List<FetchRequest> refetch = planner.startCycle().articles(again, List.of(robots, page), history);
        assertThat(refetch).singleElement().satisfies(r -> {
            assertThat(r.uri()).isEqualTo(page.uri());
            assertThat(r.etag()).as("a refetch is conditional").contains("\"p1\"");
        });
    }

    @Test
    void ledgerUpdatesCarryTheValidatorsAndAHashOfTheBody() {
        FetchRequest r = new FetchRequest(THOI_SU, "phusa", Optional.empty(), Optional.empty(), Optional.of(T0),
                Optional.of("Báo Phù Sa"));
        LedgerUpdate u = LedgerUpdate.of(r, fetched(r, "\"x\""), AddressRole.LISTING, T0.plusSeconds(9));
        assertThat(u.kind()).isEqualTo(LastOutcome.FETCHED);
        assertThat(u.etag()).contains("\"x\"");
        assertThat(u.published()).contains(T0);
        assertThat(u.contentHash()).hasValueSatisfying(h -> assertThat(h).hasSize(64).matches("[0-9a-f]+"));
        LedgerUpdate other = LedgerUpdate.of(r, fetchedBody(r, "\"x\"", "khác"), AddressRole.LISTING, T0);
        assertThat(other.contentHash()).isNotEqualTo(u.contentHash());
        LedgerUpdate skip = LedgerUpdate.of(r, new FetchOutcome.Skipped(THOI_SU, FetchOutcome.SkipReason.TOO_LARGE,
                "52428800 bytes"), AddressRole.ARTICLE, T0.plusSeconds(9));
        assertThat(skip.at()).isEqualTo(T0.plusSeconds(9));
        assertThat(skip.detail()).contains("TOO_LARGE: 52428800 bytes");
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    /** One whole poll: the listing fetched with the given ETag, its items seen and planned, the poll recorded. */
    private List<FetchRequest> poll(PollPlanner planner, Source s, String fixture, String etag) {
        PollCycle cycle = planner.startCycle();
        FetchRequest listingRequest = cycle.listing(s, history);
        FetchOutcome listed = fetchedBody(listingRequest, etag, LiveFixtures.text(fixture));
        history.record(LedgerUpdate.of(listingRequest, listed, AddressRole.LISTING, clock.instant()));
        Listing l = read(s, fixture);
        history.seen(l.items(), AddressRole.ARTICLE);
        List<FetchRequest> plan = cycle.articles(s, l.items(), history);
        history.record(cycle.finish(s, history, PollErrors.of(listed).or(() -> PollErrors.of(l))));
        return plan;
    }

    private static Listing read(Source s, String fixture) {
        return ListingReader.read(s, LiveFixtures.addressOf(fixture), LiveFixtures.bytes(fixture),
                LiveFixtures.text(fixture));
    }

    private FetchOutcome.Fetched fetched(FetchRequest r, String etag) {
        return fetchedBody(r, etag, "<html><body>bài</body></html>");
    }

    private FetchOutcome.Fetched fetchedBody(FetchRequest r, String etag, String body) {
        return new FetchOutcome.Fetched(r.uri(), r.uri(), List.of(), 200, "text/html", "UTF-8",
                body.getBytes(StandardCharsets.UTF_8), body, Optional.of(etag),
                Optional.of("Mon, 23 Nov 2026 01:00:00 GMT"), clock.instant(),
                new FetchOutcome.ArchivedAt("test.warc.gz", 0));
    }

    private static String slug(URI uri) {
        String path = uri.getPath();
        return path.substring(path.lastIndexOf('/') + 1).replace(".html", "");
    }
}
