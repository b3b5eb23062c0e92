package io.thoisu.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShingleSketchTest {
    @Test
    void shinglesAreTheDistinctHashesOfEveryWindow() {
        Random rnd = new Random(5);
        String[] vocabulary = {"mưa", "lớn", "kéo", "dài", "tại", "xã", "Sơn", "Thủy", "nước", "lũ"};
        for (int round = 0; round < 200; round++) {
            // a small vocabulary repeats windows often, which is what the compaction must fold
            String[] words = new String[rnd.nextInt(40)];
            for (int i = 0; i < words.length; i++) {
                words[i] = vocabulary[rnd.nextInt(vocabulary.length)];
            }
            long[] shingles = ShingleSketch.shingles(words);
            Set<Long> expected = new HashSet<>();
            for (int i = 0; i < Math.max(1, words.length - ShingleSketch.SHINGLE + 1) && words.length > 0; i++) {
                String[] window = Arrays.copyOfRange(words, i, Math.min(words.length, i + ShingleSketch.SHINGLE));
                expected.add(ShingleSketch.shingles(window)[0]);
            }
            assertThat(shingles).as("round %d", round).hasSize(expected.size()).isSorted();
            assertThat(Arrays.stream(shingles).boxed().toList()).containsExactlyInAnyOrderElementsOf(expected);
        }
    }
}
