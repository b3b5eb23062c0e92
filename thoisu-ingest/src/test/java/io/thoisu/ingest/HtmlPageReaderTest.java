package io.thoisu.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.model.LineRole;
import io.thoisu.model.Origin;
import io.thoisu.model.RawDocument;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlPageReaderTest {
    private final HtmlPageReader reader = new HtmlPageReader();

    @Test
    void flattensBlocksAndPassesMetadataAsHints() {
        String html = "<html><head><meta property='og:title' content='Mưa lớn ở Hòa Khê'>"
                + "<meta property='og:site_name' content='Báo Mới'><link rel='canonical' href='https://baomoi.com/a.epi'>"
                + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-05-02T08:00:00+07:00\","
                + "\"author\":[{\"name\":\"Lê Hoa\"}]}</script><style>p{}</style></head><body><nav>Trang chủ</nav>"
                + "<h1>Mưa lớn ở Hòa Khê</h1><p>Đoạn <b>một</b> của bài.</p><figure><img alt='Ảnh mưa'>"
                + "<figcaption>Đường ngập. Ảnh: Lê Hoa</figcaption></figure><div class='box-related'><p>Tin khác</p></div>"
                + "<div class='comment-list'>Bình luận (2)</div><footer>Bản quyền</footer></body></html>";
        RawDocument doc = reader.toDocument(html, Origin.ofFile("a.html"), Optional.empty(), Optional.empty());
        List<String> lines = List.of(doc.text().split("\n"));
        assertThat(lines).containsExactly("Mưa lớn ở Hòa Khê", "Đoạn một của bài.", "Ảnh mưa",
                "Đường ngập. Ảnh: Lê Hoa", "Tin khác", "Bình luận (2)");
        assertThat(doc.hints().roleOf(0)).contains(LineRole.TITLE);
        assertThat(doc.hints().roleOf(1)).isEmpty();
        assertThat(doc.hints().roleOf(2)).contains(LineRole.IMAGE_ALT);
        assertThat(doc.hints().roleOf(3)).contains(LineRole.CAPTION);
        assertThat(doc.hints().roleOf(4)).contains(LineRole.TEASER);
        assertThat(doc.hints().roleOf(5)).contains(LineRole.WIDGET);
        assertThat(doc.hints().title()).contains("Mưa lớn ở Hòa Khê");
        assertThat(doc.hints().published()).contains("2024-05-02T08:00:00+07:00");
        assertThat(doc.hints().authors()).containsExactly("Lê Hoa");
        assertThat(doc.hints().outlet()).contains("Báo Mới");
        assertThat(doc.hints().url()).contains("https://baomoi.com/a.epi");
    }

    @Test
    void severalArticlesGetBreaks() {
        String html = "<body><article><h2>Một</h2><p>a</p></article><article><h2>Hai</h2><p>b</p></article></body>";
        RawDocument doc = reader.toDocument(html, Origin.ofFile("x.html"), Optional.empty(), Optional.empty());
        long breaks = doc.hints().lineRoles().values().stream().filter(r -> r == LineRole.ARTICLE_BREAK).count();
        assertThat(breaks).isEqualTo(2);
    }

    @Test
    void decodesTheDeclaredCharsetAndRejectsBinaryAndBadBytes(@TempDir Path dir) throws IOException {
        Path latin = dir.resolve("w.html");
        Files.write(latin, "<meta charset=\"windows-1258\"><p>Vi\u1EC7t</p>".getBytes(Charset.forName("windows-1258")));
        HtmlFileReader files = new HtmlFileReader();
        ReadResult ok = files.read(latin);
        assertThat(ok.rejections()).isEmpty();
        assertThat(ok.documents()).singleElement().satisfies(d -> assertThat(d.text()).contains("Vi"));

        Path bin = dir.resolve("b.html");
        Files.write(bin, new byte[] {'<', 'p', '>', 0, 1, 2});
        assertThat(files.read(bin).rejections()).singleElement().satisfies(r -> assertThat(r.reason()).contains("binary"));

        Path bad = dir.resolve("u.html");
        Files.write(bad, new byte[] {'<', 'p', '>', (byte) 0xC3, (byte) 0x28});
        assertThat(files.read(bad).rejections()).singleElement().satisfies(r -> assertThat(r.reason()).contains("UTF-8"));

        Path empty = dir.resolve("e.html");
        Files.write(empty, new byte[0]);
        assertThat(files.read(empty).documents()).isEmpty();
        assertThat(files.read(empty).rejections()).hasSize(1);
    }

    @Test
    void theTitleSuffixNamesTheOutletThenTheHost() {
        String signed = "<html><head><title>Mở rộng cảng Vân Đồn Nam | Báo Hải Cảng</title>"
                + "<link rel='canonical' href='https://www.haicang.example.vn/a.html'></head><body>"
                + "<h1>Mở rộng cảng Vân Đồn Nam</h1><p>Đoạn một.</p></body></html>";
        RawDocument doc = reader.toDocument(signed, Origin.ofFile("a.html"), Optional.empty(), Optional.empty());
        assertThat(doc.hints().outlet()).contains("Báo Hải Cảng");
        String unsigned = "<html><head><title>Mở rộng cảng Vân Đồn Nam</title>"
                + "<link rel='canonical' href='https://www.haicang.example.vn/a.html'></head><body>"
                + "<h1>Mở rộng cảng Vân Đồn Nam</h1><p>Đoạn một.</p></body></html>";
        doc = reader.toDocument(unsigned, Origin.ofFile("b.html"), Optional.empty(), Optional.empty());
        assertThat(doc.hints().outlet()).contains("haicang.example.vn");
        // A dash inside a headline is not a site name: what precedes it is not the page's headline.
        String dashed = "<html><head><title>Hà Nội - Hải Phòng thêm chuyến tàu đêm</title></head><body>"
                + "<h1>Hà Nội - Hải Phòng thêm chuyến tàu đêm</h1><p>Đoạn một.</p></body></html>";
        doc = reader.toDocument(dashed, Origin.ofFile("c.html"), Optional.empty(), Optional.empty());
        assertThat(doc.hints().outlet()).isEmpty();
    }
}
