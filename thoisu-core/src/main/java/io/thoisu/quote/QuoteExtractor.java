package io.thoisu.quote;

import io.thoisu.entity.ArticleWords;
import io.thoisu.entity.Lexicon;
import io.thoisu.entity.PhraseTable;
import io.thoisu.entity.Roles;
import io.thoisu.entity.Word;
import io.thoisu.model.EntityMention;
import io.thoisu.model.EntityType;
import io.thoisu.model.Quote;
import io.thoisu.model.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Direct quotes (in “…” or "…", possibly over several sentences) and reported speech ("X cho biết …", "theo X, …"),
 * each with its speaker. The speaker is the person or body named next to the speech verb, before the quote or after
 * it ("…", Tướng A, tổng chỉ huy …, cho biết); an office alone stands for the person the article gave it to; "Ông"
 * or "Bà" is the last person named before. Scare quotes (a few words with no speech verb around them) are not
 * quotes. Quotes do not overlap: reported speech that contains a direct quote gives way to it.
 *
 * <p>Which words are verbs of saying is {@link SpeechVerbs}'s; who a stretch of text names, {@link Speakers}'s;
 * clues around the speech (a described speaker, an opening subject, a partner), {@link SpeakerClues}'.
 */
public final class QuoteExtractor {
    /** Words that may open a sentence before its "theo X,": "Cũng theo", "Còn theo". */
    private static final Set<String> THEO_OPENERS = Set.of("cũng", "còn", "nhưng", "và");

    /** A quotation this long is a quote even with no speech verb beside it. */
    private static final int SELF_EVIDENT_WORDS = 8;
    private static final int MIN_WORDS = 3;
    /** Conjunctions that carry a sentence on after a quotation it holds: no attribution follows them. */
    private static final Set<String> GOING_ON = Set.of("và", "rồi", "nhưng", "mà", "để", "nên", "song", "hoặc");

    /** How far after a closing mark the speaker and verb may come. */
    private static final int AFTER_WINDOW_WORDS = 25;

    private final Roles roles;
    private final Speakers speakers;
    private final SpeechVerbs speech = new SpeechVerbs();

    public QuoteExtractor() {
        this(new Lexicon());
    }

    public QuoteExtractor(Lexicon lexicon) {
        this.roles = new Roles(lexicon);
        this.speakers = new Speakers(roles);
    }


    public List<Quote> extract(String text, List<Sentence> sentences, List<EntityMention> entities) {
        return extract(text, ArticleWords.scan(text, sentences), entities);
    }

    /** The same on an article already scanned into words (the scan the entity recognizer used). */
    public List<Quote> extract(String text, ArticleWords article, List<EntityMention> entities) {
        List<Sentence> sentences = article.sentenceSpans();
        if (sentences.isEmpty()) {
            return List.of();
        }
        var bindings = roles.bindings(text, article, entities);
        SpeakerContext cx = new SpeakerContext(text, sentences, entities, bindings, roles, article);
        List<Quote> first = read(cx, article);
        if (cx.pronounResolved()) {
            // a second reading, knowing what was said and by whom: "ông nói" is whoever spoke last before it
            first = read(new SpeakerContext(text, sentences, entities, bindings, roles, article, first), article);
        }
        return FullNames.expand(first, entities);
    }

    private List<Quote> read(SpeakerContext cx, ArticleWords article) {
        String text = cx.text();
        List<Sentence> sentences = cx.sentences();
        List<Quote> direct = new ArrayList<>();
        for (int[] q : quotationMarks(text)) {
            directQuote(cx, q[0], q[1]).ifPresent(direct::add);
        }
        List<Quote> out = new ArrayList<>(direct);
        for (int i = 0; i < sentences.size(); i++) {
            reported(cx, sentences.get(i), article.words(i), direct).ifPresent(out::add);
        }
        out.sort(Comparator.comparingInt(Quote::start).thenComparingInt(Quote::end));
        // reported speech never overlaps a direct quote or another quote
        List<Quote> kept = new ArrayList<>();
        int lastEnd = 0;
        for (Quote q : out) {
            if (q.start() >= lastEnd) {
                kept.add(q);
                lastEnd = q.end();
            }
        }
        return kept;
    }

    /** [open, close) offsets of the marks of each quotation: curly pairs, and straight quotes paired in order. */
    private static List<int[]> quotationMarks(String text) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            char close = c == '“' ? '”' : c == '"' ? '"' : c == '«' ? '»' : 0;
            if (close == 0) {
                i++;
                continue;
            }
            int j = text.indexOf(close, i + 1);
            int para = text.indexOf("\n\n", i + 1);
            if (j < 0 || (para >= 0 && para < j)) {
                i++;
                continue;
            }
            out.add(new int[] {i, j});
            i = j + 1;
        }
        return out;
    }

    private Optional<Quote> directQuote(SpeakerContext cx, int open, int close) {
        String text = cx.text();
        List<Sentence> sentences = cx.sentences();
        List<EntityMention> entities = cx.entities();
        int start = open + 1;
        int end = close;
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
            end--;
        }
        List<Word> inner = Word.scan(text, start, end);
        long count = inner.stream().filter(Word::letter).count();
        if (count < MIN_WORDS) {
            return Optional.empty();
        }
        Sentence first = Speakers.sentenceAt(sentences, open);
        Sentence last = Speakers.sentenceAt(sentences, close);
        if (first == null || last == null) {
            return Optional.empty();
        }
        Optional<String> speaker = Optional.empty();
        boolean verbNear = false;
        // after the quote: ", Tướng A, tổng chỉ huy …, cho biết"
        List<Word> after = Word.scan(text, close + 1, last.end());
        // 'bị khóa do "vi phạm chính sách" và yêu cầu xác minh': a clause going on after the marks with a conjunction
        // is the sentence's own, the verb in it attributes nothing to the quotation
        int afterFrom = !after.isEmpty() && GOING_ON.contains(after.get(0).key()) ? after.size() : 0;
        for (int k = afterFrom; k < after.size() && k < AFTER_WINDOW_WORDS; k++) {
            Word w = after.get(k);
            if (w.is("“") || w.is("\"") || (w.is(".") && !withinMention(entities, w))) {
                break; // the period of an initial ("anh H. nói") belongs to the name, not the sentence
            }
            var verb = verbAt(after, k, entities);
            if (verb.isEmpty() && after.get(k).letter() && !after.get(k).capitalised()) {
                verb = speech.manner(after, k);
            }
            if (verb.isPresent()) {
                verbNear = true;
                speaker = speakers.in(cx, close + 1, w.start(), open);
                if (speaker.isEmpty()) {
                    speaker = SpeakerClues.describedSpeaker(cx.text(), cx.sentences(), cx.entities(), close + 1,
                            w.start(), first, open);
                }
                break;
            }
        }
        if (!verbNear) {
            // before the quote: "X khẳng định: “…”"
            List<Word> before = Word.scan(text, first.start(), open);
            for (int k = before.size() - 1; k >= 0; k--) {
                var verb = verbAt(before, k, entities);
                if (verb.isEmpty() && before.get(k).letter() && !before.get(k).capitalised()) {
                    // "…, cười: “…”": a manner word introduces the quotation through its colon
                    var manner = speech.manner(before, k);
                    int colon = k + manner.map(PhraseTable.Match::length).orElse(0);
                    if (manner.isPresent() && colon < before.size() && before.get(colon).is(":")) {
                        verb = manner;
                    }
                }
                if (verb.isPresent() && count < SELF_EVIDENT_WORDS && embedded(text, before, k + verb.get().length(),
                        open, close, last)) {
                    break; // 'khai nhận nhóm trả lương cho mỗi "nhân viên trực điện thoại" 15 triệu đồng': scare quotes
                }
                if (verb.isPresent()) {
                    verbNear = true;
                    int from = clauseStart(before, k, first.start(), entities);
                    speaker = speakers.in(cx, from, before.get(k).start(), open);
                    if (speaker.isEmpty()) {
                        speaker = speakers.in(cx, first.start(), before.get(k).start(), open);
                    }
                    break;
                }
            }
        }
        if (!verbNear) {
            // ‘“…”. Ông A nói.’: a short next sentence that only says who spoke
            Sentence next = nextSentence(sentences, last);
            if (next != null && text.substring(close + 1, next.start()).strip().matches("[.!?…]*")) {
                List<Word> nw = Word.scan(text, next.start(), next.end());
                for (int k = 0; k < nw.size() && k < 12; k++) {
                    var verb = verbAt(nw, k, entities);
                    if (verb.isPresent()) {
                        if (letters(nw, k + verb.get().length(), nw.size()) <= 1) {
                            speaker = speakers.in(cx, next.start(), nw.get(k).start(), open);
                            verbNear = speaker.isPresent();
                        }
                        break;
                    }
                }
            }
        }
        if (!verbNear && count < SELF_EVIDENT_WORDS) {
            return Optional.empty();
        }
        return Optional.of(new Quote(text.substring(start, end), speaker, true, start, end));
    }

    /**
     * Whether a short quotation sits inside the clause a verb of saying opened, words of that clause before it and
     * the clause going on after it: a term the writer marks, not what was said ("trả lương cho mỗi “nhân viên trực
     * điện thoại” 15 triệu đồng"). A quotation right after the verb, a colon or "rằng" is what was said.
     */
    private static boolean embedded(String text, List<Word> before, int afterVerb, int open, int close, Sentence last) {
        if (afterVerb >= before.size()) {
            return false;
        }
        Word previous = before.get(before.size() - 1);
        if (!previous.letter() || previous.key().equals("rằng") || letters(before, afterVerb, before.size()) < 2) {
            return false;
        }
        List<Word> after = Word.scan(text, close + 1, Math.min(last.end(), close + 40));
        return !after.isEmpty() && ((after.get(0).letter() && !after.get(0).capitalised())
                || Character.isDigit(after.get(0).text().charAt(0)));
    }

    /** Reported speech in one sentence: the first speech verb with a speaker before it, or "theo X, …". */
    private Optional<Quote> reported(SpeakerContext cx, Sentence s, List<Word> words, List<Quote> direct) {
        String text = cx.text();
        List<EntityMention> entities = cx.entities();
        int theoEnd = -1;
        int theoComma = -1;
        for (int k = 0; k < words.size(); k++) {
            // "Theo X, …", "…, theo X, …", and "Cũng theo X, …" (also according to X) opening the sentence
            if (words.get(k).key().equals("theo") && (k == 0 || words.get(k - 1).is(",")
                    || (k == 1 && THEO_OPENERS.contains(words.get(0).key())))) {
                for (int c = k + 1; c < words.size(); c++) {
                    // the comma that closes "theo X," not one inside X ("Sở Văn hóa, Thể thao và Du lịch")
                    if (words.get(c).is(",") && !insideMention(entities, words.get(c).start())) {
                        theoEnd = k;
                        theoComma = c;
                        // "Theo Trung tá A, Phó Trưởng Phòng …, các đối tượng …": the office in apposition is part
                        // of the source, what was said starts after the next comma
                        if (c + 1 < words.size() && roles.lexicon().titleAt(words, c + 1) > 0
                                && !roles.lexicon().isAddress(words, c + 1, roles.lexicon().titleAt(words, c + 1))) {
                            for (int d = c + 1; d < words.size(); d++) {
                                if (words.get(d).is(",") && !insideMention(entities, words.get(d).start())) {
                                    theoComma = d;
                                    break;
                                }
                            }
                        }
                        break;
                    }
                }
                break;
            }
        }
        for (int k = 0; k < words.size(); k++) {
            if (theoEnd >= 0 && k >= theoEnd && k <= theoComma) {
                continue;
            }
            if (insideQuote(direct, words.get(k).start())) {
                continue;
            }
            Optional<Quote> quoted = lastEndingBetween(direct, s.start(), words.get(k).start());
            if (quoted.isPresent()) {
                // a verb after a direct quote in its sentence attributes that quote ("…”, X nói với …), unless it
                // opens a second clause of the same speaker ("…”, ông A nói, đồng thời đề nghị …)
                if (k >= 2 && words.get(k - 1).key().equals("thời") && words.get(k - 2).key().equals("đồng")
                        && quoted.get().speaker().isPresent()) {
                    var second = verbAt(words, k, entities);
                    if (second.isPresent()) {
                        Optional<Quote> q = clause(text, words, k + second.get().length(), s, quoted.get().speaker(),
                                direct);
                        if (q.isPresent()) {
                            return q;
                        }
                    }
                }
                continue;
            }
            var verb = verbAt(words, k, entities);
            if (verb.isEmpty()) {
                continue;
            }
            int from = clauseStart(words, k, s.start(), entities);
            if (theoComma >= 0 && theoComma < k) {
                from = Math.max(from, words.get(theoComma).end());
            }
            // "Liên doanh A, đơn vị có vốn của B và C, cho biết": a body opening the sentence before a comma is the
            // subject when an apposition closes right before the verb; the bodies inside the apposition are not
            Optional<String> speaker = k > 0 && words.get(k - 1).is(",") ? SpeakerClues.openingSubject(entities, words, s.start())
                    : Optional.empty();
            if (speaker.isEmpty() && theoEnd < 0 && SpeakerClues.afterConjunction(words, k)) {
                // "BMKG đã ghi nhận …, và khuyến cáo …", "Bà A … gửi đơn lên Cục B vì cho rằng …": a second verb of
                // the sentence's subject, not of whoever is named in the clause before it
                speaker = SpeakerClues.sentenceSubject(entities, words, s.start(), words.get(k).start());
            }
            if (speaker.isEmpty()) {
                speaker = speakers.in(cx, from, words.get(k).start(), s.start());
            }
            if (speaker.isEmpty() && auxiliaries(words, from, k)) {
                // "Ông A, Giám đốc …, đã đề nghị …": only auxiliaries after the comma, the subject is before it
                speaker = SpeakerClues.openingSubject(entities, words, s.start());
                if (speaker.isEmpty()) {
                    speaker = speakers.in(cx, s.start(), words.get(k).start(), s.start());
                }
            }
            if (speaker.isEmpty()) {
                continue;
            }
            int c = k + verb.get().length();
            while (c < words.size() && ((!words.get(c).letter() && !Character.isDigit(words.get(c).text().charAt(0)))
                    || words.get(c).key().equals("rằng"))
                    && !words.get(c).is("“") && !words.get(c).is("\"")) {
                c++;
            }
            if (ASKING.contains(verbKey(words, k, verb.get().length())) && c < words.size()
                    && (roles.lexicon().titleAt(words, c) > 0 || personIn(entities, words.get(c).start(),
                    words.get(Math.min(words.size() - 1, c + 4)).end()))) {
                continue; // "chất vấn Bộ trưởng A về …": whom the question was put to, not what was said
            }
            if (letters(words, c, words.size()) < MIN_WORDS) {
                // "…, Cục Thuế cho biết.", "…, ông A, Phó Giám đốc sở, cho biết thêm.": the speaker and the verb
                // close the sentence, what was said comes before them
                int region = speakerRegion(words, k, entities);
                if (region > 0) {
                    Optional<String> late = speakers.in(cx, words.get(region).start(), words.get(k).start(), s.start());
                    if (late.isPresent()) {
                        return before(text, words, region - 1, late, direct);
                    }
                }
                continue;
            }
            return clause(text, words, c, s, speaker, direct);
        }
        // "…, theo Sở Công Thương." closing the sentence: the source of everything before it
        for (int k = words.size() - 1; k > 1; k--) {
            if (words.get(k).key().equals("theo") && words.get(k - 1).is(",")
                    && !insideMention(entities, words.get(k - 1).start())) {
                Optional<String> publisher = publishedBy(words, k + 1, entities);
                if (publisher.isPresent()) {
                    return before(text, words, k - 1, publisher, direct);
                }
                int source = sourceNouns(words, k + 1, entities);
                int address = roles.lexicon().titleAt(words, source);
                if (address > 0 && roles.lexicon().isAddress(words, source, address)) {
                    source += address; // "theo bà A": the person's name starts after the form of address
                }
                int close = appositionStart(words, source, entities);
                Word theo = words.get(k);
                Optional<String> speaker = close < words.size()
                        ? SpeakerClues.firstPerson(entities, words.get(k).end(), words.get(close).start())
                            .or(() -> Speakers.mentionSpeaker(text, entities, theo.end(), words.get(close).start()))
                        : Speakers.mentionSpeaker(text, entities, words.get(k).end(), s.end());
                if (speaker.isPresent() && tailIsMention(entities, words, source, close)) {
                    return before(text, words, k - 1, speaker, direct);
                }
                // "…, theo bộ này.": the body named before, pointed at by its head
                if (speaker.isEmpty() && source < words.size() && !words.get(source).capitalised()) {
                    int end = words.size();
                    while (end > source && !words.get(end - 1).letter()) {
                        end--;
                    }
                    String phrase = text.substring(words.get(source).start(), words.get(end - 1).end());
                    Optional<String> body = speakers.pointedBody(phrase, entities, words.get(k).start());
                    if (body.isPresent()) {
                        return before(text, words, k - 1, body, direct);
                    }
                }
                break;
            }
        }
        if (theoEnd >= 0) {
            int nameStart = words.get(theoEnd).end();
            int nameEnd = words.get(theoComma).start();
            Optional<String> speaker = SpeakerClues.firstPerson(entities, nameStart, nameEnd);
            if (speaker.isEmpty()) {
                speaker = Speakers.mentionSpeaker(text, entities, nameStart, nameEnd);
            }
            if (speaker.isEmpty() && Speakers.PRONOUNS.contains(io.thoisu.text.VietnameseNormalizer.key(
                    text.substring(nameStart, nameEnd).strip()))) {
                speaker = speakers.in(cx, nameStart, nameEnd, s.start()); // "Theo ông, …": the person just named
            }
            if (speaker.isEmpty()) {
                speaker = speakers.pointedBody(text.substring(nameStart, nameEnd).strip(), entities, nameStart); // "Theo công ty, …"
            }
            if (speaker.isPresent()) {
                return clause(text, words, theoComma + 1, s, speaker, direct);
            }
            int apposition = appositionEnd(words, theoComma, entities);
            if (apposition > 0) {
                // "Theo thông báo của nhà đầu tư, Công ty BOT X, từ ngày 25/3 …": a description of the source, then
                // its name in apposition between commas
                Optional<String> named = Speakers.mentionSpeaker(text, entities, words.get(theoComma).end(),
                        words.get(apposition).start());
                if (named.isPresent()) {
                    return clause(text, words, apposition + 1, s, named, direct);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The comma that closes a name in apposition right after {@code comma}: the words between are exactly one
     * person's or body's mention. -1 when there is none.
     */
    private static int appositionEnd(List<Word> words, int comma, List<EntityMention> entities) {
        if (comma + 2 >= words.size() || !words.get(comma + 1).capitalised()) {
            return -1;
        }
        int start = words.get(comma + 1).start();
        for (EntityMention m : entities) {
            if (m.start() == start && (m.type() == EntityType.ORG || m.type() == EntityType.PER)) {
                int j = comma + 1;
                while (j < words.size() && words.get(j).end() <= m.end()) {
                    j++;
                }
                return j < words.size() && words.get(j).is(",") ? j : -1;
            }
        }
        return -1;
    }

    private Optional<PhraseTable.Match> verbAt(List<Word> words, int k, List<EntityMention> entities) {
        return speech.at(words, k, entities);
    }

    /** Whether the words from offset {@code from} to word {@code verb} are auxiliaries and adverbs only. */
    private static boolean auxiliaries(List<Word> words, int from, int verb) {
        boolean any = false;
        for (int k = 0; k < verb; k++) {
            Word w = words.get(k);
            if (w.start() < from) {
                continue;
            }
            if (!AUXILIARIES.contains(w.key())) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static final Set<String> AUXILIARIES = SpeechVerbs.AUXILIARIES;

    /** Verbs whose object is the person asked, not what was said. */
    private static final Set<String> ASKING = Set.of("chất vấn", "hỏi", "đặt câu hỏi");

    private static String verbKey(List<Word> words, int k, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = k; i < k + length; i++) {
            sb.append(i > k ? " " : "").append(words.get(i).key());
        }
        return sb.toString();
    }

    private static int letters(List<Word> words, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            if (words.get(k).letter()) {
                n++;
            }
        }
        return n;
    }

    /**
     * Whether the words from {@code k} to the sentence's end are one named source and closing punctuation, the
     * source possibly pointed at ("Cơ quan Quản lý thảm họa quốc gia nước này").
     */
    private static boolean tailIsMention(List<EntityMention> entities, List<Word> words, int k, int close) {
        if (k >= words.size()) {
            return false;
        }
        for (EntityMention m : entities) {
            if (m.start() == words.get(k).start()) {
                StringBuilder rest = new StringBuilder();
                boolean inParentheses = false;
                for (int j = k; j < close; j++) {
                    // "theo Cục A (Bộ B).": the body in parentheses only says whose the source is
                    if (words.get(j).is("(") || words.get(j).is(")")) {
                        inParentheses = words.get(j).is("(") && words.get(j).start() >= m.end();
                        continue;
                    }
                    if (words.get(j).start() >= m.end() && words.get(j).letter() && !inParentheses) {
                        rest.append(rest.isEmpty() ? "" : " ").append(words.get(j).key());
                    }
                }
                return rest.isEmpty() || POINTERS.contains(rest.toString());
            }
        }
        return false;
    }

    private static final Set<String> POINTERS = Set.of("nước này", "này", "địa phương", "nước bạn");

    /**
     * "…, theo bà A, Phó Chủ tịch LĐLĐ TP.HCM.": where an office in apposition after the source starts (the comma
     * before it), or the sentence's end when none follows.
     */
    private int appositionStart(List<Word> words, int k, List<EntityMention> entities) {
        for (int j = k; j + 1 < words.size(); j++) {
            if (words.get(j).is(",") && !insideMention(entities, words.get(j).start())) {
                // "…, theo Công ty A, đơn vị tổ chức.": a description in lowercase closing the sentence
                return roles.lexicon().titleAt(words, j + 1) > 0 || SpeakerClues.description(words, j + 1) ? j
                        : words.size();
            }
        }
        return words.size();
    }

    /**
     * Where the speaker's words start when the speaker and the verb close the sentence: the part after the last
     * comma before the verb, or the one before it when that part is only the speaker's office ("…, ông A, Phó Giám
     * đốc sở, cho biết"). -1 when no comma separates the speaker from what was said.
     */
    private int speakerRegion(List<Word> words, int verb, List<EntityMention> entities) {
        int k = verb - 1;
        if (k >= 0 && words.get(k).is(",")) {
            k--;
        }
        int a = previousComma(words, k, entities);
        if (a < 0 || a + 1 > k || !speakerOpening(words, a + 1)) {
            return -1;
        }
        if (roles.lexicon().titleAt(words, a + 1) > 0 && !personIn(entities, words.get(a + 1).start(),
                words.get(k).end())) {
            int b = previousComma(words, a - 1, entities);
            if (b >= 0 && personIn(entities, words.get(b + 1).start(), words.get(a).start())) {
                return b + 1;
            }
        }
        return a + 1;
    }

    /** A speaker's phrase opens with a name, an office or a form of address ("Cục Thuế", "ông A", "vị chủ tịch"). */
    private boolean speakerOpening(List<Word> words, int k) {
        Word w = words.get(k);
        return w.capitalised() || roles.lexicon().titleAt(words, k) > 0 || w.key().equals("vị")
                || w.key().equals("nữ") || roles.bodyHeadAt(words, k);
    }

    private static int previousComma(List<Word> words, int from, List<EntityMention> entities) {
        for (int k = from; k >= 0; k--) {
            if (words.get(k).is(",") && !insideMention(entities, words.get(k).start())) {
                return k;
            }
        }
        return -1;
    }

    private static boolean personIn(List<EntityMention> entities, int from, int to) {
        for (EntityMention m : entities) {
            if (m.type() == EntityType.PER && m.start() >= from && m.end() <= to) {
                return true;
            }
        }
        return false;
    }

    /** What was said before the comma at {@code comma}, from the sentence's first word. */
    private static Optional<Quote> before(String text, List<Word> words, int comma, Optional<String> speaker,
                                          List<Quote> direct) {
        int first = 0;
        while (first < comma && !words.get(first).letter() && !Character.isDigit(words.get(first).text().charAt(0))) {
            first++;
        }
        if (first >= comma || letters(words, first, comma) < MIN_WORDS) {
            return Optional.empty();
        }
        int start = words.get(first).start();
        int end = words.get(comma - 1).end();
        for (Quote d : direct) {
            if (d.start() < end && d.end() > start) {
                return Optional.empty();
            }
        }
        return Optional.of(new Quote(text.substring(start, end), speaker, false, start, end));
    }

    private static boolean withinMention(List<EntityMention> entities, Word w) {
        for (EntityMention m : entities) {
            if (m.start() <= w.start() && w.end() <= m.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideMention(List<EntityMention> entities, int at) {
        for (EntityMention m : entities) {
            if (m.start() < at && at < m.end()) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Quote> clause(String text, List<Word> words, int c, Sentence s, Optional<String> speaker,
                                          List<Quote> direct) {
        if (c >= words.size()) {
            return Optional.empty();
        }
        int start = words.get(c).start();
        int e = s.end();
        while (e > start && ".!?…;: ".indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        final int end = e;
        long letters = words.stream().filter(w -> w.start() >= start && w.end() <= end && w.letter()).count();
        if (letters < MIN_WORDS || end <= start) {
            return Optional.empty();
        }
        for (Quote d : direct) {
            if (d.start() < end && d.end() > start) {
                return Optional.empty();
            }
        }
        return Optional.of(new Quote(text.substring(start, end), speaker, false, start, end));
    }

    private static Optional<Quote> lastEndingBetween(List<Quote> quotes, int from, int to) {
        Quote last = null;
        for (Quote q : quotes) {
            if (q.end() > from && q.end() <= to) {
                last = q;
            }
        }
        return Optional.ofNullable(last);
    }

    /**
     * "theo số liệu của đơn vị phát hành X", "theo thống kê mới nhất của X": the noun of a source and the words up
     * to the name that gives it. Returns the index of the name's first word, or {@code k} when no such noun opens.
     */
    private static int sourceNouns(List<Word> words, int k, List<EntityMention> entities) {
        if (k + 1 >= words.size() || !Speakers.SOURCE_NOUNS.contains(words.get(k).key() + " " + words.get(k + 1).key())) {
            return k;
        }
        for (int c = k + 2; c < words.size() && c - k < 8; c++) {
            Word w = words.get(c);
            for (EntityMention m : entities) {
                if (m.start() == w.start()) {
                    return c;
                }
            }
            if (!w.letter() || w.capitalised()) {
                return k;
            }
        }
        return k;
    }


    /** Verbs by which a body puts out a document: "do X công bố", "do Y thực hiện". */
    private static final Set<String> PUBLISHING = Set.of("công bố", "cung cấp", "thực hiện", "đưa ra", "phát hành",
            "ban hành", "tiến hành", "công khai", "tổng hợp");

    /**
     * "…, theo kết quả kiểm đếm gần 94% số phiếu do Văn phòng X (ONPE) công bố ngày 13/4.": a source noun whose
     * author comes after "do" and a verb of putting out, to the sentence's end; the author is the source. Empty when
     * the words after "theo" are not shaped so.
     */
    private static Optional<String> publishedBy(List<Word> words, int k, List<EntityMention> entities) {
        if (k + 1 >= words.size()
                || !Speakers.SOURCE_NOUNS.contains(words.get(k).key() + " " + words.get(k + 1).key())) {
            return Optional.empty();
        }
        for (int c = k + 2; c + 1 < words.size() && c - k < 16; c++) {
            Word w = words.get(c);
            if (w.is(",") || w.is(";")) {
                return Optional.empty();
            }
            if (!w.key().equals("do")) {
                continue;
            }
            for (EntityMention m : entities) {
                if (m.start() == words.get(c + 1).start()
                        && (m.type() == EntityType.ORG || m.type() == EntityType.PER)) {
                    int after = c + 1;
                    while (after < words.size() && words.get(after).start() < m.end()) {
                        after++;
                    }
                    if (after < words.size() && words.get(after).is("(")) {
                        while (after < words.size() && !words.get(after).is(")")) {
                            after++;
                        }
                        after++;
                    }
                    if (after + 1 < words.size() && PUBLISHING.contains(words.get(after).key() + " "
                            + words.get(after + 1).key())) {
                        return Optional.of(m.canonical());
                    }
                    return Optional.empty();
                }
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean insideQuote(List<Quote> quotes, int offset) {
        for (Quote q : quotes) {
            if (offset >= q.start() && offset < q.end()) {
                return true;
            }
        }
        return false;
    }

    /** The subject of a verb starts after the last comma before it, unless that leaves nothing to read. */
    private static int clauseStart(List<Word> words, int verb, int sentenceStart, List<EntityMention> entities) {
        for (int k = verb - 1; k >= 0; k--) {
            if (words.get(k).is(")")) {
                // "bà A (34 tuổi, trú xã B) khai nhận": the commas of a parenthesis about the speaker are its own
                int open = k - 1;
                while (open >= 0 && !words.get(open).is("(")) {
                    open--;
                }
                if (open >= 0) {
                    k = open;
                    continue;
                }
            }
            if (words.get(k).is(",") && insideMention(entities, words.get(k).start())) {
                continue; // the comma of "Sở Văn hóa, Thể thao và Du lịch" is inside the speaker's name
            }
            if (words.get(k).is(",") || words.get(k).is(";") || words.get(k).is("”") || words.get(k).is("\"")) {
                return k + 1 < verb ? words.get(k + 1).start() : sentenceStart;
            }
        }
        return sentenceStart;
    }







    private static Sentence nextSentence(List<Sentence> sentences, Sentence s) {
        for (int i = 0; i + 1 < sentences.size(); i++) {
            if (sentences.get(i) == s) {
                return sentences.get(i + 1);
            }
        }
        return null;
    }

}
