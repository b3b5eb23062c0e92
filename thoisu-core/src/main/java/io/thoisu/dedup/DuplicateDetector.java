package io.thoisu.dedup;

import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.Published;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds copies among the articles it is fed, one at a time. Exact copies share the hash of their normalised
 * syllables; near copies (a wire story with a new lead, a trimmed tail, a few sentences rewritten) are found by
 * MinHash over 3-syllable shingles, with LSH banding so that each article is compared with a handful of candidates
 * rather than with all before it. Groups are transitive: a copy of a copy joins the original's group. Near copies
 * are looked for among recent articles (see {@link DuplicateConfig#retainDays()}); exact copies among all.
 *
 * <p>Not thread-safe: a corpus stage is fed by one thread. State can be saved with {@link #snapshot()}.
 */
public final class DuplicateDetector {
    private static final Comparator<Member> EARLIEST = Comparator
            .comparing((Member m) -> m.published.map(DuplicateDetector::instantOf).orElse(Instant.MAX))
            .thenComparingLong(m -> m.arrival);

    private final DuplicateConfig config;
    private final Map<String, Member> members = new LinkedHashMap<>();
    private final Map<String, Member> byExactHash = new HashMap<>();
    private final Map<Long, List<Member>> buckets = new HashMap<>();
    private final Map<String, List<Member>> groups = new HashMap<>();
    /** Members whose fingerprint is still in the LSH buckets, oldest arrival first. */
    private final java.util.ArrayDeque<Member> fingerprinted = new java.util.ArrayDeque<>();
    private long arrivals;
    private LocalDate newest;

    private static final int SWEEP_EVERY = 256;

    private static final class Member {
        final String id;
        final Optional<Published> published;
        final long arrival;
        final String exactHash;
        final int shingles;
        int[] signature;
        String group;

        Member(String id, Optional<Published> published, long arrival, String exactHash, int shingles,
               int[] signature, String group) {
            this.id = id;
            this.published = published;
            this.arrival = arrival;
            this.exactHash = exactHash;
            this.shingles = shingles;
            this.signature = signature;
            this.group = group;
        }
    }

    public DuplicateDetector() {
        this(DuplicateConfig.news());
    }

    public DuplicateDetector(DuplicateConfig config) {
        this.config = config;
    }

    public DuplicateVerdict accept(AnalysedArticle a) {
        Member known = members.get(a.id());
        if (known != null) {
            // the same id fed twice (a re-run): answer as before, change nothing
            Member first = earliest(known.group);
            return new DuplicateVerdict(a.id(), known.group, first.id,
                    groups.get(known.group).size() > 1 ? DuplicateKind.EXACT : DuplicateKind.NONE, 1);
        }
        arrivals++;
        String[] words = ShingleSketch.words(a.article().text());
        long[] shingles = ShingleSketch.shingles(words);
        String exact = ShingleSketch.exactHash(words);
        int[] signature = shingles.length >= config.minShingles()
                ? ShingleSketch.signature(shingles, config.signatureSize()) : new int[0];
        Member m = new Member(a.id(), a.article().published(), arrivals, exact, shingles.length, signature, a.id());

        DuplicateKind kind = DuplicateKind.NONE;
        double similarity = 0;
        Member match = words.length == 0 ? null : byExactHash.get(exact);
        if (match != null) {
            kind = DuplicateKind.EXACT;
            similarity = 1;
        } else if (signature.length > 0) {
            for (Member candidate : candidates(signature)) {
                double s = similarity(m, candidate);
                if (s > similarity) {
                    similarity = s;
                    match = candidate;
                }
            }
            if (match != null && isNear(m, match)) {
                kind = DuplicateKind.NEAR;
            } else {
                match = null;
                similarity = 0;
            }
        }
        add(m, match == null ? null : match.group);
        if (arrivals % SWEEP_EVERY == 0) {
            forgetOldFingerprints();
        }
        return new DuplicateVerdict(m.id, m.group, earliest(m.group).id, kind, similarity);
    }

    /** Groups of two or more articles, each earliest first (published, then arrival); groups by their earliest. */
    public List<List<String>> groups() {
        List<List<Member>> found = new ArrayList<>();
        for (List<Member> g : groups.values()) {
            if (g.size() > 1) {
                List<Member> sorted = new ArrayList<>(g);
                sorted.sort(EARLIEST);
                found.add(sorted);
            }
        }
        found.sort(Comparator.comparing(g -> g.get(0), EARLIEST));
        return found.stream().map(g -> g.stream().map(x -> x.id).toList()).toList();
    }

    public DuplicateDetectorSnapshot snapshot() {
        List<DuplicateDetectorSnapshot.Member> out = new ArrayList<>(members.size());
        for (Member m : members.values()) {
            out.add(new DuplicateDetectorSnapshot.Member(m.id, m.published, m.arrival, m.exactHash, m.shingles,
                    m.signature, m.group));
        }
        return new DuplicateDetectorSnapshot(config, out);
    }

    public static DuplicateDetector restore(DuplicateDetectorSnapshot snapshot) {
        DuplicateDetector d = new DuplicateDetector(snapshot.config());
        for (DuplicateDetectorSnapshot.Member s : snapshot.members()) {
            Member m = new Member(s.id(), s.published(), s.arrival(), s.exactHash(), s.shingles(), s.signature(),
                    s.id());
            d.arrivals = Math.max(d.arrivals, s.arrival());
            d.add(m, s.group().equals(s.id()) ? null : s.group());
        }
        return d;
    }

    private void add(Member m, String group) {
        members.put(m.id, m);
        byExactHash.putIfAbsent(m.exactHash, m);
        m.group = group == null ? m.id : group;
        groups.computeIfAbsent(m.group, k -> new ArrayList<>()).add(m);
        for (long key : bandKeys(m.signature)) {
            buckets.computeIfAbsent(key, k -> new ArrayList<>(1)).add(m);
        }
        if (m.signature.length > 0) {
            fingerprinted.addLast(m);
        }
        m.published.map(Published::date).ifPresent(d -> newest = newest == null || d.isAfter(newest) ? d : newest);
    }

    /**
     * Drops the fingerprints of articles both long arrived and long published (undated ones: long arrived): they
     * leave the buckets and keep only their id, group, dates and exact hash. Members arrive in order, so the sweep
     * stops at the first that is still recent by arrivals; one still recent by date is kept and looked at again.
     */
    private void forgetOldFingerprints() {
        List<Member> keep = new ArrayList<>();
        while (!fingerprinted.isEmpty() && arrivals - fingerprinted.peekFirst().arrival > config.retainArrivals()) {
            Member m = fingerprinted.pollFirst();
            LocalDate date = m.published.map(Published::date).orElse(null);
            if (date != null && newest != null && !date.plusDays(config.retainDays()).isBefore(newest)) {
                keep.add(m);
                continue;
            }
            for (long key : bandKeys(m.signature)) {
                List<Member> bucket = buckets.get(key);
                if (bucket != null) {
                    bucket.remove(m);
                    if (bucket.isEmpty()) {
                        buckets.remove(key);
                    }
                }
            }
            m.signature = new int[0];
        }
        for (int i = keep.size() - 1; i >= 0; i--) {
            fingerprinted.addFirst(keep.get(i));
        }
    }

    /** How many articles still have a fingerprint (for tests and benchmarks). */
    int fingerprints() {
        return fingerprinted.size();
    }

    private List<Member> candidates(int[] signature) {
        List<Member> out = new ArrayList<>();
        for (long key : bandKeys(signature)) {
            List<Member> bucket = buckets.get(key);
            if (bucket != null) {
                for (Member c : bucket) {
                    if (!out.contains(c)) {
                        out.add(c);
                    }
                }
            }
        }
        return out;
    }

    private long[] bandKeys(int[] signature) {
        if (signature.length == 0) {
            return new long[0];
        }
        long[] keys = new long[config.bands()];
        for (int b = 0; b < config.bands(); b++) {
            long h = b * 0x9E3779B97F4A7C15L;
            for (int r = 0; r < config.rows(); r++) {
                h = ShingleSketch.mix64(h ^ signature[b * config.rows() + r]);
            }
            keys[b] = h;
        }
        return keys;
    }

    /** The larger of the estimated Jaccard and the estimated containment of the shorter text in the longer. */
    private static double similarity(Member a, Member b) {
        double j = ShingleSketch.jaccard(a.signature, b.signature);
        return Math.max(j, containment(a, b, j));
    }

    private boolean isNear(Member a, Member b) {
        double j = ShingleSketch.jaccard(a.signature, b.signature);
        return j >= config.jaccard() || containment(a, b, j) >= config.containment();
    }

    /** |A ∩ B| = J (|A| + |B|) / (1 + J); divided by the smaller set. */
    private static double containment(Member a, Member b, double j) {
        double common = j * (a.shingles + b.shingles) / (1 + j);
        return Math.min(1, common / Math.max(1, Math.min(a.shingles, b.shingles)));
    }

    private Member earliest(String group) {
        return groups.get(group).stream().min(EARLIEST).orElseThrow();
    }

    private static Instant instantOf(Published p) {
        return p.instant().map(i -> i.toInstant())
                .orElseGet(() -> p.date().atTime(LocalTime.MIN).toInstant(ZoneOffset.ofHours(7)));
    }

    @Override
    public String toString() {
        return "DuplicateDetector[" + members.size() + " articles, " + config + "]";
    }
}
