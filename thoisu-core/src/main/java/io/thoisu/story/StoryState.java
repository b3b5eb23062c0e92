package io.thoisu.story;

import io.thoisu.model.EntityType;
import io.thoisu.model.Story;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
    TermTable centroid = new TermTable(64);
    /** Sum of the members' headline vectors, and how many members had a headline. */
    TermTable titles = new TermTable(16);
    /** Mentions of each entity term in the members (rebuilt from {@link #entities} on restore). */
    TermTable entityMentions = new TermTable(16);
    int titled;
    /** Scratch of the ranking pass: the partial score and the arrival it belongs to (no map per article). */
    double partial;
    long partialStamp = -1;
    int[] indexed = new int[0];
    String title;
    LocalDate titleDate;
    LocalDate first;
    LocalDate last;
    long lastArrival;
    /** Order of creation: a merge keeps the older story's id. */
    long sequence;
    boolean active = true;
    /** What a retired story says of itself, made once when it retired; its working state is then dropped. */
    Story summary;

    StoryState(String id) {
        this.id = id;
    }

    /**
     * Mean cosine between an article and the story's members (average link). Articles are unit vectors, so the mean
     * of their dot products with the article is its dot product with their sum, divided by their number: no member
     * needs to be kept. Unlike the centroid cosine, it does not favour a big story whose centroid has grown broad,
     * which was the main source of wrong joins (two fires, two lorry crashes of the same week).
     */
    double meanSimilarity(TermVector v, TermSpace space) {
        int n = articles.size();
        if (n == 0) {
            return 0;
        }
        return meanCosine(v, centroid, n);
    }

    /** Mean cosine between an article's headline and the members' headlines; 0 when either side has none. */
    double meanTitleSimilarity(TermVector title, TermSpace space) {
        if (titled == 0 || title.size() == 0) {
            return 0;
        }
        return meanCosine(title, titles, titled);
    }

    /**
     * Mean cosine between {@code v} and the {@code members} vectors summed into {@code sum} (each member unit length),
     * idf-weighted: the dot product with the sum, divided by the members' count.
     */
    private static double meanCosine(TermVector v, TermTable sum, int members) {
        double dot = 0;
        for (int i = 0; i < v.size(); i++) {
            float c = sum.get(v.term(i));
            if (c != 0) {
                double idf = v.idf(i);
                dot += c * idf * (v.weight(i) * idf);
            }
        }
        double own = v.scaledNorm();
        return own <= 0 ? 0 : dot / (own * members);
    }

    void addTitle(TermVector title) {
        if (title.size() == 0) {
            return;
        }
        titled++;
        for (int i = 0; i < title.size(); i++) {
            titles.add(title.term(i), title.weight(i));
        }
    }

    /**
     * How far an article's entities are the story's, in [-1, 1]: the IDF-weighted share of the article's distinct
     * entities that the story has mentioned, mapped so that all shared is 1 and none shared is -1; NaN (unknown)
     * when either side has no entities.
     */
    double entityAgreement(int[] articleEntities, TermSpace space) {
        if (articleEntities.length == 0 || entityMentions.size() == 0) {
            return Double.NaN;
        }
        double mass = 0;
        double shared = 0;
        for (int t : articleEntities) {
            double idf = Math.max(0, space.idf(t));
            mass += idf;
            if (entityMentions.get(t) > 0) {
                shared += idf;
            }
        }
        return mass <= 0 ? Double.NaN : 2 * shared / mass - 1;
    }

    /** The same between two stories: the shared entities' weight over the smaller side's. */
    double entityAgreement(StoryState other, TermSpace space) {
        if (entityMentions.size() == 0 || other.entityMentions.size() == 0) {
            return Double.NaN;
        }
        double[] mass = new double[2];
        double shared = 0;
        StoryState[] both = {this, other};
        for (int side = 0; side < 2; side++) {
            TermTable own = both[side].entityMentions;
            TermTable theirs = both[1 - side].entityMentions;
            int[] terms = new int[own.size()];
            own.export(terms, new float[terms.length]);
            for (int t : terms) {
                double idf = Math.max(0, space.idf(t));
                mass[side] += idf;
                if (side == 0 && theirs.get(t) > 0) {
                    shared += idf;
                }
            }
        }
        double smaller = Math.min(mass[0], mass[1]);
        return smaller <= 0 ? Double.NaN : 2 * Math.min(1, shared / smaller) - 1;
    }

    /** Mean cosine between the headlines of two stories. */
    double meanTitleSimilarity(StoryState other, TermSpace space) {
        if (titled == 0 || other.titled == 0) {
            return 0;
        }
        return sumDot(titles, other.titles, space) / ((double) titled * other.titled);
    }

    /** Mean cosine between the members of two stories (average link between them). */
    double meanSimilarity(StoryState other, TermSpace space) {
        return sumDot(centroid, other.centroid, space) / ((double) articles.size() * other.articles.size());
    }

    /** IDF-weighted dot product of two sums of raw vectors: a pass over the smaller, looked up in the larger. */
    private static double sumDot(TermTable a, TermTable b, TermSpace space) {
        TermTable small = a.size() <= b.size() ? a : b;
        TermTable large = small == a ? b : a;
        double dot = 0;
        for (int slot = 0, n = small.capacity(); slot < n; slot++) {
            int t = small.keyAt(slot);
            if (t < 0) {
                continue;
            }
            float c = large.get(t);
            if (c != 0) {
                double idf = space.idf(t);
                dot += c * small.valueAt(slot) * idf * idf;
            }
        }
        return dot;
    }

    void addToCentroid(int term, float weight) {
        centroid.add(term, weight);
    }

    /** Keeps the centroid at most {@code keep} terms: the light tail of many articles says nothing more. */
    void prune(int keep, TermSpace space) {
        if (centroid.size() <= 2 * keep) {
            return;
        }
        int n = centroid.size();
        int[] terms = new int[n];
        float[] weights = new float[n];
        centroid.export(terms, weights);
        float[] weighted = new float[n];
        for (int i = 0; i < n; i++) {
            weighted[i] = (float) (weights[i] * space.idf(terms[i]));
        }
        int[] top = TermVector.heaviest(weighted, keep);
        TermTable kept = new TermTable(keep * 2);
        for (int i : top) {
            kept.add(terms[i], weights[i]);
        }
        centroid = kept;
    }

    /** The heaviest {@code k} centroid terms, the ones the inverted index points from, sorted by term. */
    int[] heaviestTerms(int k, TermSpace space) {
        int n = centroid.size();
        int[] terms = new int[n];
        float[] weights = new float[n];
        int j = 0;
        for (int slot = 0, cap = centroid.capacity(); slot < cap; slot++) {
            int t = centroid.keyAt(slot);
            if (t >= 0) {
                terms[j] = t;
                weights[j++] = (float) (centroid.valueAt(slot) * space.idf(t));
            }
        }
        int[] top = TermVector.heaviest(weights, k);
        int[] out = new int[top.length];
        for (int i = 0; i < top.length; i++) {
            out[i] = terms[top[i]];
        }
        Arrays.sort(out);
        return out;
    }

    /**
     * The heaviest {@code k} centroid terms among {@code indexed} and the terms of {@code v}, sorted by term: after
     * {@code v} was added, the only terms whose weight rose.
     */
    int[] heaviestTerms(int[] indexed, TermVector v, int k, TermSpace space) {
        int[] terms = new int[indexed.length + v.size()];
        float[] weights = new float[terms.length];
        int n = 0;
        int i = 0;
        int j = 0;
        // both sorted by term: a merge, each term once
        while (i < indexed.length || j < v.size()) {
            int t;
            if (j == v.size() || (i < indexed.length && indexed[i] < v.term(j))) {
                t = indexed[i++];
            } else if (i == indexed.length || v.term(j) < indexed[i]) {
                t = v.term(j++);
            } else {
                t = indexed[i++];
                j++;
            }
            float c = centroid.get(t);
            if (c != 0) {
                terms[n] = t;
                weights[n++] = (float) (c * space.idf(t));
            }
        }
        int[] top = TermVector.heaviest(weights, n, k);
        int[] out = new int[top.length];
        for (int m = 0; m < top.length; m++) {
            out[m] = terms[top[m]];
        }
        Arrays.sort(out);
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

    /** Leaves the active set: keeps only its summary, so a retired story costs its member ids and little more. */
    void retire(Story summary) {
        this.summary = summary;
        active = false;
        articles.clear();
        outlets.clear();
        entities.clear();
        centroid = new TermTable(1);
        titles = new TermTable(1);
        entityMentions = new TermTable(1);
        indexed = new int[0];
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
