package io.thoisu.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.fetch.FetchOutcome;
import io.thoisu.fetch.FetchRequest;
import io.thoisu.source.FixtureServer;
import io.thoisu.source.Listing;
import io.thoisu.source.ListingReader;
import io.thoisu.source.Source;
import io.thoisu.source.SourceList;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The planner driving real HTTP on 127.0.0.1, with a minimal stand-in for the polite fetcher (plain
 * {@link HttpClient}, conditional GETs, no archive): the shape of the {@code thoisu watch} loop, checked on the feed
 * that changes between polls.
 */
class LoopbackWatchTest {
    private static final Instant T0 = Instant.parse("2026-11-23T02:00:00Z");
    private FixtureServer phusa;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final TestClock clock = new TestClock(T0);
    private final MemoryHistory history = new MemoryHistory();
    private final List<URI> fetchedArticles = new ArrayList<>();

    @BeforeEach
    void start() {
        phusa = FixtureServer.start("baophusa");
        phusa.serve("/rss/nong.rss", "baophusa/rss/nong-v1.rss");
    }

    @AfterEach
    void stop() {
        phusa.close();
    }

    @Test
    void pollsFetchOnlyWhatIsNewInOrderAndAsk304ForUnchangedFeeds() throws Exception {
        SourceList.Result file = SourceList.parse("nguon.txt",
                phusa.address("/rss/nong.rss") + " outlet=Báo Phù Sa every=15m name=phusa-nong\n");
        assertThat(file.ok()).isTrue();
        PollPlanner planner = new PollPlanner(file.sources(), PollPolicy.DEFAULT, clock);

        runDuePolls(planner);
        assertThat(phusa.requests()).containsExactly(
                "GET /rss/nong.rss",
                "GET /thoi-su/chay-kho-phan-bon-o-cum-cong-nghiep-tan-lac-20261123.html",
                "GET /thoi-su/xe-khach-lat-tren-deo-ba-ngan-hai-nguoi-bi-thuong-20261123.html",
                "GET /thoi-su/dien-luc-son-khe-cat-dien-luan-phien-ngay-24-11-20261123.html");

        phusa.clearLog();
        clock.advance(Duration.ofMinutes(10));
        runDuePolls(planner);
        assertThat(phusa.requests()).as("not due yet").isEmpty();

        clock.advance(Duration.ofMinutes(5));
        runDuePolls(planner);
        assertThat(phusa.requests()).singleElement().asString().startsWith("GET /rss/nong.rss If-None-Match=\"");

        phusa.clearLog();
        phusa.serve("/rss/nong.rss", "baophusa/rss/nong-v2.rss");
        clock.advance(Duration.ofMinutes(15));
        runDuePolls(planner);
        assertThat(phusa.requests()).hasSize(3);
        assertThat(phusa.requests().get(0)).startsWith("GET /rss/nong.rss If-None-Match=");
        assertThat(phusa.requests().subList(1, 3)).containsExactly(
                "GET /thoi-su/kiem-soat-xong-dam-chay-kho-phan-bon-tan-lac-20261123.html",
                "GET /thoi-su/tinh-binh-nguyen-cong-bo-ket-qua-thi-tuyen-giao-vien-20261123.html");
        assertThat(fetchedArticles).hasSize(5).doesNotHaveDuplicates();
    }

    @Test
    void aMissingFeedBacksOffAndTheSourceRecovers() throws Exception {
        Source s = Source.of("phusa-mat", phusa.address("/rss/chua-co.rss")).withEvery(Duration.ofMinutes(15));
        PollPlanner planner = new PollPlanner(List.of(s), PollPolicy.DEFAULT, clock);
        runDuePolls(planner);
        assertThat(history.source("phusa-mat").orElseThrow().failures()).isEqualTo(1);
        assertThat(planner.nextWake(history)).contains(T0.plus(Duration.ofMinutes(30)));
        phusa.serve("/rss/chua-co.rss", "baophusa/rss/nong-v1.rss");
        clock.advance(Duration.ofMinutes(30));
        runDuePolls(planner);
        assertThat(history.source("phusa-mat").orElseThrow().failures()).isZero();
        assertThat(fetchedArticles).hasSize(3);
    }

    /** The loop {@code thoisu watch} runs, minus archiving and ingest. */
    private void runDuePolls(PollPlanner planner) throws Exception {
        PollCycle cycle = planner.startCycle();
        for (Source source : planner.due(history)) {
            FetchRequest listingRequest = cycle.listing(source, history);
            FetchOutcome listingOutcome = fetch(listingRequest);
            history.record(LedgerUpdate.of(listingRequest, listingOutcome, AddressRole.LISTING, clock.instant()));
            Optional<String> error = PollErrors.of(listingOutcome);
            List<FetchRequest> articles = List.of();
            if (listingOutcome instanceof FetchOutcome.Fetched f) {
                Listing listing = ListingReader.read(source, f.finalUri(), f.body(), f.text());
                error = PollErrors.of(listing);
                history.seen(listing.items(), AddressRole.ARTICLE);
                articles = cycle.articles(source, listing.items(), history);
            } else if (listingOutcome instanceof FetchOutcome.NotModified) {
                articles = cycle.articles(source, List.of(), history); // only what earlier polls left pending
            }
            for (FetchRequest r : articles) {
                FetchOutcome o = fetch(r);
                history.record(LedgerUpdate.of(r, o, AddressRole.ARTICLE, clock.instant()));
                if (o instanceof FetchOutcome.Fetched) {
                    fetchedArticles.add(r.uri());
                }
            }
            history.record(cycle.finish(source, history, error));
        }
    }

    private FetchOutcome fetch(FetchRequest r) throws Exception {
        assertThat(r.uri().getHost()).isEqualTo("127.0.0.1");
        HttpRequest.Builder b = HttpRequest.newBuilder(r.uri()).timeout(Duration.ofSeconds(10));
        r.etag().ifPresent(e -> b.header("If-None-Match", e));
        r.lastModified().ifPresent(m -> b.header("If-Modified-Since", m));
        HttpResponse<byte[]> resp = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        return switch (resp.statusCode()) {
            case 200 -> new FetchOutcome.Fetched(r.uri(), resp.uri(), List.of(), 200,
                    resp.headers().firstValue("Content-Type").orElse(""), "UTF-8", resp.body(),
                    new String(resp.body(), StandardCharsets.UTF_8), resp.headers().firstValue("ETag"),
                    resp.headers().firstValue("Last-Modified"), clock.instant(),
                    new FetchOutcome.ArchivedAt("none", 0));
            case 304 -> new FetchOutcome.NotModified(r.uri(), clock.instant());
            case 404 -> new FetchOutcome.Skipped(r.uri(), FetchOutcome.SkipReason.NOT_FOUND, "404");
            default -> new FetchOutcome.Failed(r.uri(), resp.statusCode(), "HTTP " + resp.statusCode(), 1);
        };
    }
}
