package io.thoisu.entity;

import io.thoisu.model.EntityMention;
import io.thoisu.model.EntityType;
import io.thoisu.model.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Roles that stand for a person later in the article. News names a person once with the office ("Thứ trưởng Quốc
 * phòng Kazakhstan, Tướng Sultan Kamaletdinov") and then quotes the office alone ("…", Thứ trưởng Quốc phòng
 * Kazakhstan cho biết). A role is a title with its portfolio and the places or bodies that qualify it.
 */
public final class Roles {
    private final Lexicon lexicon;

    public Roles(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Role key → canonical name of the person the article gave that role to (the last one wins). */
    public Map<String, String> bindings(String text, List<Sentence> sentences, List<EntityMention> entities) {
        return bindings(text, ArticleWords.scan(text, sentences), entities);
    }

    /** The same on an article already scanned into words. */
    public Map<String, String> bindings(String text, ArticleWords article, List<EntityMention> entities) {
        Map<String, String> out = new HashMap<>();
        Map<Integer, EntityMention> personAt = new HashMap<>();
        for (EntityMention m : entities) {
            if (m.type() == EntityType.PER) {
                personAt.put(m.start(), m);
            }
        }
        if (personAt.isEmpty()) {
            return out;
        }
        for (List<Word> words : article.sentences()) {
            for (int i = 0; i < words.size(); i++) {
                if (lexicon.titleAt(words, i) == 0) {
                    continue;
                }
                int[] end = new int[1];
                String key = roleKey(words, i, end);
                int j = end[0];
                // an appositive office: "Thứ trưởng …, Tướng Sultan Kamaletdinov"
                if (j < words.size() && words.get(j).is(",") && lexicon.titleAt(words, j + 1) > 0) {
                    int[] end2 = new int[1];
                    roleKey(words, j + 1, end2);
                    j = end2[0];
                }
                if (j < words.size() && personAt.containsKey(words.get(j).start())) {
                    out.put(key, personAt.get(words.get(j).start()).canonical());
                }
            }
        }
        return out;
    }

    /**
     * A person and the title the article gave them, where it was given: before the name ("Thượng tọa Thích Minh
     * Hải") or in apposition after it ("Ông Hoàng Quốc Bảo, Chủ tịch UBND huyện …").
     */
    public record Holder(int at, String titleKey, String person) {
    }

    /** Every person the article names with a title, in text order. */
    public List<Holder> holders(ArticleWords article, List<EntityMention> entities) {
        List<Holder> out = new ArrayList<>();
        Map<Integer, EntityMention> personAt = new HashMap<>();
        Map<Integer, EntityMention> qualifierEndingAt = new HashMap<>();
        for (EntityMention m : entities) {
            if (m.type() == EntityType.PER) {
                personAt.put(m.start(), m);
            } else {
                qualifierEndingAt.put(m.end(), m);
            }
        }
        if (personAt.isEmpty()) {
            return out;
        }
        for (List<Word> words : article.sentences()) {
            for (int i = 0; i < words.size(); i++) {
                EntityMention person = personAt.get(words.get(i).start());
                if (person == null) {
                    continue;
                }
                // "Thứ trưởng Bộ Nông nghiệp … Lương Thế Quang": the title stands before the bodies that qualify it
                int p = i;
                while (p > 0 && qualifierEndingAt.containsKey(words.get(p - 1).end())) {
                    int start = qualifierEndingAt.get(words.get(p - 1).end()).start();
                    while (p > 0 && words.get(p - 1).start() >= start) {
                        p--;
                    }
                }
                int before = titleEndingAt(words, p);
                if (before >= 0) {
                    out.add(new Holder(person.start(), titleKey(words, before), person.canonical()));
                }
                int k = i;
                while (k < words.size() && words.get(k).end() <= person.end()) {
                    k++;
                }
                if (k + 1 < words.size() && words.get(k).is(",") && lexicon.titleAt(words, k + 1) > 0
                        && !lexicon.isAddress(words, k + 1, lexicon.titles.length(words, k + 1))) {
                    out.add(new Holder(person.start(), titleKey(words, k + 1), person.canonical()));
                }
            }
        }
        return out;
    }

    /**
     * The person a role named without a name stands for ("vị chủ tịch huyện", "thượng tọa", "nữ bác sĩ"): the last
     * one before {@code anchor} given a title that this one starts with or that starts with it ("chủ tịch" and
     * "chủ tịch huyện"). Empty when the phrase is no lowercase role or nobody holds it.
     */
    public Optional<String> holderOf(String phrase, List<Holder> holders, int anchor) {
        return holderOf(phrase, holders, anchor, false);
    }

    /**
     * The same for an office written with its capital where a name would stand ("Phó chủ tịch tỉnh thừa nhận",
     * "Bí thư Tỉnh ủy đề nghị" after "ông X, Bí thư Tỉnh ủy Hà Giang"): the last person given a title that this one
     * starts with or that starts with it.
     */
    public Optional<String> officeHolderOf(String phrase, List<Holder> holders, int anchor) {
        return holderOf(phrase, holders, anchor, true);
    }

    private Optional<String> holderOf(String phrase, List<Holder> holders, int anchor, boolean capitalised) {
        List<Word> words = Word.scan(phrase, 0, phrase.length());
        int i = 0;
        while (i < words.size() && !words.get(i).letter()) {
            i++;
        }
        while (i < words.size() && ROLE_DETERMINERS.contains(words.get(i).key())) {
            i++;
        }
        if (i >= words.size() || (!capitalised && words.get(i).capitalised()) || lexicon.titles.length(words, i) == 0) {
            return Optional.empty();
        }
        int t = lexicon.titles.length(words, i);
        int rest = i + t;
        while (rest < words.size() && (ROLE_DETERMINERS.contains(words.get(rest).key())
                || DEMONSTRATIVES.contains(words.get(rest).key()))) {
            rest++;
        }
        if (lexicon.isAddress(words, i, t) && rest < words.size()) {
            return Optional.empty(); // "ông Tám" is a name, not a role
        }
        String key = titleKey(words, i);
        String found = null;
        for (Holder h : holders) {
            if (h.at() >= anchor) {
                break;
            }
            if (h.titleKey().equals(key) || h.titleKey().startsWith(key + " ") || key.startsWith(h.titleKey() + " ")) {
                found = h.person();
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The holder a periphrasis "người đứng đầu X" (the one at the head of X) stands for: the last person before
     * {@code anchor} given the top office of such a body ("Chính phủ" → "Thủ tướng", "Bộ …" or "ngành …" → "Bộ
     * trưởng", "UBND …" or a province → "Chủ tịch", "Ngân hàng Nhà nước" → "Thống đốc"). Empty when the body's kind
     * is not known or nobody holds its office.
     */
    public Optional<String> headOf(String body, List<Holder> holders, int anchor) {
        String key = io.thoisu.text.VietnameseNormalizer.key(body);
        String office = null;
        for (Map.Entry<String, String> e : HEAD_OFFICES.entrySet()) {
            if (key.equals(e.getKey()) || key.startsWith(e.getKey() + " ")) {
                if (office == null || e.getKey().length() > office.length()) {
                    office = e.getKey();
                }
            }
        }
        if (office == null) {
            return Optional.empty();
        }
        String title = HEAD_OFFICES.get(office);
        String found = null;
        for (Holder h : holders) {
            if (h.at() >= anchor) {
                break;
            }
            if (h.titleKey().equals(title) || h.titleKey().startsWith(title + " ")) {
                found = h.person();
            }
        }
        return Optional.ofNullable(found);
    }

    /** The kind of a body (its name's first words, as keys) → the key of its top office's title. */
    private static final Map<String, String> HEAD_OFFICES = Map.ofEntries(Map.entry("chính phủ", "thủ tướng"),
            Map.entry("bộ", "bộ trưởng"), Map.entry("ngành", "bộ trưởng"), Map.entry("ubnd", "chủ tịch"),
            Map.entry("ủy ban nhân dân", "chủ tịch"), Map.entry("chính quyền", "chủ tịch"),
            Map.entry("tỉnh", "chủ tịch"), Map.entry("thành phố", "chủ tịch"), Map.entry("huyện", "chủ tịch"),
            Map.entry("ngân hàng nhà nước", "thống đốc"), Map.entry("sở", "giám đốc"), Map.entry("cục", "cục trưởng"),
            Map.entry("nhà trắng", "tổng thống"), Map.entry("điện kremlin", "tổng thống"),
            Map.entry("quốc hội", "chủ tịch"), Map.entry("tòa án", "chánh án"), Map.entry("viện kiểm sát", "viện trưởng"),
            Map.entry("bệnh viện", "giám đốc"), Map.entry("trường", "hiệu trưởng"));

    /**
     * The body a lowercase head stands for ("bệnh viện cho biết", "công ty thông báo"): the last organisation named
     * before {@code anchor} whose name starts with that head. Empty when the phrase is not a bare head.
     */
    public Optional<String> bodyOf(String phrase, List<EntityMention> entities, int anchor) {
        List<Word> words = Word.scan(phrase, 0, phrase.length());
        int i = 0;
        while (i < words.size() && (!words.get(i).letter() || BODY_DETERMINERS.contains(words.get(i).key()))) {
            i++;
        }
        if (i >= words.size() || words.get(i).capitalised()) {
            return Optional.empty();
        }
        // "bộ này", "công ty đó": a demonstrative after the head points back at the same body
        int size = words.size();
        while (size > i + 1 && DEMONSTRATIVES.contains(words.get(size - 1).key())) {
            size--;
        }
        words = words.subList(0, size);
        // "doanh nghiệp" stands for whichever company was named last
        boolean anyCompany = i + 2 == words.size() && (words.get(i).key() + " " + words.get(i + 1).key())
                .equals("doanh nghiệp");
        int head = anyCompany ? 2 : lexicon.orgHeads.length(words, i);
        if (head == 0 || i + head != words.size()) {
            return Optional.empty();
        }
        StringBuilder key = new StringBuilder();
        for (int k = i; k < i + head; k++) {
            key.append(words.get(k).key()).append(' ');
        }
        String prefix = key.toString();
        String found = null;
        for (EntityMention m : entities) {
            if (m.type() != EntityType.ORG || m.end() > anchor) {
                continue;
            }
            String canonical = io.thoisu.text.VietnameseNormalizer.key(m.canonical());
            if (anyCompany ? COMPANIES.stream().anyMatch(c -> canonical.startsWith(c + " "))
                    : canonical.startsWith(prefix)) {
                found = m.canonical();
            }
        }
        return Optional.ofNullable(found);
    }

    /** Whether the lowercase words at {@code i} are an organisation's head ("bệnh viện", "công ty"). */
    public boolean bodyHeadAt(List<Word> words, int i) {
        return !words.get(i).capitalised() && (lexicon.orgHeads.length(words, i) > 0
                || (i + 1 < words.size() && words.get(i).key().equals("doanh") && words.get(i + 1).key().equals("nghiệp")));
    }

    private static final Set<String> COMPANIES = Set.of("công ty", "tập đoàn", "tổng công ty", "ngân hàng");

    /** Words before a body's head that are not part of it ("phía", "đại diện"), compared one word at a time. */
    private static final Set<String> BODY_DETERMINERS = Set.of("phía", "đại", "diện");

    /** Words that come before a role used as a name ("vị", "nữ", "tân"), never part of it. */
    private static final Set<String> ROLE_DETERMINERS = Set.of("vị", "nữ", "nam", "ngài", "tân", "người", "đồng chí");
    private static final Set<String> DEMONSTRATIVES = Set.of("này", "ấy", "đó", "nọ");

    /** Index of the title that ends right before word {@code i}, or -1. */
    private int titleEndingAt(List<Word> words, int i) {
        for (int from = Math.max(0, i - 6); from < i; from++) {
            if (lexicon.titleAt(words, from) == i - from) {
                return from;
            }
        }
        return -1;
    }

    private String titleKey(List<Word> words, int i) {
        int t = lexicon.titles.length(words, i);
        StringBuilder sb = new StringBuilder();
        for (int k = i; k < i + t; k++) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(words.get(k).key());
        }
        return sb.toString();
    }

    /** The role written at the start of {@code phrase}, as a key, when the phrase starts with a title. */
    public Optional<String> roleOf(String phrase) {
        List<Word> words = Word.scan(phrase, 0, phrase.length());
        int i = 0;
        while (i < words.size() && !words.get(i).letter()) {
            i++;
        }
        if (i >= words.size() || lexicon.titleAt(words, i) == 0) {
            return Optional.empty();
        }
        return Optional.of(roleKey(words, i, new int[1]));
    }

    /** Title, portfolio and qualifying names from {@code i}; {@code end[0]} receives the index after them. */
    private String roleKey(List<Word> words, int i, int[] end) {
        int j = i + lexicon.titleAt(words, i);
        while (j < words.size()) {
            int known = lexicon.knownAt(words, j);
            if (known > 0 && lexicon.knownType(words, j) != EntityType.PER) {
                j += known;
            } else {
                break;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int k = i; k < j; k++) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(words.get(k).key());
        }
        end[0] = j;
        return sb.toString();
    }

    public Lexicon lexicon() {
        return lexicon;
    }
}
