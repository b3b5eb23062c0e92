package io.thoisu.dedup;

import io.thoisu.model.Token;
import io.thoisu.model.TokenType;
import io.thoisu.text.SyllableTokenizer;
import io.thoisu.text.VietnameseNormalizer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Fingerprints of an article's text: a hash of its normalised syllables (equal for exact copies whatever the
 * spacing, case or tone-mark placement) and a MinHash signature over shingles of {@link #SHINGLE} syllables.
 */
final class ShingleSketch {
    static final int SHINGLE = 3;
    private static final SyllableTokenizer TOKENIZER = new SyllableTokenizer();

    private ShingleSketch() {
    }

    /** Syllables and numbers of the key of the text. */
    static String[] words(String text) {
        List<Token> tokens = TOKENIZER.tokenize(VietnameseNormalizer.key(text));
        return tokens.stream().filter(t -> t.type() == TokenType.SYLLABLE || t.type() == TokenType.NUMBER)
                .map(Token::text).toArray(String[]::new);
    }

    static String exactHash(String[] words) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String w : words) {
                md.update(w.getBytes(StandardCharsets.UTF_8));
                md.update((byte) ' ');
            }
            return HexFormat.of().formatHex(md.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /** Distinct shingle hashes (64-bit), in ascending order. */
    static long[] shingles(String[] words) {
        if (words.length == 0) {
            return new long[0];
        }
        int n = Math.max(1, words.length - SHINGLE + 1);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int k = i; k < Math.min(words.length, i + SHINGLE); k++) {
                h = mix64(h ^ words[k].hashCode()) + k - i;
            }
            out[i] = h;
        }
        // sorted and compacted in place: a stream's distinct() would box every hash into a set
        Arrays.sort(out);
        int distinct = 1;
        for (int i = 1; i < n; i++) {
            if (out[i] != out[distinct - 1]) {
                out[distinct++] = out[i];
            }
        }
        return distinct == n ? out : Arrays.copyOf(out, distinct);
    }

    /** MinHash: for each of {@code size} seeded hash functions, the least hash over the shingles. */
    static int[] signature(long[] shingles, int size) {
        int[] sig = new int[size];
        Arrays.fill(sig, Integer.MAX_VALUE);
        for (long s : shingles) {
            for (int i = 0; i < size; i++) {
                int h = (int) (mix64(s + 0xBF58476D1CE4E5B9L * (i + 1)) >>> 33);
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
        return sig;
    }

    static double jaccard(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return same / (double) a.length;
    }

    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
