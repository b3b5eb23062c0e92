package io.thoisu.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ListingReaderTest {
    @Test
    void theDocumentDecidesNotTheNameOrTheKind() {
        // a sitemap served under a feed-like name, declared as RSS in the sources file
        Source mislabelled = Source.of("nhan-sai", URI.create("http://baophusa.test/tin-moi.rss"));
        assertThat(mislabelled.kind()).isEqualTo(SourceKind.RSS);
        byte[] sitemap = LiveFixtures.bytes("baophusa/sitemap-news.xml");
        Listing l = ListingReader.read(mislabelled, mislabelled.uri(), sitemap, LiveFixtures.text(
                "baophusa/sitemap-news.xml"));
        assertThat(l.items()).hasSize(3);
        assertThat(l.items().getFirst().title()).isPresent();

        Source page = Source.of("trang", URI.create("http://baophusa.test/chuyen-muc/xa-hoi.html"));
        String html = LiveFixtures.text("baophusa/chuyen-muc/xa-hoi.html");
        assertThat(ListingReader.read(page, page.uri(), LiveFixtures.bytes("baophusa/chuyen-muc/xa-hoi.html"), html)
                .items()).hasSize(6);

        Source atom = Source.of("atom", URI.create("http://tincaonguyen.test/atom/kinh-te.atom"));
        assertThat(atom.kind()).isEqualTo(SourceKind.ATOM);
        assertThat(ListingReader.read(atom, atom.uri(), LiveFixtures.bytes("tincaonguyen/atom/kinh-te.atom"), "")
                .items()).hasSize(3);
    }

    @Test
    void kindsInferredFromAddresses() {
        assertThat(SourceKind.inferredFrom(URI.create("http://a.test/sitemap_index.xml"))).isEqualTo(SourceKind.SITEMAP);
        assertThat(SourceKind.inferredFrom(URI.create("http://a.test/rss/tin.xml"))).isEqualTo(SourceKind.RSS);
        assertThat(SourceKind.inferredFrom(URI.create("http://a.test/feed"))).isEqualTo(SourceKind.RSS);
        assertThat(SourceKind.inferredFrom(URI.create("http://a.test/x.atom"))).isEqualTo(SourceKind.ATOM);
        assertThat(SourceKind.inferredFrom(URI.create("http://a.test/thoi-su/"))).isEqualTo(SourceKind.PAGE);
    }

    @Test
    void addressesAreCanonical() {
        URI base = URI.create("http://BaoPhuSa.test:80/thoi-su/");
        assertThat(Addresses.resolve(base, "bai-viet.html?utm_source=rss&id=5&fbclid=xyz#binh-luan"))
                .contains(URI.create("http://baophusa.test/thoi-su/bai-viet.html?id=5"));
        assertThat(Addresses.resolve(base, "https://baophusa.test:443")).contains(URI.create("https://baophusa.test/"));
        assertThat(Addresses.resolve(base, "javascript:void(0)")).isEmpty();
        assertThat(Addresses.resolve(base, " ")).isEmpty();
        assertThat(Addresses.site(URI.create("http://www.baophusa.test/x"))).isEqualTo("baophusa.test");
    }
}
