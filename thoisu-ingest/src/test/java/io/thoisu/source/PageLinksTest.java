package io.thoisu.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageLinksTest {
    @Test
    void aSectionPageGivesItsArticleLinksInPageOrder() {
        String path = "baophusa/chuyen-muc/xa-hoi.html";
        Listing l = PageLinks.parse(LiveFixtures.text(path), LiveFixtures.addressOf(path), "phusa-xa-hoi");
        assertThat(l.problems()).isEmpty();
        assertThat(l.items()).extracting(d -> d.uri().toString()).containsExactly(
                "http://baophusa.test/xa-hoi/nguoi-dan-mien-tay-chuan-bi-don-con-nuoc-lon-20261122.html",
                "http://baophusa.test/xa-hoi/truong-tieu-hoc-da-bac-don-bang-cong-nhan-chuan-quoc-gia-20261120.html",
                "http://www.baophusa.test/xa-hoi/thanh-nien-son-khe-tinh-nguyen-don-rac-bo-kenh-20261121.html",
                "http://baophusa.test/xa-hoi/52001",
                "http://baophusa.test/xa-hoi/ho-tro-kinh-phi-sua-nha.html",
                "http://baophusa.test/thoi-su/thong-xe-cau-rach-gua-sau-18-thang-thi-cong-20261123.html");
        assertThat(l.items().getFirst().title()).as("the headline beats the picture's alt text")
                .contains("Người dân miền Tây chuẩn bị đón con nước lớn");
        assertThat(l.items()).allSatisfy(d -> assertThat(d.published()).isEmpty());
    }

    @Test
    void furnitureMediaAndSectionsAreNotArticles() {
        for (String notArticle : new String[] {"/", "/thoi-su/", "/kinh-te/bat-dong-san/", "/tu-khoa/lu-lut-mien-tay",
                "/tag/son-khe-2026", "/dang-nhap", "/tim-kiem?q=l%C5%A9+l%E1%BB%A5t", "/anh/2026/11/mua-lu-son-khe-12345.jpg",
                "/thoi-su/trang-2.html", "/thoi-su/tin-moi-nhat-hom-nay?page=2", "/tac-gia/tran-minh-khoa-12345",
                "/video/clip-hay-trong-ngay.mp4"}) {
            assertThat(PageLinks.looksLikeArticle(URI.create("http://baophusa.test" + notArticle)))
                    .as(notArticle).isFalse();
        }
        for (String article : new String[] {"/thoi-su/chay-kho-phan-bon-o-tan-lac.html", "/xa-hoi/52001",
                "/kinh-te/gia-vang-hom-nay-tang-manh", "/tin-tuc/20261123-bai-viet.htm", "/a/b/c/d-e-f-g",
                "/thoi-su/ban-tin-sang-p1234567.html"}) {
            assertThat(PageLinks.looksLikeArticle(URI.create("http://baophusa.test" + article)))
                    .as(article).isTrue();
        }
    }

    @Test
    void titleAttributeWhenTheLinkHasNoText() {
        String html = "<ul><li><a href='/the-thao/doi-bong-son-khe-len-hang-nhat-20261123.html' "
                + "title='Đội bóng Sơn Khê lên hạng Nhất'><img src='x.png'></a></li></ul>";
        Listing l = PageLinks.parse(html, URI.create("http://baophusa.test/the-thao/"), "s");
        assertThat(l.items()).singleElement().extracting(Discovered::title)
                .isEqualTo(Optional.of("Đội bóng Sơn Khê lên hạng Nhất"));
    }

    @Test
    void anEmptyOrBrokenPageHasNoLinks() {
        assertThat(PageLinks.parse("", URI.create("http://baophusa.test/"), "s").items()).isEmpty();
        assertThat(PageLinks.parse("<a href='http://[::1'>x</a><a href='%%%'>y</a>",
                URI.create("http://baophusa.test/"), "s").items()).isEmpty();
    }
}
