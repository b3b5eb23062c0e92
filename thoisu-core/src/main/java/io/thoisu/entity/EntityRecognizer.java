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
import static io.thoisu.entity.CapitalRun.*;

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
 *
 * <p>The parts: {@link CapitalRun} (where runs of capitals end), {@link OrganisationName} (where a body's name
 * ends), {@link HolderName} (where an office holder's name starts in a run), {@link NameCues} (words around a run
 * that type it), {@link LearnedNames} (a body's short name learned from the article) and {@link MentionResolution}
 * (types and canonical names from the whole article).
 */
public final class EntityRecognizer {
    private static final Set<String> ADDRESS = Set.of("ông", "bà", "anh", "chị", "cô", "em", "cụ", "thầy");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("tại", "ở", "tới", "đến", "từ", "khỏi", "về", "sang", "đi",
            "qua", "quanh", "thăm");
    private static final Set<String> COORDINATORS = Set.of("và", "hay", "hoặc");
    /** Administrative units that a body's name may end with even when the unit's own name is left out. */
    static final Set<String> ADMIN_UNITS = Set.of("tỉnh", "thành phố", "huyện", "quận", "xã", "phường",
            "thị xã");
    /** The last word of a party committee's title ("Bí thư Tỉnh ủy"): a place follows it. */
    private static final Set<String> PARTY_COMMITTEE = Set.of("ủy", "uỷ");
    private static final Set<String> STATE_PREFIXES = Set.of("cộng hòa", "cộng hoà", "vương quốc", "liên bang");
    /** Lowercase words between an organisation head and the name it introduces ("Tập đoàn điện tử X"). */
    private static final int MAX_DESCRIPTOR = 2;
    private static final Pattern ROMAN = Pattern.compile("[IVXLC]+");
    /** Company words written abbreviated with a period ("Co.", "Corp."). */
    private static final Set<String> ABBREVIATED_TAILS = Set.of("Co", "Corp", "Inc", "Ltd");
    private final Lexicon lexicon;
    private final HolderName holder;
    private final DefinedAcronyms definedAcronyms;
    private final OrganisationName organisations;
    private final LearnedNames learnedNames;
    private final NameCues cues;
    private final MentionResolution resolution;
    private final ShortNames shortNames;

    public EntityRecognizer() {
        this(new Lexicon());
    }

    public EntityRecognizer(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.holder = new HolderName(lexicon);
        this.definedAcronyms = new DefinedAcronyms(lexicon);
        this.organisations = new OrganisationName(lexicon);
        this.learnedNames = new LearnedNames(lexicon);
        this.cues = new NameCues(lexicon);
        this.resolution = new MentionResolution(lexicon);
        this.shortNames = new ShortNames(lexicon);
    }

    /** What the scan of one article knows about capitalisation across all its sentences. */
    private record ArticleCase(Set<String> midCaps, Set<String> lower, Map<String, Integer> midCapCount,
                               Set<String> addressed, Set<String> afterQuote, Set<String> alone) {
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
        Set<String> alone = new HashSet<>();
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
                    if (i + 1 >= words.size() || !words.get(i + 1).capitalised()) {
                        alone.add(w.key()); // ends a name mid-sentence: a given name, or a family name used alone
                    }
                    midCapCount.merge(w.key(), 1, Integer::sum);
                }
            }
        }
        ArticleCase article1 = new ArticleCase(midCaps, lower, midCapCount, addressed, afterQuote, alone);
        List<RawMention> raws = new ArrayList<>();
        for (List<Word> words : article.sentences()) {
            int sentenceFirst = raws.size();
            int i = 0;
            while (i < words.size()) {
                if (!words.get(i).letter()) {
                    i++;
                    continue;
                }
                i = Math.max(tryAt(text, words, i, article1, raws), i + 1);
                i = NameEditions.extend(text, words, i, raws);
            }
            definedAcronyms.apply(text, words, raws, sentenceFirst);
        }
        return resolution.resolve(learnedNames.apply(text, article, raws));
    }



    /**
     * "Trưởng nhóm LUNA7, Sato Ren, cho biết": a name of no clear shape that a verb of saying follows (after a
     * closing comma) is a speaker; places do not speak.
     */
    private static boolean speaksNext(List<Word> words, int end) {
        int v = end < words.size() && words.get(end).is(",") ? end + 1 : end;
        return v + 1 < words.size() && SAYING.contains(words.get(v).key() + " " + words.get(v + 1).key())
                || v < words.size() && words.get(v).key().equals("nói");
    }

    /** Words whose last syllable is also a place head ("cầu", bridge), which head nothing inside them. */
    private static final Set<String> NOT_HEADS = Set.of("yêu cầu", "nhu cầu", "toàn cầu", "khẩn cầu", "thỉnh cầu",
            "mưu cầu", "địa cầu", "bán cầu", "hồ sơ");

    /** Verbs of saying of two words, after which a speaker's given name stands ("Marco thừa nhận"). */
    private static final Set<String> SAYING = Set.of("thừa nhận", "chia sẻ", "cho biết");

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
            // "… không vào được. Anh em phải …": a sentence ended inside a quotation the splitter kept whole
            if ((p.is(".") || p.is("!") || p.is("?")) && k > 0 && (words.get(k - 1).letter()
                    && !words.get(k - 1).capitalised() || number(words.get(k - 1)))) {
                return true;
            }
        }
        return true;
    }

    /** Tries every rule at word {@code i}; returns the index after what it consumed. */
    private int tryAt(String text, List<Word> words, int i, ArticleCase ac, List<RawMention> out) {
        Word w = words.get(i);
        boolean initial = initial(words, i);
        // a title or form of address: what follows it, minus places and bodies in the role, is a person
        int title = lexicon.titleAt(words, i);
        if (title > 0 && lexicon.orgHeads.length(words, i) <= title) { // "Đại sứ quán" is a body, "Đại sứ" a title
            boolean address = title == 1 && ADDRESS.contains(w.key());
            // "một người đàn ông Trung Quốc": a form of address before a country is a nationality, not a name
            int country = address ? lexicon.known.length(words, i + 1) : 0;
            boolean nationality = country > 0 && lexicon.knownType(words, i + 1) == EntityType.LOC
                    && capitalRun(words, i + 1) == i + 1 + country && describedPerson(words, i);
            if (!nationality && (!address || nextCapital(words, i + 1) || particleLedName(words, i + 1) > i + 1)) {
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
        if (i > 0 && words.get(i - 1).key().equals("tiếng") && (known > 0 || capitalRun(words, i) == i + 1)) {
            return i + Math.max(known, 1); // "tiếng Anh", "tiếng Nhật": a language, not the country
        }
        if (w.key().equals("tiếng") && i + 1 < words.size() && (lexicon.known.length(words, i + 1) > 0
                && lexicon.knownType(words, i + 1) == EntityType.LOC || words.get(i + 1).key().equals("việt"))) {
            // "môn Tiếng Việt", "Tiếng Anh": a school subject, a language
            return i + 1 + Math.max(1, lexicon.known.length(words, i + 1));
        }
        if (w.acronym() && i + 2 < words.size() && words.get(i + 1).is("-") && number(words.get(i + 2))
                && glued(words, i, i + 3) && i > 0 && words.get(i - 1).key().equals("số")) {
            return i + 3; // "thẻ số VN-1187": a number written with letters, not a name
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
        if (w.acronym() && i > 1 && NameCues.MAGNITUDES.contains(words.get(i - 1).key()) && number(words.get(i - 2))
                && known == 0 && lexicon.orgHeads.length(words, i) == 0) {
            return i + 1; // "2,4 triệu TEU", "3 nghìn MW": a unit after a figure and its order of magnitude
        }
        if (!w.capitalised()) {
            int nationality = cues.nationalityAfter(words, i);
            if (nationality > i) {
                // "ca sĩ người Anh Olivia Hartley": a nationality, even where the country's name is also a form of
                // address ("Anh"); a name after it is read on its own
                add(text, words, i + 1, nationality, EntityType.LOC, true, out);
                return nationality;
            }
            if (w.key().equals("người") && nextCapital(words, i + 1) && !words.get(i + 1).acronym()
                    && lexicon.titleAt(words, i + 1) == 0 && lexicon.orgHeads.length(words, i + 1) == 0) {
                int end = capitalRun(words, i + 1);
                if (end - (i + 1) <= 2) {
                    return end; // "cộng đồng người Dinka Ngok", "người Việt": a people, not a person or a place
                }
            }
            int ship = cues.shipName(words, i);
            if (ship > i) {
                int s = NameCues.capitalRunStart(words, i, ship);
                add(text, words, s, ship, EntityType.MISC, true, out); // "tàu hàng Ocean Pearl"
                return ship;
            }
            // "một người đàn ông tên Lưu Chí Bình": "tên" (named) introduces a person's name
            if (w.key().equals("tên") && nextCapital(words, i + 1) && lexicon.known.length(words, i + 1) == 0) {
                int end = capitalRun(words, i + 1);
                add(text, words, i + 1, end, EntityType.PER, true, out);
                return aliasInParentheses(text, words, end, out); // "tên Hạ Kiến Bình (Xia Jianping)"
            }
            int cued = afterCue(text, words, i, out);
            if (cued > i) {
                return cued;
            }
            int place = lexicon.placeHeads.length(words, i);
            if (place > 0 && i > 0 && NOT_HEADS.contains(words.get(i - 1).key() + " " + w.key())) {
                place = 0; // "yêu cầu Công ty …": "cầu" ends a verb here, it is no bridge
            }
            if (place > 0 && i + place < words.size() && words.get(i + place).key().equals("cũ")) {
                place++; // "quận cũ Đống Đa", "huyện cũ Kim Sơn": a unit merged away is still named after its head
            }
            if (place > 0 && nextCapital(words, i + place)) {
                return placeAfterHead(text, words, i + place, titleBefore(words, i), out);
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
        if (ShortNames.CLUB_HEADS.contains(w.key()) && !nextCapital(words, i + 1)) {
            return i + 1; // "một CLB nước ngoài", "thông cáo của CLB": the common noun, no name
        }
        if (initial && PLACE_PREPOSITIONS.contains(w.key()) && nextCapital(words, i + 1) && !ac.midCaps().contains(w.key())
                && lexicon.titleAt(words, i + 1) == 0) {
            return i + 1; // "“Sang Nhật mà …": a preposition opening the quotation, then the place
        }
        int congress = NameCues.congress(words, i);
        if (congress > i) {
            add(text, words, i, congress, EntityType.MISC, true, out); // "Đại hội XIV của Đảng"
            return congress;
        }
        int misc = lexicon.miscHeads.length(words, i);
        if (misc > 0 && i + misc < words.size() && number(words.get(i + misc)) && DOCUMENTS.contains(phrase(words, i,
                i + misc))) {
            add(text, words, i, i + misc + 1, EntityType.MISC, true, out); // "Nghị định 13", "Thông tư 08"
            return i + misc + 1;
        }
        // a head of two words or more ("Liên hoan phim", "Hội nghị thượng đỉnh") is a name's even at a capital
        if (misc > 0 && !nextCapital(words, i + misc) && (!initial || misc >= 2)) {
            int region = organisations.regionClosed(words, i + misc);
            if (region > i + misc) {
                add(text, words, i, region, EntityType.MISC, true, out); // "Cúp bóng chuyền nữ châu Á"
                return region;
            }
            int named = cues.describedName(words, i + misc);
            if (named > i + misc) {
                // "Lễ hội âm nhạc Sóng Vịnh 2025", "Giải chạy Cao nguyên Sương Mù": a kind, then the name proper
                int end = organisations.tailEnd(words, named, false, false, -1);
                add(text, words, i, end, EntityType.MISC, true, out);
                return aliasInParentheses(text, words, end, out);
            }
        }
        if (misc > 0 && nextCapital(words, i + misc) && (!initial || misc >= 2)) {
            // "Hiệp định Thương mại tự do Việt Nam - EU (EVFTA)": up to its acronym, else its title-case words
            int end = organisations.upToAlias(words, i + misc);
            if (end == i + misc) {
                end = organisations.tailEnd(words, i + misc, false, false, -1);
            }
            add(text, words, i, end, EntityType.MISC, true, out);
            return aliasInParentheses(text, words, end, out);
        }
        int org = organisationEnd(words, i);
        // "Hội An", "Đài Loan": a known place whose first word is also a body's head stays a place
        boolean knownPlace = known > 0 && org - i == known && lexicon.knownType(words, i) == EntityType.LOC;
        if (org > i && org - i >= known && !knownPlace) {
            // "Đại sứ quán Estavia Kim Ho-jin": a person's name after the body's country is its official's, even
            // where no title this list knows stands before the body
            int person = holder.afterKnownPlace(words, i + 1, org, i + 1);
            int bodyEnd = person > i + 1 ? person : org;
            RawMention r = add(text, words, i, bodyEnd, EntityType.ORG, true, out);
            shortNames.setTail(text, words, i, bodyEnd, r);
            if (bodyEnd < org) {
                add(text, words, bodyEnd, org, EntityType.PER, true, out);
            }
            return aliasInParentheses(text, words, org, out);
        }
        if (known > 1) {
            return addKnown(text, words, i, known, out);
        }
        int descriptor = descriptorName(words, i);
        if (descriptor > i && FACILITIES.contains(phrase(words, i, i + lexicon.orgHeads.length(words, i)))) {
            // "Nhà máy nhiệt điện Vĩnh Tân", "Nhà máy lọc dầu Dung Quất": a plant is named by what it makes and
            // where it stands, head and all (a group's description stays outside: "Tập đoàn điện tử X")
            int end = capitalRun(words, descriptor);
            if (lexicon.nameTails.get(words.get(end - 1).key()) == null && lexicon.titleAt(words, descriptor) == 0) {
                add(text, words, i, end, EntityType.ORG, true, out);
                return aliasInParentheses(text, words, end, out);
            }
        }
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
        int institution = cues.institutionEnd(words, i);
        if (institution > i && !(i > 0 && PLACE_PREPOSITIONS.contains(words.get(i - 1).key()))) {
            // "Vườn quốc gia Côn Đảo đã cứu hộ …": a park that acts is the body that runs it, head and all;
            // "tại Vườn quốc gia …" stays the place
            int end = institution;
            RawMention r = add(text, words, i, end, EntityType.ORG, true, out);
            shortNames.setTail(text, words, i, end, r);
            return aliasInParentheses(text, words, end, out);
        }
        int run = capitalRun(words, i);
        if (place > 0 && run - i >= 2 && lexicon.nameTails.get(words.get(run - 1).key()) == EntityType.ORG) {
            return bareRun(text, words, i, run, out); // "Sông Mã Airlines": a company named after a river
        }
        if (place > 0 && (initial || w.acronym() || lowerHead) && nextCapital(words, i + place)
                && known < place + 1) {
            return placeAfterHead(text, words, i + place, titleBefore(words, i), out);
        }
        // "Anh em …", "Anh ấy …": a form of address paired with another, or with "ấy", is a pronoun wherever the
        // article also names the country
        if (known == 1 && initial && ADDRESS.contains(w.key()) && i + 1 < words.size()
                && (ADDRESS.contains(words.get(i + 1).key()) || words.get(i + 1).key().equals("ấy"))
                && !words.get(i + 1).capitalised()) {
            return i + 2;
        }
        // "Anh em phải đào …": a sentence's first word that is both a country and a form of address ("Anh"), with
        // a lowercase word after it, is the pronoun when the article also writes the word in lowercase
        if (known > 0 && !(initial && known == 1
                && !nextCapital(words, i + 1)
                && (lexicon.starters.length(words, i) > 0 && ac.lower().contains(w.key())
                    || ADDRESS.contains(w.key()) && !ac.midCaps().contains(w.key()) && i + 1 < words.size()
                        && words.get(i + 1).letter()))) {
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
        int branch = known == 0 && w.acronym() && !lexicon.notNames.contains(w.key()) ? lexicon.known.length(words, i + 1) : 0;
        if (branch > 0 && lexicon.knownType(words, i + 1) == EntityType.LOC && end == i + 1 + branch) {
            add(text, words, i, end, EntityType.ORG, true, out); // "CDC Đồng Nai": a body's branch in a province
            return aliasInParentheses(text, words, end, out);
        }
        if (initial && !ac.midCaps().contains(w.key()) && !w.acronym()) {
            // the sentence's capital, not a name's: unless the next word is capitalised too and not a common word
            if (end - i == 1 || ac.lower().contains(w.key())) {
                return i + 1; // let the rest of the run be read as a mid-sentence run
            }
        }
        if (initial && end - i == 1 && lexicon.surnames.contains(w.key()) && !ac.alone().contains(w.key())
                && !ac.addressed().contains(w.key())) {
            // "Hồ sơ vụ án …" in an article about "Hồ Thị Nhạn": a family name opens a sentence as a common word
            // unless the article also ends a name with it mid-sentence ("ông Trương", "Lê Thị Mai")
            return i + 1;
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
    private int afterCue(String text, List<Word> words, int i, List<RawMention> out) {
        int n = words.size();
        int misc = lexicon.miscCues.length(words, i);
        int org = misc > 0 ? 0 : lexicon.orgCues.length(words, i);
        int cue = Math.max(misc, org);
        if (cue == 0 || i + cue >= n) {
            return i;
        }
        int s = i + cue;
        if (words.get(s).is("“") || words.get(s).is("\"")) {
            String close = words.get(s).is("“") ? "”" : "\"";
            int e = s + 1;
            while (e < n && e - s <= 12 && (words.get(e).letter() || words.get(e).is("-"))) {
                e++;
            }
            if (e < n && e > s + 1 && words.get(e).is(close) && words.get(s + 1).capitalised()) {
                // "bộ phim “Mùa gió chướng”", "nhóm tin tặc tự xưng "BlackReed"": the name inside the marks
                add(text, words, s + 1, e, misc > 0 ? EntityType.MISC : EntityType.ORG, true, out);
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
        // "nhóm nhạc Hàn Quốc NOVA9", "hãng tin Mỹ AP": the country the body comes from, then its name
        int nation = org > 0 && lexicon.knownType(words, s) == EntityType.LOC ? lexicon.known.length(words, s) : 0;
        int from = s;
        if (nation > 0 && capitalRun(words, s) > s + nation && lexicon.known.length(words, s + nation) == 0) {
            s += nation;
        }
        int end = capitalRun(words, s);
        if (misc > 0 && end > s && end + 1 < n && words.get(end).is("-") && glued(words, end - 1, end + 2)
                && (number(words.get(end + 1)) || words.get(end + 1).capitalised())) {
            end += 2; // "vệ tinh Sao Biển-2", "tên lửa Falcon-9": a model's number or letter after a hyphen
        }
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
        if (s > from) {
            add(text, words, from, s, EntityType.LOC, true, out);
        }
        add(text, words, s, end, misc > 0 ? EntityType.MISC : EntityType.ORG, true, out);
        return aliasInParentheses(text, words, end, out);
    }








    /**
     * "một người đàn ông Trung Quốc", "cụ bà Nhật": a form of address that is a noun for someone described (after
     * "đàn", "cụ", a count or a quantifier) takes a nationality; on its own it takes a name, even a country's
     * ("ông Đức", "bà Anh").
     */
    private static boolean describedPerson(List<Word> words, int i) {
        return i > 0 && DESCRIBED.contains(words.get(i - 1).key());
    }

    private static final Set<String> DESCRIBED = Set.of("đàn", "cụ", "một", "hai", "ba", "vị", "người", "các",
            "những", "nhiều", "ông", "bà", "cô", "chàng");

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
    private int bareRun(String text, List<Word> words, int begin, int end, List<RawMention> out) {
        int length = end - begin;
        Word first = words.get(begin);
        boolean afterPreposition = begin > 0 && PLACE_PREPOSITIONS.contains(words.get(begin - 1).key());
        EntityType tail = lexicon.nameTails.get(words.get(end - 1).key());
        if (length == 1) {
            if (first.acronym()) {
                if (lexicon.notNames.contains(first.key()) || ROMAN.matcher(first.text()).matches()) {
                    return end;
                }
                // "MH17", "H5N1": capitals with digits name a flight, a model or a strain, not a body
                if (first.text().chars().anyMatch(Character::isDigit)) {
                    add(text, words, begin, end, EntityType.MISC, false, out);
                    return end;
                }
                add(text, words, begin, end, EntityType.ORG, false, out);
                return aliasInParentheses(text, words, end, out);
            }
            if (first.text().length() == 1) {
                return end; // an initial, a list label or a roman numeral
            }
            if (!afterPreposition && NameShape.foreign(first) && end < words.size() && NameCues.edition(words.get(end))
                    && words.get(end).start() == first.end() + 1) {
                add(text, words, begin, end + 1, EntityType.MISC, true, out); // "Euro 2024", "Expo 2030"
                return end + 1;
            }
            RawMention r = add(text, words, begin, end, EntityType.LOC, afterPreposition, out);
            r.speakerSlot = begin >= 2 && words.get(begin - 1).is(",")
                    && (words.get(begin - 2).is("”") || words.get(begin - 2).is("\""))
                    || end + 1 < words.size() && SAYING.contains(words.get(end).key() + " " + words.get(end + 1).key());
            // "ở Bằng Tường (Pingxiang)": the name in another script, then maybe more places listed
            int alias = aliasInParentheses(text, words, end, out);
            return afterPreposition && alias == end ? listAfter(text, words, end, out) : alias;
        }
        if (tail != null) {
            // typed by its last word ("Kaiyo Power"), but a company's full name written elsewhere still owns it;
            // "Calloway Property Việt Nam": a company's branch is named with the country it works in
            int country = lexicon.known.length(words, end);
            if (tail == EntityType.ORG && country > 0 && lexicon.knownType(words, end) == EntityType.LOC
                    && !nextCapital(words, end + country)) {
                end += country;
            }
            // "Al-Rashidi Contracting Co.": an abbreviated company word keeps its period
            if (tail == EntityType.ORG && ABBREVIATED_TAILS.contains(words.get(end - 1).text()) && end < words.size()
                    && words.get(end).is(".") && words.get(end).start() == words.get(end - 1).end()) {
                end++;
            }
            add(text, words, begin, end, tail, false, out);
            return aliasInParentheses(text, words, end, out);
        }
        // "Phan Rang Bắc", "Mù Cang Thượng": a compass or upper/lower word closing the run names a place, even
        // after a family name ("Nam" and "Đông" are also given names, so they do not count)
        boolean personal = holder.personal(words, begin, end) && !PLACE_ENDINGS.contains(words.get(end - 1).key())
                || speaksNext(words, end) && lexicon.known.length(words, begin) == 0;
        // "thuộc về Trần Mỹ Dung": a family name and two or three more words is a person even after a preposition
        boolean fullName = length >= 3 && length <= 4 && lexicon.surnames.contains(first.key())
                && lexicon.known.length(words, begin) == 0 && !PLACE_ENDINGS.contains(words.get(end - 1).key());
        if (afterPreposition && !holder.unmistakable(words, begin, end) && !fullName) {
            add(text, words, begin, end, EntityType.LOC, true, out);
            int alias = aliasInParentheses(text, words, end, out);
            return alias == end ? listAfter(text, words, end, out) : alias;
        }
        EntityType type = personal ? EntityType.PER : EntityType.LOC;
        if (officeOf(words, begin) && lexicon.known.length(words, begin) == 0 && !holder.unmistakable(words, begin, end)
                && !(length >= 3 && lexicon.surnames.contains(first.key()))) {
            type = EntityType.ORG; // "Giám đốc thể thao của Kofu Hikari": an office belongs to a body
        }
        add(text, words, begin, end, type, type == EntityType.ORG, out);
        return aliasInParentheses(text, words, end, out);
    }

    /** Whether "của" before {@code begin} follows an office and at most two lowercase words of its portfolio. */
    private boolean officeOf(List<Word> words, int begin) {
        if (begin < 2 || !words.get(begin - 1).key().equals("của")) {
            return false;
        }
        for (int t = begin - 1; t >= Math.max(1, begin - 3); t--) {
            if (office(words, t - 1) && lexicon.titleAt(words, t - 1) == 1 || titleBefore(words, t)
                    && !ADDRESS.contains(words.get(t - 1).key())) {
                return true;
            }
            if (t < begin - 1 && (words.get(t).capitalised() || !words.get(t).letter())) {
                return false;
            }
        }
        return false;
    }

    private int addKnown(String text, List<Word> words, int i, int known, List<RawMention> out) {
        EntityType type = lexicon.knownType(words, i);
        if (type == EntityType.ORG) {
            known = unitAfter(words, i + known) - i;
        }
        // a known place that goes on is a longer name the list does not know: a place by its shape, but the
        // article may name a body so ("Hoàng Sa Đà Thành" after "CLB Hoàng Sa Đà Thành")
        boolean strong = true;
        if (type == EntityType.LOC) {
            int longer = placeGoesOn(words, i + known, known) - i;
            strong = longer == known;
            known = longer;
        }
        add(text, words, i, i + known, type, strong, out);
        int after = aliasInParentheses(text, words, i + known, out);
        return type == EntityType.LOC && after == i + known ? listAfter(text, words, after, out) : after;
    }

    /** Words that close a place named after another one ("Phú Thọ Mới", "An Giang Tây", "Sa Pa Thượng"). */
    private static final Set<String> GOES_ON = Set.of("bắc", "nam", "đông", "tây", "thượng", "hạ", "mới", "trung");

    /**
     * "Đồng Tháp Mười Tây", "Sa Pa Thượng", "Phú Thọ Mới": one or two capitalised words after a known place of two
     * words or more, the last a compass point or "Mới", "Thượng", "Hạ", and no name of their own (no family name,
     * known name, title or head), make one longer place with it. Returns the end of the place.
     */
    private int placeGoesOn(List<Word> words, int j, int known) {
        int end = capitalRun(words, j);
        // a country's one word ("Mỹ", "Đức") is often a given name's first part ("Mỹ Linh", "Đức Thịnh")
        if (known < 2 || end == j || end - j > 2 || lexicon.surnames.contains(words.get(j).key())
                || !GOES_ON.contains(words.get(end - 1).key())) {
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
    private int placeAfterHead(String text, List<Word> words, int j, boolean office, List<RawMention> out) {
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
        // "Thống đốc tỉnh Trung Sulawesi Rusdi Hamzah": after an office, the place's holder may follow its name
        end = holder.cut(words, j, end, office, Set.of());
        add(text, words, j, end, EntityType.LOC, true, out);
        int after = aliasInParentheses(text, words, end, out);
        return after == end ? listAfter(text, words, end, out) : after;
    }

    /** Whether a title ends right before {@code i} ("Thống đốc" before "tỉnh …"). */
    private boolean titleBefore(List<Word> words, int i) {
        for (int from = Math.max(0, i - 5); from < i; from++) {
            if (lexicon.titleAt(words, from) == i - from && !ADDRESS.contains(words.get(from).key())) {
                return true;
            }
        }
        return false;
    }

    /** "X, Y và Z" after a place: the items listed with it are places too, unless they look like people. */
    private int listAfter(String text, List<Word> words, int j, List<RawMention> out) {
        // "đường bay Đà Nẵng - Almaty": a dash between two places joins the ends of a route
        while (j + 1 < words.size() && (words.get(j).is(",") || COORDINATORS.contains(words.get(j).key())
                || words.get(j).is("-") || words.get(j).is("–"))) {
            int s = j + 1;
            if (!words.get(s).capitalised() || lexicon.titleAt(words, s) > 0 || lexicon.orgHeads.length(words, s) > 0
                    || lexicon.starters.length(words, s) > 0 || words.get(s).acronym()) {
                return j;
            }
            int e = capitalRun(words, s);
            boolean dash = words.get(j).is("-") || words.get(j).is("–");
            if (dash ? holder.unmistakable(words, s, e) || lexicon.surnames.contains(words.get(s).key()) && e - s >= 3
                    : holder.personal(words, s, e)) {
                return j; // a foreign-looking word at the other end of a route is a place ("Đà Nẵng - Almaty")
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
                           List<RawMention> out) {
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
                if (org == j) {
                    org = cues.institutionEnd(words, j); // "Phó giám đốc Vườn quốc gia Côn Đảo"
                }
                if (org > j && org - j >= known) {
                    // "Thứ trưởng Bộ Ngoại giao Triệu Minh Khuê đồng chủ trì": lowercase words the body's name
                    // took after the holder's name belong to neither
                    int named = org;
                    while (named > j + 1 && !words.get(named - 1).capitalised()) {
                        named--;
                    }
                    int person = holder.cut(words, j, named, true, ac.addressed());
                    if (person == named) {
                        person = holder.cut(words, j, org, true, ac.addressed());
                    }
                    RawMention r = add(text, words, j, person, EntityType.ORG, true, out);
                    shortNames.setTail(text, words, j, person, r);
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
                    int highland = holder.highlandStart(words, j, e);
                    if (highland < e) {
                        add(text, words, j, highland, type, true, out); // "Đại biểu Quốc hội H'Yim Kđoh"
                        j = highland;
                        break;
                    }
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
        int unitRun = capitalRun(words, j);
        if (appositive && j == titleEnd && unitRun > j && unitRun < words.size()
                && (words.get(unitRun).is(",") || words.get(unitRun).is(")"))
                && lexicon.placeHeads.length(words, j - 1) == 1 && !words.get(j - 1).capitalised()) {
            // "Ông Lò Văn Páo, trưởng bản Nà Mười, kể": the holder is named before, so the title's unit is named after
            add(text, words, j, unitRun, EntityType.LOC, true, out);
            return unitRun;
        }
        if (appositive && j == titleEnd && capitalRun(words, j) == j + 1 && j + 1 < words.size()
                && (words.get(j + 1).is(",") || words.get(j + 1).is(")"))) {
            add(text, words, j, j + 1, EntityType.ORG, true, out);
            return j + 1;
        }
        if (!address && j < words.size() && words.get(j).acronym() && lexicon.placeHeads.length(words, j) > 0
                && nextCapital(words, j + lexicon.placeHeads.length(words, j)) && lexicon.known.length(words, j) == 0) {
            // "tổ đại biểu TP Vinh": a place written with its abbreviated head, not a holder's name
            return placeAfterHead(text, words, j + lexicon.placeHeads.length(words, j), true, out);
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
        int led = particleLedName(words, j);
        if (led > j) {
            add(text, words, j, led, EntityType.PER, true, out); // "ông van den Bosch"
            return aliasInParentheses(text, words, led, out);
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
            RawMention r = add(text, words, j, end, EntityType.PER, false, out);
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
        int shaped = address ? end : holder.shapedTail(words, j, end);
        if (shaped < end) {
            // "Phó giám đốc Sao Khuê Mẫn Hữu Lộc": a body's short name, then a full name by its shape
            boolean place = lexicon.known.length(words, j) == shaped - j && lexicon.knownType(words, j) == EntityType.LOC;
            add(text, words, j, shaped, place ? EntityType.LOC : EntityType.ORG, true, out);
            j = shaped;
        }
        int company = companyThenHolder(words, j, end);
        if (!address && company > j) {
            // "Chủ tịch Siam Prosper Group Chaiwat Srisombat": a company named by its last word, then its head
            add(text, words, j, company, EntityType.ORG, true, out);
            j = company;
        }
        EntityType tail = lexicon.nameTails.get(words.get(end - 1).key());
        if (tail != null && end - j >= 2) {
            add(text, words, j, end, tail, false, out);
            return aliasInParentheses(text, words, end, out);
        }
        // "Ngoại trưởng Estavia Matteo Rinaldi-Costa": a leading word that is not a family name, before a full
        // name, is the country of the office when the run is long or the article names that word on its own
        int run = end - j;
        if (!address && run >= 3 && !lexicon.surnames.contains(words.get(j).key()) && !hasParticle(words, j, end)
                && (run >= 4 || ac.midCapCount().getOrDefault(words.get(j).key(), 0) >= 2)
                && !ac.afterQuote().contains(words.get(j).key()) // a speaker's given name, not a country
                && holder.personal(words, j + 1, end)) {
            add(text, words, j, j + 1, EntityType.LOC, true, out);
            j++;
        }
        if (address && end - j == 1 && words.get(j).text().length() == 1 && end < words.size() && words.get(end).is(".")
                && words.get(end).start() == words.get(j).end()) {
            end++; // "anh D.": an initial keeps its dot
        }
        if (!address && end + 2 < words.size() && words.get(end).is(",") && ADDRESS.contains(words.get(end + 1).key())
                && words.get(end + 2).capitalised() && !holder.unmistakable(words, j, end)) {
            // "Giám đốc Cinemax Nam, bà Quan Mỹ Dung, cho biết": the holder is named after, so the run is the body
            add(text, words, j, end, EntityType.ORG, true, out);
            return end;
        }
        end = CapitalRun.particleTail(words, j, end);
        add(text, words, j, end, EntityType.PER, true, out);
        return aliasInParentheses(text, words, end, out);
    }

    /**
     * Where a person's name starts after a company's name that ends with a word that types it ("Group", "Motors")
     * inside {@code [j, end)}: two to four words of a person's shape must follow that word; {@code j} when none.
     */
    private int companyThenHolder(List<Word> words, int j, int end) {
        for (int t = j + 1; t <= end - 3; t++) {
            if (lexicon.nameTails.get(words.get(t).key()) == EntityType.ORG && end - (t + 1) <= 4
                    && holder.personal(words, t + 1, end)) {
                return t + 1;
            }
        }
        return j;
    }

    /** Heads of plants, named with a lowercase description of what they make. */
    private static final Set<String> FACILITIES = Set.of("nhà máy", "xí nghiệp");

    /** Heads of legal documents, which a number may name ("Nghị định 13"). */
    private static final Set<String> DOCUMENTS = Set.of("nghị định", "thông tư", "nghị quyết", "chỉ thị", "luật",
            "quyết định", "pháp lệnh");
    private static final Set<String> PLACE_ENDINGS = Set.of("bắc", "tây", "thượng", "hạ");
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

    /** End of an organisation name starting at {@code i} with a head, or {@code i} when there is none. */
    int organisationEnd(List<Word> words, int i) {
        return organisations.end(words, i);
    }

    /** "(CSTO)", "(Wang Yi)" right after a mention: the same entity under another name. */
    private int aliasInParentheses(String text, List<Word> words, int j, List<RawMention> out) {
        if (out.isEmpty() || j + 2 >= words.size() || !words.get(j).is("(") || !words.get(j + 1).capitalised()) {
            return j;
        }
        // "Cục Xuất nhập khẩu (Bộ Công Thương)": a body written with its own head is the parent, not another name
        int end = capitalRun(words, j + 1);
        if (lexicon.orgHeads.length(words, j + 1) > 0 && !words.get(j + 1).acronym() && !Acronyms.anyAcronym(words, j + 1, end)) {
            return j; // ("Bộ GD&ĐT" after "Bộ Giáo dục và Đào tạo" is the same body, abbreviated)
        }
        // a known place in parentheses says where, but a known body's acronym ("(ASEAN)") is an alias
        if (end >= words.size() || !words.get(end).is(")") || (lexicon.known.length(words, j + 1) == end - j - 1
                && lexicon.knownType(words, j + 1) != EntityType.ORG)) {
            return j;
        }
        RawMention owner = out.get(out.size() - 1);
        EntityType type = owner.type;
        if (end == j + 2 && words.get(j + 1).acronym() && type != EntityType.ORG && type != EntityType.MISC
                && lexicon.known.length(words, j + 1) == 0
                && (owner.type == EntityType.PER || !Acronyms.spelled(text, words, j, words.get(j + 1).text()))) {
            // "Bảo tồn Rừng mưa Việt Nam (RFV)", "Halvorsen Partners (HP)": a person has no acronym, and one that
            // does not spell the place before it names the body the words before it belong to
            type = EntityType.ORG;
        }
        RawMention alias = add(text, words, j + 1, end, type, true, out);
        if (alias != null && type != owner.type) {
            alias.bodyAlias = true;
        }
        if (alias != null) {
            alias.aliasOf = owner;
        }
        return end + 1;
    }

    private static RawMention add(String text, List<Word> words, int from, int to, EntityType type, boolean strong,
                           List<RawMention> out) {
        if (to <= from) {
            return null;
        }
        int start = words.get(from).start();
        int end = words.get(to - 1).end();
        RawMention r = new RawMention(text.substring(start, end), start, end, type, strong, to - from);
        out.add(r);
        return r;
    }
}
