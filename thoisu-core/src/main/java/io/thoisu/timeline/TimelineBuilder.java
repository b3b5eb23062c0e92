package io.thoisu.timeline;

import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.Sentence;
import io.thoisu.model.TimeExpression;
import io.thoisu.model.TimePrecision;
import io.thoisu.model.TimelineEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A story's dated events: every sentence whose time expression resolves to a day (or an instant) is an event of
 * that day; events of the same day told in similar words by several articles become one entry that lists them all,
 * told by the sentence closest to the others. Month and year expressions are too vague to place an event.
 * Immutable and thread-safe.
 */
public final class TimelineBuilder {
    private final double sameEvent;

    /** Same day and at least a fifth of their syllables shared (Jaccard): news rewrites, but keeps the facts' words. */
    public TimelineBuilder() {
        this(0.2);
    }

    public TimelineBuilder(double sameEvent) {
        if (sameEvent <= 0 || sameEvent > 1) {
            throw new IllegalArgumentException("timeline: sameEvent must be in (0, 1]");
        }
        this.sameEvent = sameEvent;
    }

    private record Event(LocalDate date, String text, String article, Set<String> words, int order) {
    }

    private static final class Entry {
        final LocalDate date;
        final List<Event> events = new ArrayList<>();

        Entry(LocalDate date) {
            this.date = date;
        }
    }

    public List<TimelineEntry> build(List<AnalysedArticle> storyArticles) {
        List<Event> events = new ArrayList<>();
        for (AnalysedArticle a : storyArticles) {
            Set<String> seen = new LinkedHashSet<>();
            for (TimeExpression t : a.times()) {
                if (t.precision() != TimePrecision.DAY && t.precision() != TimePrecision.INSTANT) {
                    continue;
                }
                for (Sentence s : a.sentences()) {
                    if (s.start() <= t.start() && t.end() <= s.end() && seen.add(t.date() + "@" + s.start())) {
                        events.add(new Event(t.date(), s.text().strip(), a.id(), SyllableSet.of(s.text()),
                                events.size()));
                    }
                }
            }
        }
        List<Entry> entries = new ArrayList<>();
        for (Event e : events) {
            Entry best = null;
            double bestScore = 0;
            for (Entry entry : entries) {
                if (!entry.date.equals(e.date)) {
                    continue;
                }
                for (Event other : entry.events) {
                    double s = SyllableSet.jaccard(e.words, other.words);
                    if (s >= sameEvent && s > bestScore) {
                        bestScore = s;
                        best = entry;
                    }
                }
            }
            if (best == null) {
                best = new Entry(e.date);
                entries.add(best);
            }
            best.events.add(e);
        }
        entries.sort(Comparator.comparing((Entry x) -> x.date).thenComparingInt(x -> x.events.get(0).order));
        List<TimelineEntry> out = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            Set<String> articles = new LinkedHashSet<>();
            entry.events.forEach(ev -> articles.add(ev.article));
            out.add(new TimelineEntry(entry.date.toString(), central(entry.events).text, List.copyOf(articles)));
        }
        return out;
    }

    /** The event most like the others of its entry; the first reported on a tie. */
    private static Event central(List<Event> events) {
        Event best = events.get(0);
        double bestScore = -1;
        for (Event e : events) {
            double score = 0;
            for (Event o : events) {
                if (o != e) {
                    score += SyllableSet.jaccard(e.words, o.words);
                }
            }
            if (score > bestScore + 1e-9) {
                bestScore = score;
                best = e;
            }
        }
        return best;
    }
}
