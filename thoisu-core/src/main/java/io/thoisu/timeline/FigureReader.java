package io.thoisu.timeline;

import io.thoisu.model.Claim;
import io.thoisu.model.Quantity;
import io.thoisu.quantity.QuantityRecognizer;
import io.thoisu.text.VietnameseNormalizer;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a claim into a {@link Figure}.
 *
 * <p>The predicate is looked for first after the number, up to the end of its clause ("2 người chết", "1.200 hộ
 * dân với 4.000 nhân khẩu … đã phải sơ tán"), then before it, back to the previous number or the start of its
 * clause ("thiệt hại ước tính khoảng 20 tỷ đồng", "số người bị bắt giữ lên tới 5.000"); the nearest phrase wins.
 * Predicates joined to the first one before the next number all count ("4 người kịp thoát ra ngoài và bị thương
 * nhẹ" is both escaped and injured). A verb right after the previous figure of the clause is that figure's ("72 du
 * khách mắc kẹt trong 18 cabin"), as is the verb after the whole of "48 trong số 200 thùng thuốc rơi xuống nước";
 * a measure takes the dimension named right before it ({@link Dimension}); "nợ" (owed) is only what happened to
 * counted people or things; "số hồ sơ bệnh án … là hơn 160.000 hồ sơ" names its noun phrase before the figure. A predicate after a purpose word ("để tìm kiếm người mất tích") or after a new
 * noun phrase of people ("tìm kiếm những người mất tích") says what happened to others, not to what is counted.
 *
 * <p>Besides, it reads the marks that make a figure something other than a plain total: a limit, plan or demand
 * word in its clause ("được phép chở tối đa 150 hành khách", "dự kiến", "yêu cầu"); an update of earlier reports
 * ("nâng số người chết lên 9", "vẫn còn 3 người mất tích", a sentence opening "Như vậy"); an increment ("thêm 2
 * thi thể") or the size of a change ("tăng 0,54%", "giảm 125 đồng/kg"), a rank ("đứng 120 thế giới") or a mere
 * order of size ("hàng trăm nhà"); a rate ("25.000 đồng mỗi suất"); the names of who gives, sends or pays; a
 * subgroup named right after the count noun ("2 du khách Việt Nam") or inherited from the group the sentence takes
 * its parts from ("trong số 14 công dân Việt Nam …, 1 người tử vong"); presence, unknown verbs and denials
 * ({@link ClauseVerbs}); the item of a property ({@link ValuedItem}); whose age it is ({@link AgeHolder}); and its
 * {@link Scope}.
 * Immutable and thread-safe.
 */
final class FigureReader {
    /** Where a clause ends: what follows belongs to another statement. Not the marks inside "4.000", "7,8". */
    private static final Pattern CLAUSE_END = Pattern.compile("[;:!?()\"“”]|[.,](?!\\d)|\\s[-–]\\s");
    /** After a comma, an area word goes on with an address ("tại khu công nghiệp X, huyện Y, tỉnh Z"). */
    private static final Pattern ADDRESS_GOES_ON = Pattern.compile(
            "^\\s*(?iu:xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thành phố|TP)(?![\\p{L}\\p{M}])");
    /** Function words that end a counted noun phrase ("công nhân | đang làm ca đêm"). */
    private static final Set<String> PHRASE_END = Set.of("đang", "đã", "được", "bị", "phải", "và", "với", "tại",
            "của", "ở", "có", "cho", "là", "trong", "từ", "đến", "tới", "khi", "để", "sẽ", "vẫn", "cũng", "đều",
            "này", "đó", "vào", "ra", "về", "trên", "dưới", "hơn", "khoảng", "gần");
    /** Words that open a purpose: a predicate after them is what the counted things are for. */
    private static final Set<String> PURPOSE = Set.of("để", "nhằm", "hòng");
    /**
     * Words after a figure that open another clause, a cause or an effect: "khoảng 4.500 con vì nhiều con đã
     * chết", "doanh thu 40 tỷ đồng khiến công ty phải điều chỉnh giá trị", "3 bàn tiệc nên có gần 90 người"; a
     * predicate after them is not what happened to what is counted.
     */
    private static final Set<String> CLAUSE_LINKS = Set.of("vì", "khiến", "nên", "bởi");
    /**
     * Words before a figure after which a subordinate clause starts: "… bị tạm giữ sau khi 4 khách hàng tố cáo"; a
     * predicate before them belongs to the main clause, not to the figure.
     */
    private static final Set<String> SUBORDINATORS = Set.of("khi", "vì", "nên", "khiến");
    /** Words that open a new noun phrase: "tìm kiếm những người mất tích". */
    private static final Set<String> DETERMINERS = Set.of("những", "các", "nhiều", "mọi");
    /** Below this a figure in "đồng" is no sum of money: "3 đồng phạm" is three accomplices. */
    private static final double LEAST_MONEY = 1000;
    /** A rate right after a figure: "/kg", "/tháng", "mỗi suất", "một người". */
    private static final Pattern PER_AFTER = Pattern.compile(
            "^\\s*(?:/\\s*|(?iu:mỗi|một|cho mỗi|trên mỗi)\\s+)([\\p{L}\\p{M}0-9]+)");
    /** A rate named earlier in the clause: "Mỗi suất ăn … có giá". */
    private static final Pattern PER_BEFORE = Pattern.compile(
            "(?iu)(?<![\\p{L}\\p{M}])mỗi\\s+([\\p{L}\\p{M}]+)");
    /** The last words before an increment: "tìm thấy thêm 3 thi thể". */
    private static final Set<String> INCREMENT = Set.of("thêm");
    /**
     * The verbs of a change right before its figure: "CPI tăng 0,54% so với tháng trước", "giá gas giảm 125
     * đồng/kg", "tăng nhẹ 0,02%" are changes, no totals; "tăng lên 134", "giảm còn 20" name new totals.
     */
    private static final Set<String> CHANGE = Set.of("tăng", "giảm");
    private static final Set<String> CHANGE_ADVERBS = Set.of("nhẹ", "mạnh", "thêm", "tới", "đến", "gần", "hơn");
    /** A figure that only gives an order of size: "hàng trăm nhà", "vài chục người". */
    private static final Pattern VAGUE = Pattern.compile("^(?:hàng|vài|mấy|dăm)(?![\\p{L}\\p{M}])");
    /** The last word before a rank: "đứng 120 thế giới", "hạng 5". */
    private static final Set<String> RANK = Set.of("thứ", "hạng", "top", "đứng");
    /** The two words before a rank: "vị trí 87" (not "bố trí 18 trạm"). */
    private static final List<String> RANK_BEFORE = List.of("vị", "trí");
    /** What follows a rank rather than a count: "vị trí 87 thế giới", "các vị trí 12, 31 và 64 thế giới". */
    private static final List<String> RANK_AFTER = List.of("thế", "giới");
    /** Words that list the parts of a whole named earlier in the sentence: "32 người, gồm 26 du khách …". */
    private static final Set<String> PARTS_FOLLOW = Set.of("gồm");
    /** A run of capitalised words: a name. */
    private static final Pattern NAME = Pattern.compile(
            "(?<![\\p{L}\\p{M}])\\p{Lu}[\\p{L}\\p{M}]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}]*)*");
    /** Numbers spelt out at the head of a group. */
    private static final Set<String> NUMBER_WORDS = Set.of("hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín",
            "mười", "hàng", "vài", "mấy");
    /** Where a sentence takes parts from a group: "trong số 14 công dân Việt Nam …". */
    private static final Pattern AMONG = Pattern.compile("(?iu)(?<![\\p{L}\\p{M}])trong số\\s+");

    /** The predicate of those owed money, which only counts of people or things carry as what happened to them. */
    private static final String OWED_PEOPLE = "owed";

    private final FigureLexicon lexicon;
    private final QuantityRecognizer quantities;

    FigureReader(FigureLexicon lexicon, QuantityRecognizer quantities) {
        this.lexicon = lexicon;
        this.quantities = quantities;
    }

    /** The text around a claim's figure: its clause before and after it, the stretch up to the next figure. */
    private record Around(String before, String after, String near, String qualifier, int start, int clauseEnd,
                          boolean found, boolean partOfEarlier, boolean afterFigure) {
    }

    /** The predicates read for a figure: the first (nearest), all that count, its words, where it stood. */
    private record Predicates(Optional<String> first, Set<String> all, String text, boolean before, int end,
                              int beforeFrom, int beforeTo) {
        /** The same, with every name mapped for a measure ("escaped" → "released"). */
        Predicates measured(FigureLexicon lexicon) {
            Set<String> names = new LinkedHashSet<>();
            all.forEach(n -> names.add(lexicon.measured(n)));
            return new Predicates(first.map(lexicon::measured), names, text, before, end, beforeFrom, beforeTo);
        }
    }

    Figure read(Claim claim) {
        return read(claim, new HashMap<>());
    }

    /**
     * {@link #read(Claim)}, with the figures of each sentence recognised once for all the claims that share it (a
     * sentence with three figures gives three claims, and copies of an article repeat its sentences); {@code
     * recognised} is the caller's memo, keyed by sentence.
     */
    Figure read(Claim claim, Map<String, List<Quantity>> recognised) {
        String sentence = claim.sentence();
        Around around = around(claim, recognised.computeIfAbsent(sentence, quantities::recognize));
        List<String> aboutKeys = Syllables.keys(claim.about());
        String unitKey = unitKey(claim, aboutKeys);
        QuantityKind kind = kind(claim, unitKey);
        if (kind == QuantityKind.COUNT && lexicon.kind(unitKey).orElse(null) == QuantityKind.MONEY) {
            // "3 đồng phạm": the recogniser took "đồng" for money; what is counted is the about's noun
            unitKey = String.join(" ", aboutKeys.subList(0, Math.min(2, aboutKeys.size())));
        }
        List<String> afterKeys = Syllables.keys(around.after());
        List<String> beforeKeys = Syllables.keys(around.before());
        List<String> clauseBefore = ownClause(beforeKeys);
        Predicates p = predicates(afterKeys, Syllables.keys(around.near()).size(), clauseBefore,
                lexicon.counted(unitKey).equals("people")
                        ? Syllables.keys(sentence.substring(0, Math.min(around.start(), sentence.length()))) : null);
        if (around.afterFigure() && p.before() && p.beforeFrom() == 0 && clauseBefore.size() == beforeKeys.size()
                && p.beforeTo() < clauseBefore.size()) {
            // "72 du khách mắc kẹt trong 18 cabin", "5 người chết tại 3 xã": a verb right after the previous figure
            // is what happened to that figure's things, not to these
            p = new Predicates(Optional.empty(), Set.of(), "", false, p.end(), -1, -1);
        }
        if (kind != QuantityKind.COUNT && p.first().filter(OWED_PEOPLE::equals).isPresent()) {
            // "nợ lương của 1.120 công nhân" counts the workers owed; the sums owed in a story are many debts
            p = new Predicates(Optional.empty(), Set.of(), "", false, p.end(), -1, -1);
        }
        int b = beforeKeys.size();
        if (around.afterFigure() && b >= 2 && beforeKeys.get(b - 2).equals("trong") && beforeKeys.get(b - 1).equals("số")
                && b <= 3) {
            // "48 trong số 200 thùng thuốc rơi xuống nước": what fell is the part; the whole only was carried
            p = new Predicates(Optional.empty(), Set.of(), "", false, p.end(), -1, -1);
        }
        if (kind == QuantityKind.MEASURE) {
            p = p.measured(lexicon);
            Optional<Dimension.Found> dimension = Dimension.before(clauseBefore);
            if (dimension.isPresent()) {
                // "ở độ cao khoảng 40 m": what is measured, whatever the clause's verbs say
                Dimension.Found d = dimension.get();
                p = new Predicates(Optional.of(d.name()), Set.of(d.name()),
                        String.join(" ", clauseBefore.subList(d.from(), d.to())), true, p.end(), d.from(), d.to());
            }
        }
        List<String> tail = around.found() ? afterKeys : aboutKeys.subList(Math.min(aboutKeys.size(),
                unitKey.isEmpty() ? 0 : unitKey.split(" ").length), aboutKeys.size());
        Scope scope = around.partOfEarlier() ? new Scope(Scope.Reach.PART, "")
                : Scope.of(sentence, around.start(), around.clauseEnd());
        String subgroup = around.found() ? lexicon.subgroupAtStart(afterKeys).orElse("") : "";
        if (subgroup.isEmpty() && around.found()) {
            Optional<String> inherited = inheritedSubgroup(sentence, around.start());
            if (inherited.isPresent()) {
                subgroup = inherited.get();
                // "1 người tử vong" of the Vietnamese aboard: the Vietnamese dead, not a part
                scope = Scope.of(sentence, 0, around.clauseEnd());
            }
        }
        List<String> ownAfter = afterKeys.subList(0, Math.min(afterKeys.size(), p.end()));
        String modality = lexicon.modalities(beforeKeys).stream().map(FigureLexicon.Found::name).findFirst()
                .or(() -> lexicon.modalities(ownAfter).stream().map(FigureLexicon.Found::name).findFirst())
                .orElse("");
        boolean revision = !lexicon.revisionsBefore(beforeKeys).isEmpty()
                || !lexicon.revisionsAfter(ownAfter).isEmpty()
                || opensWithSo(sentence);
        boolean noTotal = endsWithAny(beforeKeys, INCREMENT, 2) || endsWithAny(beforeKeys, RANK, 1)
                || beforeKeys.size() >= 2 && beforeKeys.subList(beforeKeys.size() - 2, beforeKeys.size())
                        .equals(RANK_BEFORE)
                || around.found() && afterKeys.size() >= 2 && afterKeys.subList(0, 2).equals(RANK_AFTER)
                || VAGUE.matcher(around.qualifier()).find() || ClauseVerbs.denied(beforeKeys)
                || change(beforeKeys);
        String holder = kind == QuantityKind.AGE && around.found() ? AgeHolder.of(sentence, around.start()) : "";
        ValuedItem item = p.first().filter(lexicon::byItem).isPresent() && around.found()
                ? ValuedItem.of(clauseBefore, Math.max(0, p.beforeFrom()), Math.max(0, p.beforeTo()),
                        around.start() - around.before().length() > 0
                                ? Syllables.keys(sentence.substring(0, clauseEnd(sentence, 0))) : List.of())
                : ValuedItem.NONE;
        String per = around.found() ? per(around.after(), around.before()) : "";
        Figure.DaySource day = claim.date().map(d -> DayMention.names(sentence, d)).orElse(false)
                ? Figure.DaySource.NAMED
                : DayMention.pointsAt(sentence) ? Figure.DaySource.RELATIVE : Figure.DaySource.PUBLICATION;
        Optional<String> date = claim.date();
        Optional<java.time.LocalDate> reported = date.flatMap(d -> DayMention.reportedOn(sentence, d));
        if (reported.isPresent()) {
            date = Optional.of(reported.get().toString()); // a count is of the day it was reported on
            day = Figure.DaySource.NAMED;
        }
        return new Figure(claim, kind, lexicon.counted(unitKey), p.first(), p.all(), p.text(), p.before(),
                namedBefore(nounPhrase(unitKey, tail), unitKey, beforeKeys), subgroup, actors(around.before()), scope, per, modality, revision,
                noTotal, around.qualifier(), date, day, holder, item);
    }

    /** Where the claim's figure stands in its sentence; without a recognised figure, the about is what follows. */
    private Around around(Claim claim, List<Quantity> found) {
        String sentence = claim.sentence();
        int at = locate(claim, found);
        if (at < 0) {
            int start = Math.max(0, sentence.indexOf(claim.about()));
            return new Around("", claim.about(), claim.about(), "", start, start, false, false, false);
        }
        Quantity q = found.get(at);
        int end = q.end();
        int clauseEnd = Math.max(end, clauseEnd(sentence, end));
        int next = at + 1 < found.size() ? Math.max(end, Math.min(clauseEnd, found.get(at + 1).start())) : clauseEnd;
        int from = at > 0 ? Math.min(found.get(at - 1).end(), q.start()) : 0;
        // "trên tàu có 32 người, gồm 26 du khách": a figure listed after "gồm" is a part of the earlier one
        boolean part = at > 0 && Syllables.keys(sentence.substring(from, q.start())).stream()
                .anyMatch(PARTS_FOLLOW::contains);
        int clauseStart = clauseStart(sentence, from, q.start());
        return new Around(sentence.substring(clauseStart, q.start()),
                sentence.substring(end, clauseEnd), sentence.substring(end, next), VietnameseNormalizer.key(q.text()),
                q.start(), clauseEnd, true, part, at > 0 && clauseStart == from);
    }

    /**
     * The predicates after the figure (the first, and those before the next figure), else the nearest before it.
     * {@code nearSize} is how many syllables of {@code afterKeys} come before the next figure; only figures of
     * people can be present or aboard ("có 5 điểm" is a score): for them {@code peopleSentenceBefore} is the
     * sentence before the figure, else null.
     */
    private Predicates predicates(List<String> afterKeys, int nearSize, List<String> beforeKeys,
                                  List<String> peopleSentenceBefore) {
        int stretch = ownStretch(afterKeys);
        List<FigureLexicon.Found> afterFound = lexicon.predicates(afterKeys.subList(0, stretch));
        if (!afterFound.isEmpty()) {
            FigureLexicon.Found f = afterFound.get(0);
            Set<String> all = new LinkedHashSet<>();
            for (FigureLexicon.Found other : afterFound) {
                if (other == f || other.to() <= nearSize) {
                    all.add(other.name());
                }
            }
            return new Predicates(Optional.of(f.name()), all, String.join(" ", afterKeys.subList(f.from(), f.to())),
                    false, f.to(), -1, -1);
        }
        List<FigureLexicon.Found> beforeFound = lexicon.predicates(beforeKeys);
        FigureLexicon.Found last = beforeFound.isEmpty() ? null : beforeFound.get(beforeFound.size() - 1);
        Optional<String> presence = peopleSentenceBefore != null
                ? ClauseVerbs.presence(beforeKeys, peopleSentenceBefore, afterKeys) : Optional.empty();
        if (presence.isPresent() && (last == null || last.to() < beforeKeys.size() && presence.get()
                .equals(ClauseVerbs.PRESENT))) {
            // "khi nhà sập có hơn 20 công nhân": the earlier predicate dates the instant, "có" counts who was there;
            // but "điều động tàu BP 12 cùng với 8 chiến sĩ" sends the people with the vehicle
            String word = beforeKeys.get(beforeKeys.size() - 1);
            return new Predicates(presence, Set.of(presence.get()), word, true, stretch, -1, -1);
        }
        if (last != null) {
            return new Predicates(Optional.of(last.name()), Set.of(last.name()),
                    String.join(" ", beforeKeys.subList(last.from(), last.to())), true, stretch, last.from(),
                    last.to());
        }
        Optional<String> verb = ClauseVerbs.unknownVerb(afterKeys.subList(0, stretch), PHRASE_END);
        if (verb.isPresent()) {
            return new Predicates(verb, Set.of(verb.get()), verb.get().substring(ClauseVerbs.OTHER.length()), false,
                    stretch, -1, -1);
        }
        return new Predicates(Optional.empty(), Set.of(), "", false, stretch, -1, -1);
    }

    /**
     * The unit and up to two words after it, to the first function word: "tấn gạo", "công nhân ca đêm"; empty
     * when no word follows the unit, since the unit alone ("quốc gia", "tác phẩm") says nothing of which ones.
     */
    private static String nounPhrase(String unitKey, List<String> tail) {
        StringBuilder noun = new StringBuilder(unitKey);
        int taken = 0;
        for (String s : tail) {
            if (taken == 2 || PHRASE_END.contains(s)) {
                break;
            }
            noun.append(' ').append(s);
            taken++;
        }
        return taken == 0 ? "" : noun.toString().strip();
    }

    /**
     * The noun phrase of a figure that names its things before it, "số X … là N X": "số hồ sơ bệnh án bị mã hóa là
     * hơn 160.000 hồ sơ" counts "hồ sơ bệnh án" as "khoảng 20.000 hồ sơ bệnh án" does. Only when the unit after the
     * figure is followed by nothing of its own ({@code noun} empty) and right after "số" comes the same unit.
     */
    static String namedBefore(String noun, String unitKey, List<String> beforeKeys) {
        int n = beforeKeys.size();
        if (!noun.isEmpty() || unitKey.isEmpty() || n < 2 || !beforeKeys.get(n - 1).equals("là")) {
            return noun;
        }
        List<String> unit = List.of(unitKey.split(" "));
        for (int i = n - 2; i >= 0; i--) {
            if (beforeKeys.get(i).equals("số") && i + 1 + unit.size() <= n - 1
                    && beforeKeys.subList(i + 1, i + 1 + unit.size()).equals(unit)) {
                return nounPhrase(unitKey, beforeKeys.subList(i + 1 + unit.size(), n - 1));
            }
        }
        return noun;
    }

    /** Whether the sentence opens "Như vậy, …" (keying only its opening, not the whole sentence). */
    private static boolean opensWithSo(String sentence) {
        String opening = sentence.strip();
        return VietnameseNormalizer.key(opening.substring(0, Math.min(16, opening.length()))).startsWith("như vậy");
    }

    /** The words of a figure's own clause before it: those after the last subordinator ("sau khi", "vì"). */
    private static List<String> ownClause(List<String> beforeKeys) {
        for (int i = beforeKeys.size() - 1; i >= 0; i--) {
            if (SUBORDINATORS.contains(beforeKeys.get(i))) {
                return beforeKeys.subList(i + 1, beforeKeys.size());
            }
        }
        return beforeKeys;
    }

    /** Whether the figure is the size of a change: "tăng 0,54%", "giảm nhẹ 0,1%"; not "tăng lên 9". */
    private static boolean change(List<String> beforeKeys) {
        int n = beforeKeys.size();
        return n >= 1 && CHANGE.contains(beforeKeys.get(n - 1))
                || n >= 2 && CHANGE.contains(beforeKeys.get(n - 2)) && CHANGE_ADVERBS.contains(beforeKeys.get(n - 1));
    }

    /** Whether one of the last {@code last} syllables is one of {@code words}. */
    private static boolean endsWithAny(List<String> keys, Set<String> words, int last) {
        for (int i = Math.max(0, keys.size() - last); i < keys.size(); i++) {
            if (words.contains(keys.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * What a figure is a rate of: the noun after "/" or "mỗi" right after it ("25.000 đồng mỗi suất", "7,2 triệu
     * đồng/tháng"), else the noun of a "mỗi …" earlier in its clause ("Mỗi suất ăn có giá 22.000 đồng"); empty
     * for a total.
     */
    static String per(String after, String before) {
        Matcher m = PER_AFTER.matcher(after);
        if (m.find()) {
            return VietnameseNormalizer.key(m.group(1));
        }
        Matcher b = PER_BEFORE.matcher(before);
        String last = "";
        while (b.find()) {
            last = VietnameseNormalizer.key(b.group(1));
        }
        return last;
    }

    /**
     * The names of a clause before its figure, keyed: runs of two capitalised words or more, the clause's first
     * word left out ("Tỉnh Sơn Khê đã xuất" and "UBND tỉnh Sơn Khê quyết định xuất" both name "sơn khê").
     */
    static Set<String> actors(String before) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = NAME.matcher(before);
        while (m.find()) {
            String name = m.group();
            if (before.substring(0, m.start()).isBlank()) {
                int space = name.indexOf(' ');
                name = space < 0 ? "" : name.substring(space + 1).strip();
            }
            if (name.contains(" ")) {
                out.add(VietnameseNormalizer.key(name));
            }
        }
        return out;
    }

    /**
     * How many syllables after the figure can still say what happened to it: up to a purpose word or a new noun
     * phrase of people.
     */
    private int ownStretch(List<String> afterKeys) {
        for (int i = 0; i < afterKeys.size(); i++) {
            if (PURPOSE.contains(afterKeys.get(i)) || CLAUSE_LINKS.contains(afterKeys.get(i))) {
                return i;
            }
            if (i > 0 && DETERMINERS.contains(afterKeys.get(i - 1)) && countsPeopleAt(afterKeys, i)) {
                return i - 1;
            }
        }
        return afterKeys.size();
    }

    private boolean countsPeopleAt(List<String> keys, int i) {
        for (int n = Math.min(3, keys.size() - i); n >= 1; n--) {
            if (lexicon.counted(String.join(" ", keys.subList(i, i + n))).equals("people")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The subgroup of the group "trong số N …" the sentence takes its parts from before the figure, if it names one
     * ("trong số 14 công dân Việt Nam đi trên phà, …"). Read from the words, since "số 14" is no count to the
     * quantity recogniser.
     */
    private Optional<String> inheritedSubgroup(String sentence, int figureStart) {
        Matcher m = AMONG.matcher(sentence);
        while (m.find() && m.end() < figureStart) {
            List<String> keys = Syllables.keys(sentence.substring(m.end(), clauseEnd(sentence, m.end())));
            if (keys.isEmpty() || !(Character.isDigit(keys.get(0).charAt(0)) || NUMBER_WORDS.contains(keys.get(0)))) {
                continue;
            }
            for (int n = Math.min(3, keys.size() - 1); n >= 1; n--) {
                if (lexicon.knows(String.join(" ", keys.subList(1, 1 + n)))) {
                    return lexicon.subgroupAtStart(keys.subList(1 + n, keys.size()));
                }
            }
        }
        return Optional.empty();
    }

    /** The end of the clause that goes on at {@code from}: the next clause mark that does not go on an address. */
    private static int clauseEnd(String sentence, int from) {
        Matcher m = CLAUSE_END.matcher(sentence);
        int at = from;
        while (m.find(at)) {
            if (!(m.group().equals(",") && ADDRESS_GOES_ON.matcher(sentence.substring(m.end())).find())) {
                return m.start();
            }
            at = m.end();
        }
        return sentence.length();
    }

    /** The start of the clause the figure at {@code figureStart} is in, not before {@code from}. */
    private static int clauseStart(String sentence, int from, int figureStart) {
        Matcher m = CLAUSE_END.matcher(sentence);
        m.region(from, figureStart);
        int start = from;
        while (m.find()) {
            if (!(m.group().equals(",") && ADDRESS_GOES_ON.matcher(sentence.substring(m.end())).find())) {
                start = m.end();
            }
        }
        return start;
    }

    /** The recognised quantity this claim was made from: same value and qualifier, else same value. */
    private static int locate(Claim claim, List<Quantity> found) {
        int sameValue = -1;
        for (int i = 0; i < found.size(); i++) {
            Quantity q = found.get(i);
            if (Math.abs(q.value() - claim.value()) <= 1e-9 * Math.max(1, Math.abs(claim.value()))) {
                if (q.approx() == claim.approx()) {
                    return i;
                }
                if (sameValue < 0) {
                    sameValue = i;
                }
            }
        }
        return sameValue;
    }

    /** The claim's unit as a key; without one, the longest known noun the about starts with, else its first word. */
    private String unitKey(Claim claim, List<String> aboutKeys) {
        if (claim.unit().isPresent()) {
            return String.join(" ", Syllables.keys(claim.unit().get()));
        }
        for (int n = Math.min(3, aboutKeys.size()); n >= 1; n--) {
            String k = String.join(" ", aboutKeys.subList(0, n));
            if (lexicon.knows(k)) {
                return k;
            }
        }
        return aboutKeys.isEmpty() ? "" : aboutKeys.get(0);
    }

    private QuantityKind kind(Claim claim, String unitKey) {
        QuantityKind kind = lexicon.kind(unitKey)
                .or(() -> lexicon.kind(unitKey.contains(" ") ? unitKey.substring(0, unitKey.indexOf(' ')) : ""))
                .orElse(QuantityKind.COUNT);
        if (kind == QuantityKind.MONEY && Math.abs(claim.value()) < LEAST_MONEY) {
            return QuantityKind.COUNT;
        }
        return kind;
    }
}
