package io.thoisu.store;

import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.Article;
import io.thoisu.model.EntityMention;
import io.thoisu.model.EntityType;
import io.thoisu.model.Origin;
import io.thoisu.model.Published;
import io.thoisu.model.Quote;
import io.thoisu.model.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Seeded articles with many entities for entity-query tests and the latency bench: each article names a few
 * invented people, bodies and places drawn with a skewed (Zipf-like) frequency, some of them twice, and some people
 * speak a direct quote. Spellings vary in case and tone-mark placement so entities must be grouped by key.
 */
final class EntityCorpus {
    private static final String[] PEOPLE = {"Lò Văn Khải", "Đinh Thị Mận", "Hà Quốc Toản", "Vi Thị Huệ",
        "Lục Văn Đoàn", "Nông Minh Quý", "Triệu Thị Nga", "Sầm Văn Lợi", "Mạc Đức Thuỵ", "Lâm Thị Xuân"};
    private static final String[] BODIES = {"Sở Giao thông Lạc Vân", "Công ty Thuỷ sản Bến Sỏi",
        "Hội Nông dân Đồng Vân", "Bệnh viện Đa khoa Phù Yên"};
    private static final String[] PLACES = {"Bến Sỏi", "Lạc Vân", "Đồng Vân", "Phù Yên", "Khe Mây", "Nà Lừa"};
    private static final String[] OUTLETS = {"Báo Đồng Vân", "Tin Miền Núi", "Thời báo Lạc Vân"};

    private EntityCorpus() {
    }

    /** Article {@code i} of a corpus; {@code extraPlaces} more invented places widen the long tail. */
    static AnalysedArticle article(Random random, int i, int extraPlaces) {
        StringBuilder text = new StringBuilder();
        List<EntityMention> mentions = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        int names = 2 + random.nextInt(5);
        for (int n = 0; n < names; n++) {
            int start = text.length();
            String[] pool;
            EntityType type;
            switch (random.nextInt(3)) {
                case 0 -> { pool = PEOPLE; type = EntityType.PER; }
                case 1 -> { pool = BODIES; type = EntityType.ORG; }
                default -> { pool = PLACES; type = EntityType.LOC; }
            }
            String canonical;
            if (type == EntityType.LOC && extraPlaces > 0 && random.nextInt(3) == 0) {
                canonical = "Xã Số " + random.nextInt(extraPlaces);
            } else {
                canonical = pool[skewed(random, pool.length)];
            }
            // The same entity written differently: lower case, or the old tone-mark placement ("Thuỵ"/"Thụy").
            String surface = random.nextInt(5) == 0 ? canonical.replace("uỵ", "ụy").replace("uỷ", "ủy") : canonical;
            text.append("Theo tin từ ");
            int at = text.length();
            text.append(surface);
            mentions.add(new EntityMention(surface, type, surface, at, at + surface.length()));
            if (type == EntityType.PER && random.nextInt(2) == 0) {
                text.append(" cho biết: “");
                int q = text.length();
                String said = "Chúng tôi đang làm hết sức mình số " + i + "-" + n + ".";
                text.append(said);
                quotes.add(new Quote(said, Optional.of(surface), true, q, q + said.length()));
                text.append("”");
            } else {
                text.append(", tình hình đã ổn định.");
            }
            if (random.nextInt(4) == 0) {
                text.append(" Lãnh đạo ");
                int again = text.length();
                text.append(canonical);
                mentions.add(new EntityMention(canonical, type, canonical, again, again + canonical.length()));
                text.append(" có mặt.");
            }
            sentences.add(new Sentence(text.substring(start), start, text.length()));
            text.append(' ');
        }
        String body = text.toString();
        LocalDate day = LocalDate.of(2024, 3, 1).plusDays(random.nextInt(40));
        Article a = new Article("e" + i, new Origin("corpus/e" + i + ".txt", ""), Optional.empty(),
                Optional.of("Tin số " + i), random.nextInt(20) == 0 ? Optional.empty() : Optional.of(Published.ofDay(day)),
                Optional.of(OUTLETS[random.nextInt(OUTLETS.length)]), List.of(), "vi", body, List.of(), List.of());
        return new AnalysedArticle(a, sentences, mentions, List.of(), List.of(), quotes, List.of());
    }

    /** Low indexes far more often than high ones. */
    private static int skewed(Random random, int n) {
        return Math.min(n - 1, (int) Math.floor(Math.pow(random.nextDouble(), 2.5) * n));
    }
}
