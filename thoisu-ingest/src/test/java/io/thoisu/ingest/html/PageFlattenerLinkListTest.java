package io.thoisu.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.model.LineRole;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A box of other articles is told by its structure when no class names it; menus, tags and prose are not. */
class PageFlattenerLinkListTest {
    private static Element first(String html, String css) {
        return Jsoup.parse("<html><body>" + html + "</body></html>").selectFirst(css);
    }

    @Test
    void aBoxOfHeadlineLinksUnderAHeadingIsAList() {
        Element box = first("<div id=\"x\"><p><b>Tin mới đăng</b></p>"
                + "<p><a href=\"/a\">Phú Lâm mở thêm hai tuyến xe buýt nối trung tâm với các xã ven biển</a></p>"
                + "<p><a href=\"/b\">Chợ nổi Cái Sơn trở lại sau ba năm vắng bóng</a></p></div>", "#x");
        assertThat(PageFlattener.isLinkList(box)).isTrue();
        assertThat(PageFlattener.roleOf(box)).isEqualTo(LineRole.TEASER);
    }

    @Test
    void proseWithLinksAndMenusOfShortLinksAreNotLists() {
        Element prose = first("<div id=\"x\"><p>Theo <a href=\"/a\">báo cáo của Sở Giao thông tỉnh Phú Lâm năm nay</a>, "
                + "số chuyến xe buýt đã tăng gấp đôi so với năm trước, nhờ hai tuyến mới khai trương hồi tháng sáu và "
                + "giá vé được giữ nguyên. <a href=\"/b\">Các tuyến xe buýt mới của tỉnh Phú Lâm</a> chạy từ 5 giờ sáng "
                + "đến 9 giờ tối mỗi ngày.</p></div>", "#x");
        assertThat(PageFlattener.isLinkList(prose)).isFalse();
        Element menu = first("<ul id=\"x\"><li><a href=\"/\">Trang chủ</a></li><li><a href=\"/ts\">Thời sự</a></li>"
                + "<li><a href=\"/kt\">Kinh tế</a></li></ul>", "#x");
        assertThat(PageFlattener.isLinkList(menu)).isFalse();
        Element one = first("<div id=\"x\"><a href=\"/a\">Phú Lâm mở thêm hai tuyến xe buýt nối trung tâm</a></div>", "#x");
        assertThat(PageFlattener.isLinkList(one)).isFalse(); // a single link is a related link, not a list
    }
}
