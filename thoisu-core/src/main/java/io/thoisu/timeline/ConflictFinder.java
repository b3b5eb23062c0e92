package io.thoisu.timeline;

import io.thoisu.model.Claim;
import io.thoisu.model.Conflict;
import io.thoisu.quantity.QuantityRecognizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Figures of one story that cannot all be true.
 *
 * <p>Two claims are figures of the same thing when all of these hold:
 * <ul>
 * <li>the same quantity kind (money, percentage, measure, count); durations, clock times and ages are never
 * disputes (see {@link QuantityKind});</li>
 * <li>they count the same things: the same unit, or count nouns of one class ("đối tượng" and "người" are
 * people, "hộ" and "hộ dân" households);</li>
 * <li>the same predicate, what happened to what is counted ("sơ tán" = "di dời", "chết" = "thiệt mạng",
 * "thiệt hại"); when neither has one, the same counted noun phrase of two words or more ("tấn gạo"); a figure
 * with a predicate and one without are not compared: "400 công nhân làm ca đêm" is not "350 công nhân thoát";</li>
 * <li>the same area ({@link Scope}): a commune's count is part of the district's;</li>
 * <li>the same day: days named in both sentences must be equal; a day that came from publication may be a day
 * late, so it matches the day before too; month and year dates match the days inside them; an undated figure
 * takes the date of a dated identical figure (it is a copy), else matches any date;</li>
 * <li>not two figures of one sentence of one article ("đạt 7,8 m, vượt mức báo động 0,6 m").</li>
 * </ul>
 * They disagree when the ranges their qualifiers allow ({@link FigureRange}) do not meet. A conflict is a set of
 * figures linked by disagreements; identical figures (value, qualifier, unit) from copies are shown once, by the
 * earliest claim in the order given. Immutable and thread-safe.
 */
public final class ConflictFinder {
    private final FigureReader reader;

    public ConflictFinder() {
        this.reader = new FigureReader(new FigureLexicon(), new QuantityRecognizer());
    }

    /** {@code storyClaims} in the order their articles came out: the first of identical copies stands for them. */
    public List<Conflict> find(List<Claim> storyClaims) {
        List<Figure> figures = new ArrayList<>();
        for (Claim c : storyClaims) {
            Figure f = reader.read(c);
            if (f.kind().disputable()) {
                figures.add(f);
            }
        }
        figures = datedCopies(figures);
        int n = figures.size();
        int[] parent = new int[n];
        boolean[] disputed = new boolean[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Figure a = figures.get(i);
                Figure b = figures.get(j);
                if (sameThing(a, b) && !FigureRange.agree(a, b)) {
                    parent[root(parent, i)] = root(parent, j);
                    disputed[i] = true;
                    disputed[j] = true;
                }
            }
        }
        Map<Integer, List<Figure>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            if (disputed[i]) {
                groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(figures.get(i));
            }
        }
        List<Conflict> out = new ArrayList<>();
        for (List<Figure> group : groups.values()) {
            Map<String, Figure> distinct = new LinkedHashMap<>();
            for (Figure f : group) {
                distinct.putIfAbsent(valueKey(f), f);
            }
            if (distinct.size() >= 2) {
                List<Claim> values = distinct.values().stream().map(Figure::claim).toList();
                out.add(new Conflict(label(group), values));
            }
        }
        return out;
    }

    static boolean sameThing(Figure a, Figure b) {
        if (a.kind() != b.kind() || !a.counted().equals(b.counted())) {
            return false;
        }
        if (a.predicate().isPresent() != b.predicate().isPresent()) {
            return false;
        }
        if (a.predicate().isPresent() ? !a.predicate().equals(b.predicate())
                : !(a.nounPhrase().equals(b.nounPhrase()) && a.nounPhrase().contains(" "))) {
            return false;
        }
        Claim x = a.claim();
        Claim y = b.claim();
        if (x.articleId().equals(y.articleId()) && x.start() == y.start()) {
            return false;
        }
        return a.scope().compatible(b.scope()) && datesMatch(a, b);
    }

    static boolean datesMatch(Figure a, Figure b) {
        if (a.date().isEmpty() || b.date().isEmpty()) {
            return true;
        }
        String x = a.date().get();
        String y = b.date().get();
        Optional<LocalDate> dx = day(x);
        Optional<LocalDate> dy = day(y);
        if (dx.isPresent() && dy.isPresent()) {
            long apart = Math.abs(ChronoUnit.DAYS.between(dx.get(), dy.get()));
            return apart == 0 || (apart == 1 && !(a.dateStated() && b.dateStated()));
        }
        return x.startsWith(y) || y.startsWith(x);
    }

    private static Optional<LocalDate> day(String date) {
        if (date.length() < 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(date.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Undated figures that repeat a dated one word for word are copies of it and take its date. */
    private static List<Figure> datedCopies(List<Figure> figures) {
        List<Figure> out = new ArrayList<>(figures.size());
        for (Figure f : figures) {
            Figure dated = f;
            if (f.date().isEmpty()) {
                for (Figure o : figures) {
                    if (o.date().isPresent() && valueKey(o).equals(valueKey(f))
                            && o.predicate().equals(f.predicate()) && o.nounPhrase().equals(f.nounPhrase())) {
                        dated = f.withDate(o.date());
                        break;
                    }
                }
            }
            out.add(dated);
        }
        return out;
    }

    private static String valueKey(Figure f) {
        return f.claim().value() + "|" + f.claim().approx() + "|" + f.kind() + "|" + f.counted();
    }

    /** What the figures are of, in a source's words: an about that names the predicate, else noun + predicate. */
    private static String label(List<Figure> group) {
        Figure first = group.get(0);
        if (first.predicate().isEmpty()) {
            return first.claim().about();
        }
        for (Figure f : group) {
            String about = String.join(" ", Syllables.keys(f.claim().about()));
            if (!f.predicateText().isEmpty() && about.contains(f.predicateText())) {
                return f.claim().about();
            }
        }
        String noun = first.claim().unit().orElse(first.claim().about());
        return first.predicateBefore() ? first.predicateText() + " (" + noun + ")"
                : noun + " " + first.predicateText();
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }


}
