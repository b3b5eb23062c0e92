package io.thoisu.quote;

import io.thoisu.entity.Roles;
import io.thoisu.model.EntityMention;
import io.thoisu.model.EntityType;
import io.thoisu.model.Sentence;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who is named in a stretch of an article, as the speaker of what is said next to it: a person; an office the article
 * gave to someone; a body, also one pointed at by its head ("công ty", "bộ này", "đơn vị này"); a pronoun standing for
 * the last person named of its gender; a country standing alone.
 */
final class Speakers {
    private final Roles roles;

    Speakers(Roles roles) {
        this.roles = roles;
    }

    /** Words for whoever speaks for a body without a name: the body is the speaker. */
    private static final Set<String> SPOKESPEOPLE = Set.of("lãnh đạo", "đại diện", "người đại diện", "người phát ngôn",
            "phát ngôn viên", "đại diện lãnh đạo", "ban lãnh đạo");

    static final Set<String> PRONOUNS = Set.of("ông", "bà", "ông ta", "bà ta", "ông ấy", "bà ấy", "anh",
            "chị", "anh ấy", "chị ấy", "người này", "cô", "cô ấy", "thầy", "cụ");

    /** Quantifiers of unnamed members: "nhiều đại biểu", "một số chuyên gia", "không ít doanh nghiệp". */
    private static final Set<String> SOME_MEMBERS = Set.of("nhiều", "một số", "không ít", "đa số", "phần lớn");

    static final Set<String> SOURCE_NOUNS = Set.of("số liệu", "thống kê", "báo cáo", "ước tính", "dữ liệu",
            "thông tin", "thông báo", "kết quả", "khảo sát", "công bố", "đánh giá", "dự báo");

    /**
     * Who is named in {@code [from, to)}: a person; else an office the article gave to someone (or the office
     * itself); else an organisation; else a pronoun standing for the last person named before {@code anchor};
     * else a place standing alone ("Nga tuyên bố").
     */
    Optional<String> in(SpeakerContext cx, int from, int to, int anchor) {
        String text = cx.text();
        List<EntityMention> entities = cx.entities();
        if (to <= from) {
            return Optional.empty();
        }
        EntityMention person = null;
        EntityMention org = null;
        EntityMention place = null;
        for (EntityMention m : entities) {
            if (m.start() >= from && m.end() <= to) {
                switch (m.type()) {
                    // "Giám đốc Công ty A, bà B, cho biết": a name after a form of address is a person for sure, and
                    // the speaker, where a title's body may have been read as a name before it
                    case PER -> person = person == null || (addressed(text, m) && !addressed(text, person)) ? m
                            : person;
                    // "Cục Đầu tư nước ngoài (Bộ Tài chính)": the body in parentheses only says whose the first is
                    // "Viện A phối hợp với Bảo tàng B công bố": the partner after "với" does not speak
                    case ORG -> org = org != null && (SpeakerClues.parenthesised(text, m)
                            || SpeakerClues.partner(text, m)) ? org : m;
                    case LOC, MISC -> place = m;
                }
            }
        }
        if (person != null) {
            return Optional.of(person.canonical());
        }
        // "Hãng tin AFP dẫn lời giới phân tích …": the words are those of whoever is quoted, named or not
        int quoting = io.thoisu.text.VietnameseNormalizer.key(text.substring(from, to)).lastIndexOf("dẫn lời");
        if (quoting >= 0 && org != null) {
            int after = from + quoting + "dẫn lời".length();
            return after < to ? in(cx, after, to, anchor) : Optional.empty();
        }
        String phrase = text.substring(from, to).strip();
        while (phrase.startsWith(",")) {
            phrase = phrase.substring(1).strip();
        }
        while (phrase.endsWith(",")) {
            phrase = phrase.substring(0, phrase.length() - 1).strip();
        }
        String key = io.thoisu.text.VietnameseNormalizer.key(phrase);
        for (String some : SOME_MEMBERS) {
            if (key.startsWith(some + " ")) {
                // "nhiều đại biểu Quốc hội bày tỏ …", "một số chuyên gia của viện cho rằng …": some unnamed members
                // speak, not the body they belong to
                return Optional.empty();
            }
        }
        if (PRONOUNS.contains(key)) {
            // "ông", "bà": the last person named before, of the gender the pronoun says when the article tells it
            // (an "ông"/"bà" before the name, or "Văn"/"Thị" inside it)
            // (an "ông"/"bà" before the name, or "Văn"/"Thị" inside it); a person whose gender the article does
            // not tell may be meant too ("Chủ tịch UBND tỉnh A B C cho biết … Ông đề nghị …")
            Gender wanted = Gender.of(key.split(" ")[0]);
            cx.notePronoun();
            Optional<String> spoke = lastSpeaker(cx, from, anchor, wanted);
            if (spoke.isPresent()) {
                return spoke.get().isEmpty() ? Optional.empty() : spoke;
            }
            EntityMention last = null;
            EntityMention lastCompatible = null;
            for (EntityMention m : entities) {
                if (m.type() == EntityType.PER && m.end() <= from) {
                    last = m;
                    if (wanted != Gender.UNKNOWN && genderOf(cx, m.canonical()) != wanted.opposite()) {
                        lastCompatible = m;
                    }
                }
            }
            EntityMention chosen = lastCompatible != null ? lastCompatible : last;
            return chosen == null ? Optional.empty() : Optional.of(chosen.canonical());
        }
        Optional<String> role = roles.roleOf(phrase);
        if (role.isPresent()) {
            String bound = cx.bindings().get(role.get());
            if (bound != null) {
                return Optional.of(bound);
            }
        }
        if (person == null && org == null && place == null && COMPANY_HEADS.contains(key)
                && Character.isUpperCase(phrase.codePointAt(0)) && from == sentenceStartOf(cx, from)) {
            // "Công ty giải thích …" opening a sentence: a company's head alone, capitalised only by its position (a
            // business story's way of naming the company again; "Công an đề nghị …" is an appeal, not a statement)
            String lowered = phrase.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + phrase.substring(1);
            Optional<String> body = roles.bodyOf(lowered, entities, from);
            if (body.isPresent()) {
                return body;
            }
        }
        if (person == null && org == null && place == null && ANY_BODY.contains(key)) {
            return pointedBody(phrase, entities, from); // "Cơ quan này cho biết …": the body named last
        }
        boolean lowercase = !phrase.isEmpty() && (Character.isLowerCase(phrase.codePointAt(0))
                || key.startsWith("đại diện ") || key.startsWith("phía ")); // "Đại diện doanh nghiệp …" opening
        if (lowercase && person == null && org == null && place == null) {
            // "vị chủ tịch huyện", "thượng tọa": a role in lowercase stands for the last person given that title
            Optional<String> holder = roles.holderOf(phrase, cx.holders(), anchor);
            if (holder.isPresent()) {
                return holder;
            }
            // "bệnh viện cho biết": a body named earlier, now by its head alone
            Optional<String> body = roles.bodyOf(phrase, entities, from);
            if (body.isPresent()) {
                return body;
            }
        }
        // "Người đứng đầu Chính phủ": the holder of the body's top office, named before
        if (key.startsWith("người đứng đầu ")) {
            Optional<String> head = roles.headOf(phrase.substring("người đứng đầu ".length()).strip(), cx.holders(),
                    anchor);
            if (head.isPresent()) {
                return head;
            }
        }
        if (org != null && (text.substring(from, org.start()).strip().replace(",", "").isEmpty()
                || SPOKESPEOPLE.contains(io.thoisu.text.VietnameseNormalizer.key(text.substring(from, org.start()).strip())))) {
            // "Đại sứ quán Việt Nam …": a body, though it opens like a title; "Lãnh đạo UBND huyện …", "Đại diện
            // Bộ Y tế …" with nobody named: the body speaks through them
            return Optional.of(org.canonical());
        }
        if (role.isPresent() && Character.isUpperCase(phrase.codePointAt(0))) {
            // "Bí thư Tỉnh ủy" after "ông X, Bí thư Tỉnh ủy Hà Giang": the office written shorter than it was given
            Optional<String> holder = roles.officeHolderOf(phrase, cx.holders(), anchor);
            if (holder.isPresent()) {
                return holder;
            }
            return Optional.of(phrase); // an office never tied to a name: the office speaks
        }
        if (org != null) {
            return Optional.of(org.canonical());
        }
        // "Nga tuyên bố", "Phía Indonesia thông báo": a country standing alone, or as "the side of" a talk
        if (place != null) {
            String placeKey = io.thoisu.text.VietnameseNormalizer.key(place.text());
            if (placeKey.equals(key) || (key.startsWith("phía ") && key.substring(5).equals(placeKey))) {
                return Optional.of(place.canonical());
            }
        }
        return Optional.empty();
    }

    private static final Set<String> COMPANY_HEADS = Set.of("công ty", "tập đoàn", "tổng công ty", "ngân hàng",
            "doanh nghiệp", "hãng", "cục", "sở", "bộ", "viện", "bệnh viện", "hiệp hội", "trung tâm");

    /**
     * A body pointed at by its head or a pointer word, written in lowercase: "công ty" (the company named last),
     * "báo cáo của bộ này" (the source noun dropped), "đơn vị này" (whichever body was named last).
     */
    Optional<String> pointedBody(String phrase, List<EntityMention> entities, int anchor) {
        if (phrase.isEmpty()) {
            return Optional.empty();
        }
        String key = io.thoisu.text.VietnameseNormalizer.key(phrase);
        // a pointer opening the sentence is capitalised ("Cơ quan này cho biết"), a body's own name too
        if (!Character.isLowerCase(phrase.codePointAt(0)) && !ANY_BODY.contains(key)) {
            return Optional.empty();
        }
        for (String noun : SOURCE_NOUNS) {
            if (key.startsWith(noun + " của ")) {
                phrase = phrase.substring(noun.length() + " của ".length()).strip();
                key = key.substring(noun.length() + " của ".length()).strip();
                break;
            }
        }
        if (ANY_BODY.contains(key)) {
            EntityMention last = null;
            for (EntityMention m : entities) {
                if (m.type() == EntityType.ORG && m.end() <= anchor) {
                    last = m;
                }
            }
            return Optional.ofNullable(last).map(EntityMention::canonical);
        }
        return roles.bodyOf(phrase, entities, anchor);
    }

    /** Pointers to whichever body was named last. */
    private static final Set<String> ANY_BODY = Set.of("đơn vị này", "cơ quan này", "tổ chức này", "đơn vị trên",
            "cơ quan trên", "tổ chức trên");

    private static int sentenceStartOf(SpeakerContext cx, int offset) {
        Sentence s = sentenceAt(cx.sentences(), offset);
        return s == null ? -1 : s.start();
    }

    private enum Gender {
        MALE, FEMALE, UNKNOWN;

        Gender opposite() {
            return this == MALE ? FEMALE : this == FEMALE ? MALE : UNKNOWN;
        }

        static Gender of(String addressKey) {
            return switch (addressKey) {
                case "ông", "anh", "chú", "cụ ông", "thầy" -> MALE;
                case "bà", "chị", "cô", "cụ bà" -> FEMALE;
                default -> UNKNOWN;
            };
        }
    }

    /** A person's gender from how the article addresses them or from their middle name, when either tells it. */
    private static Gender genderOf(SpeakerContext cx, String person) {
        String canonical = io.thoisu.text.VietnameseNormalizer.key(person);
        for (Roles.Holder h : cx.holders()) {
            if (io.thoisu.text.VietnameseNormalizer.key(h.person()).equals(canonical)) {
                Gender g = Gender.of(h.titleKey());
                if (g != Gender.UNKNOWN) {
                    return g;
                }
            }
        }
        if (canonical.contains(" thị ")) {
            return Gender.FEMALE;
        }
        if (canonical.contains(" văn ")) {
            return Gender.MALE;
        }
        return Gender.UNKNOWN;
    }

    /**
     * On a second reading, whom a pronoun at {@code at} stands for: the latest of the persons named outside what was
     * said and the persons who spoke before {@code anchor} (a quote's speaker counts as named where the quote ends),
     * of a gender the
     * pronoun allows. A name inside a quote is whom somebody talked about ("cho biết đội đã theo dõi Tùng … “…”, ông
     * nói": the speaker, not Tùng), and a place named in the speaker's apposition is not a person either way. An
     * unnamed person introduced in between ("Một khách hàng … cho biết …. “…”, chị kể") is whom the pronoun means:
     * the empty string says so. Empty on the first reading or when nobody fits, and the caller falls back to the
     * last person named.
     */
    private static Optional<String> lastSpeaker(SpeakerContext cx, int at, int anchor, Gender wanted) {
        List<io.thoisu.model.Quote> known = cx.known();
        if (known.isEmpty()) {
            return Optional.empty();
        }
        java.util.Set<String> persons = new java.util.HashSet<>();
        for (EntityMention m : cx.entities()) {
            if (m.type() == EntityType.PER) {
                persons.add(io.thoisu.text.VietnameseNormalizer.key(m.canonical()));
            }
        }
        String best = null;
        int bestAt = -1;
        for (EntityMention m : cx.entities()) {
            if (m.type() == EntityType.PER && m.end() <= at && !inside(known, m.start())
                    && compatible(cx, m.canonical(), wanted) && m.end() > bestAt) {
                best = m.canonical();
                bestAt = m.end();
            }
        }
        for (io.thoisu.model.Quote q : known) {
            // the quote being attributed is not its own antecedent: only quotes that end before its anchor
            if (q.end() <= Math.min(at, anchor) && q.speaker().isPresent() && q.end() > bestAt
                    && persons.contains(io.thoisu.text.VietnameseNormalizer.key(q.speaker().get()))
                    && compatible(cx, q.speaker().get(), wanted)) {
                best = q.speaker().get();
                bestAt = q.end();
            }
        }
        for (Sentence s : cx.sentences()) {
            // "Một khách hàng ở Bắc Ninh cho biết …": an unnamed person opens a sentence after the last one named
            if (s.start() >= bestAt && s.start() < at && opensWithSomeone(cx.text(), s)) {
                return Optional.of("");
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean compatible(SpeakerContext cx, String person, Gender wanted) {
        return wanted == Gender.UNKNOWN || genderOf(cx, person) != wanted.opposite();
    }

    private static boolean inside(List<io.thoisu.model.Quote> quotes, int offset) {
        for (io.thoisu.model.Quote q : quotes) {
            if (offset >= q.start() && offset < q.end()) {
                return true;
            }
        }
        return false;
    }

    /** Nouns for an unnamed person after "Một" opening a sentence. */
    private static final Set<String> SOMEONE = Set.of("người", "khách", "khách hàng", "cán bộ", "nhân viên", "phụ huynh",
            "tiểu thương", "chủ", "hành khách", "nông dân", "ngư dân", "cư dân", "bệnh nhân", "giáo viên", "sinh viên",
            "học sinh", "tài xế", "công nhân", "lãnh đạo", "chuyên gia", "du khách", "nhà", "bác sĩ", "cô", "chị",
            "anh", "ông", "bà", "thành viên", "cử tri", "đại biểu");

    private static boolean opensWithSomeone(String text, Sentence s) {
        String head = text.substring(s.start(), Math.min(s.end(), s.start() + 30));
        if (!head.startsWith("Một ")) {
            return false;
        }
        String key = io.thoisu.text.VietnameseNormalizer.key(head.substring(4));
        for (String noun : SOMEONE) {
            if (key.startsWith(noun + " ")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a form of address ("ông", "bà", "chị") stands right before the mention. */
    static boolean addressed(String text, EntityMention m) {
        String before = SpeakerClues.wordBefore(text, m);
        return !before.isEmpty() && ADDRESS_WORDS.contains(before);
    }

    private static final Set<String> ADDRESS_WORDS = Set.of("ông", "bà", "anh", "chị", "cô", "chú", "cụ", "Ông", "Bà",
            "Anh", "Chị", "Cô", "Chú", "Cụ");

    /** Heads of a legal text: "Theo Nghị định 13/2023/NĐ-CP, …" states a rule, nobody says anything. */
    private static final Set<String> DOCUMENT_HEADS = Set.of("nghị định", "thông tư", "luật", "bộ luật", "quyết định",
            "nghị quyết", "chỉ thị", "hiến pháp", "công ước", "hiệp định", "hiến chương", "pháp lệnh", "điều");

    private static boolean document(EntityMention m) {
        if (m.type() != EntityType.MISC) {
            return false;
        }
        String key = io.thoisu.text.VietnameseNormalizer.key(m.text());
        for (String head : DOCUMENT_HEADS) {
            if (key.startsWith(head + " ")) {
                return true;
            }
        }
        return false;
    }

    static Optional<String> mentionSpeaker(String text, List<EntityMention> entities, int from, int to) {
        EntityMention best = null;
        for (EntityMention m : entities) {
            // "theo Cục Thống kê (Bộ Tài chính)": the body in parentheses only says whose the first one is
            if (m.start() >= from && m.end() <= to && m.type() != EntityType.LOC && !document(m)
                    && !(best != null && SpeakerClues.parenthesised(text, m)) && !SpeakerClues.recipient(text, m)) {
                best = m;
            }
        }
        return Optional.ofNullable(best).map(EntityMention::canonical);
    }

    static Sentence sentenceAt(List<Sentence> sentences, int offset) {
        Sentence best = null;
        for (Sentence s : sentences) {
            if (s.start() <= offset) {
                best = s;
            } else {
                break;
            }
        }
        if (best != null && offset > best.end() + 1) {
            // the mark sits between sentences: use the next one when the offset is before it
            return best;
        }
        return best;
    }
}
