package io.thoisu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.thoisu.http.ApiServer;
import io.thoisu.model.AnalysedArticle;
import io.thoisu.source.FixtureServer;
import io.thoisu.store.EmbeddedStore;
import io.thoisu.store.FetchLedger;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code thoisu watch} against a real HTTP server on 127.0.0.1 serving an invented outlet's feed that changes
 * between polls: what was fetched, that a second poll fetches only the new items, that an unchanged feed is asked
 * for conditionally and nothing else is fetched, and that ingesting the WARC archive into an empty store rebuilds the
 * same articles.
 */
class WatchEndToEndTest {
    private static final String FEED = "/rss/nong.rss";

    @TempDir
    Path dir;

    @Test
    void pollsFetchOnlyNewItemsAndTheArchiveRebuildsTheStore() throws IOException, InterruptedException {
        Path data = dir.resolve("data");
        try (FixtureServer site = FixtureServer.start("baophusa")) {
            site.serve(FEED, "baophusa/rss/nong-v1.rss");
            Path sources = dir.resolve("nguon.txt");
            Files.writeString(sources, "# tin nóng\n" + site.address(FEED) + " outlet=Báo Phù Sa every=15m\n",
                    StandardCharsets.UTF_8);

            CliRun first = watchOnce(data, sources);
            assertThat(first.code()).as(first.err()).isZero();
            List<String> firstRequests = site.requests();
            assertThat(pages(firstRequests)).as("the three items of the first feed, newest first")
                    .containsExactly("chay-kho-phan-bon-o-cum-cong-nghiep-tan-lac-20261123.html",
                            "xe-khach-lat-tren-deo-ba-ngan-hai-nguoi-bi-thuong-20261123.html",
                            "dien-luc-son-khe-cat-dien-luan-phien-ngay-24-11-20261123.html");
            assertThat(firstRequests.get(0)).as("robots.txt is asked before anything else").contains("/robots.txt");
            assertThat(articles(data)).hasSize(3)
                    .allSatisfy(a -> assertThat(a.article().outlet()).contains("Báo Phù Sa"));

            site.clearLog();
            site.serve(FEED, "baophusa/rss/nong-v2.rss");
            CliRun second = watchOnce(data, sources);
            assertThat(second.code()).as(second.err()).isZero();
            assertThat(pages(site.requests())).as("only the two items the feed gained")
                    .containsExactly("kiem-soat-xong-dam-chay-kho-phan-bon-tan-lac-20261123.html",
                            "tinh-binh-nguyen-cong-bo-ket-qua-thi-tuyen-giao-vien-20261123.html");
            assertThat(articles(data)).hasSize(5);

            site.clearLog();
            CliRun third = watchOnce(data, sources);
            assertThat(third.code()).as(third.err()).isZero();
            // A new process asks for robots.txt again (its cache lives in memory); beyond that, only the feed.
            assertThat(site.requests()).filteredOn(r -> !r.contains("/robots.txt"))
                    .as("an unchanged feed: one conditional request, nothing else")
                    .singleElement().satisfies(r -> assertThat(r).contains(FEED).contains("If-None-Match="));
        }
        try (EmbeddedStore store = EmbeddedStore.open(data)) {
            FetchLedger.Counters c = store.fetchCounters().orElseThrow();
            assertThat(c.articlesFetched()).isEqualTo(5);
            assertThat(c.failed()).isZero();
            // The same counters over HTTP, as the ingest status of the REST API.
            try (ApiServer server = ApiServer.start(store, "127.0.0.1", 0)) {
                HttpResponse<String> status = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + "/api/status")).build(),
                        HttpResponse.BodyHandlers.ofString());
                JsonNode fetch = new ObjectMapper().readTree(status.body()).path("fetch");
                assertThat(fetch.path("articlesFetched").asInt()).isEqualTo(5);
                assertThat(fetch.path("sources").asInt()).isEqualTo(1);
                assertThat(fetch.path("notModified").asInt()).isEqualTo(1);
            }
        }

        Path rebuilt = dir.resolve("rebuilt");
        CliRun ingest = CliRun.of("--data", rebuilt.toString(), "--quiet", "ingest", data.resolve("warc").toString());
        assertThat(ingest.code()).as(ingest.err()).isZero();
        assertThat(ids(articles(rebuilt))).as("the archive alone rebuilds the same articles")
                .isEqualTo(ids(articles(data)));
        assertThat(articles(rebuilt)).extracting(a -> a.article().published())
                .isEqualTo(articles(data).stream().map(a -> a.article().published()).toList());
    }

    @Test
    void twoHostsAreFetchedSideBySideEachInItsOwnOrder() throws IOException {
        Path data = dir.resolve("data");
        try (FixtureServer first = FixtureServer.start("baophusa");
             FixtureServer second = FixtureServer.start("baophusa")) {
            first.serve(FEED, "baophusa/rss/nong-v1.rss");
            second.serve(FEED, "baophusa/rss/nong-v2.rss");
            Path sources = dir.resolve("nguon.txt");
            Files.writeString(sources, first.address(FEED) + " name=mot\n" + second.address(FEED) + " name=hai\n",
                    StandardCharsets.UTF_8);
            CliRun run = CliRun.of("--data", data.toString(), "watch", sources.toString(), "--once", "--delay", "0",
                    "--fetch-threads", "2");
            assertThat(run.code()).as(run.err()).isZero();
            assertThat(pages(first.requests())).as("each host's pages newest first, once")
                    .containsExactly("chay-kho-phan-bon-o-cum-cong-nghiep-tan-lac-20261123.html",
                            "xe-khach-lat-tren-deo-ba-ngan-hai-nguoi-bi-thuong-20261123.html",
                            "dien-luc-son-khe-cat-dien-luan-phien-ngay-24-11-20261123.html");
            assertThat(pages(second.requests())).hasSize(4).doesNotHaveDuplicates();
            assertThat(articles(data)).extracting(a -> a.article().url().orElseThrow())
                    .hasSize(7).doesNotHaveDuplicates();
        }
    }

    @Test
    void ingestFeedFetchesOnceAndStores() {
        Path data = dir.resolve("data");
        try (FixtureServer site = FixtureServer.start("baophusa")) {
            site.serve(FEED, "baophusa/rss/nong-v2.rss");
            CliRun run = CliRun.of("--data", data.toString(), "ingest", "--feed", site.address(FEED).toString(),
                    "--delay", "0", "--format", "json");
            assertThat(run.code()).as(run.err()).isZero();
            assertThat(run.out()).contains("\"documents\" : 4");
            assertThat(articles(data)).hasSize(4);
        }
        CliRun bad = CliRun.of("--data", data.toString(), "ingest", "--feed", "gopher://127.0.0.1/x");
        assertThat(bad.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("--feed:1");
    }

    @Test
    void aSourcesFileWithOnlyMistakesIsAUsageErrorNamingTheLine() throws IOException {
        Path sources = dir.resolve("nguon.txt");
        Files.writeString(sources, "# hỏng\nftp://127.0.0.1/rss.xml\n", StandardCharsets.UTF_8);
        CliRun run = watchOnce(dir.resolve("data"), sources);
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("nguon.txt:2");
    }

    private static CliRun watchOnce(Path data, Path sources) {
        return CliRun.of("--data", data.toString(), "watch", sources.toString(), "--once", "--delay", "0");
    }

    private static List<String> pages(List<String> requests) {
        return requests.stream().filter(r -> r.contains("/thoi-su/"))
                .map(r -> r.substring(r.lastIndexOf('/') + 1).split(" ")[0]).toList();
    }

    private static List<AnalysedArticle> articles(Path data) {
        try (EmbeddedStore store = EmbeddedStore.open(data)) {
            return store.articlesInOrder();
        }
    }

    private static List<String> ids(List<AnalysedArticle> articles) {
        return articles.stream().map(a -> a.article().id()).sorted().toList();
    }
}
