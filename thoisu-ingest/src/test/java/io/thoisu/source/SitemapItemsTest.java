package io.thoisu.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class SitemapItemsTest {
    private static Listing sitemap(String path) {
        return SitemapItems.parse(LiveFixtures.bytes(path), LiveFixtures.addressOf(path), "phusa-sitemap");
    }

    private static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    @Test
    void anIndexNamesItsChildSitemapsWithTheirLastmod() {
        Listing l = sitemap("baophusa/sitemap_index.xml");
        assertThat(l.problems()).isEmpty();
        assertThat(l.items()).isEmpty();
        assertThat(l.sitemaps()).extracting(d -> d.uri().toString()).containsExactlyInAnyOrder(
                "http://baophusa.test/sitemaps/bai-viet-2026-10.xml",
                "http://baophusa.test/sitemaps/bai-viet-2026-11.xml");
        Discovered november = l.sitemaps().stream().filter(d -> d.uri().getPath().endsWith("11.xml")).findFirst()
                .orElseThrow();
        assertThat(november.published()).contains(at("2026-11-23T09:00:00+07:00"));
    }

    @Test
    void childSitemapsGiveArticlesWithLastmodOrNothing() {
        Listing nov = sitemap("baophusa/sitemaps/bai-viet-2026-11.xml");
        assertThat(nov.problems()).isEmpty();
        assertThat(nov.items()).hasSize(3);
        assertThat(nov.items().getFirst().published()).contains(at("2026-11-23T08:40:00+07:00"));
        assertThat(nov.items().get(2).published()).as("a date-only lastmod").isPresent();
        assertThat(nov.items()).allSatisfy(d -> assertThat(d.title()).isEmpty());
        Listing oct = sitemap("baophusa/sitemaps/bai-viet-2026-10.xml");
        assertThat(oct.items()).hasSize(2);
        assertThat(oct.items().get(1).published()).as("no lastmod").isEmpty();
    }

    @Test
    void googleNewsPublicationDateAndTitleWin() {
        Listing l = sitemap("baophusa/sitemap-news.xml");
        assertThat(l.problems()).isEmpty();
        assertThat(l.items()).hasSize(3);
        Discovered arrest = l.items().get(1);
        assertThat(arrest.title()).contains("Bắt nhóm đối tượng lừa đảo bán đất nền ở Sơn Khê");
        assertThat(arrest.published()).as("publication_date, not the later lastmod")
                .contains(at("2026-11-23T09:02:00+07:00"));
        assertThat(l.items().getFirst().published()).contains(at("2026-11-23T07:55:00+07:00"));
        assertThat(l.items().get(2).published()).as("a date-only publication date").isPresent();
    }

    @Test
    void gzippedAndPlainTextSitemaps() throws Exception {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(LiveFixtures.bytes("baophusa/sitemaps/bai-viet-2026-10.xml"));
        }
        Listing zipped = SitemapItems.parse(gz.toByteArray(), URI.create("http://baophusa.test/sitemaps/10.xml.gz"),
                "s");
        assertThat(zipped.items()).hasSize(2);
        String text = "http://baophusa.test/thoi-su/bai-mot-trong-so-do-thi-20261101.html\n"
                + "http://baophusa.test/thoi-su/bai-hai-trong-so-do-thi-20261102.html\n";
        Listing plain = SitemapItems.parse(text.getBytes(StandardCharsets.UTF_8),
                URI.create("http://baophusa.test/sitemap.txt"), "s");
        assertThat(plain.items()).extracting(d -> d.uri().getPath()).containsExactly(
                "/thoi-su/bai-mot-trong-so-do-thi-20261101.html", "/thoi-su/bai-hai-trong-so-do-thi-20261102.html");
    }

    @Test
    void aBrokenSitemapIsAProblem() {
        String truncated = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<url><loc>http://baophusa.test/thoi-su/bai-truoc-cho-dut-20261123.html</loc></url>"
                + "<url><loc>http://baophusa.test/thoi-su/bai-bi-c";
        Listing l = SitemapItems.parse(truncated.getBytes(StandardCharsets.UTF_8),
                URI.create("http://baophusa.test/sitemap.xml"), "s");
        assertThat(l.problems()).singleElement().asString().startsWith("malformed sitemap");
        assertThat(l.items()).extracting(d -> d.uri().getPath())
                .as("what came before the break is kept").contains("/thoi-su/bai-truoc-cho-dut-20261123.html");
        Listing junk = SitemapItems.parse(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0},
                URI.create("http://baophusa.test/sitemap.xml"), "s");
        assertThat(junk.items()).isEmpty();
    }
}
