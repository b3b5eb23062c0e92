package io.thoisu.quote;

import io.thoisu.entity.PhraseTable;
import io.thoisu.entity.Word;
import io.thoisu.model.EntityMention;
import io.thoisu.model.EntityType;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which words are verbs of saying where they stand: the phrases of {@code speech-verbs.txt} written in lowercase
 * outside every name, not said to the subject ("được yêu cầu"), not compounded into something else ("kể từ",
 * "triển khai"), and the noun "thông tin" only where it says something. Also the manner words of
 * {@code quote-manners.txt} ("cười", "ví von"), which count as "said" only right next to a quotation.
 */
final class SpeechVerbs {
    private final PhraseTable verbs = new PhraseTable();
    private final PhraseTable manners = new PhraseTable();

    SpeechVerbs() {
        verbs.addAll(PhraseTable.lines(QuoteExtractor.class, "speech-verbs.txt"), "");
        manners.addAll(PhraseTable.lines(QuoteExtractor.class, "quote-manners.txt"), "");
    }

    /** A manner word at {@code k} ("…”, chị Mỷ cười"); the caller decides whether it stands next to a quotation. */
    Optional<PhraseTable.Match> manner(List<Word> words, int k) {
        return manners.match(words, k);
    }

    /**
     * The verb of saying at {@code k}: written in lowercase and outside every name, so that "Hứa" in "Hứa Văn Tủng"
     * or "Phân tích" in an office's name is no verb.
     */
    Optional<PhraseTable.Match> at(List<Word> words, int k, List<EntityMention> entities) {
        Word w = words.get(k);
        if (!w.letter() || w.capitalised()) {
            return Optional.empty();
        }
        Optional<PhraseTable.Match> verb = verbs.match(words, k); // the cheap test first: most words are no verb
        if (verb.isEmpty()) {
            return verb;
        }
        for (EntityMention m : entities) {
            if (m.start() <= w.start() && w.start() < m.end()) {
                return Optional.empty();
            }
        }
        if (verb.get().length() == 2 && w.key().equals("thông") && words.get(k + 1).key().equals("tin")
                && !informs(words, k, entities)) {
            return Optional.empty();
        }
        if (k > 0 && (NEGATIONS.contains(words.get(k - 1).key())
                || (k > 1 && NEGATIONS.contains(words.get(k - 2).key() + " " + words.get(k - 1).key())))) {
            return Optional.empty(); // "chưa trả lời", "từ chối bình luận": nothing was said
        }
        if (k > 0 && PASSIVE.contains(words.get(k - 1).key())) {
            // "được hứa hẹn", "bị yêu cầu": said to the subject, not by it; "việc chia sẻ", "để chỉ đạo": a noun or a
            // purpose, not something said
            return Optional.empty();
        }
        if (k + 1 < words.size() && NOT_SAYING.contains(w.key() + " " + words.get(k + 1).key())
                && !toldByTheOpeningPerson(words, k, entities)) {
            return Optional.empty();
        }
        if (k > 0 && NOT_SAYING.contains(words.get(k - 1).key() + " " + w.key())) {
            return Optional.empty(); // "triển khai", "công khai"
        }
        if (announcesAnAct(words, k, verb.get().length())) {
            return Optional.empty();
        }
        return verb;
    }

    /** Documents whose announcement is an act of office ("công bố quyết định bổ nhiệm"), not something said. */
    private static final Set<String> ACTS = Set.of("quyết định", "nghị quyết", "lệnh", "chỉ thị");

    /**
     * "Ban Thường vụ công bố quyết định điều động 14 cán bộ": announcing a decision appoints or moves people; the
     * decision's figures are the news's own, not a statement of the body.
     */
    private static boolean announcesAnAct(List<Word> words, int k, int verbLength) {
        int next = k + verbLength;
        if (!words.get(k).key().equals("công") || next >= words.size()) {
            return false;
        }
        String one = words.get(next).key();
        String two = next + 1 < words.size() ? one + " " + words.get(next + 1).key() : one;
        return ACTS.contains(two) || ACTS.contains(one);
    }

    /**
     * Whether "thông tin" at {@code k} is the verb (informed) rather than the noun (information): before a comma, a
     * colon, "rằng", "thêm" or the sentence's end ("Bộ Công an thông tin, …", "…, Sở Xây dựng thông tin."), or
     * right after whoever speaks — a name, "công ty này", a parenthesis about the speaker, maybe with an auxiliary
     * ("Đại diện Công an tỉnh A thông tin cơ quan chức năng đã …") — and not before what a noun takes ("thông tin
     * về", "thông tin của").
     */
    static boolean informs(List<Word> words, int k, List<EntityMention> entities) {
        if (k + 2 >= words.size()) {
            return false;
        }
        Word next = words.get(k + 2);
        if (next.is(",") || next.is(":") || next.is(".") || next.key().equals("rằng") || next.key().equals("thêm")) {
            return true;
        }
        if (!next.letter() || NOUN_FOLLOWERS.contains(next.key())) {
            return false;
        }
        if (k > 0 && words.get(k - 1).is(",") && TELLING_AUXILIARIES.contains(next.key())) {
            // "Nhà xuất bản A, đơn vị phát hành, thông tin đã in …": after the comma closing a speaker's apposition,
            // an auxiliary next makes it the verb (the noun takes no "đã")
            return true;
        }
        return afterSpeaker(words, k, entities);
    }

    /** Whether the word before {@code k} (auxiliaries skipped) ends a name, "… này" or a parenthesis. */
    private static boolean afterSpeaker(List<Word> words, int k, List<EntityMention> entities) {
        int p = k - 1;
        while (p >= 0 && AUXILIARIES.contains(words.get(p).key())) {
            p--;
        }
        if (p < 0) {
            return false;
        }
        Word before = words.get(p);
        if (before.key().equals("này") || before.is(")")) {
            return true;
        }
        for (EntityMention m : entities) {
            if (m.end() == before.end() && (m.type() == EntityType.PER || m.type() == EntityType.ORG)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Bà A (62 tuổi), trú phường B, kể cả nhà thức trắng …": "kể" (told) followed by "cả nhà" (the whole family),
     * not "kể cả" (including), when the sentence opens with the person and only an apposition about them, closed by
     * a comma, stands between. "Including" follows a noun it adds to ("mọi người, kể cả trẻ em").
     */
    private static boolean toldByTheOpeningPerson(List<Word> words, int k, List<EntityMention> entities) {
        if (!words.get(k).key().equals("kể") || k < 2 || !words.get(k - 1).is(",")) {
            return false;
        }
        int first = ADDRESSES.contains(words.get(0).key()) ? 1 : 0;
        for (EntityMention m : entities) {
            if (m.type() == EntityType.PER && m.start() == words.get(first).start()) {
                int after = first + 1;
                while (after < k && words.get(after).end() <= m.end()) {
                    after++;
                }
                return after < k && (words.get(after).is(",") || words.get(after).is("("));
            }
        }
        return false;
    }

    private static final Set<String> ADDRESSES = Set.of("ông", "bà", "anh", "chị", "cô", "chú", "cụ", "em");

    /** Words that follow the noun "thông tin", or the verb with a topic rather than what was said ("thông tin về"). */
    private static final Set<String> NOUN_FOLLOWERS = Set.of("về", "của", "này", "đó", "liên", "chi", "chính", "cá", "sai",
            "giả", "được", "bị", "và", "nội");

    private static final Set<String> TELLING_AUXILIARIES = Set.of("đã", "sẽ", "vừa", "đang");

    static final Set<String> AUXILIARIES = Set.of("đã", "sẽ", "đang", "cũng", "vừa", "mới", "còn", "vẫn",
            "lại", "từng", "đều", "liền", "thì", "lập tức", "lập", "tức");

    private static final Set<String> NEGATIONS = Set.of("chưa", "không", "chẳng", "từ chối", "không hề", "chưa hề");

    private static final Set<String> PASSIVE = Set.of("được", "bị", "việc", "sự", "để", "nhằm");
    /** A verb of saying compounded into something else: "kể từ" (since), "kể cả" (including). */
    private static final Set<String> NOT_SAYING = Set.of("kể từ", "kể cả", "hứa hẹn", "nói chung", "nói riêng",
            "khai mạc", "khai thác", "khai trương", "khai giảng", "khai hoang", "khai báo", "khai sinh", "khai tử",
            "khai phá", "khai thông", "triển khai", "công khai", "khai quật", "khai phóng", "khai thuế",
            "khai hải quan");
}
