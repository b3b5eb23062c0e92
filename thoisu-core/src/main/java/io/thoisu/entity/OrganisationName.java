package io.thoisu.entity;

import io.thoisu.text.VietnameseNormalizer;

import io.thoisu.model.EntityType;
import java.util.List;
import java.util.Set;

import static io.thoisu.entity.CapitalRun.*;

/**
 * Where an organisation's name ends. Vietnamese capitalises only the first syllable of each word of a body's name
 * ("Sở Giao thông vận tải"), so after its head the name takes capitalised words and the lowercase syllables that
 * complete them, up to the verb or particle that follows a subject; places, portfolios, numbers, fields ("… về
 * ghép tạng") and fixed pairs ("phòng, chống") that belong to a name are read here.
 */
final class OrganisationName {
    /** The longest lowercase run an organisation name may carry before its acronym in parentheses. */
    private static final int MAX_LOWER_BEFORE_ACRONYM = 12;
    /** The longest lowercase run inside an organisation name ("phòng cháy chữa cháy"). */
    private static final int MAX_LOWER_RUN = 8;

    private final Lexicon lexicon;

    OrganisationName(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * End of an organisation name starting at {@code i} with a head ("Bộ", "Tổ chức"), or {@code i} when there is
     * none. The tail takes capitalised words, "và" between two of them ("Tài nguyên và Môi trường"), the
     * lowercase syllables that complete them up to the verb or particle that follows a subject ("Sở Giao thông
     * vận tải cho biết"), a place head with its name ("UBND tỉnh Hòa Bình"), and when an acronym in parentheses
     * follows, every word up to it ("Tổ chức Hiệp ước an ninh tập thể (CSTO)").
     */
    int end(List<Word> words, int i) {
        if (!words.get(i).capitalised()) {
            return i;
        }
        int head = lexicon.orgHeads.length(words, i);
        if (head == 0 || head == 1 && words.get(i).key().equals("thuế") && !taxOffice(words, i + 1)) {
            return i;
        }
        int j = i + head;
        int n = words.size();
        int k = upToAlias(words, j);
        if (k > j) {
            return k;
        }
        if (j < n && !words.get(j).letter() && Character.isDigit(words.get(j).text().charAt(0))) {
            return j + 1; // "Quân khu 5", "Bệnh viện 108"
        }
        if (j + 1 < n && LEVELS.contains(words.get(j).key() + " " + words.get(j + 1).key())
                && LEVELLED.contains(VietnameseNormalizer.key(phraseOf(words, i, j)))) {
            return seatedAt(words, i, j + 2); // "Tòa án nhân dân tối cao", "Viện kiểm sát nhân dân cấp cao"
        }
        int end = tailEnd(words, j, words.get(i).acronym(), anyCapital(words, i + 1, j), i);
        return end == j ? i : seatedAt(words, i, end);
    }

    /**
     * "Đại sứ quán Việt Nam tại Peru", "Tòa án nhân dân cấp cao tại Đà Nẵng": an embassy, a consulate, a court or
     * a procuracy is named by the city or country it sits in, after "tại"; the seat is part of the name.
     */
    private int seatedAt(List<Word> words, int i, int end) {
        if (end + 1 >= words.size() || !words.get(end).key().equals("tại") || !seated(words, i)) {
            return end;
        }
        int known = lexicon.known.length(words, end + 1);
        if (known == 0 || lexicon.knownType(words, end + 1) != io.thoisu.model.EntityType.LOC
                || end + 1 + known < words.size() && words.get(end + 1 + known).capitalised()) {
            return end;
        }
        return end + 1 + known;
    }

    private static boolean seated(List<Word> words, int i) {
        StringBuilder key = new StringBuilder(words.get(i).key());
        for (int k = i + 1; k < Math.min(words.size(), i + 4); k++) {
            if (SEATED_HEADS.contains(key.toString())) {
                return true;
            }
            key.append(' ').append(words.get(k).key());
        }
        return SEATED_HEADS.contains(key.toString());
    }

    /** Courts and procuracies are named by their level alone, in lowercase. */
    private static final java.util.Set<String> LEVELS = java.util.Set.of("tối cao", "cấp cao");
    private static final java.util.Set<String> LEVELLED = java.util.Set.of("tòa án nhân dân", "toà án nhân dân",
            "viện kiểm sát nhân dân", "tòa án quân sự", "tòa án");

    private static String phraseOf(List<Word> words, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            b.append(k > from ? " " : "").append(words.get(k).text());
        }
        return b.toString();
    }

    private static final java.util.Set<String> SEATED_HEADS = java.util.Set.of("đại sứ quán", "tổng lãnh sự quán",
            "lãnh sự quán", "tòa án", "toà án", "viện kiểm sát", "cơ quan đại diện", "văn phòng đại diện");

    /**
     * Lowercase words up to an acronym in parentheses belong to the name: "Tổ chức Hiệp ước an ninh tập thể (CSTO)",
     * "Hiệp hội Doanh nghiệp châu Âu tại Việt Nam (EuroCham)", "Hiệp định Thương mại tự do Việt Nam - EU (EVFTA)",
     * "Trung tâm Phối hợp tìm kiếm, cứu nạn hàng hải khu vực III (MRCC III)". On the way: known names written as
     * acronyms ("EU", "UAE"), a dash between two names, a roman numeral, and one comma before a lowercase word (two
     * tasks of one body). Returns where the name ends (at the parenthesis), or {@code j} when no such acronym
     * follows.
     */
    int upToAlias(List<Word> words, int j) {
        int n = words.size();
        int k = j;
        int commas = 0;
        while (k < n && k - j <= MAX_LOWER_BEFORE_ACRONYM) {
            Word w = words.get(k);
            boolean acronymInside = w.acronym() && (lexicon.known.length(words, k) == 1 || ROMAN.matcher(w.text()).matches());
            boolean dash = (w.is("-") || w.is("–")) && k > j && nextCapital(words, k + 1);
            boolean comma = w.is(",") && k > j && commas == 0 && k + 1 < n && words.get(k + 1).letter()
                    && !words.get(k + 1).capitalised() && !CLAUSE_WORDS.contains(words.get(k + 1).key());
            if (!(w.letter() && (!w.acronym() || acronymInside)) && !dash && !comma) {
                break;
            }
            commas += comma ? 1 : 0;
            k++;
        }
        int close = aliasClose(words, k);
        if (k > j && close > 0 && anyCapital(words, j, k) && !officeThenBody(words, j, k)) {
            return k;
        }
        if (k > j && parentInParentheses(words, k) && wordsOfOneName(words, j, k)) {
            return k; // "Cục Gìn giữ hòa bình Việt Nam (Bộ Quốc phòng)", "Cục Quản lý, giám sát bảo hiểm (Bộ Tài chính)"
        }
        return j;
    }

    /** "(Bộ Tài chính)": a body with its own head in parentheses, the parent of the name before it. */
    private boolean parentInParentheses(List<Word> words, int k) {
        return k + 2 < words.size() && words.get(k).is("(") && words.get(k + 1).capitalised()
                && !words.get(k + 1).acronym() && lexicon.orgHeads.length(words, k + 1) > 0;
    }

    /**
     * Whether {@code [j, k)} reads as one body's name rather than a clause: it starts with a capital, no clause word,
     * no other body's head and no verb except the second syllable of a capitalised word ("Gìn giữ").
     */
    private boolean wordsOfOneName(List<Word> words, int j, int k) {
        if (!words.get(j).capitalised()) {
            return false;
        }
        for (int c = j; c < k; c++) {
            Word w = words.get(c);
            if (!w.letter()) {
                continue;
            }
            if (w.capitalised() ? c > j && lexicon.orgHeads.length(words, c) > 0 && !w.acronym()
                    : CLAUSE_WORDS.contains(w.key()) || lexicon.predicates.length(words, c) > 1
                        || lexicon.predicates.length(words, c) == 1 && !words.get(c - 1).capitalised()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The index of the closing parenthesis of an acronym in parentheses at {@code k} ("(CSTO)", "(PC03)", "(MRCC
     * III)", "(EuroCham)"), or -1 when none is there.
     */
    static int aliasClose(List<Word> words, int k) {
        int n = words.size();
        if (k + 2 >= n || !words.get(k).is("(")) {
            return -1;
        }
        Word a = words.get(k + 1);
        if (!(a.acronym() || unitCode(a) || NameShape.brandLike(a))) {
            return -1;
        }
        int c = k + 2;
        if (c + 1 < n && (ROMAN.matcher(words.get(c).text()).matches() || unitNumber(words.get(c)))) {
            c++; // "(MRCC III)"
        }
        return words.get(c).is(")") ? c : -1;
    }

    static final java.util.regex.Pattern ROMAN = java.util.regex.Pattern.compile("[IVXLC]+");

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
    int tailEnd(List<Word> words, int j, boolean acronymHead, boolean headCapital, int framedFrom) {
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
                int second = secondTask(words, end, framedFrom);
                if (second > end) {
                    return second;
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
            if (place > 0 && acronymHead && !sawCapital && EntityRecognizer.ADMIN_UNITS.contains(phrase(words, end, end + place))) {
                return end + place; // "UBND tỉnh", "HĐND thành phố"
            }
            // "nghị sĩ Nghị viện châu Âu người Pháp": a nationality after the name is the member's, not the body's
            if (w.key().equals("người") && nextCapital(words, end + 1) && lexicon.known.length(words, end + 1) > 0) {
                break;
            }
            // "Ủy ban châu Âu", "Hội đồng châu Âu": a place written in lowercase first is a capitalised word here
            int known = lexicon.known.length(words, end);
            if (known > 0) {
                end += known;
                sawCapital = true;
                lowerRun = 0;
                // "Ủy ban châu Âu sớm gỡ …": lowercase words after the region close the name
                if (end < n && words.get(end).letter() && !words.get(end).capitalised()
                        && !words.get(end).key().equals("và") && lexicon.placeHeads.length(words, end) == 0) {
                    return end;
                }
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
                if (served > end) {
                    return served;
                }
                // "Bệnh viện dã chiến cấp 2 số 7", "Trường tiểu học số 3": or closed by the body's number
                int numbered = numberedAfter(words, end);
                return numbered > end ? numbered : j;
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

    /**
     * "Phó Cục trưởng Cục Quản lý, giám sát bảo hiểm, cho biết": in a name framed by a title or "theo" that ends in
     * lowercase, a comma, one to four lowercase words with no clause word or verb, then a comma and a verb: a second
     * task of the same body. Returns the end of those words, or {@code comma} when there are none.
     */
    private int secondTask(List<Word> words, int comma, int framedFrom) {
        int n = words.size();
        if (framedFrom < 0 || comma == 0 || !words.get(comma - 1).letter() || words.get(comma - 1).capitalised()
                || !framed(words, framedFrom)) {
            return comma;
        }
        int e = comma + 1;
        while (e < n && e - comma <= 4 && words.get(e).letter() && !words.get(e).capitalised()
                && !CLAUSE_WORDS.contains(words.get(e).key()) && lexicon.predicates.length(words, e) == 0) {
            e++;
        }
        return e > comma + 1 && e + 1 < n && words.get(e).is(",") && lexicon.predicates.length(words, e + 1) > 0
                ? e : comma;
    }

    /** After a head: up to seven lowercase words, none a predicate, then a region written lowercase first. */
    int regionClosed(List<Word> words, int k) {
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

    /**
     * After a head: up to five lowercase words, none a predicate or a clause word, a grade ("cấp 2") allowed, then
     * "số" and a small number. Returns the end of the number, or {@code k} when the words are not so closed.
     */
    private int numberedAfter(List<Word> words, int k) {
        int n = words.size();
        int c = k;
        while (c < n && c - k < 6) {
            Word w = words.get(c);
            if (w.key().equals("số") && c + 1 < n && unitNumber(words.get(c + 1))) {
                return c + 2;
            }
            if (w.key().equals("cấp") && c + 1 < n && unitNumber(words.get(c + 1))) {
                c += 2;
                continue;
            }
            if (!w.letter() || w.capitalised() || CLAUSE_WORDS.contains(w.key()) || lexicon.predicates.length(words, c) > 0) {
                return k;
            }
            c++;
        }
        return k;
    }

    /**
     * "Thuế TP Hà Nội", "Thuế tỉnh Bắc Ninh", "Thuế cơ sở 3": since 2025 the tax offices are named "Thuế" and the
     * unit they serve; elsewhere a capitalised "Thuế" opens a sentence about a tax.
     */
    private boolean taxOffice(List<Word> words, int j) {
        int place = lexicon.placeHeads.length(words, j);
        return place > 0 && nextCapital(words, j + place)
                    && (EntityRecognizer.ADMIN_UNITS.contains(phrase(words, j, j + place)) || words.get(j).acronym())
                || j + 2 < words.size() && words.get(j).key().equals("cơ") && words.get(j + 1).key().equals("sở")
                    && unitNumber(words.get(j + 2));
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

    private static final Set<String> CLOSING = Set.of(",", ".", ")", ";", "”", "\"");

    /** Whether the word at {@code k} cannot be a unit or noun that a number counts ("thi công" can, "tấn" not). */
    private boolean closesClause(List<Word> words, int k) {
        return lexicon.predicates.length(words, k) > 0 || CLAUSE_WORDS.contains(words.get(k).key())
                || NAME_VERBS.contains(words.get(k).key());
    }

    /** Verbs that follow a numbered body as its predicate ("… 8 thi công", "… 5 cho biết"). */
    private static final Set<String> NAME_VERBS = Set.of("thi", "xây", "nhận", "tiếp", "điều", "quản", "phụ");
}
