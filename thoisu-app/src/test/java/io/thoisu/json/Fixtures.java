package io.thoisu.json;

import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.Approx;
import io.thoisu.model.Article;
import io.thoisu.model.Caption;
import io.thoisu.model.Claim;
import io.thoisu.model.Conflict;
import io.thoisu.model.EntityMention;
import io.thoisu.model.EntityType;
import io.thoisu.model.Origin;
import io.thoisu.model.Published;
import io.thoisu.model.Quantity;
import io.thoisu.model.Quote;
import io.thoisu.model.Removal;
import io.thoisu.model.RemovalKind;
import io.thoisu.model.Sentence;
import io.thoisu.model.Story;
import io.thoisu.model.StoryEntity;
import io.thoisu.model.TimeAnchor;
import io.thoisu.model.TimeExpression;
import io.thoisu.model.TimePrecision;
import io.thoisu.model.TimelineEntry;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Fictional analysed articles (invented town, people and figures) with every kind of span, built by locating each
 * span's words in the text so the offsets are right by construction.
 */
public final class Fixtures {
    private Fixtures() {
    }

    public static final String FLOOD_TEXT = "Ngày 14/3, mưa lớn gây ngập tại thị trấn Bến Sỏi.\n\n"
            + "Ông Lò Văn Khải, Chủ tịch UBND thị trấn, cho biết khoảng 1.200 hộ dân bị ảnh hưởng. "
            + "\"Chúng tôi đang sơ tán người dân\", ông Khải nói.\n\n"
            + "Theo Sở Nông nghiệp tỉnh Đồng Vân, hơn 900 hộ đã phải di dời trong đêm 14/3.";

    public static AnalysedArticle flood(String id, String outlet, Optional<Published> published) {
        String t = FLOOD_TEXT;
        Article article = new Article(id, new Origin("tin/lu.jsonl", "line 3"), Optional.of("https://example.test/" + id),
                Optional.of("Mưa lớn gây ngập ở Bến Sỏi"), published, Optional.of(outlet), List.of("Hà Phương"), "vi", t,
                List.of(new Caption("Nước ngập sâu trên quốc lộ.", Optional.of("TTXVN")),
                        new Caption("Người dân dọn dẹp sau lũ.", Optional.empty())),
                List.of(new Removal("Video đang được quan tâm", RemovalKind.WIDGET),
                        new Removal("Nước ngập sâu - Ảnh 1.", RemovalKind.IMAGE_ALT)));
        List<Sentence> sentences = sentences(t);
        EntityMention place = mention(t, "Bến Sỏi", EntityType.LOC, "Bến Sỏi");
        EntityMention chair = mention(t, "Lò Văn Khải", EntityType.PER, "Lò Văn Khải");
        EntityMention dept = mention(t, "Sở Nông nghiệp tỉnh Đồng Vân", EntityType.ORG, "Sở Nông nghiệp Đồng Vân");
        TimeExpression day = new TimeExpression("Ngày 14/3", LocalDate.of(2024, 3, 14), Optional.empty(),
                TimePrecision.DAY, TimeAnchor.PUBLICATION, t.indexOf("Ngày 14/3"), t.indexOf("Ngày 14/3") + 9);
        TimeExpression night = new TimeExpression("đêm 14/3", LocalDate.of(2024, 3, 14), Optional.of(LocalTime.of(22, 0)),
                TimePrecision.INSTANT, TimeAnchor.PUBLICATION, t.indexOf("đêm 14/3"), t.indexOf("đêm 14/3") + 8);
        Quantity households = quantity(t, "khoảng 1.200 hộ", 1200, Approx.ABOUT, "hộ");
        Quantity moved = quantity(t, "hơn 900 hộ", 900, Approx.MORE_THAN, "hộ");
        String said = "\"Chúng tôi đang sơ tán người dân\"";
        Quote quote = new Quote(said, Optional.of("Lò Văn Khải"), true, t.indexOf(said), t.indexOf(said) + said.length());
        Sentence s2 = sentences.get(1);
        Sentence s4 = sentences.get(3);
        Claim claimA = new Claim(id, s2.text(), 1200, Approx.ABOUT, Optional.of("hộ"), "hộ dân bị ảnh hưởng",
                Optional.of("Lò Văn Khải"), Optional.of("2024-03-14"), s2.start(), s2.end());
        Claim claimB = new Claim(id, s4.text(), 900.5, Approx.MORE_THAN, Optional.empty(), "hộ phải di dời",
                Optional.empty(), Optional.empty(), s4.start(), s4.end());
        return new AnalysedArticle(article, sentences, List.of(place, chair, dept), List.of(day, night),
                List.of(households, moved), List.of(quote), List.of(claimA, claimB));
    }

    public static Story story(String id, List<AnalysedArticle> articles) {
        List<Claim> claims = articles.stream().flatMap(a -> a.claims().stream()).toList();
        return new Story(id, "Lũ ở Bến Sỏi", articles.stream().map(AnalysedArticle::id).toList(),
                articles.stream().map(a -> a.article().outlet().orElse("?")).distinct().toList(),
                Optional.of(LocalDate.of(2024, 3, 14)), Optional.of(LocalDate.of(2024, 3, 15)),
                List.of(new StoryEntity("Lò Văn Khải", EntityType.PER, List.of("ông Khải", "Lò Văn Khải"), 4)),
                List.of(new TimelineEntry("2024-03-14", "mưa lớn gây ngập tại thị trấn Bến Sỏi",
                        articles.stream().map(AnalysedArticle::id).toList()),
                        new TimelineEntry("2024-03", "di dời dân", List.of(articles.get(0).id()))),
                claims, List.of(new Conflict("hộ dân bị ảnh hưởng", claims.subList(0, 2))));
    }

    public static Optional<Published> at(int day, int hour) {
        return Optional.of(Published.ofInstant(OffsetDateTime.of(2024, 3, day, hour, 5, 0, 0, ZoneOffset.ofHours(7))));
    }

    private static List<Sentence> sentences(String text) {
        List<Sentence> out = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[^\\n]+?(?:\\.(?=\\s|$)|$)", java.util.regex.Pattern.MULTILINE).matcher(text);
        while (m.find()) {
            String s = m.group().strip();
            int start = text.indexOf(s, m.start());
            out.add(new Sentence(s, start, start + s.length()));
        }
        return out;
    }

    private static EntityMention mention(String text, String words, EntityType type, String canonical) {
        int start = text.indexOf(words);
        return new EntityMention(words, type, canonical, start, start + words.length());
    }

    private static Quantity quantity(String text, String words, double value, Approx approx, String unit) {
        int start = text.indexOf(words);
        return new Quantity(words, value, approx, Optional.of(unit), start, start + words.length());
    }
}
