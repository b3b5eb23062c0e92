package io.thoisu.timeline;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the words right around a figure say happened to it when the predicate lexicon has no phrase for it.
 * <ul>
 * <li><em>Presence</em>, of people only: an existential verb right before the figure ("lúc nhà đổ có 11 công nhân làm việc bên
 * trong", "ca đêm gồm 18 người") counts the things present at the instant told, and a companion word after a
 * vehicle ("tàu cá BĐ 123 cùng 12 ngư dân", "chiếc xe khách với 40 hành khách") the people aboard: both fixed
 * facts of the event ("Trường hiện có 1.150 học sinh" is a standing state, no presence). A predicate earlier in
 * the clause ("khi nhà sập có hơn 20 công nhân") then only dates the instant of a presence; it says nothing of what
 * is counted. With a vehicle it is the other way: "điều động tàu BP 12 cùng với 8 chiến sĩ" sends the people
 * too.</li>
 * <li><em>An unknown verb</em>: a voice or aspect word after the count noun opens a verb the lexicon does not know
 * ("hai ngư dân bị sốt", "2 người bị suy nhược được giữ lại"): the figure counts those it happened to, a part or
 * another group, so it is read as a predicate of its own, compared only with the same words.</li>
 * <li><em>A denial</em>: "chứ không phải 14 người", "không phải 14 người" names a figure only to reject it.</li>
 * </ul>
 */
final class ClauseVerbs {
    /** The predicate names given to presence, so that they compare with "trên xe có" (aboard) and each other. */
    static final String PRESENT = "present";
    static final String ABOARD = "aboard";
    /** The prefix of a predicate read from an unknown verb. */
    static final String OTHER = "other ";

    /** Words that name the instant a presence is of: "lúc nhà đổ", "khi giàn giáo sập". */
    private static final Set<String> INSTANT = Set.of("lúc", "khi");
    /** Words that make "có" a standing state ("hiện có", "vốn có", "thường có") rather than the instant's. */
    private static final Set<String> STANDING = Set.of("hiện", "vốn", "thường", "luôn");
    /**
     * Nouns of a group whose "có" tells who it is made of, as "gồm" does: "nhóm leo núi mất liên lạc … có 14 người",
     * "đoàn khảo sát có 9 người" (a company's "có 1.200 lao động" is a standing workforce, no group named).
     */
    private static final Set<String> GROUPS = Set.of("nhóm", "đoàn", "tốp", "toán");
    private static final Set<String> COMPANION = Set.of("cùng", "với", "cùng với");
    private static final Set<String> VEHICLES = Set.of("tàu", "thuyền", "xe", "phà", "ca nô", "máy bay", "ghe",
            "xuồng", "sà lan", "khách", "trực thăng");
    /** Whether these words open with "trong" or "bên trong" a place ("trong quán"), not a part ("trong đó"). */
    private static boolean inside(List<String> after) {
        int at = !after.isEmpty() && after.get(0).equals("bên") ? 1 : 0;
        return after.size() > at + 1 && after.get(at).equals("trong")
                && !Set.of("đó", "số", "này").contains(after.get(at + 1));
    }

    /** Words that open a verb after a count noun: passive, benefactive, aspect. */
    private static final Set<String> VERB_OPENERS = Set.of("bị", "được", "đã", "đang", "phải", "vừa", "mới");
    /** How far after the figure an unknown verb may open: the noun's own modifiers come first. */
    private static final int VERB_REACH = 4;

    private ClauseVerbs() {
    }

    /**
     * The presence a figure's last preceding words mark ({@link #PRESENT} or {@link #ABOARD}), if any.
     * {@code sentenceBefore} is the whole sentence before the figure: an existential "có" counts those present only
     * when it names the instant ("lúc", "khi", "thời điểm", "xảy ra"); "Công ty X có 1.200 lao động" is a standing
     * workforce.
     */
    static Optional<String> presence(List<String> beforeKeys, List<String> sentenceBefore) {
        return presence(beforeKeys, sentenceBefore, List.of());
    }

    /**
     * {@link #presence(List, List)}, where {@code after} are the words right after the figure's count noun: "có
     * gần 90 người trong quán" places the people inside, at the instant told, as "lúc …" would.
     */
    static Optional<String> presence(List<String> beforeKeys, List<String> sentenceBefore, List<String> after) {
        if (beforeKeys.isEmpty()) {
            return Optional.empty();
        }
        String last = beforeKeys.get(beforeKeys.size() - 1);
        if (beforeKeys.size() >= 2 && STANDING.contains(beforeKeys.get(beforeKeys.size() - 2))) {
            return Optional.empty(); // "Trường hiện có 1.150 học sinh": a standing state, not the instant told
        }
        if (last.equals("gồm") || last.equals("có") && (namesTheInstant(sentenceBefore) || inside(after)
                || opensWithGroup(beforeKeys))) {
            return Optional.of(PRESENT);
        }
        if (COMPANION.contains(last)) {
            for (int i = 0; i < beforeKeys.size() - 1; i++) {
                String one = beforeKeys.get(i);
                String two = i + 1 < beforeKeys.size() - 1 ? one + " " + beforeKeys.get(i + 1) : one;
                if (VEHICLES.contains(one) || VEHICLES.contains(two)) {
                    return Optional.of(ABOARD);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the clause's subject is a group: "nhóm …", "đoàn …", "một nhóm …" (not "Liên đoàn cho biết …"). */
    private static boolean opensWithGroup(List<String> clause) {
        int at = !clause.isEmpty() && Set.of("một", "cả", "các").contains(clause.get(0)) ? 1 : 0;
        return clause.size() > at && GROUPS.contains(clause.get(at));
    }

    /**
     * An unknown verb opened after the figure's noun ("bị sốt" → "other bị sốt"), within a few syllables and
     * before any function word that ends the noun phrase; {@code stopWords} are those words.
     */
    static Optional<String> unknownVerb(List<String> afterKeys, Set<String> stopWords) {
        for (int i = 0; i < Math.min(VERB_REACH, afterKeys.size() - 1); i++) {
            String k = afterKeys.get(i);
            if (VERB_OPENERS.contains(k)) {
                String verb = afterKeys.get(i + 1);
                return VERB_OPENERS.contains(verb) || stopWords.contains(verb) && !verb.equals("có")
                        ? Optional.empty() : Optional.of(OTHER + k + " " + verb);
            }
            if (stopWords.contains(k)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static boolean namesTheInstant(List<String> keys) {
        for (int i = 0; i < keys.size(); i++) {
            String k = keys.get(i);
            if (INSTANT.contains(k) || k.equals("thời") && i + 1 < keys.size() && keys.get(i + 1).equals("điểm")
                    || k.equals("xảy") && i + 1 < keys.size() && keys.get(i + 1).equals("ra")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the figure is named only to be denied: "chứ không phải 14 người". */
    static boolean denied(List<String> beforeKeys) {
        return endsWith(beforeKeys, "không", "phải");
    }

    private static boolean endsWith(List<String> keys, String a, String b) {
        int n = keys.size();
        return n >= 2 && keys.get(n - 2).equals(a) && keys.get(n - 1).equals(b);
    }
}
