package io.thoisu.testkit;

import java.text.Normalizer;
import java.util.Random;

/**
 * Seeded random text that looks enough like Vietnamese news to reach deep into a stage, mixed with the things that
 * break text code: decomposed (NFD) accents, stray combining marks, zero-width characters, emoji outside the BMP,
 * lone surrogates, control characters, odd quotes and numbers with dots and commas.
 */
public final class RandomText {
    private static final String[] SYLLABLES = {
        "Tổng", "thống", "ngày", "10/1", "tuyên", "bố", "bạo", "loạn", "hòa", "hoà", "thủy", "thuỷ", "Hà", "Nội",
        "TP.", "HCM", "khoảng", "5.800", "1,5", "triệu", "người", "hơn", "ít", "nhất", "“", "”", "\"", "(", ")",
        "Ảnh:", "AFP/TTXVN", "TTO", "-", "–", ".", ",", ":", "?", "!", "…", "CSTO", "Nguyễn", "Văn", "A.", "ông",
        "bà", "cho", "biết", "Cùng", "ngày", "hôm", "qua", "19h30", "13-1-2022", "GMT+7", "Đà", "Nẵng", "đồng",
        "%", "7,5%", "Kassym-Jomart", "PGS.TS.", "Th.", "www.example.vn", "2.500", "mười", "lăm", "\n", "\n\n"
    };
    private static final String[] ODDITIES = {
        "\u200B", "\u200C", "\u200D", "\uFEFF", "\u0301", "\u0300", "\u0303", "\u0309", "\u0323", "\u00AD",
        "\uD83D\uDE00", "\uD83C\uDDFB\uD83C\uDDF3", "\uD800", "\uDC00", "\u0000", "\u0007", "\r", "\t", "\u2028",
        "\u00A0", "\u3000", "\uFFFD", "\u202E", "a\u0308\u0301", "ﬁ"
    };

    private final Random random;

    public RandomText(long seed) {
        this.random = new Random(seed);
    }

    /** A string of up to {@code maxTokens} tokens, some of them damaged. */
    public String next(int maxTokens) {
        int n = random.nextInt(maxTokens + 1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int dice = random.nextInt(20);
            if (dice == 0) {
                sb.append(ODDITIES[random.nextInt(ODDITIES.length)]);
            } else if (dice == 1) {
                sb.append((char) random.nextInt(0x10000));
            } else if (dice == 2) {
                sb.appendCodePoint(0x1F300 + random.nextInt(0x300));
            } else {
                String s = SYLLABLES[random.nextInt(SYLLABLES.length)];
                sb.append(random.nextInt(6) == 0 ? Normalizer.normalize(s, Normalizer.Form.NFD) : s);
            }
            if (random.nextInt(4) != 0) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }
}
