package io.thoisu.entity;

import io.thoisu.text.VietnameseNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import static io.thoisu.entity.CapitalRun.*;

/**
 * The short names a body's full name gives the article: its name without the head ("Hoàng Gia Phát" for "Công ty
 * CP Địa ốc Hoàng Gia Phát"), a club's leading words, a company's trade name. {@link MentionResolution} maps a
 * later short mention to the full name through them.
 */
final class ShortNames {
    private final Lexicon lexicon;

    ShortNames(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    void setTail(String text, List<Word> words, int from, int to, RawMention r) {
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
                if (to - p >= 3) {
                    // "Công ty CP Năng lượng Xanh Lộc Phát" is later "Lộc Phát": the trade name's last two words
                    List<String> keys = new ArrayList<>(r.shortKeys);
                    keys.add(VietnameseNormalizer.key(text.substring(words.get(to - 2).start(), words.get(to - 1).end())));
                    r.shortKeys = List.copyOf(keys);
                }
            }
        }
    }

    static final Set<String> CLUB_HEADS = Set.of("clb", "câu lạc bộ");

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
}
