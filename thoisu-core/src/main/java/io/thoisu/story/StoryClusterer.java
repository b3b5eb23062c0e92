package io.thoisu.story;

import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.EntityMention;
import io.thoisu.model.Published;
import io.thoisu.model.Story;
import io.thoisu.model.StoryEntity;
import io.thoisu.text.VietnameseNormalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Online story clustering, one article at a time. Each article is compared, through an inverted index over the
 * heaviest terms of the active stories only, with the few stories that share the most of its words; it joins the
 * best one if the join model (mean similarity to the members, headlines, time gap, entities) says so, and otherwise
 * starts a story. When the article also came near another story, the story it joined is compared, whole, with its
 * nearest neighbours and merged with one the same model accepts: evidence that accrues later repairs a split that
 * arrival order caused. Stories that have been quiet for a while (in days of the news and in arrivals) retire: they
 * leave the index and keep only their summary, and a snapshot leaves them out, so the working state and the saved
 * state follow the active stories only.
 *
 * <p>Speed comes from primitive structures throughout (term ids are hashed ints, vectors parallel arrays, the index
 * int-keyed) and from comparing little: 8 candidates per article, 3 neighbours per second chance.
 *
 * <p>Not thread-safe: a corpus stage is fed by one thread. State can be saved with {@link #snapshot()}.
 */
public final class StoryClusterer {
    private static final int RETIRE_EVERY = 256;
    private static final int MAX_CANDIDATES = 8;
    private static final int NEIGHBOURS = 3;
    /** Least join probability with another story that makes a second chance worth looking for. */
    private static final double SECOND_CHANCE_FLOOR = 0.05;

    private final StoryConfig config;
    private final JoinModel model;
    private final TermSpace space;
    private final Map<String, StoryState> stories = new LinkedHashMap<>();
    private final Map<String, String> mergedInto = new HashMap<>();
    private final StoryIndex postings = new StoryIndex();
    private final List<StoryState> active = new ArrayList<>();
    private long arrivals;
    /** Stories ever started: the next one's sequence number. */
    private long started;
    private long scans = -1;
    /** Scratch list of the stories a scan touched (reused: one scan at a time). */
    private final List<StoryState> touched = new ArrayList<>();
    private LocalDate newest;
    /** Evaluation only: told of every join and merge (null in use). */
    Trace trace;

    /** What an evaluation may watch: which article went where, which stories were merged, on what evidence. */
    interface Trace {
        void joined(String article, List<String> story, double probability);

        void merged(List<String> kept, List<String> gone, double probability, double[] features);
    }

    public StoryClusterer() {
        this(StoryConfig.news());
    }

    public StoryClusterer(StoryConfig config) {
        this(config, JoinModel.standard());
    }

    StoryClusterer(StoryConfig config, JoinModel model) {
        this.config = config;
        this.model = model;
        this.space = new TermSpace(config);
    }

    /** Adds an article; returns the id of the story it joined or started (after any merge it caused). */
    public String accept(AnalysedArticle a) {
        LocalDate date = arrive(a);
        TermVector v = space.accept(a);
        TermVector title = space.titleVector(a);
        int[] entities = TermSpace.entityTerms(a);
        List<Scored> ranked = rank(v, title, entities, date);
        StoryState story;
        if (!ranked.isEmpty() && ranked.get(0).score >= config.joinThreshold()) {
            story = ranked.get(0).story;
            if (trace != null) {
                trace.joined(a.id(), List.copyOf(story.articles), ranked.get(0).score);
            }
        } else {
            story = start("story-" + a.id());
        }
        add(story, a, v, title, date);
        if (fitsAnother(ranked, story)) {
            story = absorbNeighbours(story);
        }
        if (arrivals % RETIRE_EVERY == 0) {
            retireQuiet();
        }
        return story.id;
    }

    /**
     * Whether the article came near a story other than the one it went to. Only then can the second chance merge
     * anything: a story grown by an article unlike its neighbours only moves away from them (the mean similarity
     * between two stories is the mean over their members' pairs).
     */
    private static boolean fitsAnother(List<Scored> ranked, StoryState joined) {
        for (Scored s : ranked) {
            if (s.story != joined && s.score >= SECOND_CHANCE_FLOOR) {
                return true;
            }
        }
        return false;
    }

    /** One candidate story's features for an article, and whether it was the story the article really joined. */
    record Observation(double[] features, boolean joined) {
    }

    /**
     * Training only: the features of the article against every candidate story, then the article joins the story
     * named {@code storyKey} (started if new), whatever the scores say. Stories are thus the true ones, grown in
     * arrival order, and each candidate is an honest positive or negative example.
     */
    List<Observation> acceptInto(AnalysedArticle a, String storyKey) {
        LocalDate date = arrive(a);
        TermVector v = space.accept(a);
        TermVector title = space.titleVector(a);
        int[] entities = TermSpace.entityTerms(a);
        List<Observation> out = new ArrayList<>();
        for (StoryState s : candidates(v)) {
            double factor = timeFactor(s, date);
            if (factor > 0) {
                out.add(new Observation(features(s, v, title, entities, date), s.id.equals(storyKey)));
            }
        }
        StoryState story = stories.get(storyKey);
        add(story == null ? start(storyKey) : story, a, v, title, date);
        if (arrivals % RETIRE_EVERY == 0) {
            retireQuiet();
        }
        return out;
    }

    private LocalDate arrive(AnalysedArticle a) {
        arrivals++;
        LocalDate date = a.article().published().map(Published::date).orElse(null);
        if (date != null && (newest == null || date.isAfter(newest))) {
            newest = date;
        }
        return date;
    }

    private StoryState start(String id) {
        StoryState story = new StoryState(id);
        story.sequence = started++;
        stories.put(story.id, story);
        active.add(story);
        return story;
    }

    /**
     * The stories this clusterer holds, in the order they started: the active ones, and those that retired since it
     * was made or restored (a retired story never changes again; a snapshot leaves it out, its owner has it).
     * Timelines, claims and conflicts come from {@link StoryAssembler}.
     */
    public List<Story> stories() {
        List<Story> out = new ArrayList<>(stories.size());
        for (StoryState s : stories.values()) {
            out.add(s.summary != null ? s.summary : toStory(s));
        }
        return out;
    }

    /** The story an id now stands for: a story merged into another answers with the other's id. */
    public Optional<String> resolve(String storyId) {
        String id = storyId;
        for (int hops = 0; hops < 64 && mergedInto.containsKey(id); hops++) {
            id = mergedInto.get(id);
        }
        return stories.containsKey(id) ? Optional.of(id) : Optional.empty();
    }

    public int activeStories() {
        return active.size();
    }

    private record Scored(StoryState story, double score) {
    }

    private List<Scored> rank(TermVector v, TermVector title, int[] entities, LocalDate date) {
        List<Scored> ranked = new ArrayList<>();
        for (StoryState s : candidates(v)) {
            if (timeFactor(s, date) > 0) {
                ranked.add(new Scored(s, model.probability(features(s, v, title, entities, date))));
            }
        }
        ranked.sort(Comparator.comparingDouble(Scored::score).reversed());
        return ranked;
    }

    private double[] features(StoryState s, TermVector v, TermVector title, int[] entities, LocalDate date) {
        long gap = s.gapDays(date);
        double days;
        if (gap >= 0) {
            days = gap;
        } else {
            // undated on either side: a recently joined story is as good as same-day, an older one a week away
            days = arrivals - s.lastArrival <= config.undatedArrivals() ? 0 : 7;
        }
        return JoinModel.features(s.meanSimilarity(v, space), s.meanTitleSimilarity(title, space), days,
                s.articles.size(), s.entityAgreement(entities, space));
    }

    /**
     * Second chance, as evidence accrues: the story that has just grown is compared, as a whole, with the active
     * stories that share its heaviest terms, and merged with any that the join model says is the same story. An
     * article that started a story of its own because the right one was still too small to recognise it is taken
     * back in once that story has grown, whatever the order the articles came in.
     */
    private StoryState absorbNeighbours(StoryState story) {
        for (int round = 0; round < 4; round++) {
            StoryState best = null;
            double bestScore = config.mergeThreshold();
            for (StoryState other : neighbours(story)) {
                if (spanGap(story, other) > config.graceDays() + config.fadeDays()) {
                    continue; // as for an article: a story quiet for longer than the fade is not joined
                }
                double p = model.probability(storyFeatures(story, other));
                if (p >= bestScore) {
                    best = other;
                    bestScore = p;
                }
            }
            if (best == null) {
                return story;
            }
            if (trace != null) {
                trace.merged(List.copyOf(story.articles), List.copyOf(best.articles), bestScore,
                        storyFeatures(story, best));
            }
            story = merge(story, best);
        }
        return story;
    }

    /** Days between the spans of two stories (0 when they overlap); without dates, judged by arrivals. */
    private long spanGap(StoryState a, StoryState b) {
        if (a.first == null || b.first == null) {
            return Math.abs(a.lastArrival - b.lastArrival) <= config.undatedArrivals() ? 0 : 7;
        }
        return Math.max(0, Math.max(a.first.toEpochDay() - b.last.toEpochDay(),
                b.first.toEpochDay() - a.last.toEpochDay()));
    }

    private double[] storyFeatures(StoryState a, StoryState b) {
        long gap = spanGap(a, b);
        return JoinModel.features(a.meanSimilarity(b, space), a.meanTitleSimilarity(b, space), gap,
                Math.min(a.articles.size(), b.articles.size()), a.entityAgreement(b, space));
    }

    /** The active stories sharing the most of a story's indexed terms, itself excluded. */
    private List<StoryState> neighbours(StoryState story) {
        // a stamp of its own for every scan (negative: the article ranking stamps with the arrival number)
        long stamp = --scans;
        touched.clear();
        for (int t : story.indexed) {
            int slot = postings.find(t);
            if (slot < 0) {
                continue;
            }
            StoryState[] posted = postings.stories(slot);
            double w = space.idf(t);
            for (int k = 0, n = postings.size(slot); k < n; k++) {
                StoryState s = posted[k];
                if (s == story) {
                    continue;
                }
                if (s.partialStamp != stamp) {
                    s.partialStamp = stamp;
                    s.partial = 0;
                    touched.add(s);
                }
                s.partial += w;
            }
        }
        return strongest(touched, NEIGHBOURS);
    }

    /** The active stories that share the most heavy terms with the article, through the inverted index. */
    private List<StoryState> candidates(TermVector v) {
        touched.clear();
        for (int i : v.heaviest(config.queryTerms())) {
            int slot = postings.find(v.term(i));
            if (slot < 0) {
                continue;
            }
            StoryState[] posted = postings.stories(slot);
            float w = v.weight(i);
            for (int k = 0, n = postings.size(slot); k < n; k++) {
                StoryState s = posted[k];
                if (s.partialStamp != arrivals) {
                    s.partialStamp = arrivals;
                    s.partial = 0;
                    touched.add(s);
                }
                s.partial += w;
            }
        }
        return strongest(touched, MAX_CANDIDATES);
    }

    /** The {@code k} stories of highest partial score, highest first (ties: the first touched), by insertion. */
    private static List<StoryState> strongest(List<StoryState> touched, int k) {
        StoryState[] top = new StoryState[Math.min(k, touched.size())];
        int n = 0;
        for (StoryState s : touched) {
            if (n == top.length && s.partial <= top[n - 1].partial) {
                continue;
            }
            int at = n == top.length ? n - 1 : n++;
            while (at > 0 && top[at - 1].partial < s.partial) {
                top[at] = top[at - 1];
                at--;
            }
            top[at] = s;
        }
        return Arrays.asList(top);
    }

    /**
     * 1 within the grace period of a story's span, then falling to 0 over the fade period. An article or a story
     * without dates is judged by arrival order instead: recent stories count fully, older ones half.
     */
    private double timeFactor(StoryState s, LocalDate date) {
        long gap = s.gapDays(date);
        if (gap < 0) {
            return arrivals - s.lastArrival <= config.undatedArrivals() ? 1 : 0.5;
        }
        if (gap <= config.graceDays()) {
            return 1;
        }
        return Math.max(0, 1 - (gap - config.graceDays()) / (double) config.fadeDays());
    }

    private void add(StoryState s, AnalysedArticle a, TermVector v, TermVector title, LocalDate date) {
        s.articles.add(a.id());
        s.addTitle(title);
        a.article().outlet().ifPresent(s.outlets::add);
        s.widenDates(Optional.ofNullable(date));
        a.article().title().ifPresent(t -> {
            // the earliest dated headline names the story; an undated one only until a dated one comes
            if (s.title == null || (date != null && (s.titleDate == null || date.isBefore(s.titleDate)))) {
                s.title = t;
                s.titleDate = date;
            }
        });
        for (EntityMention m : a.entities()) {
            String key = VietnameseNormalizer.key(m.canonical());
            StoryState.EntityTally tally = s.entities.computeIfAbsent(key,
                    k -> new StoryState.EntityTally(m.canonical(), m.type()));
            tally.mentions++;
            tally.forms.merge(m.text(), 1, Integer::sum);
            if (!key.isBlank()) {
                s.entityMentions.add(TermSpace.entityTerm(key), 1);
            }
        }
        for (int i = 0; i < v.size(); i++) {
            s.addToCentroid(v.term(i), v.weight(i));
        }
        s.prune(config.centroidTerms(), space);
        s.lastArrival = arrivals;
        // only the terms indexed so far and the new article's can be the heaviest now (the others' weights did not
        // change but for the drift of the IDF): those are ranked after each article, the whole centroid now and then
        if (s.articles.size() % 8 == 0) {
            reindex(s);
        } else {
            index(s, s.heaviestTerms(s.indexed, v, config.indexTerms(), space));
        }
    }

    /** Points the index at the story's heaviest terms now. */
    private void reindex(StoryState s) {
        index(s, s.heaviestTerms(config.indexTerms(), space));
    }

    /** Points the index at {@code after} (sorted), touching only the terms that came in or went out. */
    private void index(StoryState s, int[] after) {
        int[] before = s.indexed;
        int i = 0;
        int j = 0;
        while (i < before.length || j < after.length) {
            if (j == after.length || (i < before.length && before[i] < after[j])) {
                postings.remove(before[i++], s);
            } else if (i == before.length || after[j] < before[i]) {
                postings.add(after[j++], s);
            } else {
                i++;
                j++;
            }
        }
        s.indexed = after;
    }

    private void unindex(StoryState s) {
        for (int t : s.indexed) {
            postings.remove(t, s);
        }
        s.indexed = new int[0];
    }

    /** Merges the younger story into the older one, whose id therefore stays. */
    private StoryState merge(StoryState a, StoryState b) {
        StoryState keep = a.sequence <= b.sequence ? a : b;
        StoryState gone = keep == a ? b : a;
        unindex(gone);
        active.remove(gone);
        stories.remove(gone.id);
        mergedInto.put(gone.id, keep.id);
        keep.articles.addAll(gone.articles);
        keep.outlets.addAll(gone.outlets);
        if (gone.first != null) {
            keep.widenDates(Optional.of(gone.first));
            keep.widenDates(Optional.of(gone.last));
        }
        if (gone.title != null && (keep.title == null || (gone.titleDate != null
                && (keep.titleDate == null || gone.titleDate.isBefore(keep.titleDate))))) {
            keep.title = gone.title;
            keep.titleDate = gone.titleDate;
        }
        gone.entities.forEach((k, t) -> keep.entities.merge(k, t, (x, y) -> {
            x.mentions += y.mentions;
            y.forms.forEach((f, n) -> x.forms.merge(f, n, Integer::sum));
            return x;
        }));
        int[] entityTerms = new int[gone.entityMentions.size()];
        float[] entityCounts = new float[entityTerms.length];
        gone.entityMentions.export(entityTerms, entityCounts);
        for (int i = 0; i < entityTerms.length; i++) {
            keep.entityMentions.add(entityTerms[i], entityCounts[i]);
        }
        int[] terms = new int[gone.centroid.size()];
        float[] weights = new float[terms.length];
        gone.centroid.export(terms, weights);
        for (int i = 0; i < terms.length; i++) {
            keep.addToCentroid(terms[i], weights[i]);
        }
        keep.prune(config.centroidTerms(), space);
        int[] titleTerms = new int[gone.titles.size()];
        float[] titleWeights = new float[titleTerms.length];
        gone.titles.export(titleTerms, titleWeights);
        for (int i = 0; i < titleTerms.length; i++) {
            keep.titles.add(titleTerms[i], titleWeights[i]);
        }
        keep.titled += gone.titled;
        keep.lastArrival = Math.max(keep.lastArrival, gone.lastArrival);
        reindex(keep);
        return keep;
    }

    private void retireQuiet() {
        List<StoryState> quiet = new ArrayList<>();
        for (StoryState s : active) {
            boolean quietByArrivals = arrivals - s.lastArrival > config.retainArrivals();
            boolean quietByDate = s.last == null || newest == null
                    || s.last.plusDays(config.retainDays()).isBefore(newest);
            if (quietByArrivals && quietByDate) {
                quiet.add(s);
            }
        }
        for (StoryState s : quiet) {
            unindex(s);
            s.retire(toStory(s));
        }
        active.removeAll(quiet);
        if (!quiet.isEmpty()) {
            postings.compact();
        }
    }

    private static Story toStory(StoryState s) {
        List<StoryEntity> entities = s.entities.values().stream()
                .sorted(Comparator.comparingInt((StoryState.EntityTally t) -> -t.mentions).thenComparing(t -> t.canonical))
                .limit(30)
                .map(t -> new StoryEntity(t.canonical, t.type, aliases(t), t.mentions))
                .toList();
        return new Story(s.id, s.title == null ? "" : s.title, s.articles, List.copyOf(s.outlets),
                Optional.ofNullable(s.first), Optional.ofNullable(s.last), entities, List.of(), List.of(), List.of());
    }

    private static List<String> aliases(StoryState.EntityTally t) {
        String canonical = VietnameseNormalizer.key(t.canonical);
        List<String> out = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (String form : t.forms.keySet()) {
            String k = VietnameseNormalizer.key(form);
            if (!k.equals(canonical) && seen.add(k)) {
                out.add(form);
            }
        }
        return out;
    }

    // ---- snapshot / restore -----------------------------------------------------------------------------------

    /** The active stories' whole state; retired stories are left out (see {@link StoryClustererSnapshot}). */
    public StoryClustererSnapshot snapshot() {
        List<StoryClustererSnapshot.StorySnapshot> saved = new ArrayList<>();
        for (StoryState s : stories.values()) {
            if (!s.active) {
                continue;
            }
            int n = s.centroid.size();
            int[] terms = new int[n];
            float[] weights = new float[n];
            s.centroid.export(terms, weights);
            int[] titleTerms = new int[s.titles.size()];
            float[] titleWeights = new float[titleTerms.length];
            s.titles.export(titleTerms, titleWeights);
            List<StoryClustererSnapshot.EntityCount> entities = new ArrayList<>();
            s.entities.forEach((k, t) -> t.forms.forEach((form, count) -> entities.add(
                    new StoryClustererSnapshot.EntityCount(t.canonical, t.type, form, count))));
            saved.add(new StoryClustererSnapshot.StorySnapshot(s.id, s.sequence, Optional.ofNullable(s.title),
                    Optional.ofNullable(s.titleDate), s.articles, List.copyOf(s.outlets), Optional.ofNullable(s.first),
                    Optional.ofNullable(s.last), entities, terms, weights, titleTerms, titleWeights, s.titled,
                    s.indexed, s.lastArrival));
        }
        // only the merges that still lead to a story kept here: the others' targets retired
        Map<String, String> merges = new HashMap<>();
        mergedInto.forEach((gone, into) -> resolve(into).filter(id -> stories.get(id).active)
                .ifPresent(id -> merges.put(gone, into)));
        return new StoryClustererSnapshot(config, space.documents(), space.frequencies(), arrivals, started,
                Optional.ofNullable(newest), saved, merges);
    }

    public static StoryClusterer restore(StoryClustererSnapshot snap) {
        StoryClusterer c = new StoryClusterer(snap.config());
        c.space.restore(snap.documents(), snap.documentFrequencies());
        c.arrivals = snap.arrivals();
        c.started = snap.started();
        c.newest = snap.newest().orElse(null);
        c.mergedInto.putAll(snap.mergedInto());
        for (StoryClustererSnapshot.StorySnapshot ss : snap.stories()) {
            StoryState s = new StoryState(ss.id());
            s.sequence = ss.sequence();
            s.title = ss.title().orElse(null);
            s.titleDate = ss.titleDate().orElse(null);
            s.articles.addAll(ss.articles());
            s.outlets.addAll(ss.outlets());
            s.first = ss.first().orElse(null);
            s.last = ss.last().orElse(null);
            for (StoryClustererSnapshot.EntityCount e : ss.entities()) {
                String key = VietnameseNormalizer.key(e.canonical());
                StoryState.EntityTally t = s.entities.computeIfAbsent(key,
                        k -> new StoryState.EntityTally(e.canonical(), e.type()));
                t.mentions += e.count();
                t.forms.merge(e.form(), e.count(), Integer::sum);
                if (!key.isBlank()) {
                    s.entityMentions.add(TermSpace.entityTerm(key), e.count());
                }
            }
            for (int i = 0; i < ss.centroidTerms().length; i++) {
                s.addToCentroid(ss.centroidTerms()[i], ss.centroidWeights()[i]);
            }
            for (int i = 0; i < ss.titleTerms().length; i++) {
                s.titles.add(ss.titleTerms()[i], ss.titleWeights()[i]);
            }
            s.titled = ss.titled();
            s.lastArrival = ss.lastArrival();
            c.stories.put(s.id, s);
            c.active.add(s);
            for (int t : ss.indexed()) {
                c.postings.add(t, s);
            }
            s.indexed = ss.indexed().clone();
        }
        return c;
    }
}
