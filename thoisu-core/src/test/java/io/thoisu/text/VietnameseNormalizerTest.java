package io.thoisu.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.testkit.RandomText;
import io.thoisu.testkit.StageContract;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class VietnameseNormalizerTest {
    @Test
    void oldAndNewToneplacementGiveOneKey() {
        assertThat(VietnameseNormalizer.key("hoà")).isEqualTo(VietnameseNormalizer.key("hòa"));
        assertThat(VietnameseNormalizer.key("thuỷ")).isEqualTo(VietnameseNormalizer.key("thủy"));
        assertThat(VietnameseNormalizer.key("Hoà Bình")).isEqualTo("hoà bình");
        assertThat(VietnameseNormalizer.key("khoẻ")).isEqualTo(VietnameseNormalizer.key("khỏe"));
    }

    @Test
    void syllablesWithOneRightPlaceKeepIt() {
        for (String s : new String[] {"quý", "giá", "người", "thuở", "nghiêng", "khuyến", "của", "mùa", "tuổi", "gìn", "rượu", "cừu"}) {
            assertThat(VietnameseNormalizer.key(s)).as(s).isEqualTo(s);
        }
    }

    @Test
    void decomposedInputGivesTheSameKey() {
        String nfd = Normalizer.normalize("Bạo loạn ở Đà Nẵng", Normalizer.Form.NFD);
        assertThat(VietnameseNormalizer.key(nfd)).isEqualTo(VietnameseNormalizer.key("Bạo loạn ở Đà Nẵng"));
        assertThat(VietnameseNormalizer.nfc(nfd)).isEqualTo("Bạo loạn ở Đà Nẵng");
    }

    @Test
    void foldingDropsEveryMark() {
        assertThat(VietnameseNormalizer.fold("Đà Nẵng")).isEqualTo("da nang");
        assertThat(VietnameseNormalizer.fold("bạo loạn")).isEqualTo("bao loan");
    }

    @Test
    void keysIgnoreTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr"));
            assertThat(VietnameseNormalizer.key("BIỂU TÌNH")).isEqualTo("biểu tình");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void theFastKeyAgreesWithItsDefinitionOnRealisticAndHostileText() throws Exception {
        List<String> texts = new ArrayList<>(List.of("Hoà Bình", "THUỶ ĐIỆN", "Người dân hòa mình", "quý khách",
                "Kassym-Jomart Tokayév", "İstanbul", "a\u0301b", "\u2000x\u2001", "ĐÀ NẴNG, ngày 10/1", "ÒA", "muà",
                "KHOẺ", "gìn giữ", "Nguyễn", "ﬁ", "Ωmega", "“Chúng tôi”", ""));
        RandomText random = new RandomText(42);
        for (int i = 0; i < 2000; i++) {
            texts.add(random.next(30));
        }
        for (String line : Files.readAllLines(Path.of("src/test/resources/io/thoisu/text/sentences.tsv"))) {
            texts.add(line);
            texts.add(line.toUpperCase(Locale.ROOT));
        }
        for (String t : texts) {
            assertThat(VietnameseNormalizer.key(t)).as(StageContract.escape(t)).isEqualTo(VietnameseNormalizer.slowKey(t));
        }
    }
}
