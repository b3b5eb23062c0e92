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
import java.util.HashSet;
import java.util.List;
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
    private final TermCounts scratch = new TermCounts(512);
    private float[] weightBuffer = new float[0];
    private double[] idfBuffer = new double[0];
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

    /** The document frequencies, packed (see {@link FrequencyCodec}). */
    byte[] frequencies() {
        return FrequencyCodec.pack(documentFrequency);
    }

    void restore(long documents, byte[] packed) {
        FrequencyCodec.unpack(packed, documentFrequency);
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
        int capacity = scratch.capacity();
        if (weightBuffer.length < capacity) {
            weightBuffer = new float[capacity];
            idfBuffer = new double[capacity];
        }
        float[] weights = weightBuffer;
        double[] idfs = idfBuffer;
        // ties (many terms have the same count and frequency) go to the lower slot: an order set by the terms'
        // hashes, so which of equally heavy terms are kept does not depend on where in the text they stand
        long[] packed = new long[n];
        for (int k = 0; k < n; k++) {
            int slot = scratch.slot(k);
            weights[slot] = (float) (sublinear(scratch.countAt(slot)) * scratch.factorAt(slot));
            idfs[slot] = idf(scratch.termAt(slot));
            float weighted = Math.max(0f, (float) (weights[slot] * idfs[slot]));
            packed[k] = ((long) Float.floatToIntBits(weighted) << 32) | (Integer.MAX_VALUE - slot);
        }
        int m = Math.min(config.articleTerms(), n);
        TermVector.selectLargest(packed, n - m);
        long[] byTerm = new long[m];
        double norm = 0;
        for (int j = 0; j < m; j++) {
            int slot = Integer.MAX_VALUE - (int) packed[n - m + j];
            byTerm[j] = ((long) scratch.termAt(slot) << 32) | slot;
            double weighted = Float.intBitsToFloat((int) (packed[n - m + j] >>> 32));
            norm += weighted * weighted;
        }
        if (norm == 0) {
            return TermVector.EMPTY;
        }
        Arrays.sort(byTerm);
        int[] t = new int[m];
        float[] w = new float[m];
        double[] idf = new double[m];
        float scale = (float) (1 / Math.sqrt(norm));
        double scaledNorm = 0;
        for (int i = 0; i < m; i++) {
            int slot = (int) byTerm[i];
            t[i] = (int) (byTerm[i] >>> 32);
            w[i] = weights[slot] * scale;
            idf[i] = idfs[slot];
            double scaled = w[i] * idfs[slot];
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
