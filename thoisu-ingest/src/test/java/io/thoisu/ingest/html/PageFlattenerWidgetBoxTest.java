package io.thoisu.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.model.LineRole;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Forms, buttons, AMP images and the labels of link lists, as lines with their roles; a page wrapped whole in a
 * form (an old CMS) keeps its text as text.
 */
class PageFlattenerWidgetBoxTest {
    private static PageFlattener.Flat flat(String body) {
        return PageFlattener.flatten(Jsoup.parse("<html><body>" + body + "</body></html>").body());
    }

    private static LineRole roleOf(PageFlattener.Flat f, String line) {
        int i = f.lines().indexOf(line);
        assertThat(i).as("line " + line + " in " + f.lines()).isGreaterThanOrEqualTo(0);
        return f.roles().get(i);
    }

    @Test
    void aSmallFormsBoxAndButtonsAreWidgets() {
        PageFlattener.Flat f = flat("<p>Mùa mưa năm nay đến sớm hơn mọi năm, nông dân các xã ven sông đã gặt xong lúa hè thu.</p>"
                + "<div class=\"x\"><h3>Tin nông nghiệp mỗi tuần</h3><p>Giá lúa, giá phân bón và lịch thời vụ gửi về máy của bạn.</p>"
                + "<form><input type=\"email\"><button>Gửi</button></form></div>"
                + "<div class=\"y\"><button>☰ Mục lục</button></div>");
        assertThat(roleOf(f, "Tin nông nghiệp mỗi tuần")).isEqualTo(LineRole.WIDGET);
        assertThat(roleOf(f, "Giá lúa, giá phân bón và lịch thời vụ gửi về máy của bạn.")).isEqualTo(LineRole.WIDGET);
        assertThat(roleOf(f, "Gửi")).isEqualTo(LineRole.WIDGET);
        assertThat(roleOf(f, "☰ Mục lục")).isEqualTo(LineRole.WIDGET);
        assertThat(f.roles().get(0)).isNull();
    }

    @Test
    void aPageWrappedInAFormKeepsItsText() {
        StringBuilder story = new StringBuilder("<form id=\"aspnet\"><div class=\"content\">");
        for (int i = 0; i < 4; i++) {
            story.append("<p>Đoạn ").append(i).append(": người dân xã Phú Lâm đã trồng thêm hai nghìn cây sao đen dọc các tuyến ")
                    .append("đường liên thôn trong mùa mưa năm nay.</p>");
        }
        story.append("<button>Gửi bình luận</button></div></form>");
        PageFlattener.Flat f = flat(story.toString());
        assertThat(f.roles().get(0)).isNull();
        assertThat(roleOf(f, "Gửi bình luận")).isEqualTo(LineRole.WIDGET);
    }

    @Test
    void ampImagesGiveAltTextsAndAListsHeadingIsItsLabel() {
        PageFlattener.Flat f = flat("<amp-img src=\"/a.jpg\" alt=\"Cánh đồng lúa chín ở Phú Lâm\" layout=\"responsive\"></amp-img>"
                + "<div class=\"ad-slot\"><img src=\"/b.png\" alt=\"Phân bón Hạt Vàng, mùa màng bội thu\"></div>"
                + "<div class=\"related\"><h3>Nhà nông cần biết</h3><ul>"
                + "<li><a href=\"/1\">Cách bón phân cho lúa sau đợt mưa lớn</a></li>"
                + "<li><a href=\"/2\">Phòng rầy nâu cho lúa đông xuân sớm</a></li></ul></div>"
                + "<div class=\"relate-one\"><h3>Giá lúa tăng nhẹ trong tuần đầu tháng</h3><p>Giá lúa tươi tăng 100 đồng.</p></div>");
        assertThat(roleOf(f, "Cánh đồng lúa chín ở Phú Lâm")).isEqualTo(LineRole.IMAGE_ALT);
        assertThat(roleOf(f, "Phân bón Hạt Vàng, mùa màng bội thu")).isEqualTo(LineRole.IMAGE_ALT);
        assertThat(roleOf(f, "Nhà nông cần biết")).isEqualTo(LineRole.FURNITURE);
        assertThat(roleOf(f, "Cách bón phân cho lúa sau đợt mưa lớn")).isEqualTo(LineRole.TEASER);
        // a box of one teaser prints that teaser's headline without a link: still the teaser
        assertThat(roleOf(f, "Giá lúa tăng nhẹ trong tuần đầu tháng")).isEqualTo(LineRole.TEASER);
        assertThat(Map.copyOf(f.roles())).isNotEmpty();
        assertThat(List.copyOf(f.lines())).doesNotContain("");
    }

    @Test
    void anEmbeddedPostIsAWidgetButItsOwnParagraphIsTheStorys() {
        String post = "Chúng tôi xin lỗi vì buổi diễn bị hoãn, mọi vé đã mua sẽ được hoàn tiền trong tuần tới.";
        PageFlattener.Flat f = flat("<p>Ban nhạc Sóng Bạc thông báo hoãn buổi diễn ở Phú Mỹ vì thời tiết xấu.</p>"
                + "<blockquote class=\"post-embed\"><div class=\"acc\">Ban nhạc Sóng Bạc</div><div>3 giờ trước</div>"
                + "<p>" + post + "</p><div class=\"count\">2,4K lượt thích</div></blockquote>"
                + "<div class=\"social-share\"><p>Chia sẻ bài viết này với bạn bè của bạn trên mạng xã hội ngay bây giờ nhé.</p></div>");
        assertThat(roleOf(f, "Ban nhạc Sóng Bạc")).isEqualTo(LineRole.WIDGET);
        assertThat(roleOf(f, "3 giờ trước")).isEqualTo(LineRole.WIDGET);
        assertThat(roleOf(f, "2,4K lượt thích")).isEqualTo(LineRole.WIDGET);
        assertThat(roleOf(f, post)).isNull();
        // a share box's sentence is no post: no embed holds it
        assertThat(roleOf(f, "Chia sẻ bài viết này với bạn bè của bạn trên mạng xã hội ngay bây giờ nhé.")).isEqualTo(LineRole.WIDGET);
    }

    @Test
    void aPortraitInAnAuthorBoxIsAnImageAlt() {
        PageFlattener.Flat f = flat("<div class=\"author-box\"><img src=\"a.jpg\" alt=\"Ảnh chân dung Lê Minh Thư\">"
                + "<p>Lê Minh Thư</p></div><p>Những cơn mưa cuối mùa khiến nhiều tuyến đường ven sông ngập sâu suốt buổi sáng.</p>");
        assertThat(roleOf(f, "Ảnh chân dung Lê Minh Thư")).isEqualTo(LineRole.IMAGE_ALT);
        assertThat(roleOf(f, "Lê Minh Thư")).isEqualTo(LineRole.BYLINE);
    }
}
