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

/**
 * Finds people, organisations, places and other names in one article and gives each mention a canonical name.
 *
 * <p>Vietnamese capitalises every syllable of a personal or place name but only the first syllable of each word of
 * an organisation's name ("Bộ Quốc phòng", "Tổ chức Hiệp ước an ninh tập thể"), and every sentence starts with a
 * capital. So the rules are: titles and forms of address announce a person; organisation heads announce a name
 * whose tail may be lowercase; place heads announce a place; CLDR's Vietnamese country names are places; a
 * sentence's first word counts as a name only when the article also writes it capitalised mid-sentence.
 * Aliases are resolved within the article: acronyms and transliterations in parentheses, and surnames after the
 * full name.
 */
public final class EntityRecognizer {
    private static final Set<String> ADDRESS = Set.of("ông", "bà", "anh", "chị", "cô", "em", "cụ");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("tại", "ở", "tới", "đến", "từ", "khỏi", "về", "sang",
            "qua", "quanh");
    /** The longest lowercase run an organisation name may carry before its acronym in parentheses. */
    private static final int MAX_LOWER_TAIL = 8;

    private final Lexicon lexicon;

    public EntityRecognizer() {
        this(new Lexicon());
    }

    public EntityRecognizer(Lexicon lexicon) {
        this.lexicon = lexicon;
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

        Raw(String text, int start, int end, EntityType type, boolean strong, int words) {
            this.text = text;
            this.start = start;
            this.end = end;
            this.type = type;
            this.strong = strong;
            this.words = words;
        }
    }

    public List<EntityMention> recognize(String text, List<Sentence> sentences) {
        List<List<Word>> all = new ArrayList<>(sentences.size());
        Set<String> midCaps = new HashSet<>();
        Set<String> lower = new HashSet<>();
        for (Sentence s : sentences) {
            List<Word> words = Word.scan(text, s.start(), s.end());
            all.add(words);
            for (int i = 0; i < words.size(); i++) {
                Word w = words.get(i);
                if (!w.letter()) {
                    continue;
                }
                if (!w.capitalised()) {
                    lower.add(w.key());
                } else if (!initial(words, i)) {
                    midCaps.add(w.key());
                }
            }
        }
        List<Raw> raws = new ArrayList<>();
        for (List<Word> words : all) {
            scanSentence(text, words, midCaps, lower, raws);
        }
        return resolve(raws);
    }

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

    private void scanSentence(String text, List<Word> words, Set<String> midCaps, Set<String> lower, List<Raw> out) {
        int i = 0;
        int n = words.size();
        while (i < n) {
            Word w = words.get(i);
            if (!w.letter()) {
                i++;
                continue;
            }
            int next = tryAt(text, words, i, midCaps, lower, out);
            i = Math.max(next, i + 1);
        }
    }

    /** Tries every rule at word {@code i}; returns the index after what it consumed. */
    private int tryAt(String text, List<Word> words, int i, Set<String> midCaps, Set<String> lower, List<Raw> out) {
        Word w = words.get(i);
        boolean initial = initial(words, i);
        // a title or form of address: what follows it, minus places and bodies in the role, is a person
        int title = lexicon.titleAt(words, i);
        if (title > 0) {
            boolean address = title == 1 && ADDRESS.contains(w.key());
            if (!address || nextCapital(words, i + 1)) {
                return afterTitle(text, words, i + title, address, out);
            }
        }
        if (!w.capitalised()) {
            var place = lexicon.placeHeads.match(words, i);
            if (place.isPresent() && nextCapital(words, i + place.get().length())) {
                int j = i + place.get().length();
                int end = capitalRun(words, j);
                add(text, words, j, end, EntityType.LOC, true, out);
                return aliasInParentheses(text, words, end, out);
            }
            int known = lexicon.knownAt(words, i);
            if (known > 0) {
                add(text, words, i, i + known, lexicon.knownType(words, i), true, out);
                return aliasInParentheses(text, words, i + known, out);
            }
            return i + 1;
        }
        int org = organisationEnd(words, i);
        if (org > i) {
            add(text, words, i, org, EntityType.ORG, true, out);
            return aliasInParentheses(text, words, org, out);
        }
        var place = lexicon.placeHeads.match(words, i);
        if (place.isPresent() && nextCapital(words, i + place.get().length())) {
            int j = i + place.get().length();
            int end = capitalRun(words, j);
            add(text, words, j, end, EntityType.LOC, true, out);
            return aliasInParentheses(text, words, end, out);
        }
        int known = lexicon.knownAt(words, i);
        if (known > 0 && !(initial && known == 1 && lexicon.starters.match(words, i).isPresent()
                && !nextCapital(words, i + 1) && lower.contains(w.key()))) {
            add(text, words, i, i + known, lexicon.knownType(words, i), true, out);
            return aliasInParentheses(text, words, i + known, out);
        }
        if (initial) {
            var starter = lexicon.starters.match(words, i);
            if (starter.isPresent()) {
                return i + starter.get().length();
            }
        }
        int end = capitalRun(words, i);
        int begin = i;
        if (initial && !midCaps.contains(w.key()) && !w.acronym()) {
            // the sentence's capital, not a name's: unless the next word is capitalised too and not a common word
            if (end - i == 1 || lower.contains(w.key())) {
                begin = i + 1;
                if (begin >= end) {
                    return end;
                }
                return begin; // let the rest of the run be read as a mid-sentence run
            }
        }
        // a place or country inside the run starts a new mention ("Trung Quốc Vương Nghị")
        for (int k = begin + 1; k < end; k++) {
            if (lexicon.knownAt(words, k) > 0 || lexicon.titleAt(words, k) > 0) {
                end = k;
                break;
            }
        }
        EntityType type;
        boolean strong;
        if (end - begin == 1 && words.get(begin).acronym()) {
            type = EntityType.ORG;
            strong = true;
        } else if (end - begin == 1) {
            type = EntityType.LOC;
            strong = begin > 0 && PLACE_PREPOSITIONS.contains(words.get(begin - 1).key());
        } else {
            type = EntityType.PER;
            strong = false;
        }
        add(text, words, begin, end, type, strong, out);
        return aliasInParentheses(text, words, end, out);
    }

    /** After a title: places and bodies that qualify the role, then the person's name if one is written. */
    private int afterTitle(String text, List<Word> words, int j, boolean address, List<Raw> out) {
        if (!address) {
            while (j < words.size() && words.get(j).capitalised()) {
                int org = organisationEnd(words, j);
                int known = lexicon.knownAt(words, j);
                if (org > j) {
                    int person = personInTail(words, j, org);
                    add(text, words, j, person, EntityType.ORG, true, out);
                    j = person;
                    if (person < org) {
                        break;
                    }
                } else if (known > 0 && lexicon.knownType(words, j) != EntityType.PER) {
                    add(text, words, j, j + known, lexicon.knownType(words, j), true, out);
                    j += known;
                } else {
                    break;
                }
            }
        }
        if (!nextCapital(words, j)) {
            return j;
        }
        int end = capitalRun(words, j);
        for (int k = j + 1; k < end; k++) {
            if (lexicon.titleAt(words, k) > 0) {
                end = k;
                break;
            }
        }
        add(text, words, j, end, EntityType.PER, true, out);
        return aliasInParentheses(text, words, end, out);
    }

    /**
     * After a title the organisation's tail may run into the holder's name ("Chủ tịch Hội đồng châu Âu Charles
     * Michel"): a trailing capitalised run after a lowercase word or a known place is the person; after a place
     * head, Vietnamese place names take two syllables and the rest is the person.
     */
    private int personInTail(List<Word> words, int from, int end) {
        int s = end;
        while (s > from && words.get(s - 1).capitalised()) {
            s--;
        }
        if (s == from || s == end) {
            return end;
        }
        int run = end - s;
        boolean afterPlaceHead = false;
        for (int h = Math.max(from, s - 3); h < s; h++) {
            var m = lexicon.placeHeads.match(words, h);
            if (m.isPresent() && h + m.get().length() == s) {
                afterPlaceHead = true;
            }
        }
        if (afterPlaceHead) {
            return run >= 4 ? s + 2 : end;
        }
        for (int k = from + 1; k < end; k++) {
            int known = lexicon.knownAt(words, k);
            if (known > 0 && k + known < end && words.get(k + known).capitalised()) {
                return k + known;
            }
        }
        return run >= 2 && lexicon.knownAt(words, s) != run ? s : end;
    }

    /**
     * End of an organisation name starting at {@code i} with a head ("Bộ", "Tổ chức"), or {@code i} when there is
     * none. The tail takes capitalised words and the lowercase syllables that complete them ("Quốc phòng",
     * "Nội vụ"), a place head with its name ("Ủy ban nhân dân tỉnh Hòa Bình"), and when an acronym in parentheses
     * follows, every word up to it ("Tổ chức Hiệp ước an ninh tập thể (CSTO)").
     */
    int organisationEnd(List<Word> words, int i) {
        if (!words.get(i).capitalised()) {
            return i;
        }
        var head = lexicon.orgHeads.match(words, i);
        if (head.isEmpty()) {
            return i;
        }
        int j = i + head.get().length();
        int n = words.size();
        // lowercase words up to an acronym in parentheses belong to the name
        int k = j;
        while (k < n && k - j <= MAX_LOWER_TAIL && words.get(k).letter() && !words.get(k).acronym()) {
            k++;
        }
        if (k > j && k + 2 < n && words.get(k).is("(") && words.get(k + 1).acronym() && words.get(k + 2).is(")")
                && anyCapital(words, j, k)) {
            return k;
        }
        int end = j;
        boolean previousCapital = true;
        while (end < n) {
            Word w = words.get(end);
            if (!w.letter()) {
                break;
            }
            if (w.capitalised()) {
                if (lexicon.titleAt(words, end) > 0 && end > j) {
                    break;
                }
                previousCapital = true;
                end++;
                continue;
            }
            var place = lexicon.placeHeads.match(words, end);
            if (place.isPresent() && nextCapital(words, end + place.get().length())) {
                end = capitalRun(words, end + place.get().length());
                break;
            }
            if (previousCapital && end > j && !w.capitalised() && continuesWord(w)) {
                previousCapital = false;
                end++;
                continue;
            }
            if (end == j && lexicon.knownAt(words, end) > 0) {
                end += lexicon.knownAt(words, end);
                previousCapital = true;
                continue;
            }
            break;
        }
        // a lowercase syllable the tail took must be followed by nothing that makes it a verb: trim it when the
        // next word is lowercase too ("Bộ Nội vụ cho biết" keeps "vụ"; one syllable of a two-syllable word)
        if (!anyCapital(words, j, end)) {
            return i;
        }
        return end;
    }

    /** Lowercase syllables that never complete a name word: particles and verbs that follow names. */
    private static final Set<String> NOT_TAIL = Set.of("cho", "và", "đã", "sẽ", "đang", "cũng", "vừa", "mới", "là",
            "có", "của", "với", "tại", "ở", "trong", "ngày", "hôm", "nói", "thông", "tuyên", "khẳng", "nhấn", "phát",
            "nêu", "đưa", "công", "xác", "cảnh", "kêu", "bày", "tiết", "chia", "vào", "sau", "trước", "khi",
            "để", "nhằm", "về", "đến", "tới", "từ", "bị", "được", "không", "chưa", "vẫn", "còn", "thì", "mà", "nên",
            "bắt", "tiếp", "đề", "yêu", "quyết", "ra", "thuộc", "do", "nay", "này", "đó", "dự", "báo",
            "trả", "giải", "lưu", "thừa", "viết", "cáo", "hay", "biết", "rằng", "năm", "tháng", "tuần", "sáng",
            "chiều", "tối", "lúc");

    private static boolean continuesWord(Word w) {
        return !NOT_TAIL.contains(w.key());
    }

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

    /** End of the run of capitalised words from {@code j}. */
    private static int capitalRun(List<Word> words, int j) {
        int end = j;
        while (end < words.size() && words.get(end).capitalised()) {
            end++;
        }
        return end;
    }

    /** "(CSTO)", "(Wang Yi)" right after a mention: the same entity under another name. */
    private int aliasInParentheses(String text, List<Word> words, int j, List<Raw> out) {
        if (out.isEmpty() || j + 2 >= words.size() || !words.get(j).is("(") || !words.get(j + 1).capitalised()) {
            return j;
        }
        int end = capitalRun(words, j + 1);
        if (end >= words.size() || !words.get(end).is(")") || lexicon.knownAt(words, j + 1) == end - j - 1) {
            return j;
        }
        Raw owner = out.get(out.size() - 1);
        add(text, words, j + 1, end, owner.type, true, out);
        out.get(out.size() - 1).aliasOf = owner;
        return end + 1;
    }

    private static void add(String text, List<Word> words, int from, int to, EntityType type, boolean strong,
                            List<Raw> out) {
        if (to <= from) {
            return;
        }
        int start = words.get(from).start();
        int end = words.get(to - 1).end();
        out.add(new Raw(text.substring(start, end), start, end, type, strong, to - from));
    }

    /**
     * Gives each mention its type and canonical name from the whole article: a weakly typed word that is the last
     * word of a person's full name is that person ("Tokayev" → "Kassym-Jomart Tokayev"); a name the article typed
     * by a head or a title somewhere keeps that type everywhere; an alias in parentheses takes its owner's name;
     * the first spelling seen of a name is its display form.
     */
    private List<EntityMention> resolve(List<Raw> raws) {
        Map<String, EntityType> strongType = new HashMap<>();
        Map<String, String> display = new HashMap<>();
        Map<String, String> aliasTarget = new HashMap<>();
        Map<String, List<String>> surnameOwners = new HashMap<>();
        for (Raw r : raws) {
            String key = VietnameseNormalizer.key(r.text);
            if (r.strong) {
                strongType.putIfAbsent(key, r.type);
            }
            display.putIfAbsent(key, VietnameseNormalizer.nfc(r.text));
            if (r.aliasOf != null) {
                aliasTarget.putIfAbsent(key, VietnameseNormalizer.key(r.aliasOf.text));
            }
            if (r.type == EntityType.PER && r.words >= 2) {
                int space = r.text.lastIndexOf(' ');
                String last = VietnameseNormalizer.key(r.text.substring(space + 1));
                List<String> owners = surnameOwners.computeIfAbsent(last, k -> new ArrayList<>());
                if (!owners.contains(key)) {
                    owners.add(key);
                }
            }
        }
        List<EntityMention> out = new ArrayList<>(raws.size());
        for (Raw r : raws) {
            String key = VietnameseNormalizer.key(r.text);
            EntityType type = r.type;
            String canonicalKey = key;
            if (aliasTarget.containsKey(key)) {
                canonicalKey = aliasTarget.get(key);
                type = strongType.getOrDefault(canonicalKey, type);
            } else if (r.words == 1 && surnameOwners.containsKey(key)
                    && (type == EntityType.PER || !r.strong || strongType.get(key) == EntityType.PER)) {
                List<String> owners = surnameOwners.get(key);
                if (owners.size() == 1) {
                    canonicalKey = owners.get(0);
                }
                type = EntityType.PER;
            } else if (!r.strong && strongType.containsKey(key)) {
                type = strongType.get(key);
            }
            String canonical = display.getOrDefault(canonicalKey, VietnameseNormalizer.nfc(r.text));
            out.add(new EntityMention(r.text, type, canonical, r.start, r.end));
        }
        return out;
    }
}
