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
    void theFoldTableAgreesWithTheDefinitionOnEveryCharacter() {
        for (int c = 0; c <= 0xFFFF; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            String alone = String.valueOf((char) c);
            assertThat(VietnameseNormalizer.fold(alone)).as("U+%04X", c).isEqualTo(VietnameseNormalizer.slowFold(alone));
        }
    }

    @Test
    void foldingMixedTextsAgreesWithTheDefinition() {
        // Vietnamese letters in both compositions, marks on their own, other scripts and the letters whose lower
        // case is longer (İ) or depends on the neighbours (Σ), which must take the slow path
        String alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợ"
                + "ùúủũụừứửữựỳýỷỹỵÀÁẢÃẠĐỀẾỂỄỆỲÝ\u0300\u0301\u0303\u0309\u0323 .,-–“”0123456789çñüßǅİΣσςЖж中";
        java.util.Random random = new java.util.Random(20261123);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(24);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = random.nextBoolean() ? text.toString() : Normalizer.normalize(text, Normalizer.Form.NFD);
            assertThat(VietnameseNormalizer.fold(t)).as(t).isEqualTo(VietnameseNormalizer.slowFold(t));
        }
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

    /**
     * Every syllable shape the tone rule distinguishes — onsets with the "qu" and "gi" glides, clusters of one to
     * three vowels with and without quality marks, open and closed — with each tone on each vowel, in lower, upper
     * and title case: the tables that place tones without the Normalizer give what the definition gives.
     */
    @Test
    void tablePlacedTonesAgreeWithTheDefinitionOnEverySyllableShape() {
        String[] onsets = {"", "qu", "gi", "ngh"};
        String[] vowels = {"a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"};
        String[] codas = {"", "n", "ch", "t"};
        String tones = "\u0300\u0301\u0303\u0309\u0323";
        int checked = 0;
        for (String v1 : vowels) {
            for (String v2 : List.of("", "a", "i", "o", "u", "y", "ê", "ơ", "ô")) {
                for (String v3 : List.of("", "i", "u", "y")) {
                    String cluster = v1 + v2 + (v2.isEmpty() ? "" : v3);
                    for (int on = 0; on < cluster.length(); on++) {
                        for (int t = 0; t < tones.length(); t++) {
                            String toned = java.text.Normalizer.normalize(cluster.substring(0, on + 1)
                                    + tones.charAt(t) + cluster.substring(on + 1), java.text.Normalizer.Form.NFC);
                            for (String onset : onsets) {
                                for (String coda : codas) {
                                    String s = onset + toned + coda;
                                    for (String form : List.of(s, s.toUpperCase(Locale.ROOT),
                                            s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1))) {
                                        assertThat(VietnameseNormalizer.key("x " + form + ","))
                                                .as(StageContract.escape(form))
                                                .isEqualTo(VietnameseNormalizer.slowKey("x " + form + ","));
                                        checked++;
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(100_000);
    }
}
