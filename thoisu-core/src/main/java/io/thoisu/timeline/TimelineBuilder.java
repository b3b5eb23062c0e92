package io.thoisu.timeline;

import io.thoisu.model.AnalysedArticle;
import io.thoisu.model.Caption;
import io.thoisu.model.Published;
import io.thoisu.model.Sentence;
import io.thoisu.model.TimeAnchor;
import io.thoisu.model.TimeExpression;
import io.thoisu.model.TimePrecision;
import io.thoisu.model.TimelineEntry;
import io.thoisu.time.TimeContext;
import io.thoisu.time.TimeRecognizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A story's dated events. Every sentence, and every photo caption ("Người biểu tình tại Almaty ngày 5/1/2022"),
 * whose time expression resolves to a day (or an instant) is an event of that day, except:
 * <ul>
 * <li>week expressions ("tuần trước") and month or year ones: too vague to place an event on a day;</li>
 * <li>days after the article's publication: they are plans, forecasts and deadlines ("dự kiến kéo dài đến ngày
 * 14-1", "thống kê thiệt hại trước ngày 15/1"), not events; the article that reports the event later places it;</li>
 * <li>page furniture that slipped into the text ("Thời báo Phương Nam | Thứ Hai, 13/01/2025 | Đăng nhập").</li>
 * </ul>
 * Events of the same day told in similar words by several articles (wire copies, rewrites) become one entry that
 * lists them all, told by the sentence most like the others; a sentence that names its day outright is preferred
 * to one that leans on the previous sentence ("Cùng ngày, …"). The outlet's dateline ("SHO - ", "Đông Vân (VTX) -
 * ") is left out of the entry's text. Immutable and thread-safe.
 */
public final class TimelineBuilder {
    private static final Pattern WEEK = Pattern.compile("(?iu)(?<![\\p{L}\\p{M}])tuần(?![\\p{L}\\p{M}])");
    private static final Pattern DATELINE = Pattern.compile(
            "^(?:\\p{Lu}[\\p{L}\\p{M}]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}]*)*\\s+)?\\(?\\p{Lu}{2,5}\\)?\\s*[-–]\\s+");
    private static final Pattern CREDIT = Pattern.compile("(?iu)\\s*[(\\[]?\\s*(?:ảnh|nguồn|video)\\s*:.*$");
    /** Fewer syllables than this besides the time expression is a label, not an event. */
    private static final int LEAST_WORDS = 4;
    /** Being told outright beats being the most typical by this much (a Jaccard-sum unit). */
    private static final double OUTRIGHT = 0.3;

    private final double sameEvent;
    private final TimeRecognizer times = new TimeRecognizer();

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

    private record Event(LocalDate date, String text, String article, Set<String> words, int order,
                         boolean outright) {
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
            Optional<LocalDate> published = a.article().published().map(Published::date);
            Set<String> seen = new HashSet<>();
            for (TimeExpression t : a.times()) {
                if (!placesAnEvent(t, published)) {
                    continue;
                }
                for (Sentence s : a.sentences()) {
                    if (s.start() <= t.start() && t.end() <= s.end() && eventful(s.text(), t.text())
                            && seen.add(t.date() + "@" + s.start())) {
                        events.add(event(t, s.text(), a.id(), events.size()));
                    }
                }
            }
            for (Caption c : a.article().captions()) {
                String text = CREDIT.matcher(c.text()).replaceFirst("").strip();
                for (TimeExpression t : times.recognize(text, List.of(), context(a))) {
                    if (placesAnEvent(t, published) && eventful(text, t.text()) && seen.add(t.date() + "@" + text)) {
                        events.add(event(t, text, a.id(), events.size()));
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
            out.add(new TimelineEntry(entry.date.toString(), representative(entry.events).text,
                    List.copyOf(articles)));
        }
        return out;
    }

    private static Event event(TimeExpression t, String sentence, String article, int order) {
        String text = DATELINE.matcher(sentence.strip()).replaceFirst("");
        return new Event(t.date(), text, article, SyllableSet.of(text), order,
                t.anchor() != TimeAnchor.PREVIOUS_EXPRESSION);
    }

    private static boolean placesAnEvent(TimeExpression t, Optional<LocalDate> published) {
        if (t.precision() != TimePrecision.DAY && t.precision() != TimePrecision.INSTANT) {
            return false;
        }
        if (WEEK.matcher(t.text()).find()) {
            return false;
        }
        return published.isEmpty() || !t.date().isAfter(published.get());
    }

    /** A sentence, not a line of page furniture: no "|" separators, and words beyond its date. */
    private static boolean eventful(String sentence, String timeText) {
        if (sentence.indexOf('|') >= 0) {
            return false;
        }
        int words = SyllableSet.of(sentence).size() - SyllableSet.of(timeText).size();
        return words >= LEAST_WORDS;
    }

    /** Captions are read like the body: against the publication day, else the year the body's days are in. */
    private static TimeContext context(AnalysedArticle a) {
        if (a.article().published().isPresent()) {
            return TimeContext.publishedOn(a.article().published().get());
        }
        return a.times().stream()
                .filter(t -> t.precision() == TimePrecision.DAY || t.precision() == TimePrecision.INSTANT)
                .map(t -> TimeContext.year(t.date().getYear()))
                .findFirst().orElse(TimeContext.none());
    }

    /** The event most like the others of its entry, preferring one told outright; the first reported on a tie. */
    private static Event representative(List<Event> events) {
        Event best = events.get(0);
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Event e : events) {
            double score = e.outright ? OUTRIGHT : 0;
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
