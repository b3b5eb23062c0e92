package io.thoisu.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.model.Article;
import io.thoisu.model.Origin;
import io.thoisu.model.RawDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Intertitles inside one article against headlines of separate articles, on fictional pages. */
class PageCleanerIntertitleTest {
    private final PageCleaner cleaner = new PageCleaner();

    private List<Article> clean(String... lines) {
        return cleaner.clean(RawDocument.plain(Origin.ofFile("intertitle-test"), String.join("\r\n", lines)));
    }

    @Test
    void headlineShapedSubheadingsOfOneArticleDoNotSplitIt() {
        List<Article> articles = clean(
                "Ngày 12/3, UBND huyện Phước Lâm tổ chức hội nghị bàn giải pháp chống sạt lở bờ sông Ba Khê, nơi nhiều hộ dân phải di dời khẩn cấp trong mùa lũ năm ngoái.",
                "Theo báo cáo của huyện, đoạn bờ sông Ba Khê qua xã Phước Hòa dài gần 2 km đã sạt lở sâu vào đất liền từ 5 đến 10 m, đe dọa hơn 40 hộ dân.",
                "Người dân ven sông Ba Khê mong sớm có kè kiên cố",
                "Bà Trần Thị Mơ, người dân xã Phước Hòa, cho biết mỗi mùa lũ gia đình bà lại phải chuyển đồ đạc lên nhà người quen vì sợ sạt lở bất ngờ.",
                "Nhiều hộ dân khác ở xã Phước Hòa cũng kiến nghị huyện sớm xây kè để họ yên tâm sinh sống và sản xuất bên bờ sông Ba Khê.",
                "Huyện Phước Lâm đề xuất tỉnh hỗ trợ kinh phí xây kè",
                "Ông Lê Văn Khải, Chủ tịch UBND huyện Phước Lâm, cho biết huyện đã lập hồ sơ đề xuất tỉnh hỗ trợ 60 tỉ đồng để xây kè chống sạt lở bờ sông Ba Khê.",
                "Trong lúc chờ kinh phí, huyện sẽ cắm biển cảnh báo và bố trí lực lượng trực tại các điểm sạt lở nguy hiểm trên sông Ba Khê.");
        assertThat(articles).hasSize(1);
        assertThat(articles.get(0).text()).contains("Người dân ven sông Ba Khê mong sớm có kè kiên cố");
    }

    @Test
    void aSecondStoryOnAnotherSubjectStillStartsAnArticle() {
        List<Article> articles = clean(
                "Hợp tác xã Tân An thu hoạch vụ bưởi da xanh đầu tiên đạt chuẩn xuất khẩu",
                "Sáng 8/4, Hợp tác xã Tân An ở huyện Mỹ Đức Tây thu hoạch lứa bưởi da xanh đầu tiên được cấp mã số vùng trồng để xuất khẩu sang châu Âu.",
                "Giám đốc hợp tác xã, ông Võ Minh Trí, cho biết giá bưởi xuất khẩu cao hơn bán cho thương lái khoảng 30 %, nhờ đó các xã viên có thêm thu nhập.",
                "Sân vận động Hòa Xuân được cải tạo trước mùa giải bóng đá mới",
                "Thành phố Hòa Xuân vừa khởi công cải tạo mặt cỏ và hệ thống đèn chiếu sáng của sân vận động trung tâm với tổng kinh phí gần 25 tỉ đồng.",
                "Công trình dự kiến hoàn thành trong ba tháng để kịp phục vụ các trận đấu sân nhà của câu lạc bộ địa phương khi giải hạng Nhất khởi tranh.");
        assertThat(articles).hasSize(2);
        assertThat(articles.get(1).title()).hasValue("Sân vận động Hòa Xuân được cải tạo trước mùa giải bóng đá mới");
    }
}
