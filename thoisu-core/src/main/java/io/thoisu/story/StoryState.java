package io.thoisu.story;

import io.thoisu.model.EntityType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The mutable state of one story inside the clusterer. While a story is active it keeps a centroid (the sum of its
 * articles' unit vectors, pruned to the heaviest terms); once retired only its summary remains.
 */
final class StoryState {
    final String id;
    final List<String> articles = new ArrayList<>();
    final Set<String> outlets = new LinkedHashSet<>();
    final Map<String, EntityTally> entities = new HashMap<>();
    Map<Integer, Float> centroid = new HashMap<>();
    double squaredNorm;
    int[] indexed = new int[0];
    String title;
    LocalDate titleDate;
    LocalDate first;
    LocalDate last;
    long lastArrival;
    boolean active = true;

    StoryState(String id) {
        this.id = id;
    }

    /** Cosine between an article's raw vector and this story's raw centroid, both weighted by the current IDF. */
    double cosine(TermVector v, TermSpace space) {
        double norm = weightedNorm(space);
        if (norm <= 0) {
            return 0;
        }
        double dot = 0;
        double own = 0;
        for (int i = 0; i < v.size(); i++) {
            double idf = space.idf(v.term(i));
            double a = v.weight(i) * idf;
            own += a * a;
            Float c = centroid.get(v.term(i));
            if (c != null) {
                dot += c * idf * a;
            }
        }
        return own <= 0 ? 0 : dot / Math.sqrt(norm * own);
    }

    /**
     * Mean cosine between an article and the story's members (average link). Articles are unit vectors, so the mean
     * of their dot products with the article is its dot product with their sum, divided by their number: no member
     * needs to be kept. Unlike the centroid cosine, it does not favour a big story whose centroid has grown broad.
     */
    double meanSimilarity(TermVector v, TermSpace space) {
        int n = articles.size();
        if (n == 0) {
            return 0;
        }
        double dot = 0;
        double own = 0;
        for (int i = 0; i < v.size(); i++) {
            double idf = space.idf(v.term(i));
            double a = v.weight(i) * idf;
            own += a * a;
            Float c = centroid.get(v.term(i));
            if (c != null) {
                dot += c * idf * a;
            }
        }
        return own <= 0 ? 0 : dot / (Math.sqrt(own) * n);
    }

    /** Mean cosine between the members of two stories (average link between them). */
    double meanSimilarity(StoryState other, TermSpace space) {
        Map<Integer, Float> small = centroid.size() <= other.centroid.size() ? centroid : other.centroid;
        Map<Integer, Float> large = small == centroid ? other.centroid : centroid;
        double dot = 0;
        for (Map.Entry<Integer, Float> e : small.entrySet()) {
            Float c = large.get(e.getKey());
            if (c != null) {
                double idf = space.idf(e.getKey());
                dot += c * e.getValue() * idf * idf;
            }
        }
        return dot / ((double) articles.size() * other.articles.size());
    }

    /** Cosine of two centroids, weighted by the current IDF. */
    double cosine(StoryState other, TermSpace space) {
        double na = weightedNorm(space);
        double nb = other.weightedNorm(space);
        if (na <= 0 || nb <= 0) {
            return 0;
        }
        Map<Integer, Float> small = centroid.size() <= other.centroid.size() ? centroid : other.centroid;
        Map<Integer, Float> large = small == centroid ? other.centroid : centroid;
        double dot = 0;
        for (Map.Entry<Integer, Float> e : small.entrySet()) {
            Float c = large.get(e.getKey());
            if (c != null) {
                double idf = space.idf(e.getKey());
                dot += c * e.getValue() * idf * idf;
            }
        }
        return dot / Math.sqrt(na * nb);
    }

    /** Squared length of the IDF-weighted centroid; recomputed when the corpus has grown by a tenth since. */
    double weightedNorm(TermSpace space) {
        long docs = space.documents();
        if (normDocuments > 0 && docs < normDocuments * 1.1 + 20 && !normStale) {
            return cachedNorm;
        }
        double sum = 0;
        for (Map.Entry<Integer, Float> e : centroid.entrySet()) {
            double w = e.getValue() * space.idf(e.getKey());
            sum += w * w;
        }
        cachedNorm = sum;
        normDocuments = Math.max(1, docs);
        normStale = false;
        return sum;
    }

    private double cachedNorm;
    private long normDocuments;
    private boolean normStale = true;

    /** The unweighted cosine of two centroids (raw space). */
    double rawCosine(StoryState other) {
        if (squaredNorm <= 0 || other.squaredNorm <= 0) {
            return 0;
        }
        Map<Integer, Float> small = centroid.size() <= other.centroid.size() ? centroid : other.centroid;
        Map<Integer, Float> large = small == centroid ? other.centroid : centroid;
        double dot = 0;
        for (Map.Entry<Integer, Float> e : small.entrySet()) {
            Float c = large.get(e.getKey());
            if (c != null) {
                dot += c * e.getValue();
            }
        }
        return dot / Math.sqrt(squaredNorm * other.squaredNorm);
    }

    void addToCentroid(int term, float weight) {
        float old = centroid.getOrDefault(term, 0f);
        float now = old + weight;
        centroid.put(term, now);
        normStale = true;
        squaredNorm += (double) now * now - (double) old * old;
    }

    /** Keeps the centroid at most {@code keep} terms: the light tail of many articles says nothing more. */
    void prune(int keep, TermSpace space) {
        if (centroid.size() <= 2 * keep) {
            return;
        }
        int n = centroid.size();
        int[] terms = new int[n];
        float[] weights = new float[n];
        float[] weighted = new float[n];
        int k = 0;
        for (Map.Entry<Integer, Float> e : centroid.entrySet()) {
            terms[k] = e.getKey();
            weighted[k] = (float) (e.getValue() * space.idf(e.getKey()));
            weights[k++] = e.getValue();
        }
        int[] top = new TermVector(terms, weighted).heaviest(keep);
        Map<Integer, Float> kept = new HashMap<>(keep * 2);
        double norm = 0;
        for (int i : top) {
            kept.put(terms[i], weights[i]);
            norm += (double) weights[i] * weights[i];
        }
        centroid = kept;
        squaredNorm = norm;
        normStale = true;
    }

    /** The heaviest {@code k} centroid terms, the ones the inverted index points from. */
    int[] heaviestTerms(int k, TermSpace space) {
        int n = centroid.size();
        int[] terms = new int[n];
        float[] weights = new float[n];
        int i = 0;
        for (Map.Entry<Integer, Float> e : centroid.entrySet()) {
            terms[i] = e.getKey();
            weights[i++] = (float) (e.getValue() * space.idf(e.getKey()));
        }
        int[] top = new TermVector(terms, weights).heaviest(k);
        int[] out = new int[top.length];
        for (int j = 0; j < top.length; j++) {
            out[j] = terms[top[j]];
        }
        return out;
    }

    void widenDates(Optional<LocalDate> date) {
        date.ifPresent(d -> {
            first = first == null || d.isBefore(first) ? d : first;
            last = last == null || d.isAfter(last) ? d : last;
        });
    }

    /** Days between a date and this story's span; 0 inside it, -1 when either side has no date. */
    long gapDays(LocalDate d) {
        if (d == null || first == null) {
            return -1;
        }
        if (d.isBefore(first)) {
            return first.toEpochDay() - d.toEpochDay();
        }
        if (d.isAfter(last)) {
            return d.toEpochDay() - last.toEpochDay();
        }
        return 0;
    }

    /** Mentions of one entity in a story, under every surface form it took. */
    static final class EntityTally {
        final String canonical;
        final EntityType type;
        final Map<String, Integer> forms = new TreeMap<>();
        int mentions;

        EntityTally(String canonical, EntityType type) {
            this.canonical = canonical;
            this.type = type;
        }
    }
}
