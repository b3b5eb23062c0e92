package io.thoisu.story;

import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.EntityMention;
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
    /** Each written syllable's key, computed once per spelling. */
    private final SyllableCache syllables;
    /** The text being counted (one at a time: a corpus stage is fed by one thread). */
    private final TermCounts scratch = new TermCounts(1024);
    private float[] weightBuffer = new float[0];
    private float[] weightedBuffer = new float[0];
    private float[] idfBuffer = new float[0];
    private final int[] documentFrequency = new int[1 << BITS];
    private long documents;

    TermSpace(StoryConfig config) {
        this.config = config;
        this.syllables = new SyllableCache(loadStopSyllables());
    }

    /** Counts the article's terms, adds them to the document frequencies, and returns its weighted vector. */
    TermVector accept(AnalysedArticle a) {
        count(a);
        documents++;
        for (int k = 0; k < scratch.size(); k++) {
            documentFrequency[scratch.term(k)]++;
        }
        return weigh();
    }

    /** The vector of a text against the current frequencies, without counting it (for titles, tests). */
    TermVector vectorOf(AnalysedArticle a) {
        count(a);
        return weigh();
    }

    /** The vector of the headline alone (empty without one), against the current frequencies. */
    TermVector titleVector(AnalysedArticle a) {
        if (a.article().title().isEmpty()) {
            return TermVector.EMPTY;
        }
        scratch.clear();
        countText(a.article().title().get(), 1);
        return weigh();
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
        int df = documentFrequency[term];
        double logDf = df < LOG_DF.length ? LOG_DF[df] : Math.log(df + 0.5);
        return logCorpus() - logDf;
    }

    private double logCorpus() {
        if (logCorpusAt != documents) {
            logCorpus = Math.log(documents + PRIOR_DOCUMENTS + 1.0);
            logCorpusAt = documents;
        }
        return logCorpus;
    }

    private double logCorpus;
    private long logCorpusAt = -1;

    /** log(df + 0.5) for the frequencies almost every term has: a logarithm per lookup was a tenth of the time. */
    private static final double[] LOG_DF = new double[1 << 16];

    static {
        for (int i = 0; i < LOG_DF.length; i++) {
            LOG_DF[i] = Math.log(i + 0.5);
        }
    }

    static final int PRIOR_DOCUMENTS = 100;

    /** 1 + log(count) for the counts almost every term has (they are whole numbers). */
    private static final double[] SUBLINEAR = new double[256];

    static {
        for (int i = 1; i < SUBLINEAR.length; i++) {
            SUBLINEAR[i] = 1 + Math.log(i);
        }
    }

    private static double sublinear(float count) {
        int c = (int) count;
        return c == count && c > 0 && c < SUBLINEAR.length ? SUBLINEAR[c] : 1 + Math.log(count);
    }

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

    /** Raw counts per term and each term's weight factor (stop syllables weigh less), into the scratch table. */
    private void count(AnalysedArticle a) {
        scratch.clear();
        // the headline counts as if written titleWeight times
        a.article().title().ifPresent(t -> countText(t, config.titleWeight()));
        countText(a.article().text(), 1);
        for (EntityMention e : a.entities()) {
            String key = VietnameseNormalizer.key(e.canonical());
            if (!key.isBlank()) {
                scratch.add(entityTerm(key), 1, (float) config.entityWeight());
            }
        }
    }

    /**
     * Syllables are maximal runs of letters (and combining marks) as written; each is keyed (tone marks canonical,
     * lower case) through the {@link SyllableCache} and stands for String's hash of its key, so no token object or
     * substring is made per occurrence. Anything but a space between two syllables (a number, punctuation) breaks
     * the bigram; a run followed at once by a digit ("QN7038", "500kv") is a code, not a syllable.
     */
    private void countText(String text, float times) {
        int previous = 0;
        boolean previousStop = false;
        boolean hasPrevious = false;
        float stopWeight = (float) config.stopWeight();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char ch = text.charAt(i);
            if (!SyllableCache.syllableChar(ch)) {
                if (!Character.isWhitespace(ch)) {
                    hasPrevious = false;
                }
                i++;
                continue;
            }
            int start = i;
            int raw = 0;
            long wide = SyllableCache.WIDE_START;
            for (char c; i < n && SyllableCache.syllableChar(c = text.charAt(i)); i++) {
                raw = 31 * raw + c;
                wide = (wide ^ c) * SyllableCache.WIDE_PRIME;
            }
            if (i < n && Character.isDigit(text.charAt(i))) {
                hasPrevious = false;
                continue;
            }
            int slot = syllables.lookup(text, start, i, raw, wide);
            int h = syllables.keyHash(slot);
            boolean stop = syllables.stop(slot);
            scratch.add(mix(h), times, stop ? stopWeight : 1f);
            if (hasPrevious) {
                scratch.add(mix(previous * 31 + h + BIGRAM_SALT), times, stop && previousStop ? stopWeight : 1f);
            }
            previous = h;
            previousStop = stop;
            hasPrevious = true;
        }
    }

    /**
     * The scratch counts as a vector in "raw" space: sublinear term frequency times the stop factor, divided by the
     * length the vector has once weighted by the current IDF, keeping the heaviest terms. Stories keep sums of raw
     * vectors and apply the IDF when they are compared, so a story begun when the frequencies were still unreliable
     * is not stuck with them. The vector also carries each term's IDF of the moment, for the comparisons made now.
     */
    private TermVector weigh() {
        int n = scratch.size();
        if (weightBuffer.length < n) {
            weightBuffer = new float[n * 2];
            weightedBuffer = new float[n * 2];
            idfBuffer = new float[n * 2];
        }
        float[] weights = weightBuffer;
        float[] weighted = weightedBuffer;
        float[] idfs = idfBuffer;
        for (int k = 0; k < n; k++) {
            weights[k] = (float) (sublinear(scratch.count(k)) * scratch.factor(k));
            idfs[k] = (float) idf(scratch.term(k));
            weighted[k] = weights[k] * idfs[k];
        }
        int[] top = TermVector.heaviest(weighted, n, config.articleTerms());
        long[] packed = new long[top.length];
        double norm = 0;
        for (int i = 0; i < top.length; i++) {
            packed[i] = ((long) scratch.term(top[i]) << 32) | top[i];
            norm += (double) weighted[top[i]] * weighted[top[i]];
        }
        if (norm == 0) {
            return TermVector.EMPTY;
        }
        Arrays.sort(packed);
        int[] t = new int[packed.length];
        float[] w = new float[packed.length];
        float[] idf = new float[packed.length];
        float scale = (float) (1 / Math.sqrt(norm));
        double scaledNorm = 0;
        for (int i = 0; i < packed.length; i++) {
            int k = (int) packed[i];
            t[i] = (int) (packed[i] >>> 32);
            w[i] = weights[k] * scale;
            idf[i] = idfs[k];
            double scaled = (double) w[i] * idfs[k];
            scaledNorm += scaled * scaled;
        }
        return new TermVector(t, w, idf, Math.sqrt(scaledNorm));
    }

    /** The term of an entity, from its canonical name's comparison key. */
    static int entityTerm(String key) {
        return mix(key.hashCode() ^ ENTITY_SALT);
    }

    /** The distinct entity terms of an article (its people, places, organisations). */
    static int[] entityTerms(AnalysedArticle a) {
        TermTable seen = new TermTable(32);
        for (EntityMention e : a.entities()) {
            String key = VietnameseNormalizer.key(e.canonical());
            if (!key.isBlank()) {
                seen.add(entityTerm(key), 1);
            }
        }
        int[] terms = new int[seen.size()];
        seen.export(terms, new float[terms.length]);
        return terms;
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
