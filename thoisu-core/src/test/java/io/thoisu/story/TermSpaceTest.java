package io.thoisu.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.thoisu.model.AnalysedArticle;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Term vectors: keyed syllable by syllable (through the cache), they must be what keying the whole text gives. */
class TermSpaceTest {
    private static final String[] SYLLABLES = {"hòa", "hoà", "thủy", "thuỷ", "Quảng", "NGÃI", "người", "dân", "đã",
            "sơ", "tán", "khỏi", "vùng", "lũ", "Tuyên", "Quang", "của", "và", "xã", "Khánh", "Hòa", "ủy", "ban",
            "mưa", "lớn", "kéo", "dài", "Zürich", "café", "QN7038", "500kv", "2025", "—", ",", "\"", "(", ")"};

    private static String randomText(Random r, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            sb.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
            sb.append(r.nextInt(6) == 0 ? ". " : " ");
        }
        return sb.toString();
    }

    private static TermVector vector(TermSpace space, String text) {
        AnalysedArticle a = TestArticles.of("x", null, text, LocalDate.of(2025, 1, 1), null);
        return space.vectorOf(a);
    }

    private static void assertSame(TermVector a, TermVector b) {
        assertThat(a.size()).isEqualTo(b.size());
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.term(i)).isEqualTo(b.term(i));
            assertThat(a.weight(i)).isEqualTo(b.weight(i));
        }
    }

    @Test
    void spellingsOfOneTextGiveOneVector() {
        Random r = new Random(3);
        for (int round = 0; round < 200; round++) {
            TermSpace space = new TermSpace(StoryConfig.news());
            String text = randomText(r, 5 + r.nextInt(60));
            TermVector plain = vector(space, text);
            // decomposed (tone marks as combining characters), upper case, already keyed: the same terms
            assertSame(vector(space, Normalizer.normalize(text, Normalizer.Form.NFD)), plain);
            assertSame(vector(space, text.toUpperCase(Locale.ROOT)), plain);
            assertSame(vector(space, io.thoisu.text.VietnameseNormalizer.key(text)), plain);
        }
    }

    @Test
    void oldAndNewTonePlacementAreOneTerm() {
        TermSpace space = new TermSpace(StoryConfig.news());
        assertSame(vector(space, "Khánh Hoà thuỷ lợi"), vector(space, "khánh hòa thủy lợi"));
        assertThat(vector(space, "Khánh Hòa").size()).isEqualTo(3); // two syllables and their bigram
    }

    @Test
    void aCodeIsNotASyllableAndPunctuationBreaksABigram() {
        TermSpace space = new TermSpace(StoryConfig.news());
        // "QN" followed by digits is a code: only "tàu" and "cá" and their bigram remain
        assertThat(vector(space, "tàu QN7038 cá").size()).isEqualTo(2);
        assertThat(vector(space, "tàu cá").size()).isEqualTo(3);
        assertThat(vector(space, "tàu, cá").size()).isEqualTo(2);
    }

    @Test
    void selectionKeepsTheHeaviestAsAFullSortWould() {
        Random r = new Random(11);
        for (int round = 0; round < 500; round++) {
            int n = 1 + r.nextInt(400);
            float[] w = new float[n];
            for (int i = 0; i < n; i++) {
                // few distinct values, so ties are common
                w[i] = r.nextInt(3) == 0 ? 0f : r.nextInt(20) / 4f;
            }
            int k = 1 + r.nextInt(n + 10);
            int[] top = TermVector.heaviest(w, k);
            Integer[] sorted = new Integer[n];
            for (int i = 0; i < n; i++) {
                sorted[i] = i;
            }
            // heaviest first, the lower index first among equals
            Arrays.sort(sorted, (x, y) -> w[x] != w[y] ? Float.compare(w[y], w[x]) : Integer.compare(x, y));
            assertThat(top).hasSize(Math.min(k, n));
            for (int j = 0; j < top.length; j++) {
                assertThat(top[j]).isEqualTo(sorted[j]);
            }
        }
    }

    @Test
    void documentFrequenciesPackAndUnpackExactly() {
        Random r = new Random(5);
        int[] df = new int[1 << 16];
        for (int i = 0; i < 5000; i++) {
            df[r.nextInt(df.length)] = 1 + (r.nextInt(10) == 0 ? r.nextInt(1 << 20) : r.nextInt(4));
        }
        df[0] = 7;
        df[df.length - 1] = 1;
        byte[] packed = FrequencyCodec.pack(df);
        int[] back = new int[df.length];
        Arrays.fill(back, 99);
        FrequencyCodec.unpack(packed, back);
        assertThat(back).isEqualTo(df);
        assertThat(packed.length).as("a byte or two per term, not eight").isLessThan(5000 * 3);
    }
}
