package io.thoisu.timeline;

import io.thoisu.model.Claim;
import io.thoisu.model.Conflict;
import io.thoisu.model.Quantity;
import io.thoisu.quantity.QuantityRecognizer;
import io.thoisu.text.VietnameseNormalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Figures of one story that cannot all be true.
 *
 * <p>Two claims are figures of the same thing when all of these hold:
 * <ul>
 * <li>the same quantity kind (money, percentage, measure, count); durations, clock times and ages are never
 * disputes (see {@link QuantityKind});</li>
 * <li>they count the same things: the same unit, or count nouns of one class ("đối tượng" and "người" are
 * people, "hộ" and "hộ dân" households), and the same subgroup ("du khách Việt Nam" are not all the passengers);</li>
 * <li>the same predicate, what happened to what is counted ("sơ tán" = "di dời", "chết" = "thiệt mạng",
 * "thiệt hại"); a figure with several ("thoát ra ngoài và bị thương") shares any of them; when neither has one, the
 * same counted noun phrase of two words or more ("tấn gạo"); a figure with a predicate and one without are not
 * compared: "400 công nhân làm ca đêm" is not "350 công nhân thoát";</li>
 * <li>for the properties of an item (a price, a value, an area: {@code [by-item]}), the same item, named by
 * both ({@link ValuedItem#namedAs}): "số lưới phải bỏ trị giá khoảng 400 triệu" is no rival of "con tàu trị giá gần
 * 10 tỷ", and "gói thầu cầu Bến Lội trị giá 72 tỷ" none of an unnamed "trị giá 840 tỷ";</li>
 * <li>for percentages, the same share named after the sign ("80% lượng bia" is not "65% lượng điện");</li>
 * <li>two sources: two articles, or two different sources in one article, each named in its own sentence; one
 * writer giving two figures of one unit and predicate is telling two things ("thắng sau 42 nước" in one game, "sau
 * 60 nước" in another), and his own voice ("Tuyến cáp … có 64 cabin") is no rival of a source he quotes ("Theo
 * công ty vận hành, … 18 cabin");</li>
 * <li>for measures, the same dimension when their words name one right before the figure ("ở độ cao khoảng 40 m",
 * "đoạn lò dài hơn 35 m": {@link Dimension}), which then stands for the predicate; a length, height, depth or width
 * is a property of an item, an altitude is not;</li>
 * <li>neither source's sentence gives the other's value for the same things as a second figure ("5 người chết, gồm
 * 3 người ở xã Hòa Lạc"): its writer holds that value for another thing, unless the sentence itself reports the
 * disagreement ("hơn 60 người, không phải 32 người", {@link DisputeMarks});</li>
 * <li>when the story counts a thing in two places or more, a placed figure is a part of it, no rival of an
 * unplaced one ("12 nhà bị sập tại xã An Lộc", "9 nhà tại xã Phú Điền" against "hơn 20 nhà");</li>
 * <li>for ages, never disputes in general, the same named person: "Lê Văn Tú (24 tuổi)" against "Lê Văn Tú (26
 * tuổi)" is a fixed fact in dispute ({@link AgeHolder});</li>
 * <li>for what adds up across actors (aid given, forces sent, sums paid: {@code [by-actor]} in {@code figures.txt}),
 * not two different actors: figures whose clauses name different givers are two gifts ("tỉnh Sơn Khê xuất 50 tấn
 * gạo" is not "đoàn của tỉnh Đông Vân trao 20 tấn gạo");</li>
 * <li>both facts, or both the same kind of limit, plan or demand: "được phép chở tối đa 150 hành khách" is no rival
 * of the people aboard, "tốc độ tối đa cho phép 80 km/h" none of the speed;</li>
 * <li>the same reach ({@link Scope}): a part ("Riêng xã A có 120 hộ") is not compared with the whole, nor a wider
 * whole ("toàn tỉnh", "cả nước") with the story's, nor figures the sentences place in two different areas; the
 * area of a source ("Theo UBND huyện B") makes no part;</li>
 * <li>compatible days, by what the figure is. A <em>running count</em> (the dead, the missing, patients in
 * hospital, workers on strike that day: the predicates listed under {@code [running]} in {@code figures.txt}, and
 * figures without a predicate, whose nature is unknown) changes as the story goes on, so it is compared within
 * one day only: the days must be equal, or one day apart when the later day is only the article's publication and
 * the earlier one is named or pointed at in its sentence (a count published the morning after the event it
 * names); a later different figure on another day is a revision, not a dispute. A <em>fixed fact</em> of
 * the event (damage, a bribe, a price, the people aboard, a speed, the injured of one instant, a volume, an area)
 * is compared whichever day it was published, unless both are dated to different months or years; so is a
 * demand or a limit ("đòi 15 bitcoin", three days later "đòi 40 bitcoin"). An undated figure takes the date of a
 * dated identical figure (it is a copy), else matches any date but a bare year (an earlier event: "Năm 2019, … từng
 * làm 4 thợ lò thiệt mạng");</li>
 * <li>the same rate, or both totals: "180.000 đồng/kg" is no rival of "gần 60 triệu đồng" for the whole fish,
 * "25.000 đồng mỗi suất" is a rival of "mỗi suất ăn có giá 22.000 đồng";</li>
 * <li>not two figures of one sentence, in one article or in copies of it ("đạt 7,8 m, vượt mức báo động 0,6
 * m").</li>
 * </ul>
 * Increments ("tìm thấy thêm 3 thi thể"), ranks ("đứng 120 thế giới") and orders of size ("hàng trăm nhà") are
 * never compared: they are no totals. A figure its sentence reports as an update ("nâng số người chết lên 9",
 * "tăng lên 134 em", "Như vậy, … đã làm 7 người chết", "vẫn còn 3 người mất tích") revises the figures published
 * before it and is not in dispute with them, nor with an undated figure (which came first cannot be told); a later
 * report without such a mark still disputes it.
 *
 * <p>They disagree when the ranges their qualifiers allow ({@link FigureRange}) do not meet: ranges that meet
 * ("hơn 300" and "khoảng 320") agree. A conflict is a set of values each of which disagrees with every other one
 * (a maximal clique of the disagreements between distinct values), so two values that agree are never shown as
 * rivals: "hơn 42 tỷ" against "khoảng 68 tỷ" and against "gần 70 tỷ" are two conflicts, since 68 and 70 agree.
 * Identical figures (value, qualifier, unit) from copies are shown once, by the earliest claim in the order given.
 * Thread-safe; its only mutable part is a bounded memo of the figures read, which never changes a result.
 */
public final class ConflictFinder {
    /** Above this many distinct values in one group the clique search could explode; real groups hold a few. */
    private static final int MOST_VALUES_FOR_CLIQUES = 24;
    /** How many claims' figures the memo keeps before it starts afresh. */
    private static final int MOST_REMEMBERED = 100_000;

    /** Modalities whose figures are fixed once stated: what was demanded, what is allowed. */
    private static final Set<String> FIXED_MODALITIES = Set.of("demand", "limit");

    private final FigureReader reader;
    private final FigureLexicon lexicon;
    /**
     * The figure read for each claim: a story is searched again each time an article joins it, with all its claims,
     * and reading was most of the finder's time. A memo, not state: a claim's figure depends on the claim alone, so
     * the results are the same with it or without it; bounded and safe to share between threads.
     */
    private final Map<Claim, Figure> read = new ConcurrentHashMap<>();

    public ConflictFinder() {
        this.lexicon = new FigureLexicon();
        this.reader = new FigureReader(lexicon, new QuantityRecognizer());
    }

    /** {@code storyClaims} in the order their articles came out: the first of identical copies stands for them. */
    public List<Conflict> find(List<Claim> storyClaims) {
        Map<String, Integer> published = new HashMap<>();
        List<Figure> figures = new ArrayList<>();
        Map<String, List<Quantity>> recognised = new HashMap<>();
        Map<String, List<Figure>> sentenceFigures = new HashMap<>();
        for (Claim c : storyClaims) {
            published.putIfAbsent(c.articleId(), published.size());
            Figure f = figure(c, recognised);
            if (!f.noTotal()) {
                sentenceFigures.computeIfAbsent(sentenceOf(c), k -> new ArrayList<>()).add(f);
            }
            if ((f.kind().disputable() || !f.holder().isEmpty()) && !f.noTotal()) {
                figures.add(f);
            }
        }
        figures = datedCopies(figures);
        int n = figures.size();
        String[] sentenceKeys = new String[n];
        List<Figure>[] others = sameSentenceFigures(figures, sentenceFigures);
        Map<String, String> keyed = new HashMap<>();
        for (int i = 0; i < n; i++) {
            sentenceKeys[i] = keyed.computeIfAbsent(figures.get(i).claim().sentence(), VietnameseNormalizer::key);
        }
        Set<String> divided = dividedByPlace(figures);
        int[] parent = new int[n];
        boolean[][] disputes = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Figure a = figures.get(i);
                Figure b = figures.get(j);
                if (!sentenceKeys[i].equals(sentenceKeys[j])
                        && twoSources(a.claim(), b.claim())
                        && sameThing(a, b, false) && !placedAgainstWhole(a, b, divided) && !FigureRange.agree(a, b)
                        && !holdsAsAnother(others[i], b) && !holdsAsAnother(others[j], a)
                        && !revises(a, b, published)) {
                    parent[root(parent, i)] = root(parent, j);
                    disputes[i][j] = true;
                    disputes[j][i] = true;
                }
            }
        }
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (disputes[i][j]) {
                    groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(i);
                    break;
                }
            }
        }
        List<Conflict> out = new ArrayList<>();
        for (List<Integer> group : groups.values()) {
            out.addAll(conflicts(figures, group, disputes));
        }
        return out;
    }

    private Figure figure(Claim c, Map<String, List<Quantity>> recognised) {
        Figure f = read.get(c);
        if (f == null) {
            f = reader.read(c, recognised);
            if (read.size() >= MOST_REMEMBERED) {
                read.clear();
            }
            read.put(c, f);
        }
        return f;
    }

    /** The conflicts of one group of linked figures: the maximal sets of distinct values that all disagree. */
    private static List<Conflict> conflicts(List<Figure> figures, List<Integer> group, boolean[][] disputes) {
        Map<String, List<Integer>> byValue = new LinkedHashMap<>();
        for (int i : group) {
            byValue.computeIfAbsent(valueKey(figures.get(i)), k -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> values = new ArrayList<>(byValue.values());
        int m = values.size();
        boolean[][] rivals = new boolean[m][m];
        for (int u = 0; u < m; u++) {
            for (int v = 0; v < m; v++) {
                for (int i : values.get(u)) {
                    for (int j : values.get(v)) {
                        rivals[u][v] |= disputes[i][j];
                    }
                }
            }
        }
        List<List<Integer>> cliques = new ArrayList<>();
        List<Integer> all = new ArrayList<>();
        for (int u = 0; u < m; u++) {
            all.add(u);
        }
        if (m > MOST_VALUES_FOR_CLIQUES) {
            cliques.add(all); // a pathological group: shown whole rather than searched for its many cliques
        } else {
            maximalCliques(rivals, new ArrayList<>(), all, new ArrayList<>(), cliques);
        }
        cliques.sort((x, y) -> {
            for (int k = 0; k < Math.min(x.size(), y.size()); k++) {
                if (!x.get(k).equals(y.get(k))) {
                    return Integer.compare(x.get(k), y.get(k));
                }
            }
            return Integer.compare(x.size(), y.size());
        });
        List<Conflict> out = new ArrayList<>();
        for (List<Integer> clique : cliques) {
            if (clique.size() < 2) {
                continue;
            }
            List<Figure> members = new ArrayList<>();
            List<Claim> shown = new ArrayList<>();
            for (int u : clique) {
                shown.add(figures.get(values.get(u).get(0)).claim());
                values.get(u).forEach(i -> members.add(figures.get(i)));
            }
            out.add(new Conflict(label(members), shown));
        }
        return out;
    }

    /** Bron–Kerbosch: every maximal clique of {@code rivals}, each in ascending order. Groups are small. */
    private static void maximalCliques(boolean[][] rivals, List<Integer> taken, List<Integer> candidates,
                                       List<Integer> excluded, List<List<Integer>> out) {
        if (candidates.isEmpty() && excluded.isEmpty()) {
            List<Integer> clique = new ArrayList<>(taken);
            clique.sort(null);
            out.add(clique);
            return;
        }
        for (Integer v : new ArrayList<>(candidates)) {
            List<Integer> nextTaken = new ArrayList<>(taken);
            nextTaken.add(v);
            maximalCliques(rivals, nextTaken, neighbours(rivals, candidates, v), neighbours(rivals, excluded, v), out);
            candidates.remove(v);
            excluded.add(v);
        }
    }

    private static List<Integer> neighbours(boolean[][] rivals, List<Integer> of, int v) {
        List<Integer> out = new ArrayList<>();
        for (int u : of) {
            if (rivals[u][v]) {
                out.add(u);
            }
        }
        return out;
    }

    /** Whether the later published of two figures reports itself as an update of what came before. */
    private static boolean revises(Figure a, Figure b, Map<String, Integer> published) {
        int x = published.getOrDefault(a.claim().articleId(), 0);
        int y = published.getOrDefault(b.claim().articleId(), 0);
        if (x == y) {
            return false;
        }
        // an update against a figure of unknown day (its article undated): which came first cannot be told, and
        // the update says the count moved ("Hiện vẫn còn 2 thợ mỏ mắc kẹt" against an undated "9 thợ mỏ")
        if (a.revision() && a.date().isPresent() && b.date().isEmpty()
                || b.revision() && b.date().isPresent() && a.date().isEmpty()) {
            return true;
        }
        return (x > y ? a : b).revision();
    }

    boolean sameThing(Figure a, Figure b) {
        return sameThing(a, b, true);
    }

    /** {@code sentences}: whether to check here that they are not of one sentence (the caller may know it). */
    private boolean sameThing(Figure a, Figure b, boolean sentences) {
        if (a.kind() != b.kind() || !a.counted().equals(b.counted()) || !a.subgroup().equals(b.subgroup())
                || !a.modality().equals(b.modality()) || !a.per().equals(b.per()) || !a.holder().equals(b.holder())) {
            return false;
        }
        if (!a.holder().isEmpty()) {
            return !a.claim().sentence().equals(b.claim().sentence()); // one person's age: a fixed fact
        }
        if (a.predicate().isPresent() != b.predicate().isPresent()) {
            return false;
        }
        Set<String> shared = new HashSet<>(a.predicates());
        shared.retainAll(b.predicates());
        if (a.predicate().isPresent() ? shared.isEmpty()
                : !(a.nounPhrase().equals(b.nounPhrase()) && a.nounPhrase().contains(" "))) {
            return false;
        }
        Claim x = a.claim();
        Claim y = b.claim();
        if (x.articleId().equals(y.articleId()) && x.start() == y.start() || sentences
                && VietnameseNormalizer.key(x.sentence()).equals(VietnameseNormalizer.key(y.sentence()))) {
            return false; // two figures of one sentence, or of its copy in another article
        }
        if (shared.stream().anyMatch(lexicon::byActor) && !sameActors(a.actors(), b.actors())) {
            return false;
        }
        if (a.kind() == QuantityKind.PERCENT && !(a.nounPhrase().equals(b.nounPhrase()) && !a.nounPhrase().isEmpty())) {
            return false; // a share says of what: "80% lượng bia" is no rival of "65% lượng điện"
        }
        if (shared.stream().anyMatch(lexicon::byItem) && !a.item().namedAs(b.item(),
                Syllables.keys(x.sentence()), Syllables.keys(y.sentence()))) {
            return false; // "số lưới … trị giá 400 triệu" is not the boat's value
        }
        // a demand or a limit is no count that moves with the days: "đòi 15 bitcoin" and, three days later, "đòi 40
        // bitcoin" are two accounts of one demand (a plan may be revised, and stays compared within one day)
        boolean running = !FIXED_MODALITIES.contains(a.modality())
                && (a.predicate().isEmpty() || shared.stream().anyMatch(lexicon::running));
        return a.scope().compatible(b.scope()) && (running ? sameDay(a, b) : sameFact(a, b));
    }

    /**
     * For each figure, the other figures of its own sentence: a source whose sentence names a rival's value as well
     * ("5 người chết, trong đó xã Hòa Lạc 3 người, xã Tân Phú 2 người") holds that
     * value for another thing (a part, another place, another time), so the two do not disagree, unless the
     * sentence itself reports a disagreement ("hơn 60 người, không phải 32 người").
     */
    @SuppressWarnings("unchecked")
    private static List<Figure>[] sameSentenceFigures(List<Figure> figures, Map<String, List<Figure>> bySentence) {
        List<Figure>[] out = new List[figures.size()];
        Map<String, Boolean> disputing = new HashMap<>();
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            List<Figure> all = bySentence.getOrDefault(sentenceOf(f.claim()), List.of());
            if (all.size() < 2 || disputing.computeIfAbsent(f.claim().sentence(), DisputeMarks::reportsDisagreement)) {
                out[i] = List.of();
            } else {
                out[i] = all.stream().filter(g -> g.claim() != f.claim()).toList();
            }
        }
        return out;
    }

    /**
     * Whether one of {@code others} (the other figures of a rival's sentence) gives {@code f}'s amount of the same
     * things with the same predicate ("2 người còn mất tích" is no second figure of the dead).
     */
    private static boolean holdsAsAnother(List<Figure> others, Figure f) {
        for (Figure g : others) {
            if (g.kind() == f.kind() && g.counted().equals(f.counted()) && g.claim().value() == f.claim().value()
                    && (g.predicates().isEmpty() && f.predicates().isEmpty()
                    || g.predicates().stream().anyMatch(f.predicates()::contains))) {
                return true;
            }
        }
        return false;
    }

    private static String sentenceOf(Claim c) {
        return c.articleId() + '\u0000' + c.sentence();
    }

    /**
     * The things (kind, counted, predicate) the story counts in two places or more ("12 nhà bị sập tại xã An Lộc",
     * "9 nhà bị sập tại xã Phú Điền"): for them a place names a part.
     */
    private static Set<String> dividedByPlace(List<Figure> figures) {
        Map<String, Set<String>> places = new HashMap<>();
        for (Figure f : figures) {
            if (f.scope().reach() == Scope.Reach.STORY && !f.scope().name().isEmpty()) {
                places.computeIfAbsent(thing(f), k -> new HashSet<>()).add(f.scope().name());
            }
        }
        Set<String> out = new HashSet<>();
        places.forEach((thing, names) -> {
            if (names.size() > 1) {
                out.add(thing);
            }
        });
        return out;
    }

    /** A figure placed in one of several places the story counts, against one placed nowhere: a part, no rival. */
    private static boolean placedAgainstWhole(Figure a, Figure b, Set<String> divided) {
        return a.scope().name().isEmpty() != b.scope().name().isEmpty() && divided.contains(thing(a));
    }

    private static String thing(Figure f) {
        return f.kind() + "|" + f.counted() + "|" + f.predicate().orElse("|" + f.nounPhrase());
    }

    /**
     * Whether two figures come from two sources: two articles, or two different named sources in one article ("Theo
     * Công đoàn, hơn 3.500 công nhân …" and "phía công ty cho rằng … dưới 2.000 người"). One writer giving two
     * figures of one unit and predicate in one article ("thắng sau 42 nước" in one game, "sau 60 nước" in another) is
     * telling two things, not disagreeing with himself.
     */
    private static boolean twoSources(Claim a, Claim b) {
        if (!a.articleId().equals(b.articleId())) {
            return true;
        }
        // both sources named in their own sentences: an attribution the sentence does not name is the writer's own
        // voice (the outlet of the dateline, "Tuyến cáp dài 1.800 m, có 64 cabin"), no second source against one the
        // writer quotes ("Theo công ty vận hành, … 18 cabin")
        return a.attribution().isPresent() && b.attribution().isPresent()
                && !VietnameseNormalizer.key(a.attribution().get()).equals(VietnameseNormalizer.key(b.attribution().get()))
                && namedIn(a) && namedIn(b);
    }

    /** Whether a claim's sentence names its source (its first word at least: "Theo Công an huyện …"). */
    private static boolean namedIn(Claim c) {
        String source = VietnameseNormalizer.key(c.attribution().orElse("")).strip();
        if (source.isEmpty()) {
            return false;
        }
        int space = source.indexOf(' ');
        String sentence = VietnameseNormalizer.key(c.sentence());
        return sentence.contains(space < 0 ? source : source.substring(0, space) + " ") || sentence.contains(source);
    }

    /** Not two different givers, senders or payers: one clause names no one, or they share a name. */
    private static boolean sameActors(Set<String> a, Set<String> b) {
        return a.isEmpty() || b.isEmpty() || a.stream().anyMatch(b::contains);
    }

    /**
     * An undated figure matches any date but a bare year: "Năm 2019, một vụ … từng làm 4 thợ lò thiệt mạng" is an
     * earlier event, and an undated figure is of its article's present.
     */
    private static boolean undatedAgainstBackground(Figure a, Figure b) {
        return a.date().isEmpty() && b.date().filter(d -> d.length() == 4).isPresent()
                || b.date().isEmpty() && a.date().filter(d -> d.length() == 4).isPresent();
    }

    /** Running counts: the same day, or the day before a later figure that has only its publication day. */
    static boolean sameDay(Figure a, Figure b) {
        if (undatedAgainstBackground(a, b)) {
            return false;
        }
        if (a.date().isEmpty() || b.date().isEmpty()) {
            return true;
        }
        String x = a.date().get();
        String y = b.date().get();
        Optional<LocalDate> dx = day(x);
        Optional<LocalDate> dy = day(y);
        if (dx.isPresent() && dy.isPresent()) {
            long apart = ChronoUnit.DAYS.between(dx.get(), dy.get());
            if (apart == 0) {
                return true;
            }
            Figure earlier = apart > 0 ? a : b;
            Figure later = apart > 0 ? b : a;
            return Math.abs(apart) == 1 && later.daySource() == Figure.DaySource.PUBLICATION
                    && earlier.daySource() != Figure.DaySource.PUBLICATION;
        }
        return x.startsWith(y) || y.startsWith(x);
    }

    /** Fixed facts: any days, unless both are dated only to different months or years. */
    static boolean sameFact(Figure a, Figure b) {
        if (undatedAgainstBackground(a, b)) {
            return false;
        }
        if (a.date().isEmpty() || b.date().isEmpty()) {
            return true;
        }
        String x = a.date().get();
        String y = b.date().get();
        if (day(x).isPresent() || day(y).isPresent()) {
            return true;
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
        // what the rivals share: "4 người kịp thoát ra ngoài và bị thương" against "6 người bị thương" is injured
        Set<String> shared = new HashSet<>(first.predicates());
        group.forEach(f -> shared.retainAll(f.predicates()));
        List<Figure> named = group.stream().filter(f -> f.predicate().filter(shared::contains).isPresent()).toList();
        if (named.isEmpty()) {
            named = group;
        }
        for (Figure f : named) {
            String about = String.join(" ", Syllables.keys(f.claim().about()));
            if (!f.predicateText().isEmpty() && about.contains(f.predicateText())) {
                return f.claim().about();
            }
        }
        Figure f = named.get(0);
        String noun = f.claim().unit().orElse(f.claim().about());
        return f.predicateBefore() ? f.predicateText() + " (" + noun + ")" : noun + " " + f.predicateText();
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }


}
