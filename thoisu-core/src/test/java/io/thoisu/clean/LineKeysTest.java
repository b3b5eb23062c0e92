package io.thoisu.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.text.VietnameseNormalizer;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Keys made syllable by syllable, each distinct syllable once per page, must be the normaliser's keys exactly. */
class LineKeysTest {
    /** Letters and separators a page mixes: Vietnamese in both tone styles, ASCII, digits, punctuation, odd spaces. */
    private static final String ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯQGHáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩị"
            + "óòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵÁÀẢÃẠÉÈÍÌÓÒÚÙÝỲỐỒỨỪ0123456789 ,.:;-–—'\"“”()/|?!…\u00A0\u2009\u2013";
    /** Characters outside the syllable-wise domain: the page is then keyed whole. */
    private static final String ODD = "\u0301\u0300İıßæøñΣσςДж中\u2000\uFEFF";

    @Test
    void randomLinesGetTheNormalisersKeys() {
        Random random = new Random(20261123);
        LineKeys keys = new LineKeys(); // one instance across all lines, as on one long page
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(60);
            for (int i = 0; i < len; i++) {
                String from = random.nextInt(40) == 0 ? ODD : ALPHABET;
                sb.append(from.charAt(random.nextInt(from.length())));
            }
            String line = sb.toString();
            assertThat(keys.key(line)).as(line).isEqualTo(VietnameseNormalizer.key(line));
        }
    }

    @Test
    void wordsInBothToneStylesAndMixedScriptsGetTheNormalisersKeys() {
        LineKeys keys = new LineKeys();
        for (String line : List.of("Hoà Bình và Hòa Bình, THUỶ và thủy", "Người dân xã Ea Kmăng (Đắk Lắk) nói: “Được mùa”",
                "KHỎE, khoẻ, QUÝ, quí, GIÀ, qua, Ksor H'Mai", "Σίσυφος và İstanbul", "café, naïve, Ñandú", "", "  ",
                "ho\u0300a (NFD)", "VN-Index 1.284,56 ▲ 6,12 (0,48%)")) {
            assertThat(keys.key(line)).as(line).isEqualTo(VietnameseNormalizer.key(line));
            assertThat(keys.key(line)).as("asked twice: " + line).isEqualTo(VietnameseNormalizer.key(line));
        }
    }
}
