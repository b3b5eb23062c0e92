package io.thoisu.store;

import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.Approx;
import io.thoisu.model.Article;
import io.thoisu.model.Caption;
import io.thoisu.model.Claim;
import io.thoisu.model.EntityMention;
import io.thoisu.model.EntityType;
import io.thoisu.model.Origin;
import io.thoisu.model.Published;
import io.thoisu.model.Quantity;
import io.thoisu.model.Quote;
import io.thoisu.model.Removal;
import io.thoisu.model.RemovalKind;
import io.thoisu.model.Sentence;
import io.thoisu.model.TimeAnchor;
import io.thoisu.model.TimeExpression;
import io.thoisu.model.TimePrecision;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** Hand-built analysed articles about invented places and people, for store and index tests. */
public final class ArticleFixtures {
    private ArticleFixtures() {
    }

    /** An article whose entity mentions are found in its text by their surface form; each entity is "surface=canonical:TYPE". */
    public static AnalysedArticle article(String id, String outlet, Optional<Published> published, String title,
                                          String text, String... entities) {
        Article a = new Article(id, new Origin("fixtures/" + id + ".txt", ""), Optional.of("https://tin.example.vn/" + id),
                Optional.of(title), published, Optional.ofNullable(outlet), List.of("Phóng viên Hải Yến"), "vi", text,
                List.of(), List.of());
        List<EntityMention> mentions = new ArrayList<>();
        for (String e : entities) {
            String surface = e.substring(0, e.indexOf('='));
            String canonical = e.substring(e.indexOf('=') + 1, e.lastIndexOf(':'));
            EntityType type = EntityType.valueOf(e.substring(e.lastIndexOf(':') + 1));
            int at = text.indexOf(surface);
            if (at < 0) {
                throw new IllegalArgumentException(surface + " is not in the text of " + id);
            }
            mentions.add(new EntityMention(surface, type, canonical, at, at + surface.length()));
        }
        return new AnalysedArticle(a, List.of(new Sentence(text, 0, text.length())), mentions, List.of(), List.of(),
                List.of(), List.of());
    }

    public static Optional<Published> day(String iso) {
        return Optional.of(Published.ofDay(LocalDate.parse(iso)));
    }

    /** A rich article using every record of the model, for lossless round trips. */
    public static AnalysedArticle rich() {
        String text = "Ngày 4/3, khoảng 120 người đã bị bắt tại thị trấn Phước Kiến. "
                + "Ông Trần Văn Khải nói: “Tình hình đã được kiểm soát.”";
        int s2 = text.indexOf("Ông");
        Article a = new Article("rich-1", new Origin("crawl/2023-03.jsonl", "line 17"),
                Optional.of("https://songlam.example.vn/bao-loan"), Optional.of("Bạo loạn tại Phước Kiến"),
                Optional.of(Published.ofInstant(OffsetDateTime.of(2023, 3, 5, 23, 30, 0, 0, ZoneOffset.ofHours(7)))),
                Optional.of("Báo Sông Lam"), List.of("Minh Châu", "Quốc Bảo"), "vi", text,
                List.of(new Caption("Lực lượng chức năng có mặt tại hiện trường.", Optional.of("Ảnh: TTXS")),
                        new Caption("Người dân tập trung trước uỷ ban.", Optional.empty())),
                List.of(new Removal("Video đang được xem nhiều", RemovalKind.WIDGET)));
        int q = text.indexOf("khoảng 120");
        int quote = text.indexOf("“") + 1;
        String quoteText = "Tình hình đã được kiểm soát.";
        Claim claim = new Claim("rich-1", text.substring(0, s2 - 1), 120, Approx.ABOUT, Optional.of("người"),
                "người bị bắt", Optional.of("Trần Văn Khải"), Optional.of("2023-03-04"), 0, s2 - 1);
        return new AnalysedArticle(a,
                List.of(new Sentence(text.substring(0, s2 - 1), 0, s2 - 1), new Sentence(text.substring(s2), s2, text.length())),
                List.of(new EntityMention("Phước Kiến", EntityType.LOC, "Phước Kiến", text.indexOf("Phước Kiến"),
                                text.indexOf("Phước Kiến") + 10),
                        new EntityMention("Trần Văn Khải", EntityType.PER, "Trần Văn Khải", s2 + 4, s2 + 17)),
                List.of(new TimeExpression("Ngày 4/3", LocalDate.of(2023, 3, 4), Optional.empty(), TimePrecision.DAY,
                                TimeAnchor.PUBLICATION, 0, 8),
                        new TimeExpression("4/3", LocalDate.of(2023, 3, 4), Optional.of(LocalTime.of(19, 30)),
                                TimePrecision.INSTANT, TimeAnchor.ABSOLUTE, 5, 8)),
                List.of(new Quantity("khoảng 120", 120, Approx.ABOUT, Optional.of("người"), q, q + 10),
                        new Quantity("khoảng 120", 0.5, Approx.EXACT, Optional.empty(), q, q + 10)),
                List.of(new Quote(quoteText, Optional.of("Trần Văn Khải"), true, quote, quote + quoteText.length())),
                List.of(claim));
    }

    private static final String[] WORDS = {
        "chính", "quyền", "tỉnh", "huyện", "người", "dân", "cho", "biết", "ngày", "hôm", "qua", "cuộc", "họp",
        "kinh", "tế", "xã", "hội", "giao", "thông", "bão", "lũ", "mưa", "lớn", "công", "an", "điều", "tra", "vụ",
        "việc", "trường", "học", "bệnh", "viện", "nông", "nghiệp", "thủy", "sản", "cảng", "biển", "đường", "sắt",
        "hòa", "giải", "doanh", "nghiệp", "xuất", "khẩu", "giá", "gạo", "tăng", "giảm", "phát", "triển", "dự", "án"
    };
    private static final String[] OUTLETS = {"Báo Sông Lam", "Tin Đà Nẵng Mới", "Thời báo Phú Hải", "Đài Tây Nguyên"};

    /** A seeded pseudo-article of about {@code syllables} syllables, with a few entities and a date in 2023. */
    public static AnalysedArticle generated(Random random, String id, int syllables) {
        StringBuilder text = new StringBuilder();
        String[] places = {"Phước Kiến", "Đông Hà Lâm", "Bến Cát Mới", "Thạch Lũy"};
        String place = places[random.nextInt(places.length)];
        text.append("Tại ").append(place).append(", ");
        for (int i = 0; i < syllables; i++) {
            text.append(WORDS[random.nextInt(WORDS.length)]);
            text.append(i % 17 == 16 ? ". " : " ");
        }
        text.append("Mã tin ").append(id).append('.');
        String outlet = OUTLETS[random.nextInt(OUTLETS.length)];
        LocalDate date = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(90));
        return article(id, outlet, Optional.of(Published.ofDay(date)), "Tin " + place + " " + id, text.toString(),
                place + "=" + place + ":LOC");
    }
}
