package io.thoisu.entity;

import io.thoisu.model.EntityType;
import java.util.List;
import java.util.Set;

/**
 * A body's name defined by the acronym in parentheses after it, when no head word announced the name: "Chương
 * trình Lương thực Thế giới (WFP)", "Đơn vị Liêm chính Điền kinh (AIU)", "Chương trình Môi trường Liên Hợp Quốc
 * (UNEP)". Vietnamese capitalises the first syllable of each word of a proper name, so the name is the stretch
 * before the parenthesis where every lowercase syllable follows a capitalised one; an acronym standing for the
 * stretch makes it one body, and the acronym its alias. Runs after a sentence's mentions are found, and changes
 * nothing where a mention already covers the stretch or crosses its edges.
 */
final class DefinedAcronyms {
    /** Fewest syllables, and fewest capitalised ones, of a name defined this way. */
    private static final int MIN_WORDS = 3;
    private static final int MIN_CAPITALISED = 2;

    /**
     * Lowercase words that never make the second syllable of a word in a name: a name stops before them ("chính
     * phủ Sudan và Lực lượng Hỗ trợ Nhanh (RSF)" names the forces, not "Sudan và …").
     */
    private static final Set<String> FUNCTION_WORDS = Set.of("và", "của", "với", "tại", "ở", "về", "cho", "các",
            "những", "là", "có", "được", "bị", "từ", "đến", "trong", "ngoài", "sau", "trước", "theo", "hay", "hoặc",
            "cùng", "thuộc", "do", "để", "như", "mà", "thì", "vì", "nên", "nhưng");

    private final Lexicon lexicon;

    DefinedAcronyms(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Looks at the sentence's acronyms in parentheses; {@code raws} from {@code first} on are this sentence's. */
    void apply(String text, List<Word> words, List<RawMention> raws, int first) {
        for (int j = 1; j + 2 < words.size(); j++) {
            Word acronym = words.get(j + 1);
            if (!words.get(j).is("(") || !acronym.acronym() || !words.get(j + 2).is(")")
                    || acronym.text().chars().anyMatch(Character::isDigit)) {
                continue;
            }
            RawMention alias = mentionAt(raws, first, acronym.start(), acronym.end());
            int from = nameStart(words, j);
            if (alias == null || from < 0) {
                continue;
            }
            int start = words.get(from).start();
            int end = words.get(j - 1).end();
            if (covered(raws, first, start, end)) {
                continue;
            }
            int at = raws.indexOf(alias);
            for (int r = raws.size() - 1; r >= first; r--) {
                RawMention m = raws.get(r);
                if (m.start >= start && m.end <= end) {
                    raws.remove(r);
                    at = Math.min(at, r);
                }
            }
            at = Math.min(at, raws.indexOf(alias));
            RawMention body = new RawMention(text.substring(start, end), start, end, EntityType.ORG, true, j - from);
            raws.add(at, body);
            alias.type = EntityType.ORG;
            alias.aliasOf = body;
            alias.bodyAlias = false;
        }
    }

    /**
     * Where the name before the parenthesis at {@code open} starts, or -1: back over capitalised syllables and
     * lowercase ones that follow a capitalised one, then past a sentence opener or a title that starts it.
     */
    private int nameStart(List<Word> words, int open) {
        int from = open;
        int k = open - 1;
        while (k >= 0 && words.get(k).letter()) {
            if (words.get(k).capitalised()) {
                from = k--;
            } else if (k > 0 && words.get(k - 1).letter() && words.get(k - 1).capitalised()
                    && !FUNCTION_WORDS.contains(words.get(k).key())) {
                k--;
            } else {
                break;
            }
        }
        if (from == open || !words.get(open - 1).capitalised() && !words.get(open - 2).capitalised()) {
            return -1;
        }
        while (from < open) {
            int skip = Math.max(lexicon.starters.length(words, from), lexicon.titleAt(words, from));
            if (skip == 0) {
                break;
            }
            from += skip;
        }
        int capitalised = 0;
        for (int q = from; q < open; q++) {
            capitalised += words.get(q).capitalised() ? 1 : 0;
        }
        return open - from >= MIN_WORDS && capitalised >= MIN_CAPITALISED && words.get(from).capitalised()
                ? from : -1;
    }

    private static RawMention mentionAt(List<RawMention> raws, int first, int start, int end) {
        for (int r = first; r < raws.size(); r++) {
            RawMention m = raws.get(r);
            if (m.start == start && m.end == end) {
                return m;
            }
        }
        return null;
    }

    /**
     * Whether a mention covers the whole stretch, crosses one of its edges, or is a person inside it (a person has
     * no acronym: "ông Trần Văn Lộc (TVL)" is no body).
     */
    private static boolean covered(List<RawMention> raws, int first, int start, int end) {
        for (int r = first; r < raws.size(); r++) {
            RawMention m = raws.get(r);
            boolean overlaps = m.start < end && m.end > start;
            if (overlaps && (m.start < start || m.end > end || m.start == start && m.end == end
                    || m.type == EntityType.PER)) {
                return true;
            }
        }
        return false;
    }
}
