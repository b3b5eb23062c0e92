package io.thoisu.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeedItemsTest {
    private static Listing feed(String path) {
        return FeedItems.parse(LiveFixtures.bytes(path), LiveFixtures.addressOf(path), "nguon-thu");
    }

    private static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    @Test
    void rss2WithVietnameseTitlesAndPlus0700Dates() {
        Listing l = feed("baophusa/rss/thoi-su.rss");
        assertThat(l.problems()).isEmpty();
        assertThat(l.items()).hasSize(5);
        Discovered first = l.items().getFirst();
        assertThat(first.uri()).isEqualTo(URI.create(
                "http://baophusa.test/thoi-su/thong-xe-cau-rach-gua-sau-18-thang-thi-cong-20261123.html"));
        assertThat(first.title()).contains("Thông xe cầu Rạch Gừa sau 18 tháng thi công");
        assertThat(first.published()).contains(at("2026-11-23T08:40:00+07:00"));
        assertThat(first.published()).contains(Instant.parse("2026-11-23T01:40:00Z"));
        assertThat(first.sourceName()).isEqualTo("nguon-thu");
        assertThat(l.items().get(1).uri().toString()).as("campaign parameters removed")
                .isEqualTo("http://baophusa.test/thoi-su/"
                        + "mua-lon-keo-dai-nhieu-tuyen-duong-o-thi-xa-son-khe-ngap-sau-20261122.html");
        assertThat(l.items().get(1).title()).contains(
                "Mưa lớn kéo dài, nhiều tuyến đường ở thị xã Sơn Khê ngập sâu");
        assertThat(l.items().get(3).uri().toString()).as("relative link resolved against the feed")
                .isEqualTo("http://baophusa.test/thoi-su/gia-lua-tang-nhe-nong-dan-tan-lac-dong-phan-khoi-20261121.html");
        assertThat(l.items().get(4).uri().toString()).as("permalink guid when there is no link")
                .endsWith("/khoi-cong-truong-mam-non-xa-my-khe-20261122.html");
        assertThat(l.items().get(4).published()).contains(at("2026-11-22T10:00:00+07:00"));
    }

    @Test
    void atomPublishedElseUpdated() {
        Listing l = feed("tincaonguyen/atom/kinh-te.atom");
        assertThat(l.problems()).isEmpty();
        assertThat(l.items()).extracting(d -> d.uri().getPath()).containsExactly(
                "/kinh-te/ca-phe-hoa-son-duoc-mua-gia-thu-mua-len-118000-dong-51820.html",
                "/kinh-te/hop-tac-xa-ea-lam-xuat-khau-lo-sau-rieng-dau-tien-51777.html",
                "/kinh-te/ngan-hang-phat-trien-cao-nguyen-ha-lai-suat-51790.html");
        assertThat(l.items().get(0).published()).as("published wins over updated")
                .contains(at("2026-11-23T09:45:00+07:00"));
        assertThat(l.items().get(1).published()).contains(at("2026-11-22T15:00:00+07:00"));
        assertThat(l.items().get(0).title()).contains("Cà phê Hòa Sơn được mùa, giá thu mua lên 118.000 đồng/kg");
    }

    @Test
    void rss091WithItsDoctypeAndNoDates() {
        Listing l = feed("tincaonguyen/rss/ban-tin-091.rss");
        assertThat(l.problems()).isEmpty();
        assertThat(l.items()).hasSize(2);
        assertThat(l.items()).allSatisfy(d -> assertThat(d.published()).isEmpty());
        assertThat(l.items().getFirst().title()).contains("Buôn Đrăng Phôk mở lớp dạy cồng chiêng cho thiếu nhi");
    }

    @Test
    void bomLeadingBlankLineAndAWrongEncodingDeclaration() {
        Listing l = feed("tincaonguyen/rss/khai-bao-sai.rss");
        assertThat(l.problems()).isEmpty();
        assertThat(l.items()).extracting(d -> d.title().orElseThrow()).containsExactly(
                "Đắk Sơn khánh thành nhà máy điện gió thứ hai", "Người trồng hồ tiêu ở Ea Lâm lo mất mùa");
    }

    @Test
    void aLegacyEncodingThatIsDeclaredIsHonoured() {
        String xml = "<?xml version=\"1.0\" encoding=\"windows-1252\"?><rss version=\"2.0\"><channel><title>t</title>"
                + "<link>http://x.test/</link><description>d</description><item><title>Café Sài Gòn</title>"
                + "<link>http://x.test/cafe-sai-gon-mo-cua-lai-sau-bao-12345.html</link></item></channel></rss>";
        Listing l = FeedItems.parse(xml.getBytes(Charset.forName("windows-1252")), URI.create("http://x.test/rss"),
                "x");
        assertThat(l.items()).singleElement().extracting(Discovered::title).isEqualTo(Optional.of("Café Sài Gòn"));
    }

    @Test
    void utf16WithItsByteOrderMark() {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss version=\"2.0\"><channel><title>t</title>"
                + "<link>http://x.test/</link><description>d</description><item><title>Lũ về Sơn Khê</title>"
                + "<link>http://x.test/lu-ve-son-khe-sang-nay-20261123.html</link></item></channel></rss>";
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_16); // Java writes a big-endian BOM
        Listing l = FeedItems.parse(bytes, URI.create("http://x.test/rss"), "x");
        assertThat(l.items()).singleElement().extracting(Discovered::title).isEqualTo(Optional.of("Lũ về Sơn Khê"));
    }

    @Test
    void aMalformedFeedIsAProblemNotAnException() {
        Listing l = feed("baophusa/rss/hong.rss");
        assertThat(l.items()).isEmpty();
        assertThat(l.isMalformed()).isTrue();
        assertThat(l.problems()).singleElement().asString()
                .startsWith("malformed feed at http://baophusa.test/rss/hong.rss");
    }

    @Test
    void garbageEmptinessAndHtmlAreProblemsToo() {
        URI u = URI.create("http://x.test/rss");
        assertThat(FeedItems.parse(new byte[0], u, "x").isMalformed()).isTrue();
        assertThat(FeedItems.parse("   \n".getBytes(StandardCharsets.UTF_8), u, "x").isMalformed()).isTrue();
        assertThat(FeedItems.parse(new byte[] {0, 1, 2, (byte) 0xFF, 0x3C}, u, "x").isMalformed()).isTrue();
        assertThat(FeedItems.parse("<html><body>Trang chủ</body></html>".getBytes(StandardCharsets.UTF_8), u, "x")
                .isMalformed()).isTrue();
        String entityBomb = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;\">]>"
                + "<rss version=\"2.0\"><channel><title>&b;</title><link>http://x.test/</link><description>d"
                + "</description></channel></rss>";
        assertThat(FeedItems.parse(entityBomb.getBytes(StandardCharsets.UTF_8), u, "x").isMalformed())
                .as("internal entities are dropped with the DTD, so the feed is refused rather than expanded").isTrue();
    }

    @Test
    void itemsWithoutAnyUsableLinkAreSkippedWithAProblem() {
        String xml = "<rss version=\"2.0\"><channel><title>t</title><link>http://x.test/</link><description>d"
                + "</description><item><title>Không có liên kết</title><guid isPermaLink=\"false\">id-1</guid></item>"
                + "<item><title>Có liên kết</title><link>http://x.test/co-lien-ket-day-du-o-day-1.html</link></item>"
                + "<item><title>FTP</title><link>ftp://x.test/file</link></item></channel></rss>";
        Listing l = FeedItems.parse(xml.getBytes(StandardCharsets.UTF_8), URI.create("http://x.test/rss"), "x");
        assertThat(l.items()).singleElement().extracting(Discovered::title).isEqualTo(Optional.of("Có liên kết"));
        assertThat(l.problems()).hasSize(2).allSatisfy(p -> assertThat(p).contains("no usable link"));
    }
}
