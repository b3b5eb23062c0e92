package io.thoisu.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The parsers on bytes that came over real HTTP from 127.0.0.1 (test-only fetching; the watch uses the fetcher). */
class LoopbackListingTest {
    private static FixtureServer phusa;
    private static FixtureServer caonguyen;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() {
        phusa = FixtureServer.start("baophusa");
        caonguyen = FixtureServer.start("tincaonguyen");
        phusa.rewrite("tincaonguyen", caonguyen.origin());
        caonguyen.rewrite("baophusa", phusa.origin());
    }

    @AfterAll
    static void stop() {
        phusa.close();
        caonguyen.close();
    }

    private static HttpResponse<byte[]> get(URI uri) throws Exception {
        assertThat(uri.getHost()).isEqualTo("127.0.0.1");
        return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Listing fetchAndRead(Source source) throws Exception {
        HttpResponse<byte[]> r = get(source.uri());
        assertThat(r.statusCode()).isEqualTo(200);
        return ListingReader.read(source, r.uri(), r.body(), new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void feedItemsPointBackToTheLoopbackServer() throws Exception {
        Source feed = Source.of("phusa-thoi-su", phusa.address("/rss/thoi-su.rss"));
        Listing l = fetchAndRead(feed);
        assertThat(l.problems()).isEmpty();
        assertThat(l.items()).hasSize(5).allSatisfy(d -> assertThat(d.uri().getAuthority())
                .isEqualTo(phusa.origin().getAuthority()));
        assertThat(l.items().getFirst().title()).contains("Thông xe cầu Rạch Gừa sau 18 tháng thi công");
    }

    @Test
    void theOddlyEncodedFeedSurvivesTheWire() throws Exception {
        Listing l = fetchAndRead(Source.of("caonguyen", caonguyen.address("/rss/khai-bao-sai.rss")));
        assertThat(l.items()).extracting(d -> d.title().orElseThrow())
                .containsExactly("Đắk Sơn khánh thành nhà máy điện gió thứ hai", "Người trồng hồ tiêu ở Ea Lâm lo mất mùa");
    }

    @Test
    void aSitemapIndexLeadsToChildrenThatCanBeFetched() throws Exception {
        Source index = Source.of("phusa-sitemap", phusa.address("/sitemap_index.xml"));
        Listing l = fetchAndRead(index);
        assertThat(l.sitemaps()).hasSize(2);
        int articles = 0;
        for (Discovered child : l.sitemaps()) {
            HttpResponse<byte[]> r = get(child.uri());
            assertThat(r.statusCode()).as(child.uri().toString()).isEqualTo(200);
            articles += SitemapItems.parse(r.body(), child.uri(), index.name()).items().size();
        }
        assertThat(articles).isEqualTo(5);
    }

    @Test
    void theSectionPageKeepsItsSiteOnTheLoopbackOrigin() throws Exception {
        Listing l = fetchAndRead(Source.of("phusa-xa-hoi", phusa.address("/chuyen-muc/xa-hoi.html")));
        // the www. link in the fixture points to another spelling of the invented host, which is not rewritten
        assertThat(l.items()).extracting(d -> d.uri().getPath()).contains("/xa-hoi/52001",
                "/thoi-su/thong-xe-cau-rach-gua-sau-18-thang-thi-cong-20261123.html");
        assertThat(l.items()).allSatisfy(d -> assertThat(d.uri().getHost()).isEqualTo("127.0.0.1"));
    }

    @Test
    void atomAndNewsSitemapAndAMalformedFeed() throws Exception {
        assertThat(fetchAndRead(Source.of("a", caonguyen.address("/atom/kinh-te.atom"))).items()).hasSize(3);
        Listing news = fetchAndRead(Source.of("n", phusa.address("/sitemap-news.xml")));
        assertThat(news.items()).hasSize(3).allSatisfy(d -> assertThat(d.published()).isPresent());
        Listing broken = fetchAndRead(Source.of("h", phusa.address("/rss/hong.rss")));
        assertThat(broken.isMalformed()).isTrue();
        assertThat(get(phusa.address("/khong-co-trang-nay.html")).statusCode()).isEqualTo(404);
    }
}
