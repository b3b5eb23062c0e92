package io.thoisu.story;

import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.EntityMention;
import io.thoisu.model.Token;
import io.thoisu.model.TokenType;
import io.thoisu.text.SyllableTokenizer;
import io.thoisu.text.VietnameseNormalizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns articles into TF-IDF vectors over syllables, syllable bigrams and entity names, and keeps the document
 * frequencies up to date as articles arrive. Terms are hashed into a fixed table so that memory does not grow with
 * the vocabulary of a large corpus; a collision only blurs the document frequency of two rare terms.
 */
final class TermSpace {
    static final int BITS = 22;
    private static final int MASK = (1 << BITS) - 1;
    private static final int BIGRAM_SALT = 0x9E3779B9;
    private static final int ENTITY_SALT = 0x85EBCA6B;

    private final StoryConfig config;
    private final SyllableTokenizer tokenizer = new SyllableTokenizer();
    private final Set<String> stopSyllables;
    private final int[] documentFrequency = new int[1 << BITS];
    private long documents;

    TermSpace(StoryConfig config) {
        this.config = config;
        this.stopSyllables = loadStopSyllables();
    }

    /** Counts the article's terms, adds them to the document frequencies, and returns its weighted vector. */
    TermVector accept(AnalysedArticle a) {
        Map<Integer, float[]> counts = count(a);
        documents++;
        for (int term : counts.keySet()) {
            documentFrequency[term]++;
        }
        return weigh(counts);
    }

    /** The vector of a text against the current frequencies, without counting it (for titles, tests). */
    TermVector vectorOf(AnalysedArticle a) {
        return weigh(count(a));
    }

    long documents() {
        return documents;
    }

    /**
     * Smoothed IDF. The corpus is imagined to start with {@link #PRIOR_DOCUMENTS} documents that share no content
     * term, so that in a small batch (three articles of one story) the words they share still weigh: without the
     * prior, a term in every article of a tiny corpus would get no weight at all. Stop syllables are weighted down
     * separately, so the prior does not lift them.
     */
    double idf(int term) {
        return Math.log((documents + PRIOR_DOCUMENTS + 1.0) / (documentFrequency[term] + 0.5));
    }

    static final int PRIOR_DOCUMENTS = 100;

    /** Sparse copy of the document frequencies: pairs of (term, frequency). */
    int[][] frequencies() {
        int n = 0;
        for (int df : documentFrequency) {
            if (df > 0) {
                n++;
            }
        }
        int[] terms = new int[n];
        int[] dfs = new int[n];
        int k = 0;
        for (int t = 0; t < documentFrequency.length; t++) {
            if (documentFrequency[t] > 0) {
                terms[k] = t;
                dfs[k++] = documentFrequency[t];
            }
        }
        return new int[][] {terms, dfs};
    }

    void restore(long documents, int[] terms, int[] dfs) {
        Arrays.fill(documentFrequency, 0);
        for (int i = 0; i < terms.length; i++) {
            documentFrequency[terms[i] & MASK] = dfs[i];
        }
        this.documents = documents;
    }

    /** Raw counts per term; the float[] holds {count, weight factor}. */
    private Map<Integer, float[]> count(AnalysedArticle a) {
        Map<Integer, float[]> counts = new HashMap<>();
        a.article().title().ifPresent(t -> {
            for (int i = 0; i < config.titleWeight(); i++) {
                countText(t, counts);
            }
        });
        countText(a.article().text(), counts);
        for (EntityMention e : a.entities()) {
            String key = VietnameseNormalizer.key(e.canonical());
            if (!key.isBlank()) {
                add(counts, mix(key.hashCode() ^ ENTITY_SALT), 1, (float) config.entityWeight());
            }
        }
        return counts;
    }

    private void countText(String text, Map<Integer, float[]> counts) {
        // one key of the whole text (tone marks, case) is much cheaper than a key per syllable
        String keyed = VietnameseNormalizer.key(text);
        List<Token> tokens = tokenizer.tokenize(keyed);
        int previous = 0;
        boolean previousStop = false;
        boolean hasPrevious = false;
        for (Token t : tokens) {
            if (t.type() != TokenType.SYLLABLE) {
                // numbers and punctuation break bigrams; numbers themselves say little about a story
                hasPrevious = false;
                continue;
            }
            String key = t.text();
            boolean stop = stopSyllables.contains(key);
            int h = key.hashCode();
            add(counts, mix(h), 1, stop ? (float) config.stopWeight() : 1f);
            if (hasPrevious) {
                add(counts, mix(previous * 31 + h + BIGRAM_SALT), 1,
                        stop && previousStop ? (float) config.stopWeight() : 1f);
            }
            previous = h;
            previousStop = stop;
            hasPrevious = true;
        }
    }

    private static void add(Map<Integer, float[]> counts, int term, int n, float factor) {
        float[] c = counts.computeIfAbsent(term, k -> new float[] {0, factor});
        c[0] += n;
    }

    /**
     * The article's vector in "raw" space: sublinear term frequency times the stop factor, divided by the length
     * the vector has once weighted by the current IDF. Stories keep sums of raw vectors and apply the IDF when they
     * are compared, so a story begun when the frequencies were still unreliable is not stuck with them.
     */
    private TermVector weigh(Map<Integer, float[]> counts) {
        int n = counts.size();
        int[] terms = new int[n];
        float[] weights = new float[n];
        int k = 0;
        for (Map.Entry<Integer, float[]> e : counts.entrySet()) {
            float[] c = e.getValue();
            terms[k] = e.getKey();
            weights[k++] = (float) ((1 + Math.log(c[0])) * c[1]);
        }
        float[] weighted = new float[n];
        for (int i = 0; i < n; i++) {
            weighted[i] = (float) (weights[i] * idf(terms[i]));
        }
        int[] top = new TermVector(terms, weighted).heaviest(config.articleTerms());
        long[] packed = new long[top.length];
        double norm = 0;
        for (int i = 0; i < top.length; i++) {
            packed[i] = ((long) terms[top[i]] << 32) | (Float.floatToIntBits(weights[top[i]]) & 0xFFFFFFFFL);
            norm += (double) weighted[top[i]] * weighted[top[i]];
        }
        if (norm == 0) {
            return TermVector.EMPTY;
        }
        Arrays.sort(packed);
        int[] t = new int[packed.length];
        float[] w = new float[packed.length];
        float scale = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < packed.length; i++) {
            t[i] = (int) (packed[i] >>> 32);
            w[i] = Float.intBitsToFloat((int) packed[i]) * scale;
        }
        return new TermVector(t, w);
    }

    /** Hashed term ids are non-negative and below 2^BITS, so sorting them as ints is sorting them as ids. */
    static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x7FEB352D;
        h ^= h >>> 15;
        h *= 0x846CA68B;
        h ^= h >>> 16;
        return h & MASK;
    }

    private static Set<String> loadStopSyllables() {
        InputStream in = TermSpace.class.getResourceAsStream("stop-syllables.txt");
        if (in == null) {
            throw new IllegalStateException("story: resource stop-syllables.txt is missing");
        }
        Set<String> stops = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    stops.add(VietnameseNormalizer.key(s));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("story: cannot read stop-syllables.txt", e);
        }
        return Set.copyOf(stops);
    }

    static List<Integer> ids(TermVector v) {
        List<Integer> out = new ArrayList<>(v.size());
        for (int i = 0; i < v.size(); i++) {
            out.add(v.term(i));
        }
        return out;
    }
}
