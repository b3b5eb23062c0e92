package io.thoisu.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.archive.WarcArchive;
import io.thoisu.fetch.FetchOutcome.Fetched;
import io.thoisu.ingest.HtmlPageReader;
import io.thoisu.ingest.Inputs;
import io.thoisu.ingest.ReadResult;
import io.thoisu.model.Origin;
import io.thoisu.model.RawDocument;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the fetcher archives reads back, through the project's own WARC reader, as the pages it returned. */
class WarcRoundTripTest {
    private static final Instant T0 = Instant.parse("2026-11-21T00:00:00Z");
    private static final String OUTLET = "Sông Lam Điện Tử";

    @TempDir
    Path warcDir;

    private SteppingClock clock;
    private LoopbackSite site;
    private PoliteFetcher fetcher;

    @BeforeEach
    void start() throws Exception {
        clock = new SteppingClock(T0);
        site = LoopbackSite.start(clock);
        FetchPolicy policy = FetchPolicy.defaults("https://thoisu.example/lien-he").withMinDelay(Duration.ofSeconds(2));
        fetcher = new PoliteFetcher(policy, new WarcArchive(warcDir, WarcArchive.DEFAULT_MAX_FILE_BYTES, clock,
                PoliteFetcher.warcinfo(policy)), clock, clock);
    }

    @AfterEach
    void stop() {
        fetcher.close();
        site.close();
    }

    private FetchRequest listed(String path, Instant published) {
        return FetchRequest.of(site.uri(path), "songlam-rss").listedAs(Optional.of(published), Optional.of(OUTLET));
    }

    private static RawDocument asPage(Fetched fetched) {
        return new HtmlPageReader().toDocument(fetched.text(), Origin.ofFile("live"),
                Optional.of(fetched.finalUri().toString()), Optional.of(fetched.fetchedAt()));
    }

    @Test
    void archivedPagesReadBackWithTheSameTextTheFeedDateAndTheOutlet() throws Exception {
        site.robots("User-agent: *\nDisallow: /rieng/\n")
                .page("/thoi-su/lu", FixturePages.FLOOD)
                .redirect("/kinh-te/lua-cu", "/kinh-te/lua")
                .page("/kinh-te/lua", FixturePages.MARKET)
                .route("/cu/cau", LoopbackSite.body(200, "text/html", FixturePages.legacyPage()));
        Instant floodDate = Instant.parse("2026-11-20T23:15:00Z");
        Instant marketDate = Instant.parse("2026-11-20T02:00:00Z");
        Instant bridgeDate = Instant.parse("2026-11-19T10:30:00Z");
        List<Fetched> live = List.of(
                (Fetched) fetcher.fetch(listed("/thoi-su/lu", floodDate)),
                (Fetched) fetcher.fetch(listed("/kinh-te/lua-cu", marketDate)),
                (Fetched) fetcher.fetch(listed("/cu/cau", bridgeDate)));

        List<Path> closed = fetcher.rollArchives();
        assertThat(closed).singleElement().satisfies(p ->
                assertThat(p.getFileName().toString()).matches("thoisu-20261121000\\d{3}-00001\\.warc\\.gz"));
        assertThat(live).allSatisfy(f -> assertThat(f.archive().file()).isEqualTo(closed.getFirst().toString()));

        String flood = site.uri("/thoi-su/lu").toString();
        String moved = site.uri("/kinh-te/lua-cu").toString();
        assertThat(ArchiveContents.of(closed.getFirst())).containsSubsequence(
                new ArchiveContents.Entry("warcinfo", ""),
                new ArchiveContents.Entry("response", site.uri("/robots.txt").toString()),
                new ArchiveContents.Entry("response", flood),
                new ArchiveContents.Entry("request", flood),
                new ArchiveContents.Entry("metadata", flood),
                new ArchiveContents.Entry("response", moved),
                new ArchiveContents.Entry("request", moved),
                new ArchiveContents.Entry("response", site.uri("/kinh-te/lua").toString()));

        ReadResult archived = new Inputs().read(warcDir);
        assertThat(archived.rejections()).isEmpty();
        Map<String, RawDocument> byUrl = archived.documents().stream()
                .collect(Collectors.toMap(d -> d.hints().url().orElseThrow(), Function.identity()));
        assertThat(byUrl).containsOnlyKeys(live.stream().map(f -> f.finalUri().toString()).toList());
        Map<String, Instant> dates = Map.of("/thoi-su/lu", floodDate, "/kinh-te/lua", marketDate,
                "/cu/cau", bridgeDate);
        for (Fetched f : live) {
            RawDocument doc = byUrl.get(f.finalUri().toString());
            assertThat(doc.text()).isEqualTo(asPage(f).text());
            assertThat(doc.hints().published()).hasValue(dates.get(f.finalUri().getPath()).toString());
            assertThat(doc.hints().outlet()).hasValue(OUTLET);
            assertThat(doc.hints().fetched()).hasValue(f.fetchedAt());
        }
        assertThat(byUrl.get(site.uri("/cu/cau").toString()).text()).contains(FixturePages.LEGACY_SENTENCE);
    }

    @Test
    void ingestingTheArchiveOnlySeesClosedFiles() throws Exception {
        site.robots("").page("/thoi-su/lu", FixturePages.FLOOD);
        fetcher.fetch(listed("/thoi-su/lu", T0));

        try (Stream<Path> files = Files.list(warcDir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).singleElement()
                    .satisfies(n -> assertThat(n).startsWith(".thoisu-").endsWith(".warc.gz.open"));
        }
        ReadResult whileOpen = new Inputs().read(warcDir);
        assertThat(whileOpen.documents()).isEmpty();
        assertThat(whileOpen.rejections()).isEmpty();

        Path done = fetcher.rollArchive().orElseThrow();
        assertThat(fetcher.rollArchive()).as("nothing written since").isEmpty();
        assertThat(new Inputs().read(warcDir).documents()).hasSize(1);
        try (Stream<Path> files = Files.list(warcDir)) {
            assertThat(files.toList()).containsExactly(done);
        }
    }

    @Test
    void aNotModifiedPageAddsNothingToTheArchive() throws Exception {
        site.robots("").validated("/thoi-su/lu", FixturePages.FLOOD, "\"a1\"", "Fri, 20 Nov 2026 08:00:00 GMT");
        Fetched first = (Fetched) fetcher.fetch(listed("/thoi-su/lu", T0));
        fetcher.rollArchive();
        FetchOutcome second = fetcher.fetch(listed("/thoi-su/lu", T0)
                .ifChangedSince(first.etag(), first.lastModified()));
        assertThat(second).isInstanceOf(FetchOutcome.NotModified.class);
        assertThat(fetcher.rollArchive()).isEmpty();
    }

    @Test
    void concurrentFetchesKeepEachPagesRecordsTogether() throws Exception {
        try (LoopbackSite other = LoopbackSite.start(clock)) {
            List<FetchRequest> requests = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                LoopbackSite s = i % 2 == 0 ? site : other;
                String path = "/bai-" + i;
                byte[] html = FixturePages.FLOOD.replace("120 hộ", (100 + i) + " hộ").getBytes(StandardCharsets.UTF_8);
                s.route(path, s.held(Duration.ofMillis(40), LoopbackSite.body(200, "text/html", html)));
                requests.add(FetchRequest.of(s.uri(path), "songlam-rss")
                        .listedAs(Optional.of(T0.minus(Duration.ofHours(i))), Optional.of(OUTLET + " " + i)));
            }
            site.robots("");
            other.robots("");
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<FetchOutcome>> futures = new ArrayList<>();
            for (FetchRequest r : requests) {
                futures.add(pool.submit(() -> fetcher.fetch(r)));
            }
            for (Future<FetchOutcome> f : futures) {
                assertThat(f.get()).isInstanceOf(Fetched.class);
            }
            pool.shutdown();
            // One request at a time per host, however many threads fetch.
            assertThat(site.maxInFlight()).isEqualTo(1);
            assertThat(other.maxInFlight()).isEqualTo(1);

            fetcher.rollArchives();
            ReadResult archived = new Inputs().read(warcDir);
            assertThat(archived.rejections()).isEmpty();
            assertThat(archived.documents()).hasSize(6);
            for (int i = 0; i < 6; i++) {
                String url = requests.get(i).uri().toString();
                int n = i;
                assertThat(archived.documents()).filteredOn(d -> d.hints().url().orElseThrow().equals(url))
                        .singleElement().satisfies(d -> {
                            assertThat(d.text()).contains((100 + n) + " hộ");
                            assertThat(d.hints().published()).hasValue(T0.minus(Duration.ofHours(n)).toString());
                            assertThat(d.hints().outlet()).hasValue(OUTLET + " " + n);
                        });
            }
        }
    }
}
