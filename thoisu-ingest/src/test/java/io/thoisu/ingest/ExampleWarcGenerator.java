package io.thoisu.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Writes the example crawl {@code examples/warc/crawl-2025-01-13.warc.gz} (five fictional article pages, a logo
 * image that is not an article, and a feed-date metadata record) and the bad example
 * {@code examples/bad/truncated.warc}. Record ids are derived from the URLs so that a re-run gives the same records.
 *
 * <p>Run from the worktree root: {@code java ... io.thoisu.ingest.ExampleWarcGenerator examples}.
 */
public final class ExampleWarcGenerator {
    private ExampleWarcGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path examples = Path.of(args.length > 0 ? args[0] : "examples");
        Files.createDirectories(examples.resolve("warc"));
        Files.createDirectories(examples.resolve("bad"));
        WarcFixtures.write(examples.resolve("warc/crawl-2025-01-13.warc.gz"), WarcCompression.GZIP,
                crawl().toArray(WarcRecord[]::new));

        // Two short pages, then cut inside the second record: the first must survive, the second be rejected.
        Path truncated = examples.resolve("bad/truncated.warc");
        WarcFixtures.write(truncated, WarcCompression.NONE,
                page("https://tinnhanh24.example.vn/tin-van-1.html", "2025-01-13T01:00:00Z",
                        "Tin vắn Sơn Khê", "<p>Nước sông Lam Khê đã xuống dưới báo động 2 từ chiều hôm qua.</p>"),
                page("https://tinnhanh24.example.vn/tin-van-2.html", "2025-01-13T01:05:00Z",
                        "Tin vắn Đông Vân", "<p>Công an tỉnh Đông Vân đang làm rõ nguyên nhân vụ cháy.</p>"));
        byte[] bytes = Files.readAllBytes(truncated);
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length - 120));
    }

    private static List<WarcRecord> crawl() throws IOException {
        List<WarcRecord> records = new ArrayList<>();
        String fireUrl = "https://songhong.example.vn/xa-hoi/chay-xuong-may-thanh-vinh-nguyen-nhan-ban-dau-2025011209.htm";
        records.add(page(fireUrl, "2025-01-12T05:02:11Z", "Cháy xưởng may Thành Vinh: Nghi do chập điện ở kho vải", """
                <div class="detail-time">12/01/2025 11:58 GMT+7</div>
                <h1>Cháy xưởng may Thành Vinh: Nghi do chập điện ở kho vải</h1>
                <div class="author">PHƯƠNG THẢO</div><div class="author">PHƯƠNG THẢO</div>
                <p><b>SHO - Cơ quan chức năng bước đầu xác định vụ cháy xưởng may ở Khu công nghiệp Bình Lương tối 11-1 có thể xuất phát từ sự cố chập điện tại khu vực kho vải.</b></p>
                <figure><img src="kho-vai.jpg" alt="Cháy xưởng may Thành Vinh: Nghi do chập điện ở kho vải - Ảnh 1."><figcaption>Hiện trường khu kho vải sau vụ cháy - Ảnh: PHƯƠNG THẢO</figcaption></figure>
                <p>Sáng 12-1, Công an tỉnh Đông Vân phối hợp Viện Khoa học hình sự khám nghiệm hiện trường vụ cháy tại xưởng của Công ty TNHH May mặc Thành Vinh.</p>
                <p>Theo trung tá Phạm Quốc Thịnh, dấu vết ban đầu cho thấy đám cháy bắt đầu ở góc kho, nơi có tủ điện phục vụ hệ thống quạt thông gió. "Chúng tôi đã thu giữ các mẫu dây dẫn để giám định", ông Thịnh cho biết.</p>
                <p>Vụ cháy khiến khoảng 3.000 m2 nhà xưởng bị thiêu rụi, thiệt hại ước tính khoảng 20 tỷ đồng. Rất may gần 400 công nhân ca đêm đều thoát ra an toàn.</p>
                <p>Công ty Thành Vinh cho biết sẽ bố trí cho công nhân nghỉ có hưởng lương trong thời gian khắc phục sự cố.</p>
                <div class="relate">Cháy lớn xưởng may trong khu công nghiệp Bình Lương Cháy lớn xưởng may trong khu công nghiệp Bình Lương</div>
                <div class="comment">Trở thành người đầu tiên tặng sao cho bài viết 0 0 0 Bình luận (0)</div>
                """));
        records.add(feedDate(fireUrl, "2025-01-12T05:02:12Z", "Sun, 12 Jan 2025 11:58:00 +0700"));
        records.add(image("https://songhong.example.vn/static/logo.png", "2025-01-12T05:02:13Z"));
        records.add(page("https://lamgiang.example.vn/xa-hoi/son-khe-dan-vung-lu-mot-dem-trang-a10461.html",
                "2025-01-11T03:40:00Z", "Sơn Khê: Một đêm trắng cùng người dân vùng lũ", """
                <header>Báo Lam Giang điện tử — Xã hội</header>
                <h1>Sơn Khê: Một đêm trắng cùng người dân vùng lũ</h1>
                <time datetime="2025-01-11T09:30:00+07:00">11/01/2025 09:30</time>
                <p>(LG) - Đêm 10/1, trong khi nước sông Lam Khê vẫn lên từng giờ, hàng trăm cán bộ, chiến sĩ và người dân xã Tân Hội thức trắng để gia cố bờ bao, di dời người già, trẻ nhỏ.</p>
                <p>Tại điểm sơ tán ở trường THCS Tân Hội, hơn 300 người được bố trí chỗ ngủ tạm trong các phòng học. Nhiều gia đình chỉ kịp mang theo ít quần áo và giấy tờ.</p>
                <figure><img src="tan-hoi.jpg" alt="Điểm sơ tán trường THCS Tân Hội"><figcaption>Người dân ngủ tạm tại điểm sơ tán trường THCS Tân Hội đêm 10/1. Ảnh: MINH ĐỨC</figcaption></figure>
                <p>Ông Lò Văn Sáng, Chủ tịch UBND xã Tân Hội, cho biết toàn xã có 214 hộ phải di dời. "Đây là trận lũ lớn nhất từ năm 2017 đến nay", ông Sáng nói.</p>
                <p>Theo số liệu của tỉnh, toàn tỉnh Sơn Khê có hơn 900 hộ dân phải sơ tán. Mưa được dự báo giảm dần từ chiều 11/1.</p>
                <p class="author">Minh Đức</p>
                <aside><h3>Tin liên quan</h3><a href="#">Lũ sông Lam Khê: Khoảng 1.200 hộ dân phải sơ tán</a></aside>
                """));
        records.add(page("https://phuongnam.example.vn/the-thao/thep-xanh-hai-lam-cong-bo-tan-binh-20250112.htm",
                "2025-01-12T06:15:00Z", "Thép Xanh Hải Lâm công bố tân binh Trịnh Văn Khang", """
                <div class="date">Chủ nhật, 12/01/2025 | 12:50</div>
                <h1>Thép Xanh Hải Lâm công bố tân binh Trịnh Văn Khang</h1>
                <h2 class="sapo">PN - Trưa 12-1, CLB Thép Xanh Hải Lâm chính thức ra mắt tiền đạo Trịnh Văn Khang, người vừa chia tay CLB Lam Giang sau 6 mùa giải.</h2>
                <p>Buổi ra mắt diễn ra tại sân tập của đội bóng với sự có mặt của lãnh đạo CLB và đông đảo cổ động viên.</p>
                <p>CLB không công bố phí chuyển nhượng, nhưng theo một số nguồn tin, con số này vào khoảng 8-10 tỷ đồng.</p>
                <p>Văn Khang cho biết anh chọn Hải Lâm vì muốn thử thách bản thân ở một đội bóng có tham vọng vô địch. "Tôi luôn biết ơn Lam Giang, nơi đã cho tôi tất cả", Khang nói.</p>
                <p class="caption">Trịnh Văn Khang nhận áo số 9 từ Chủ tịch CLB (Ảnh: Q.V)</p>
                <p>Bài và ảnh: QUANG VINH</p>
                <div class="tin-khac">Tin khác: Lịch thi đấu vòng 10 | Bảng xếp hạng</div>
                """));
        records.add(page("https://dongvan.example.vn/phap-luat/xet-xu-hoang-phat-ngay-thu-ba.html",
                "2025-01-10T10:00:00Z", "Xét xử vụ Hoàng Phát: Bị hại đề nghị truy tìm dòng tiền", """
                <div class="cate">Pháp luật</div>
                <h1>Xét xử vụ Hoàng Phát: Bị hại đề nghị truy tìm dòng tiền</h1>
                <p class="time">Thứ sáu, 10/1/2025, 16:45 (GMT+7)</p>
                <p class="description">Nhiều bị hại trong vụ án Hoàng Phát đề nghị tòa làm rõ hơn 300 tỷ đồng đã được chuyển đi đâu, trước khi viện kiểm sát luận tội.</p>
                <p>Phiên xử bị cáo Nguyễn Đức Lượng và đồng phạm bước sang ngày thứ ba. Sáng 10/1, hội đồng xét xử dành thời gian cho các bị hại trình bày ý kiến.</p>
                <p>Ông Vũ Văn Tâm, một bị hại, đề nghị tòa yêu cầu cơ quan điều tra truy tìm số tiền mà bị cáo chuyển sang các công ty liên quan. "Tiền không thể tự nhiên biến mất", ông Tâm nói trước tòa.</p>
                <p>Theo hồ sơ vụ án, có hơn 1.100 khách hàng đã ký hợp đồng góp vốn với Công ty Hoàng Phát.</p>
                <p>Cùng ngày, đại diện viện kiểm sát đã luận tội và đề nghị mức án 18-20 năm tù đối với bị cáo Lượng.</p>
                <p style="text-align:right"><strong>Thu Trang</strong></p>
                """));
        records.add(page("https://tuoimoi.example.vn/nuoc-lu-song-lam-khe-rut-20250113.htm",
                "2025-01-13T02:30:00Z", "Nước lũ sông Lam Khê rút, Sơn Khê tập trung khắc phục hậu quả", """
                <p class="date-time">13/01/2025 09:10 GMT+7</p>
                <h1>Nước lũ sông Lam Khê rút, Sơn Khê tập trung khắc phục hậu quả</h1>
                <p class="author">NGỌC TRÂM</p>
                <p>TMO - Ngày 13-1, nước sông Lam Khê đã rút xuống dưới mức báo động 1, tỉnh Sơn Khê huy động lực lượng giúp người dân vệ sinh nhà cửa, khơi thông cống rãnh.</p>
                <p>Theo Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh Sơn Khê, đợt lũ từ ngày 8 đến 12/1 đã làm 3 người chết, khoảng 1.200 hộ dân phải sơ tán, hơn 1.500 ha lúa và hoa màu bị ngập úng.</p>
                <figure><img src="don-bun.jpg" alt="Bộ đội giúp dân dọn bùn"><figcaption>Bộ đội giúp người dân xã Phú Lạc dọn bùn - Ảnh: VTX</figcaption></figure>
                <p>Ông Trần Văn Khải, Phó Chủ tịch UBND tỉnh Sơn Khê, yêu cầu các huyện thống kê thiệt hại trước ngày 15/1 để tỉnh có phương án hỗ trợ.</p>
                <p>(Theo VTX)</p>
                <div class="box-related">Xem thêm: Sơn Khê xuất 50 tấn gạo hỗ trợ người dân vùng lũ</div>
                """));
        return records;
    }

    private static WarcResponse page(String url, String fetched, String title, String body) throws IOException {
        String html = "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" + title
                + "</title></head>\n<body>\n" + body + "</body></html>\n";
        HttpResponse http = new HttpResponse.Builder(200, "OK")
                .addHeader("Server", "nginx")
                .body(MediaType.parse("text/html; charset=utf-8"), html.getBytes(StandardCharsets.UTF_8))
                .build();
        return new WarcResponse.Builder(url).recordId(id("response", url)).date(Instant.parse(fetched))
                .body(http).build();
    }

    private static WarcResponse image(String url, String fetched) throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0};
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse("image/png"), png).build();
        return new WarcResponse.Builder(url).recordId(id("response", url)).date(Instant.parse(fetched))
                .body(http).build();
    }

    private static WarcMetadata feedDate(String url, String date, String pubDate) {
        return new WarcMetadata.Builder().recordId(id("metadata", url)).targetURI(url).date(Instant.parse(date))
                .fields(java.util.Map.of("pubDate", List.of(pubDate))).build();
    }

    private static UUID id(String kind, String url) {
        return UUID.nameUUIDFromBytes((kind + " " + url).getBytes(StandardCharsets.UTF_8));
    }
}
