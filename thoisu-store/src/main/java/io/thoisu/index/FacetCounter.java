package io.thoisu.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts facet values over every match by reading sorted-set doc values directly: per segment an array indexed by
 * ordinal, resolved to strings once at the end of the segment. No taxonomy or reader state to keep in step with the
 * index, which is why it was chosen over the facet module. Also counts distinct duplicate groups, the collapsed
 * total.
 */
final class FacetCounter implements Collector {
    private final List<String> dimensions;
    private final String groupField;
    private final Map<String, Map<String, Long>> counts = new HashMap<>();
    private final Set<String> groups = new HashSet<>();
    private long matches;

    FacetCounter(List<String> dimensions, String groupField) {
        this.dimensions = List.copyOf(dimensions);
        this.groupField = groupField;
        for (String d : dimensions) {
            counts.put(d, new HashMap<>());
        }
    }

    record Counts(long matches, long groups, Map<String, Map<String, Long>> byDimension) {
    }

    static CollectorManager<FacetCounter, Counts> manager(List<String> dimensions, String groupField) {
        return new CollectorManager<>() {
            @Override
            public FacetCounter newCollector() {
                return new FacetCounter(dimensions, groupField);
            }

            @Override
            public Counts reduce(Collection<FacetCounter> collectors) {
                Map<String, Map<String, Long>> merged = new HashMap<>();
                Set<String> groups = new HashSet<>();
                long matches = 0;
                for (FacetCounter c : collectors) {
                    matches += c.matches;
                    groups.addAll(c.groups);
                    c.counts.forEach((dim, values) -> values.forEach((v, n) ->
                            merged.computeIfAbsent(dim, k -> new HashMap<>()).merge(v, n, Long::sum)));
                }
                return new Counts(matches, groups.size(), merged);
            }
        };
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        List<SortedSetDocValues> values = new ArrayList<>();
        List<int[]> perOrd = new ArrayList<>();
        for (String d : dimensions) {
            SortedSetDocValues dv = DocValues.getSortedSet(context.reader(), d);
            values.add(dv);
            perOrd.add(new int[Math.toIntExact(dv.getValueCount())]);
        }
        SortedDocValues group = DocValues.getSorted(context.reader(), groupField);
        boolean[] groupSeen = new boolean[group.getValueCount()];
        return new LeafCollector() {
            @Override
            public void setScorer(Scorable scorer) {
            }

            @Override
            public void collect(int doc) throws IOException {
                matches++;
                for (int d = 0; d < values.size(); d++) {
                    SortedSetDocValues dv = values.get(d);
                    if (dv.advanceExact(doc)) {
                        int[] counter = perOrd.get(d);
                        for (int i = 0; i < dv.docValueCount(); i++) {
                            counter[Math.toIntExact(dv.nextOrd())]++;
                        }
                    }
                }
                if (group.advanceExact(doc)) {
                    groupSeen[group.ordValue()] = true;
                }
            }

            @Override
            public void finish() throws IOException {
                for (int d = 0; d < values.size(); d++) {
                    int[] counter = perOrd.get(d);
                    Map<String, Long> target = counts.get(dimensions.get(d));
                    for (int ord = 0; ord < counter.length; ord++) {
                        if (counter[ord] > 0) {
                            target.merge(values.get(d).lookupOrd(ord).utf8ToString(), (long) counter[ord], Long::sum);
                        }
                    }
                }
                for (int ord = 0; ord < groupSeen.length; ord++) {
                    if (groupSeen[ord]) {
                        groups.add(group.lookupOrd(ord).utf8ToString());
                    }
                }
            }
        };
    }
}
