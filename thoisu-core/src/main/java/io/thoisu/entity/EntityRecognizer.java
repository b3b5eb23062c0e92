package io.thoisu.entity;

import io.thoisu.model.EntityMention;
import io.thoisu.model.EntityType;
import io.thoisu.model.Sentence;
import io.thoisu.text.VietnameseNormalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds people, organisations, places and other names in one article and gives each mention a canonical name.
 *
 * <p>Vietnamese capitalises every syllable of a personal or place name but only the first syllable of each word of
 * an organisation's name ("Bộ Quốc phòng", "Sở Giao thông vận tải"), and every sentence starts with a capital. So
 * the rules are: titles and forms of address announce a person; organisation heads announce a name whose tail may
 * be lowercase up to the verb that follows the subject; place heads and place prepositions announce a place; CLDR's
 * Vietnamese country names are places; a run that starts with a family name and has a full name's shape is a
 * person wherever it stands; a sentence's first word counts as a name only when the article also writes it
 * capitalised mid-sentence. Then the article is read as a whole: a name keeps the type a head or a title gave it
 * anywhere in the article, short forms (surnames, given names, an organisation without its head, acronyms in
 * parentheses) take their long form's name and type.
 */
public final class EntityRecognizer {
    private static final Set<String> ADDRESS = Set.of("ông", "bà", "anh", "chị", "cô", "em", "cụ", "thầy");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("tại", "ở", "tới", "đến", "từ", "khỏi", "về", "sang",
            "qua", "quanh", "thăm");
    private static final Set<String> COORDINATORS = Set.of("và", "hay", "hoặc");
    /** Administrative units that a body's name may end with even when the unit's own name is left out. */
    static final Set<String> ADMIN_UNITS = Set.of("tỉnh", "thành phố", "huyện", "quận", "xã", "phường",
            "thị xã");
    /** The last word of a party committee's title ("Bí thư Tỉnh ủy"): a place follows it. */
    private static final Set<String> PARTY_COMMITTEE = Set.of("ủy", "uỷ");
    private static final Set<String> STATE_PREFIXES = Set.of("cộng hòa", "cộng hoà", "vương quốc", "liên bang");
    /** The longest lowercase run an organisation name may carry before its acronym in parentheses. */
    private static final int MAX_LOWER_BEFORE_ACRONYM = 12;
    /** The longest lowercase run inside an organisation name ("phòng cháy chữa cháy"). */
    private static final int MAX_LOWER_RUN = 8;
    /** Lowercase words between an organisation head and the name it introduces ("Tập đoàn điện tử X"). */
    private static final int MAX_DESCRIPTOR = 2;
    private static final Pattern ROMAN = Pattern.compile("[IVXLC]+");
    private final Lexicon lexicon;
    private final HolderName holder;

    public EntityRecognizer() {
        this(new Lexicon());
    }

    public EntityRecognizer(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.holder = new HolderName(lexicon);
    }

    /** A mention before aliases are resolved. {@code strong} when a head, title or list decided its type. */
    private static final class Raw {
        final int start;
        final int end;
        final String text;
        EntityType type;
        final boolean strong;
        final int words;
        Raw aliasOf;
        /** For an organisation written with its head: the key of the name without the head. */
        String tailKey;
        /** For a company: the key of the trade name that ends its full name ("Hoàng Gia Phát"). */
        String tradeKey;
        /** For a sports club: the shorter names the news calls it by ("Sông Lam" for "CLB Sông Lam Nghệ An"). */
        List<String> shortKeys = List.of();
        /** Kept only if the article supports it (a full name it ends, a strong type elsewhere, an alias). */
        boolean doubtful;

        Raw(String text, int start, int end, EntityType type, boolean strong, int words) {
            this.text = text;
            this.start = start;
            this.end = end;
            this.type = type;
            this.strong = strong;
            this.words = words;
        }
    }

    /** What the scan of one article knows about capitalisation across all its sentences. */
    private record ArticleCase(Set<String> midCaps, Set<String> lower, Map<String, Integer> midCapCount,
                               Set<String> addressed, Set<String> afterQuote) {
    }

    public List<EntityMention> recognize(String text, List<Sentence> sentences) {
        return recognizeWords(text, ArticleWords.scan(text, sentences));
    }

    /** The same on words already scanned, so later stages can share one scan of the article. */
    public List<EntityMention> recognizeWords(String text, ArticleWords article) {
        Set<String> midCaps = new HashSet<>();
        Set<String> lower = new HashSet<>();
        Map<String, Integer> midCapCount = new HashMap<>();
        Set<String> addressed = new HashSet<>();
        Set<String> afterQuote = new HashSet<>();
        for (List<Word> words : article.sentences()) {
            for (int i = 0; i < words.size(); i++) {
                Word w = words.get(i);
                if (!w.letter()) {
                    continue;
                }
                // the last word of a name the article uses after "ông", "bà" …: a given name ("ông Đạt")
                if (w.capitalised() && i > 0 && ADDRESS.contains(words.get(i - 1).key())
                        && (i + 1 >= words.size() || !words.get(i + 1).capitalised())) {
                    addressed.add(w.key());
                }
                // "…”, Marco chia sẻ": the word right after a closing quotation mark and a comma names the speaker
                if (w.capitalised() && i >= 2 && words.get(i - 1).is(",") && (words.get(i - 2).is("”")
                        || words.get(i - 2).is("\""))) {
                    afterQuote.add(w.key());
                }
                if (!w.capitalised()) {
                    lower.add(w.key());
                } else if (!initial(words, i)) {
                    midCaps.add(w.key());
                    midCapCount.merge(w.key(), 1, Integer::sum);
                }
            }
        }
        ArticleCase article1 = new ArticleCase(midCaps, lower, midCapCount, addressed, afterQuote);
        List<Raw> raws = new ArrayList<>();
        for (List<Word> words : article.sentences()) {
            int i = 0;
            while (i < words.size()) {
                if (!words.get(i).letter()) {
                    i++;
                    continue;
                }
                i = Math.max(tryAt(text, words, i, article1, raws), i + 1);
                i = numbered(text, words, i, raws);
            }
        }
        return resolve(raws);
    }

    /**
     * "SEA Games 33", "V.League 2024/25", "Nghị định 168/2024/NĐ-CP", "Hương Sa 9": an event, document or variety
     * (MISC) goes on over the edition, year or number written after it, and over the rest of a number glued to it
     * by slashes. Not over a score ("3-1") nor over a figure that a lowercase noun counts ("42 km"). Returns where
     * reading goes on.
     */
    private static int numbered(String text, List<Word> words, int i, List<Raw> raws) {
        if (raws.isEmpty() || i >= words.size() || i == 0) {
            return i;
        }
        Raw last = raws.get(raws.size() - 1);
        if (last.type != EntityType.MISC || last.end != words.get(i - 1).end()) {
            return i;
        }
        int n = words.size();
        int e = i;
        Word w = words.get(i);
        if (number(w) && w.start() == last.end + 1 && (w.text().length() <= 3 || w.text().length() == 4)
                && w.text().chars().allMatch(Character::isDigit)
                && !(i + 1 < n && words.get(i + 1).is("-") && words.get(i + 1).start() == w.end())) {
            Word after = i + 1 < n ? words.get(i + 1) : null;
            boolean counted = after != null && after.letter() && !after.capitalised()
                    && after.start() == w.end() + 1 && !NUMBER_CLOSERS.contains(after.key());
            if (counted) {
                return i;
            }
            e = i + 1;
        }
        if (e < n && words.get(e).is("/") && words.get(e).start() == words.get(e - 1).end()) {
            while (e < n && e - i < 8 && words.get(e).start() == words.get(e - 1).end()
                    && (words.get(e).is("/") || words.get(e).is("-") || number(words.get(e)) || words.get(e).acronym())) {
                e++;
            }
        }
        if (e == i) {
            return i;
        }
        Raw longer = new Raw(text.substring(last.start, words.get(e - 1).end()), last.start, words.get(e - 1).end(),
                last.type, last.strong, last.words + (e - i));
        raws.set(raws.size() - 1, longer);
        return e;
    }

    /** Lowercase words that may follow a name's edition or year without being counted by it. */
    private static final Set<String> NUMBER_CLOSERS = Set.of("tại", "ở", "vào", "sẽ", "đã", "diễn", "và", "với",
            "của", "có", "được", "là", "khi", "sau", "trước", "do", "năm", "tới", "này", "cho", "trong", "từ",
            "đang", "vừa", "nhằm", "để");

    /** A word in the position where Vietnamese capitalises anyway: a sentence's or a quotation's first word. */
    private static boolean initial(List<Word> words, int i) {
        for (int k = i - 1; k >= 0; k--) {
            Word p = words.get(k);
            if (p.letter() || Character.isDigit(p.text().charAt(0))) {
                return false;
            }
            if (p.is("“") || p.is("\"") || p.is(":") || p.is("-") || p.is("–") || p.is("(") || p.is("…")) {
                return true;
            }
        }
        return true;
    }

    /** Tries every rule at word {@code i}; returns the index after what it consumed. */
    private int tryAt(String text, List<Word> words, int i, ArticleCase ac, List<Raw> out) {
        Word w = words.get(i);
        boolean initial = initial(words, i);
        // a title or form of address: what follows it, minus places and bodies in the role, is a person
        int title = lexicon.titleAt(words, i);
        if (title > 0 && lexicon.orgHeads.length(words, i) <= title) { // "Đại sứ quán" is a body, "Đại sứ" a title
            boolean address = title == 1 && ADDRESS.contains(w.key());
            // "một người đàn ông Trung Quốc": a form of address before a country is a nationality, not a name
            int country = address ? lexicon.known.length(words, i + 1) : 0;
            boolean nationality = country > 0 && lexicon.knownType(words, i + 1) == EntityType.LOC
                    && capitalRun(words, i + 1) == i + 1 + country;
            if (!nationality && (!address || nextCapital(words, i + 1))) {
                // "Phó Trưởng Công an TP X": the portfolio is the head of a body named after it
                int bare = lexicon.titles.length(words, i);
                if (bare < title && organisationEnd(words, i + bare) > i + title) {
                    title = bare;
                }
                // "Trưởng Phòng An ninh mạng …": the title "Trưởng phòng" written with a capital is "Trưởng" and
                // the body "Phòng …"
                for (int p = 1; p < bare; p++) {
                    if (words.get(i + p).capitalised() && lexicon.orgHeads.length(words, i + p) > 0
                            && organisationEnd(words, i + p) > i + bare && lexicon.titles.contains(phrase(words, i, i + p))) {
                        title = p;
                        break;
                    }
                }
                // "bà Olga Petrova, Phó tổng giám đốc Volganeft, cho biết": the holder is named before the title, so
                // a one-word name after it is the body
                boolean appositive = !address && i >= 2 && words.get(i - 1).is(",") && words.get(i - 2).capitalised();
                return afterTitle(text, words, i + title, address, appositive, ac, out);
            }
        }
        int known = lexicon.known.length(words, i);
        if (known > 0 && i > 0 && words.get(i - 1).key().equals("tiếng")) {
            return i + known; // "tiếng Anh", "tiếng Nhật": a language, not the country
        }
        if (w.acronym() && i + 2 < words.size() && words.get(i + 1).is("-") && number(words.get(i + 2))
                && glued(words, i, i + 3) && !lexicon.notNames.contains(w.key())) {
            add(text, words, i, i + 3, EntityType.MISC, true, out); // "SAOMAI-1", "F-16": a model's name
            return i + 3;
        }
        if (w.acronym() && i + 1 < words.size() && Character.isDigit(words.get(i + 1).text().charAt(0))
                && known == 0 && lexicon.orgHeads.length(words, i) == 0) {
            return i + 1; // "QR 976", "IR 50404", "SN 1987": a code or label, not a body
        }
        if (w.acronym() && i > 0 && number(words.get(i - 1)) && known == 0 && lexicon.orgHeads.length(words, i) == 0
                && !(i > 1 && words.get(i - 2).key().equals("thứ"))) {
            return i + 1; // "4.850 MW", "20 TEU": a unit after its figure (not "kỳ họp thứ 11 HĐND …")
        }
        if (!w.capitalised()) {
            // "một người đàn ông tên Lưu Chí Bình": "tên" (named) introduces a person's name
            if (w.key().equals("tên") && nextCapital(words, i + 1) && lexicon.known.length(words, i + 1) == 0) {
                int end = capitalRun(words, i + 1);
                add(text, words, i + 1, end, EntityType.PER, true, out);
                return end;
            }
            int cued = afterCue(text, words, i, out);
            if (cued > i) {
                return cued;
            }
            int place = lexicon.placeHeads.length(words, i);
            if (place > 0 && nextCapital(words, i + place)) {
                return placeAfterHead(text, words, i + place, out);
            }
            if (known > 0) {
                return addKnown(text, words, i, known, out);
            }
            return i + 1;
        }
        if (initial && lexicon.orgHeads.length(words, i) == 0 && lexicon.miscHeads.length(words, i) == 0) {
            int cued = afterCue(text, words, i, out); // "Hãng Bamboo Sky …", "Bão Yagami …" opening a sentence
            if (cued > i) {
                return cued;
            }
        }
        int misc = lexicon.miscHeads.length(words, i);
        if (misc > 0 && i + misc < words.size() && number(words.get(i + misc)) && DOCUMENTS.contains(phrase(words, i,
                i + misc))) {
            add(text, words, i, i + misc + 1, EntityType.MISC, true, out); // "Nghị định 13", "Thông tư 08"
            return i + misc + 1;
        }
        // a head of two words or more ("Liên hoan phim", "Hội nghị thượng đỉnh") is a name's even at a capital
        if (misc > 0 && !nextCapital(words, i + misc) && (!initial || misc >= 2)) {
            int region = regionClosed(words, i + misc);
            if (region > i + misc) {
                add(text, words, i, region, EntityType.MISC, true, out); // "Cúp bóng chuyền nữ châu Á"
                return region;
            }
        }
        if (misc > 0 && nextCapital(words, i + misc) && (!initial || misc >= 2)) {
            int end = tailEnd(words, i + misc, false, false, -1);
            add(text, words, i, end, EntityType.MISC, true, out);
            return end;
        }
        int org = organisationEnd(words, i);
        // "Hội An", "Đài Loan": a known place whose first word is also a body's head stays a place
        boolean knownPlace = known > 0 && org - i == known && lexicon.knownType(words, i) == EntityType.LOC;
        if (org > i && org - i >= known && !knownPlace) {
            // "Đại sứ quán Estavia Kim Ho-jin": a person's name after the body's country is its official's, even
            // where no title this list knows stands before the body
            int person = holder.afterKnownPlace(words, i + 1, org, i + 1);
            int bodyEnd = person > i + 1 ? person : org;
            Raw r = add(text, words, i, bodyEnd, EntityType.ORG, true, out);
            setTail(text, words, i, bodyEnd, r);
            if (bodyEnd < org) {
                add(text, words, bodyEnd, org, EntityType.PER, true, out);
            }
            return aliasInParentheses(text, words, org, out);
        }
        if (known > 1) {
            return addKnown(text, words, i, known, out);
        }
        int descriptor = descriptorName(words, i);
        if (descriptor > i) {
            return descriptor;
        }
        int prefix = placePrefix(words, i);
        if (prefix > i) {
            add(text, words, i, prefix, EntityType.LOC, true, out);
            return prefix;
        }
        // a capitalised place head counts at the start of a sentence ("Huyện X là …") or written as an
        // abbreviation ("TP X"); elsewhere a capital says it is part of a name ("Sông Đà Bắc Lạc")
        int place = lexicon.placeHeads.length(words, i);
        // … and so does a head of several words whose later words are lowercase ("Vườn quốc gia Kon Chư")
        boolean lowerHead = place > 1 && !words.get(i + 1).capitalised();
        if (place > 0 && (initial || w.acronym() || lowerHead) && nextCapital(words, i + place)
                && known < place + 1) {
            return placeAfterHead(text, words, i + place, out);
        }
        // "Anh em phải đào …": a sentence's first word that is both a country and a form of address ("Anh"), with
        // a lowercase word after it, is the pronoun when the article also writes the word in lowercase
        if (known > 0 && !(initial && known == 1
                && !nextCapital(words, i + 1)
                && (lexicon.starters.length(words, i) > 0 && ac.lower().contains(w.key())
                    || ADDRESS.contains(w.key()) && !ac.midCaps().contains(w.key())))) {
            return addKnown(text, words, i, known, out);
        }
        if (initial) {
            int starter = lexicon.starters.length(words, i);
            if (starter > 0) {
                return i + starter;
            }
        }
        int end = capitalRun(words, i);
        int begin = i;
        if (initial && !ac.midCaps().contains(w.key()) && !w.acronym()) {
            // the sentence's capital, not a name's: unless the next word is capitalised too and not a common word
            if (end - i == 1 || ac.lower().contains(w.key())) {
                return i + 1; // let the rest of the run be read as a mid-sentence run
            }
        }
        // a place, country or title inside the run starts a new mention ("Trung Quốc Vương Nghị"), unless it
        // completes a family name ("Tiêu Thị Mỹ")
        for (int k = begin + 1; k < end; k++) {
            boolean completesName = (k - begin <= 2 && lexicon.surnames.contains(words.get(begin).key()))
                    || (k - 2 >= begin && lexicon.surnames.contains(words.get(k - 2).key()));
            if (!completesName && (lexicon.known.length(words, k) > 0 || office(words, k))) {
                end = k;
                break;
            }
        }
        return bareRun(text, words, begin, end, out);
    }

    /**
     * A lowercase cue and the name it introduces, the cue left out: "hãng tin Kyodo" and "đội chủ nhà Thép Xanh"
     * (organisations), "bão Yagami", "giải Bông Sen Vàng" and "bộ phim “Mùa gió chướng”" (MISC). Returns the index
     * after the name, or {@code i} when the cue introduces nothing (a person, a known place, a head of its own).
     */
    private int afterCue(String text, List<Word> words, int i, List<Raw> out) {
        int n = words.size();
        int misc = lexicon.miscCues.length(words, i);
        int org = misc > 0 ? 0 : lexicon.orgCues.length(words, i);
        int cue = Math.max(misc, org);
        if (cue == 0 || i + cue >= n) {
            return i;
        }
        int s = i + cue;
        if (misc > 0 && (words.get(s).is("“") || words.get(s).is("\""))) {
            String close = words.get(s).is("“") ? "”" : "\"";
            int e = s + 1;
            while (e < n && e - s <= 12 && (words.get(e).letter() || words.get(e).is("-"))) {
                e++;
            }
            if (e < n && e > s + 1 && words.get(e).is(close) && words.get(s + 1).capitalised()) {
                add(text, words, s + 1, e, EntityType.MISC, true, out);
                return e + 1;
            }
            return i;
        }
        // "đội đầu bảng Thép Miền Trung", "hãng hàng không giá rẻ Sao Việt": a short description between the cue
        // and the organisation's name
        if (org > 0) {
            int d = s;
            while (d < n && d - s < 2 && words.get(d).letter() && !words.get(d).capitalised()
                    && lexicon.predicates.length(words, d) == 0 && lexicon.placeHeads.length(words, d) == 0) {
                d++;
            }
            if (d > s && nextCapital(words, d)) {
                s = d;
            }
        }
        int end = capitalRun(words, s);
        // "giống lúa Sông Hậu 12": a numbered variety or model may start with a place's or a body's word
        boolean numberedName = misc > 0 && end > s && end < n && number(words.get(end));
        if (!nextCapital(words, s) || !numberedName && (lexicon.titleAt(words, s) > 0
                || lexicon.orgHeads.length(words, s) > 0 || lexicon.known.length(words, s) > 0
                || lexicon.miscHeads.length(words, s) > 0 || lexicon.placeHeads.length(words, s) > 0)) {
            return i;
        }
        if (end - s >= 2 && lexicon.surnames.contains(words.get(s).key()) && holder.personal(words, s, end)) {
            return i; // a person: not this rule's
        }
        // … but a model's code ("Airbus A321neo") ends its name
        boolean code = words.get(end - 1).text().chars().anyMatch(Character::isDigit);
        if (!code && end < n && words.get(end).letter() && !words.get(end).capitalised()
                && lexicon.predicates.length(words, end) == 0) {
            // a name that goes on in lowercase ("đội tuyển Quân đội"): one or two words, then the clause goes on
            int e = end;
            while (e < n && e - end < 2 && words.get(e).letter() && !words.get(e).capitalised()
                    && lexicon.predicates.length(words, e) == 0) {
                e++;
            }
            if (e < n && words.get(e).letter() && lexicon.predicates.length(words, e) == 0) {
                return i;
            }
            end = e;
        }
        add(text, words, s, end, misc > 0 ? EntityType.MISC : EntityType.ORG, true, out);
        return aliasInParentheses(text, words, end, out);
    }

    /** A title that is an office, not a form of address ("Anh" inside "Quách Tuấn Anh" is a given name). */
    private boolean office(List<Word> words, int k) {
        int t = lexicon.titleAt(words, k);
        return t > 0 && !(t == 1 && ADDRESS.contains(words.get(k).key()));
    }

    /** "Cộng hòa Veldor", "Vương quốc Estavia": a state's formal name, its prefix part of the name. */
    private static int placePrefix(List<Word> words, int i) {
        if (i + 2 < words.size() && STATE_PREFIXES.contains(words.get(i).key() + " " + words.get(i + 1).key())
                && words.get(i + 2).capitalised()) {
            return capitalRun(words, i + 2);
        }
        return i;
    }

    /** A capitalised run with no head or title before it: its type from its shape and what stands before it. */
    private int bareRun(String text, List<Word> words, int begin, int end, List<Raw> out) {
        int length = end - begin;
        Word first = words.get(begin);
        boolean afterPreposition = begin > 0 && PLACE_PREPOSITIONS.contains(words.get(begin - 1).key());
        EntityType tail = lexicon.nameTails.get(words.get(end - 1).key());
        if (length == 1) {
            if (first.acronym()) {
                // "PM2.5", "H5N1": capitals with digits are a code, not a body
                if (lexicon.notNames.contains(first.key()) || ROMAN.matcher(first.text()).matches()
                        || first.text().chars().anyMatch(Character::isDigit)) {
                    return end;
                }
                add(text, words, begin, end, EntityType.ORG, false, out);
                return aliasInParentheses(text, words, end, out);
            }
            if (first.text().length() == 1) {
                return end; // an initial, a list label or a roman numeral
            }
            add(text, words, begin, end, EntityType.LOC, afterPreposition, out);
            return afterPreposition ? listAfter(text, words, end, out) : aliasInParentheses(text, words, end, out);
        }
        if (tail != null) {
            // typed by its last word ("Kaiyo Power"), but a company's full name written elsewhere still owns it
            add(text, words, begin, end, tail, false, out);
            return aliasInParentheses(text, words, end, out);
        }
        // "Phan Rang Bắc", "Mù Cang Thượng": a compass or upper/lower word closing the run names a place, even
        // after a family name ("Nam" and "Đông" are also given names, so they do not count)
        boolean personal = holder.personal(words, begin, end) && !PLACE_ENDINGS.contains(words.get(end - 1).key());
        if (afterPreposition && !holder.hasPersonalMiddle(words, begin, end)) {
            add(text, words, begin, end, EntityType.LOC, true, out);
            return listAfter(text, words, end, out);
        }
        add(text, words, begin, end, personal ? EntityType.PER : EntityType.LOC, false, out);
        return aliasInParentheses(text, words, end, out);
    }

    private int addKnown(String text, List<Word> words, int i, int known, List<Raw> out) {
        EntityType type = lexicon.knownType(words, i);
        if (type == EntityType.ORG) {
            known = unitAfter(words, i + known) - i;
        }
        // a known place that goes on is a longer name the list does not know: a place by its shape, but the
        // article may name a body so ("Hoàng Sa Đà Thành" after "CLB Hoàng Sa Đà Thành")
        boolean strong = true;
        if (type == EntityType.LOC) {
            int longer = placeGoesOn(words, i + known) - i;
            strong = longer == known;
            known = longer;
        }
        add(text, words, i, i + known, type, strong, out);
        int after = aliasInParentheses(text, words, i + known, out);
        return type == EntityType.LOC && after == i + known ? listAfter(text, words, after, out) : after;
    }

    /**
     * "Đồng Tháp Mười Tây", "Sa Pa Thượng", "Phú Thọ Mới": one or two capitalised words after a known place that
     * are no name of their own (no family name, known name, title or head) make one longer place with it. Returns
     * the end of the place.
     */
    private int placeGoesOn(List<Word> words, int j) {
        int end = capitalRun(words, j);
        if (end == j || end - j > 2 || lexicon.surnames.contains(words.get(j).key())) {
            return j;
        }
        for (int k = j; k < end; k++) {
            if (words.get(k).acronym() || lexicon.known.length(words, k) > 0 || lexicon.titleAt(words, k) > 0
                    || lexicon.orgHeads.length(words, k) > 0 || lexicon.placeHeads.length(words, k) > 0
                    || NameShape.foreign(words.get(k))) {
                return j;
            }
        }
        return end;
    }

    /**
     * "Bộ đội Biên phòng tỉnh Hòa Hải", "Mặt trận Tổ quốc huyện Kim Sơn": a known body's branch, named by the
     * administrative unit after it. Returns the end of the unit's name, or {@code j} when none follows.
     */
    private int unitAfter(List<Word> words, int j) {
        int place = lexicon.placeHeads.length(words, j);
        if (place > 0 && !words.get(j).capitalised() && ADMIN_UNITS.contains(phrase(words, j, j + place))
                && nextCapital(words, j + place)) {
            return capitalRun(words, j + place);
        }
        return j;
    }

    /** The place named after a head ("tỉnh Quảng Hòa"), minus a person's name run into it, and places listed after. */
    private int placeAfterHead(String text, List<Word> words, int j, List<Raw> out) {
        int end = capitalRun(words, j);
        for (int k = Math.max(j + 1, j + lexicon.known.length(words, j)); k < end; k++) {
            // "tỉnh Lai Sơn Sở Y tế …" ends the place at the body; a one-word head inside a short run is part of
            // the place's name ("cảng Vân Đồn Bắc", "vịnh Xuân Đài Nam")
            int head = lexicon.orgHeads.length(words, k);
            if (lexicon.titleAt(words, k) > 0 || (head > 0 && (k - j >= 2 || head > 1 || words.get(k).acronym()))) {
                end = k;
                break;
            }
        }
        if (end - j == 1 && lexicon.notNames.contains(words.get(j).key())) {
            return end; // "tháp Chăm": a people's name, not a place
        }
        end = holder.cut(words, j, end, false, Set.of());
        add(text, words, j, end, EntityType.LOC, true, out);
        int after = aliasInParentheses(text, words, end, out);
        return after == end ? listAfter(text, words, end, out) : after;
    }

    /** "X, Y và Z" after a place: the items listed with it are places too, unless they look like people. */
    private int listAfter(String text, List<Word> words, int j, List<Raw> out) {
        while (j + 1 < words.size() && (words.get(j).is(",") || COORDINATORS.contains(words.get(j).key()))) {
            int s = j + 1;
            if (!words.get(s).capitalised() || lexicon.titleAt(words, s) > 0 || lexicon.orgHeads.length(words, s) > 0
                    || lexicon.starters.length(words, s) > 0 || words.get(s).acronym()) {
                return j;
            }
            int e = capitalRun(words, s);
            if (holder.personal(words, s, e)) {
                return j;
            }
            boolean enumeration = words.get(j).is(",")
                    ? e < words.size() && (words.get(e).is(",") || COORDINATORS.contains(words.get(e).key()))
                    : true;
            if (!enumeration) {
                return j;
            }
            add(text, words, s, e, EntityType.LOC, true, out);
            j = e;
        }
        return j;
    }

    /** After a title: places and bodies that qualify the role, then the person's name if one is written. */
    private int afterTitle(String text, List<Word> words, int j, boolean address, boolean appositive, ArticleCase ac,
                           List<Raw> out) {
        int titleEnd = j;
        while (!address) {
            while (j < words.size() && words.get(j).capitalised()) {
                int state = placePrefix(words, j);
                if (state > j) {
                    // "Thứ trưởng Năng lượng Liên bang Estavia Pavel Orlov": the state, then its official
                    int person = holder.cut(words, j, state, true, ac.addressed());
                    add(text, words, j, person, EntityType.LOC, true, out);
                    j = person;
                    continue;
                }
                int org = organisationEnd(words, j);
                int known = lexicon.known.length(words, j);
                if (org > j && org - j >= known) {
                    int person = holder.cut(words, j, org, true, ac.addressed());
                    Raw r = add(text, words, j, person, EntityType.ORG, true, out);
                    setTail(text, words, j, person, r);
                    j = person;
                    if (person < org) {
                        break;
                    }
                    int alias = aliasInParentheses(text, words, j, out);
                    if (alias > j) {
                        return alias;
                    }
                } else if (known > 0 && lexicon.knownType(words, j) != EntityType.PER) {
                    EntityType type = lexicon.knownType(words, j);
                    int e = type == EntityType.ORG ? unitAfter(words, j + known) : j + known;
                    add(text, words, j, e, type, true, out);
                    // "Phó Thống đốc Ngân hàng Nhà nước (NHNN) Hầu Văn A": the body's acronym, then the holder
                    j = type == EntityType.ORG ? aliasInParentheses(text, words, e, out) : e;
                } else {
                    break;
                }
            }
            // "Đại sứ Estavia tại Việt Nam Oskar Lindqvist": the country sent to, then the holder's name
            if (j > titleEnd && j + 1 < words.size() && words.get(j).key().equals("tại")
                    && lexicon.known.length(words, j + 1) > 0 && lexicon.knownType(words, j + 1) == EntityType.LOC
                    && nextCapital(words, j + 1 + lexicon.known.length(words, j + 1))) {
                int known = lexicon.known.length(words, j + 1);
                add(text, words, j + 1, j + 1 + known, EntityType.LOC, true, out);
                j += 1 + known;
                continue;
            }
            break;
        }
        if (appositive && j == titleEnd && capitalRun(words, j) == j + 1 && j + 1 < words.size()
                && (words.get(j + 1).is(",") || words.get(j + 1).is(")"))) {
            add(text, words, j, j + 1, EntityType.ORG, true, out);
            return j + 1;
        }
        if (!address && j < words.size() && NameShape.brandLike(words.get(j))) {
            // "Giám đốc CIA William Burns", "Chủ tịch HĐQT FPT Trương Gia Bình", "Tổng giám đốc PV Gas Phạm Văn
            // Phong": an acronym or a brand written with inner capitals right after an office is the body the holder
            // heads (a country's acronym is in the known names and taken above), and the holder's name follows
            int run = capitalRun(words, j);
            // "Phó Chủ tịch LĐLĐ TP.HCM": the body's acronym, then the place it serves, belong together
            int place = lexicon.known.length(words, j + 1);
            int body = place > 0 && lexicon.knownType(words, j + 1) == EntityType.LOC && j + 1 + place <= run
                    ? j + 1 + place : j + 1;
            int person = body == run ? run
                    : holder.personal(words, body, run) ? body : holder.cut(words, j, run, true, ac.addressed());
            person = Math.max(person, body);
            if (person < run || body > j + 1) {
                add(text, words, j, person, EntityType.ORG, true, out);
                j = person;
            }
        }
        if (!nextCapital(words, j)) {
            return j;
        }
        int end = capitalRun(words, j);
        for (int k = j + 1; k < end; k++) {
            // "Trưởng khoa Nhiễm Bệnh viện Nhi …": a department's word, then the body it belongs to
            if (office(words, k) || (lexicon.orgHeads.length(words, k) > 0 && organisationEnd(words, k) > k
                    && !lexicon.surnames.contains(words.get(j).key()))) {
                end = k;
                break;
            }
        }
        if (j > 0 && PARTY_COMMITTEE.contains(words.get(j - 1).key()) && !holder.personal(words, j, end)) {
            // "Bí thư Huyện ủy Nam Trà Thượng": the committee's place, then the holder's name if written
            int place = holder.cut(words, j, end, false, Set.of());
            add(text, words, j, place, EntityType.LOC, true, out);
            if (place == end) {
                return end;
            }
            j = place;
        }
        if (!address && end - j == 1 && end < words.size() && words.get(end).letter()
                && lexicon.predicates.length(words, end) == 0) {
            // "Trưởng khoa Truyền nhiễm" is a department's word, "Đối tượng Pao khai nhận" a short name: only the
            // article can tell, so the word stays when it ends a full name written elsewhere
            Raw r = add(text, words, j, end, EntityType.PER, false, out);
            if (r != null) {
                r.doubtful = true;
            }
            return end;
        }
        int body = holder.afterKnownPlace(words, j + 1, end, j + 1);
        if (!address && body > j + 1 && body < end) {
            // "Tổng giám đốc Kaiwa Motors Việt Nam Lee Dong-hyun": a company named with the country it works in,
            // then its head
            add(text, words, j, body, EntityType.ORG, true, out);
            j = body;
        }
        EntityType tail = lexicon.nameTails.get(words.get(end - 1).key());
        if (tail != null && end - j >= 2) {
            add(text, words, j, end, tail, false, out);
            return aliasInParentheses(text, words, end, out);
        }
        // "Ngoại trưởng Estavia Matteo Rinaldi-Costa": a leading word that is not a family name, before a full
        // name, is the country of the office when the run is long or the article names that word on its own
        int run = end - j;
        if (!address && run >= 3 && !lexicon.surnames.contains(words.get(j).key())
                && (run >= 4 || ac.midCapCount().getOrDefault(words.get(j).key(), 0) >= 2)
                && !ac.afterQuote().contains(words.get(j).key()) // a speaker's given name, not a country
                && holder.personal(words, j + 1, end)) {
            add(text, words, j, j + 1, EntityType.LOC, true, out);
            j++;
        }
        add(text, words, j, end, EntityType.PER, true, out);
        return aliasInParentheses(text, words, end, out);
    }

    /**
     * End of an organisation name starting at {@code i} with a head ("Bộ", "Tổ chức"), or {@code i} when there is
     * none. The tail takes capitalised words, "và" between two of them ("Tài nguyên và Môi trường"), the
     * lowercase syllables that complete them up to the verb or particle that follows a subject ("Sở Giao thông
     * vận tải cho biết"), a place head with its name ("UBND tỉnh Hòa Bình"), and when an acronym in parentheses
     * follows, every word up to it ("Tổ chức Hiệp ước an ninh tập thể (CSTO)").
     */
    int organisationEnd(List<Word> words, int i) {
        if (!words.get(i).capitalised()) {
            return i;
        }
        int head = lexicon.orgHeads.length(words, i);
        if (head == 0) {
            return i;
        }
        int j = i + head;
        int n = words.size();
        // lowercase words up to an acronym in parentheses belong to the name
        int k = j;
        while (k < n && k - j <= MAX_LOWER_BEFORE_ACRONYM && words.get(k).letter() && !words.get(k).acronym()) {
            k++;
        }
        if (k > j && k + 2 < n && words.get(k).is("(") && (words.get(k + 1).acronym() || unitCode(words.get(k + 1)))
                && words.get(k + 2).is(")") && anyCapital(words, j, k) && !officeThenBody(words, j, k)) {
            return k;
        }
        if (j < n && !words.get(j).letter() && Character.isDigit(words.get(j).text().charAt(0))) {
            return j + 1; // "Quân khu 5", "Bệnh viện 108"
        }
        int end = tailEnd(words, j, words.get(i).acronym(), anyCapital(words, i + 1, j), i);
        return end == j ? i : end;
    }

    /**
     * "Hội nghị Bộ trưởng Ngoại giao Hiệp hội các quốc gia Đông Nam Á (ASEAN)": an office, then another body's head
     * before the acronym; the acronym is that body's, not the whole run's.
     */
    private boolean officeThenBody(List<Word> words, int from, int to) {
        boolean office = false;
        for (int k = from; k < to; k++) {
            if (words.get(k).capitalised() && lexicon.titleAt(words, k) > 0) {
                office = true;
            } else if (office && words.get(k).capitalised() && lexicon.orgHeads.length(words, k) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * End of the tail from {@code j}; {@code j}'s head when nothing after it makes a name. {@code framedFrom}: where
     * the name starts, to ask whether it stands in a frame that a comma closes ("Theo Cục An toàn thông tin, …",
     * "Phó Cục trưởng Cục Quản lý lao động ngoài nước, …"), so that lowercase nouns that look like verbs ("thông
     * tin", "lao động") may end it; -1 never asks.
     */
    private int tailEnd(List<Word> words, int j, boolean acronymHead, boolean headCapital, int framedFrom) {
        int n = words.size();
        int end = j;
        boolean sawCapital = headCapital;
        int lowerRun = 0;
        while (end < n) {
            Word w = words.get(end);
            if (!w.letter() && sawCapital && end > j && words.get(end - 1).letter() && unitNumber(w)
                    && !(end + 1 < n && words.get(end + 1).start() == w.end() && (words.get(end + 1).is("-")
                        || words.get(end + 1).is("/") || words.get(end + 1).is(":") || words.get(end + 1).is("–")))
                    && (end + 1 >= n || (!words.get(end + 1).letter() && (CLOSING.contains(words.get(end + 1).text())
                            || words.get(end + 1).is("(")))
                        || lexicon.predicates.length(words, end + 1) > 0
                        || !nextCapital(words, end + 1) && lexicon.placeHeads.length(words, end + 1) == 0
                        && closesClause(words, end + 1))) {
                return end + 1; // "Tổng công ty Xây dựng Công trình Giao thông 8": the unit's number ends the name
            }
            if (!w.letter()) {
                // "Phòng Cảnh sát phòng, chống tội phạm về môi trường": the fixed pair "phòng, chống" (prevent and
                // fight) keeps its comma inside the name
                if (w.is(",") && sawCapital && end > j && words.get(end - 1).key().equals("phòng") && end + 1 < n
                        && words.get(end + 1).key().equals("chống")) {
                    end += 2;
                    continue;
                }
                if (w.is(",") && sawCapital && portfolioList(words, end + 1)) {
                    end++; // "Sở Văn hóa, Thể thao và Du lịch": the portfolios of one body, listed
                    continue;
                }
                // "Hiệp hội Cà phê - Ca cao": a dash between two capitalised words joins the fields of one body
                if ((w.is("-") || w.is("–")) && sawCapital && end > j && nextCapital(words, end + 1) && lexicon.orgHeads.length(words, end + 1) == 0
                        && lexicon.titleAt(words, end + 1) == 0) {
                    end++;
                    continue;
                }
                break;
            }
            if (w.capitalised()) {
                if (end > j && lexicon.titleAt(words, end) > 0) {
                    break;
                }
                sawCapital = true;
                lowerRun = 0;
                end++;
                // "TP.HCM", "H'Mông": a dot or apostrophe glued between two capitalised words joins them
                if (end + 1 < n && (words.get(end).is(".") || words.get(end).is("'") || words.get(end).is("’")
                        || words.get(end).is("&"))
                        && words.get(end).start() == words.get(end - 1).end()
                        && words.get(end + 1).start() == words.get(end).end() && words.get(end + 1).capitalised()) {
                    end++;
                }
                continue;
            }
            int place = lexicon.placeHeads.length(words, end);
            if (place > 0 && nextCapital(words, end + place)) {
                return capitalRun(words, end + place);
            }
            if (place > 0 && acronymHead && !sawCapital && ADMIN_UNITS.contains(phrase(words, end, end + place))) {
                return end + place; // "UBND tỉnh", "HĐND thành phố"
            }
            // "Ủy ban châu Âu", "Hội đồng châu Âu": a place written in lowercase first is a capitalised word here
            int known = lexicon.known.length(words, end);
            if (known > 0) {
                end += known;
                sawCapital = true;
                lowerRun = 0;
                continue;
            }
            // "Đội Quản lý thị trường số 4", "Trường Tiểu học số 2": the body's number closes its name
            if (w.key().equals("số") && sawCapital && end + 1 < n && unitNumber(words.get(end + 1))) {
                return end + 2;
            }
            // "Bệnh viện Bệnh Nhiệt đới Trung ương phía Nam": a compass point of the body's region
            if (w.key().equals("phía") && sawCapital && end + 1 < n && COMPASS.contains(words.get(end + 1).key())
                    && words.get(end + 1).capitalised()) {
                end += 2;
                continue;
            }
            // "Phòng An ninh mạng và phòng, chống tội phạm …": the fixed pair after "và" goes on in lowercase
            if (w.key().equals("và") && sawCapital && end + 3 < n && words.get(end + 1).key().equals("phòng")
                    && words.get(end + 2).is(",") && words.get(end + 3).key().equals("chống")) {
                end += 4;
                lowerRun = 1;
                continue;
            }
            if (w.key().equals("và") && sawCapital && nextCapital(words, end + 1)
                    && lexicon.titleAt(words, end + 1) == 0 && lexicon.orgHeads.length(words, end + 1) == 0) {
                end++;
                continue;
            }
            // "Hiệp hội Doanh nghiệp nhỏ và vừa": two lowercase words paired by "và" close the name
            if (w.key().equals("và") && sawCapital && lowerRun > 0 && end + 1 < n
                    && PAIRED.contains(words.get(end - 1).key() + " và " + words.get(end + 1).key())) {
                end += 2;
                continue;
            }
            if (!sawCapital) {
                // "Ban tổ chức lễ hội chùa Non Tiên", "Ban Quản lý dự án huyện Kim Bảng": a lowercase description
                // of what the body is for, closed by the place it serves
                int served = servedPlace(words, end);
                return served > end ? served : j;
            }
            if (sawCapital && end + 2 < n && PAIR_STARTS.contains(w.key()) && PAIRED.contains(phrase(words, end, end + 3))) {
                end += 3; // "Doanh nghiệp vừa và nhỏ", though "vừa" is also a particle
                continue;
            }
            // "Xây dựng Công trình Giao thông": a lowercase second syllable between two capitalised words is part
            // of a title-case name even when it is also a verb ("trình")
            if (words.get(end - 1).capitalised() && nextCapital(words, end + 1) && !CLAUSE_WORDS.contains(w.key())
                    && lexicon.titleAt(words, end + 1) == 0 && lexicon.orgHeads.length(words, end + 1) == 0
                    && lexicon.predicates.length(words, end) == 1) {
                end++;
                continue;
            }
            int field = lowerRun > 0 ? fieldAfter(words, end, framedFrom) : end;
            if (field > end) {
                return field;
            }
            if (lexicon.predicates.length(words, end) > 0) {
                if (framedFrom >= 0 && nounTail(words, end) && framed(words, framedFrom)) {
                    return nextComma(words, end);
                }
                break;
            }
            if (++lowerRun > MAX_LOWER_RUN) {
                break;
            }
            end++;
        }
        return sawCapital ? end : j;
    }

    /**
     * "Trung tâm Điều phối quốc gia về ghép tạng", "Cục Cảnh sát phòng, chống tội phạm về môi trường": a centre, a
     * committee or a department is named with the field it works on, after "về" (about). The field is one to six
     * lowercase words that no verb interrupts and that a comma, the sentence's end or a verb closes; the name must
     * already have lowercase words before it ("Cục Thuế về tận nơi" is the tax office going somewhere). Returns the
     * end of the field, or {@code k} when there is none.
     */
    private int fieldAfter(List<Word> words, int k, int nameStart) {
        if (nameStart < 0 || !words.get(k).key().equals("về")
                || !FIELD_HEADS.contains(phrase(words, nameStart, nameStart + lexicon.orgHeads.length(words, nameStart)))) {
            return k;
        }
        int n = words.size();
        int e = k + 1;
        while (e < n && e - k <= 6 && words.get(e).letter() && !words.get(e).capitalised()
                && lexicon.predicates.length(words, e) == 0 && lexicon.placeHeads.length(words, e) == 0) {
            e++;
        }
        boolean closed = e == n || !words.get(e).letter() && (words.get(e).is(",") || words.get(e).is(".")
                || words.get(e).is("(") || words.get(e).is(")")) || words.get(e).letter() && !words.get(e).capitalised()
                && lexicon.predicates.length(words, e) > 0;
        return e > k + 1 && closed ? e : k;
    }

    /** Bodies whose names say the field they work on ("… về ghép tạng"). */
    private static final Set<String> FIELD_HEADS = Set.of("trung tâm", "ủy ban", "uỷ ban", "cục", "viện", "hội đồng",
            "ban chỉ đạo", "phòng", "vụ", "tổng cục", "ban");

    /** Heads of legal documents, which a number may name ("Nghị định 13"). */
    private static final Set<String> DOCUMENTS = Set.of("nghị định", "thông tư", "nghị quyết", "chỉ thị", "luật",
            "quyết định", "pháp lệnh");
    private static final Set<String> PLACE_ENDINGS = Set.of("bắc", "tây", "thượng", "hạ");
    private static final Set<String> COMPASS = Set.of("bắc", "nam", "đông", "tây");
    /** Words that make a clause of what follows them, never part of a name. */
    private static final Set<String> CLAUSE_WORDS = Set.of("cho", "và", "đã", "sẽ", "đang", "cũng", "vừa", "mới", "là",
            "có", "của", "với", "tại", "ở", "trong", "để", "khi", "được", "bị", "từ", "đến", "về", "vào", "ra",
            "rằng", "nói", "biết", "hay", "thì", "mà", "nhưng", "vẫn", "còn", "chưa", "không", "này", "đó", "ấy", "nay",
            "nước này");

    /** Lowercase pairs that end a body's name ("Hiệp hội Doanh nghiệp nhỏ và vừa"), though "vừa" is a particle. */
    private static final Set<String> PAIRED = Set.of("nhỏ và vừa", "vừa và nhỏ");
    private static final Set<String> PAIR_STARTS = Set.of("nhỏ", "vừa");

    /** From {@code k}, at most four lowercase words with no clause word in them, then a comma. */
    private static boolean nounTail(List<Word> words, int k) {
        int c = k;
        while (c < words.size() && c - k < 4 && words.get(c).letter() && !words.get(c).capitalised()
                && !CLAUSE_WORDS.contains(words.get(c).key())) {
            c++;
        }
        return c > k && c < words.size() && words.get(c).is(",");
    }

    private static int nextComma(List<Word> words, int k) {
        while (k < words.size() && !words.get(k).is(",")) {
            k++;
        }
        return k;
    }

    /** After a head: up to seven lowercase words, none a predicate, then a region written lowercase first. */
    private int regionClosed(List<Word> words, int k) {
        for (int c = k; c < words.size() && c - k < 7; c++) {
            Word w = words.get(c);
            if (!w.letter() || w.capitalised()) {
                return k;
            }
            int known = lexicon.known.length(words, c);
            if (known > 0 && c > k) {
                return c + known;
            }
            if (lexicon.predicates.length(words, c) > 0) {
                return k;
            }
            // "Giải vô địch bóng đá nữ Đông Nam Á": a known region written with capitals closes it too
            int region = lexicon.known.length(words, c + 1);
            if (region > 0 && words.get(c + 1).capitalised() && lexicon.knownType(words, c + 1) == EntityType.LOC
                    && !nextCapital(words, c + 1 + region)) {
                return c + 1 + region;
            }
        }
        return k;
    }

    /** After a head: up to seven lowercase words, none a predicate, then a place head and its name. */
    private int servedPlace(List<Word> words, int k) {
        for (int c = k; c < words.size() && c - k < 7; c++) {
            Word w = words.get(c);
            if (!w.letter() || w.capitalised()) {
                return k;
            }
            int place = lexicon.placeHeads.length(words, c);
            if (place > 0 && c > k && nextCapital(words, c + place)) {
                return capitalRun(words, c + place);
            }
            if (lexicon.predicates.length(words, c) > 0) {
                return k;
            }
        }
        return k;
    }

    /** Whether the name at {@code i} stands in a frame a comma closes: after "theo" or after a title. */
    private boolean framed(List<Word> words, int i) {
        if (i == 0) {
            return false;
        }
        if (words.get(i - 1).key().equals("theo")) {
            return true;
        }
        for (int from = Math.max(0, i - 5); from < i; from++) {
            if (lexicon.titleAt(words, from) == i - from) {
                return true;
            }
        }
        return false;
    }

    /**
     * After a comma inside a body's name: words starting with a capital (more commas allowed) closed by "và" and a
     * capitalised word, none of them another body's head with its name, a title or a known name ("Văn hóa, Thể thao
     * và Du lịch", "Thông tin, Báo chí và Truyền thông").
     */
    private boolean portfolioList(List<Word> words, int k) {
        int n = words.size();
        if (k >= n || !words.get(k).capitalised()) {
            return false;
        }
        int limit = k + 10;
        while (k < n && k < limit && (words.get(k).is(",") || (words.get(k).letter() && !words.get(k).key().equals("và")
                && lexicon.predicates.length(words, k) == 0))) {
            int head = lexicon.orgHeads.length(words, k);
            if (words.get(k).capitalised() && ((head > 0 && nextCapital(words, k + head))
                    || lexicon.titleAt(words, k) > 0 || lexicon.known.length(words, k) > 0)) {
                return false; // "Sở Y tế, Sở Xây dựng và …": another body, not a portfolio ("Báo chí" is one)
            }
            k++;
        }
        return k + 1 < n && words.get(k).key().equals("và") && words.get(k + 1).capitalised()
                && lexicon.orgHeads.length(words, k + 1) == 0 && lexicon.titleAt(words, k + 1) == 0;
    }

    /** "Tập đoàn điện tử Hanseong Electronics": a head, a lowercase description, then the name proper. */
    private int descriptorName(List<Word> words, int i) {
        int head = lexicon.orgHeads.length(words, i);
        if (head == 0) {
            return i;
        }
        int c = i + head;
        int limit = c + MAX_DESCRIPTOR;
        while (c < words.size() && c < limit && words.get(c).letter() && !words.get(c).capitalised()
                && lexicon.predicates.length(words, c) == 0 && lexicon.placeHeads.length(words, c) == 0) {
            c++;
        }
        if (c == i + head || !nextCapital(words, c) || lexicon.titleAt(words, c) > 0) {
            return i;
        }
        return c; // the name proper is read from c as a bare run or a known name
    }

    private static String phrase(List<Word> words, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                sb.append(' ');
            }
            sb.append(words.get(k).key());
        }
        return sb.toString();
    }

    private void setTail(String text, List<Word> words, int from, int to, Raw r) {
        if (r == null) {
            return;
        }
        int head = lexicon.orgHeads.length(words, from);
        if (head > 0 && to - (from + head) >= 2 && words.get(from + head).capitalised()) {
            r.tailKey = VietnameseNormalizer.key(text.substring(words.get(from + head).start(), words.get(to - 1).end()));
        }
        if (head > 0 && CLUB_HEADS.contains(phrase(words, from, from + head))) {
            r.shortKeys = clubShortNames(text, words, from + head, to);
        }
        // "Công ty CP Đầu tư Địa ốc Hoàng Gia Phát" is later "Hoàng Gia Phát": the capitalised run that ends a
        // company's name after its legal form or a lowercase description is its trade name
        if (head > 0 && companyHead(words, from, head)) {
            int p = to;
            while (p > from + head && words.get(p - 1).capitalised() && !words.get(p - 1).acronym()) {
                p--;
            }
            if (to - p >= 2 && p > from + head && lexicon.placeHeads.length(words, p - 1) == 0) {
                r.tradeKey = VietnameseNormalizer.key(text.substring(words.get(p).start(), words.get(to - 1).end()));
            }
        }
    }

    private static final Set<String> CLUB_HEADS = Set.of("clb", "câu lạc bộ");

    /**
     * A club is called by the first words of its name without its home province ("CLB Sông Lam Nghệ An" → "Sông
     * Lam") or by the capitalised name that ends a sponsor's description ("CLB Bóng chuyền nữ Ngân hàng Phú Hưng" →
     * "Phú Hưng"): every leading run of two or more capitalised words, and the closing capitalised run.
     */
    private static List<String> clubShortNames(String text, List<Word> words, int from, int to) {
        List<String> keys = new ArrayList<>();
        for (int e = from + 2; e < to && words.get(e - 1).capitalised(); e++) {
            keys.add(VietnameseNormalizer.key(text.substring(words.get(from).start(), words.get(e - 1).end())));
        }
        int p = to;
        while (p > from && words.get(p - 1).capitalised()) {
            p--;
        }
        if (p > from && to - p >= 2) {
            keys.add(VietnameseNormalizer.key(text.substring(words.get(p).start(), words.get(to - 1).end())));
        }
        return keys;
    }

    /** "Công ty", "Công ty TNHH", "Ngân hàng": a company's head, with its legal form when the head includes it. */
    private static boolean companyHead(List<Word> words, int from, int head) {
        for (int k = from + 1; k <= from + head; k++) {
            if (COMPANY_HEADS.contains(phrase(words, from, k))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> COMPANY_HEADS = Set.of("công ty", "tập đoàn", "tổng công ty", "ngân hàng",
            "hợp tác xã", "nhà máy");

    private static boolean anyCapital(List<Word> words, int from, int to) {
        for (int k = from; k < to; k++) {
            if (words.get(k).capitalised()) {
                return true;
            }
        }
        return false;
    }

    private static boolean nextCapital(List<Word> words, int j) {
        return j < words.size() && words.get(j).capitalised();
    }

    /**
     * End of the run of capitalised words from {@code j}; an apostrophe, dot or ampersand written with no space on
     * either side joins two capitalised words into one name ("H'Bia", "TP.HCM", "GD&ĐT").
     */
    private static int capitalRun(List<Word> words, int j) {
        int end = capitalWords(words, j);
        // "anh H.V.K.": initials keep the dot after their last letter
        if (end - j >= 3 && end < words.size() && words.get(end).is(".") && words.get(end).start() == words.get(end - 1).end()
                && initials(words, j, end)) {
            end++;
        }
        return end;
    }

    /** Whether {@code [from, to)} is single capital letters joined by dots ("H.V.K"). */
    private static boolean initials(List<Word> words, int from, int to) {
        for (int k = from; k < to; k++) {
            Word w = words.get(k);
            boolean ok = (k - from) % 2 == 0 ? w.letter() && w.text().length() == 1 : w.is(".");
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static int capitalWords(List<Word> words, int j) {
        int end = j;
        while (end < words.size()) {
            Word w = words.get(end);
            if (w.capitalised()) {
                end++;
            } else if (end > j && end + 1 < words.size() && (w.is("'") || w.is("’") || w.is(".") || w.is("&"))
                    && w.start() == words.get(end - 1).end() && words.get(end + 1).start() == w.end()
                    && words.get(end + 1).capitalised()) {
                end += 2;
            } else {
                int particles = end > j ? particlesBetween(words, end) : 0;
                if (particles == 0) {
                    break;
                }
                end += particles;
            }
        }
        return end;
    }

    /**
     * Lower-case particles inside a foreign person's name ("Abdullah bin Zayed", "Ursula von der Leyen", "Charles de
     * Gaulle"): how many start at {@code k}, between two foreign-looking capitalised words; 0 when none.
     */
    private static int particlesBetween(List<Word> words, int k) {
        int n = 0;
        while (k + n < words.size() && n < 2 && NAME_PARTICLES.contains(words.get(k + n).text())) {
            n++;
        }
        boolean framed = n > 0 && k + n < words.size() && words.get(k + n).capitalised()
                && NameShape.foreign(words.get(k - 1)) && NameShape.foreign(words.get(k + n));
        return framed ? n : 0;
    }

    private static final Set<String> NAME_PARTICLES = Set.of("bin", "bint", "ibn", "al", "el", "von", "van", "der",
            "den", "de", "del", "della", "dos", "da", "di", "du");

    private static final Set<String> CLOSING = Set.of(",", ".", ")", ";", "”", "\"");

    /** A small whole number written plainly ("8", "108"), as units and numbered bodies carry. */
    private static boolean unitNumber(Word w) {
        String t = w.text();
        if (t.isEmpty() || t.length() > 3) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if (!Character.isDigit(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the word at {@code k} cannot be a unit or noun that a number counts ("thi công" can, "tấn" not). */
    private boolean closesClause(List<Word> words, int k) {
        return lexicon.predicates.length(words, k) > 0 || CLAUSE_WORDS.contains(words.get(k).key())
                || NAME_VERBS.contains(words.get(k).key());
    }

    /** Verbs that follow a numbered body as its predicate ("… 8 thi công", "… 5 cho biết"). */
    private static final Set<String> NAME_VERBS = Set.of("thi", "xây", "nhận", "tiếp", "điều", "quản", "phụ");

    private static boolean number(Word w) {
        return !w.letter() && Character.isDigit(w.text().charAt(0));
    }

    /** Whether the words {@code [from, to)} are written with no space between them. */
    private static boolean glued(List<Word> words, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (words.get(k).start() != words.get(k - 1).end()) {
                return false;
            }
        }
        return true;
    }

    /** "C04", "PC03", "A05": a police or army unit's code, capitals then digits, standing for its full name. */
    private static boolean unitCode(Word w) {
        String t = w.text();
        int i = 0;
        while (i < t.length() && Character.isUpperCase(t.charAt(i))) {
            i++;
        }
        int letters = i;
        while (i < t.length() && Character.isDigit(t.charAt(i))) {
            i++;
        }
        return letters >= 1 && letters <= 3 && i == t.length() && i - letters >= 2 && i - letters <= 3;
    }

    /** "(CSTO)", "(Wang Yi)" right after a mention: the same entity under another name. */
    private int aliasInParentheses(String text, List<Word> words, int j, List<Raw> out) {
        if (out.isEmpty() || j + 2 >= words.size() || !words.get(j).is("(") || !words.get(j + 1).capitalised()) {
            return j;
        }
        int end = capitalRun(words, j + 1);
        // a known place in parentheses says where, but a known body's acronym ("(ASEAN)") is an alias
        if (end >= words.size() || !words.get(end).is(")") || (lexicon.known.length(words, j + 1) == end - j - 1
                && lexicon.knownType(words, j + 1) != EntityType.ORG)) {
            return j;
        }
        Raw owner = out.get(out.size() - 1);
        Raw alias = add(text, words, j + 1, end, owner.type, true, out);
        if (alias != null) {
            alias.aliasOf = owner;
        }
        return end + 1;
    }

    private static Raw add(String text, List<Word> words, int from, int to, EntityType type, boolean strong,
                           List<Raw> out) {
        if (to <= from) {
            return null;
        }
        int start = words.get(from).start();
        int end = words.get(to - 1).end();
        Raw r = new Raw(text.substring(start, end), start, end, type, strong, to - from);
        out.add(r);
        return r;
    }

    /**
     * Gives each mention its type and canonical name from the whole article: a weakly typed name that ends a
     * person's full name is that person ("Tokayev", "Anaya Quiroga"); an organisation's name without its head is
     * that organisation ("Sông Đà Bắc Lạc" after "Câu lạc bộ Sông Đà Bắc Lạc"); a name the article typed by a head
     * or a title somewhere keeps that type everywhere; an alias in parentheses takes its owner's name; a lone
     * capitalised syllable that nothing in the article supports is dropped (a name is rarely one syllable and no
     * cue); the first spelling seen of a name is its display form.
     */
    /**
     * "Phía Sông Lam Nghệ An …": a club's short name that the run splitting cut at the province inside it ("Sông
     * Lam" + "Nghệ An"); two adjacent mentions, one space apart, whose joined key is an organisation's short name
     * are that organisation.
     */
    private static List<Raw> joinShortNames(List<Raw> raws, Map<String, String> orgTails) {
        List<Raw> joined = null;
        for (int k = 0; k < raws.size(); k++) {
            Raw r = raws.get(k);
            Raw next = k + 1 < raws.size() ? raws.get(k + 1) : null;
            if (next != null && next.start == r.end + 1 && r.type != EntityType.PER && next.type != EntityType.PER
                    && r.aliasOf == null && next.aliasOf == null
                    && orgTails.containsKey(VietnameseNormalizer.key(r.text + " " + next.text))) {
                if (joined == null) {
                    joined = new ArrayList<>(raws.subList(0, k));
                }
                joined.add(new Raw(r.text + " " + next.text, r.start, next.end, EntityType.ORG, false,
                        r.words + next.words));
                k++;
                continue;
            }
            if (joined != null) {
                joined.add(r);
            }
        }
        return joined == null ? raws : joined;
    }

    private List<EntityMention> resolve(List<Raw> raws) {
        Map<String, EntityType> strongType = new HashMap<>();
        Map<String, String> display = new HashMap<>();
        Map<String, String> aliasTarget = new HashMap<>();
        Map<String, List<String>> suffixOwners = new HashMap<>();
        Map<String, List<String>> prefixOwners = new HashMap<>();
        Map<String, String> orgTails = new HashMap<>();
        for (Raw r : raws) {
            String key = VietnameseNormalizer.key(r.text);
            if (r.strong) {
                strongType.putIfAbsent(key, r.type);
            }
            display.putIfAbsent(key, VietnameseNormalizer.nfc(r.text));
            if (r.aliasOf != null) {
                aliasTarget.putIfAbsent(key, VietnameseNormalizer.key(r.aliasOf.text));
            }
            if (r.tradeKey != null) {
                orgTails.putIfAbsent(r.tradeKey, key);
            }
            if (r.tailKey != null) {
                orgTails.putIfAbsent(r.tailKey, key);
            }
            for (String shortKey : r.shortKeys) {
                orgTails.putIfAbsent(shortKey, key);
            }
            if (r.type == EntityType.PER && r.words >= 2) {
                int space = key.indexOf(' ');
                while (space > 0) {
                    String suffix = key.substring(space + 1);
                    List<String> owners = suffixOwners.computeIfAbsent(suffix, k -> new ArrayList<>());
                    if (!owners.contains(key)) {
                        owners.add(key);
                    }
                    space = key.indexOf(' ', space + 1);
                }
                // "ông Y Krông" after "Y Krông Niê", "ông Park" after "Park Sung-min": names whose given part
                // comes first are shortened from the end
                int last = key.lastIndexOf(' ');
                while (last > 0) {
                    String prefix = key.substring(0, last);
                    List<String> owners = prefixOwners.computeIfAbsent(prefix, k -> new ArrayList<>());
                    if (!owners.contains(key)) {
                        owners.add(key);
                    }
                    last = prefix.lastIndexOf(' ');
                }
            }
        }
        raws = joinShortNames(raws, orgTails);
        List<EntityMention> out = new ArrayList<>(raws.size());
        for (Raw r : raws) {
            String key = VietnameseNormalizer.key(r.text);
            EntityType type = r.type;
            String canonicalKey = key;
            boolean supported = !r.doubtful && (r.strong || r.words > 1 || r.type != EntityType.LOC);
            if (aliasTarget.containsKey(key)) {
                canonicalKey = aliasTarget.get(key);
                type = strongType.getOrDefault(canonicalKey, type);
                supported = true;
            } else if (orgTails.containsKey(key)
                    && (!r.strong || (r.type == EntityType.PER && !suffixOwners.containsKey(key)))) {
                // "Hoàng Gia Phát" after "Công ty CP Địa ốc Hoàng Gia Phát": the company's short name, though it
                // has a person's shape
                canonicalKey = orgTails.get(key);
                type = EntityType.ORG;
                supported = true;
            } else if (suffixOwners.containsKey(key)
                    && (type == EntityType.PER || !r.strong || strongType.get(key) == EntityType.PER)) {
                List<String> owners = suffixOwners.get(key);
                if (owners.size() == 1) {
                    canonicalKey = owners.get(0);
                }
                type = EntityType.PER;
                supported = true;
            } else if (r.type == EntityType.PER && r.strong && prefixOwners.containsKey(key)
                    && prefixOwners.get(key).size() == 1) {
                canonicalKey = prefixOwners.get(key).get(0);
            } else if (r.words == 1 && !r.strong && r.type == EntityType.LOC && prefixOwners.containsKey(key)
                    && prefixOwners.get(key).size() == 1 && NameShape.foreignKey(key)) {
                // "…”, Gustavo chia sẻ" after "Gustavo Henrique Lima": a foreign person called by the given name
                // that opens the full name
                canonicalKey = prefixOwners.get(key).get(0);
                type = EntityType.PER;
                supported = true;
            } else if (!r.strong && strongType.containsKey(key)) {
                type = strongType.get(key);
                supported = true;
            }
            if (!supported) {
                continue;
            }
            String canonical = display.getOrDefault(canonicalKey, VietnameseNormalizer.nfc(r.text));
            out.add(new EntityMention(r.text, type, canonical, r.start, r.end));
        }
        return out;
    }
}
