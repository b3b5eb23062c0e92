package io.thoisu.entity;

import java.util.List;
import java.util.Set;

/**
 * Where the name of an office holder starts at the end of a capitalised run that also names the body or the place
 * of the office: Vietnamese writes title, body and holder with no punctuation between them ("Chủ tịch UBND tỉnh Lai
 * Sơn Lò Thị Mây", "Tổng giám đốc Kaiwa Motors Việt Nam Lee Dong-hyun", "Thứ trưởng Ngoại giao Liên bang Estavia
 * Pavel Ilyich Orlov"), so the holder is found by the shape of the run's last words.
 */
final class HolderName {
    /** Middle names that only occur in personal names. */
    private static final Set<String> PERSONAL_MIDDLES = Set.of("thị", "văn");
    /**
     * Frequent Vietnamese middle names that are not the second syllable of a place name: after an administrative
     * unit written without its own name ("HĐND tỉnh Đỗ Hữu Lộc"), a family name and one of these start a person.
     */
    private static final Set<String> MIDDLE_NAMES = Set.of("thị", "văn", "hữu", "đức", "ngọc", "xuân", "quang",
            "công", "đình", "trọng", "bá", "duy", "thế", "mạnh", "tiến", "viết", "khắc", "như", "thúy", "bích",
            "tuấn", "thu");
    /** Last words that make a run a place ("Hòa Bình Tây") rather than a person, even after a family name. */
    private static final Set<String> PLACE_ENDINGS = Set.of("bắc", "nam", "đông", "tây", "thượng", "hạ");

    private final Lexicon lexicon;

    HolderName(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Where a person's name starts at the end of {@code [from, end)}, or {@code end} when none does: a run that
     * starts with a family name and has three or four words ("UBND tỉnh Lai Sơn Lò Thị Mây"), or three words with
     * "Thị"/"Văn" in the middle whatever the family name ("Sở Y tế tỉnh Hòa Hải Khổng Văn Lực"); a short name
     * after a country or a known place that ends a body's name ("Đại sứ quán Estavia Kim Ho-jin"); after a title
     * also two foreign words ("Liên Hợp Quốc Rui Valente") and a family name right after an administrative unit
     * that has no name of its own ("HĐND tỉnh Đỗ Hữu Lộc"). Something must remain before it.
     */
    int cut(List<Word> words, int from, int end, boolean afterTitle, Set<String> addressed) {
        int s = end;
        while (s > from && words.get(s - 1).capitalised()) {
            s--;
        }
        int highland = highlandStart(words, from, end);
        if (highland < end) {
            return highland;
        }
        for (int length : new int[] {3, 4}) {
            int k = end - length;
            // a place or body head is followed by its own name, never by a person's ("tỉnh Hà Giang Nam"), unless
            // the article addresses someone by the run's last word ("UBND thành phố Kha Minh Đạt" … "ông Đạt")
            if (k > from && k >= s && lexicon.surnames.contains(words.get(k).key()) && lexicon.known.length(words, k) == 0
                    && (!headBefore(words, k) || addressed.contains(words.get(end - 1).key())
                        || afterTitle && unnamedUnit(words, k, end))) {
                return k;
            }
        }
        int k3 = end - 3;
        if (k3 > from && k3 > s && PERSONAL_MIDDLES.contains(words.get(k3 + 1).key())
                && !headBefore(words, k3) && lexicon.known.length(words, k3) == 0) {
            return k3; // the place or body before it has a name of its own ("… Lạng Hà Khổng Văn Lực")
        }
        int afterPlace = afterKnownPlace(words, s, end, from);
        if (afterPlace > from && afterPlace < end) {
            return afterPlace;
        }
        if (afterTitle) {
            int shaped = shapedTail(words, Math.max(s, from), end);
            if (shaped < end) {
                return shaped;
            }
            int named = afterNamedPlace(words, Math.max(s, from), end);
            if (named > from && named < end) {
                return named;
            }
        }
        int k = end - 2;
        // "Liên Hợp Quốc Rui Valente"; and in a run of four words or more, "tỉnh Trung Sulawesi Rusdi Hamzah",
        // "bang New Jersey Phil Murphy": two foreign words end it after the place or body that fills the rest
        if (afterTitle && k > from && k >= s && NameShape.foreign(words.get(k)) && NameShape.foreign(words.get(k + 1))
                && (!NameShape.foreign(words.get(k - 1)) || end - from >= 4) && !words.get(k).acronym()
                && !words.get(k + 1).acronym() && lexicon.known.length(words, k) == 0) { // not "tỉnh Đắk Lắk"
            return k;
        }
        return end;
    }

    /**
     * "UBND tỉnh Đắk Lắk H'Xuân Niê", "Quốc hội H'Yim Kđoh": where a Central Highlands given name starts a holder's
     * name after the body or place of the office, {@code end} when none does. Something must remain before it.
     */
    int highlandStart(List<Word> words, int from, int end) {
        for (int k = from + 1; k < end; k++) {
            if (NameShape.highlandGivenName(words, k)) {
                // the family name may come first ("Siu H'Lim", "Rơ Châm H'Nguyên")
                int start = k;
                while (start - 1 > from && words.get(start - 1).capitalised()
                        && (lexicon.surnames.contains(words.get(start - 1).key())
                            || start - 2 > from && words.get(start - 2).key().equals("rơ"))) {
                    start--;
                }
                return start;
            }
        }
        return end;
    }

    /**
     * "Kaiwa Motors Việt Nam Lee Dong-hyun", "Bộ Thương mại Estavia Chea Pisey": the end of a known place inside
     * the run when two to four words follow it with a person's shape (a family name first, or a foreign word);
     * -1 when there is none. The place starts at {@code from} or later.
     */
    int afterKnownPlace(List<Word> words, int s, int end, int from) {
        for (int k = Math.max(s, from); k < end - 2; k++) {
            int known = lexicon.known.length(words, k);
            if (known == 0 || lexicon.knownType(words, k) != io.thoisu.model.EntityType.LOC) {
                continue;
            }
            int p = k + known;
            int rest = end - p;
            if (rest < 2 || rest > 4 || lexicon.known.length(words, p) > 0) {
                continue;
            }
            boolean nameWords = true;
            for (int q = p; q < end; q++) {
                nameWords &= words.get(q).letter() && words.get(q).capitalised() && !words.get(q).acronym();
            }
            boolean shaped = nameWords && lexicon.surnames.contains(words.get(p).key());
            for (int q = p; q < end && nameWords && !shaped; q++) {
                shaped = NameShape.foreign(words.get(q));
            }
            if (shaped && !PLACE_ENDINGS.contains(words.get(end - 1).key())) {
                return p;
            }
        }
        return -1;
    }

    /**
     * Where a person's name starts at the end of a run of capitalised words {@code [from, end)} after a title, by
     * the shape of a Vietnamese or East Asian full name whatever the family name: three words with a frequent
     * middle name second ("… Sao Khuê Mẫn Hữu Lộc"), four with "Thị"/"Văn" second ("… Nghệ An Khuất Thị Bích
     * Vân"), or a family name and a hyphenated given name ("… Battery Solution Park Min-jun"). The body or place
     * before it keeps at least two words (one before a hyphenated given name), and a compound family name ("Tôn
     * Nữ Thị …") is not cut. {@code end} when none.
     */
    int shapedTail(List<Word> words, int from, int end) {
        int k4 = end - 4;
        if (k4 >= from + 2 && PERSONAL_MIDDLES.contains(words.get(k4 + 1).key()) && plain(words, k4, end)
                && !words.get(k4 - 1).key().equals("nữ")) {
            return k4;
        }
        int k3 = end - 3;
        if (k3 >= from + 2 && MIDDLE_NAMES.contains(words.get(k3 + 1).key()) && plain(words, k3, end)
                && !PLACE_ENDINGS.contains(words.get(end - 1).key()) && lexicon.known.length(words, k3) == 0
                && !words.get(k3 - 1).key().equals("nữ")) {
            return k3;
        }
        int k2 = end - 2;
        if (k2 >= from + 1 && NameShape.hyphenatedGivenName(words.get(end - 1)) && plain(words, k2, end)
                && !words.get(k2).text().contains("-")) {
            return k2;
        }
        return end;
    }

    /**
     * "UBND tỉnh Bình Định Y Phơn": after a title, two or three capitalised words that follow a known place
     * closing the body's name are its holder, whatever their shape (minority and foreign names have no family
     * name from the list); -1 when no known place is followed so.
     */
    private int afterNamedPlace(List<Word> words, int from, int end) {
        for (int k = from; k < end - 2; k++) {
            int known = lexicon.known.length(words, k);
            if (known == 0 || lexicon.knownType(words, k) != io.thoisu.model.EntityType.LOC) {
                continue;
            }
            int p = k + known;
            if (end - p >= 2 && end - p <= 3 && lexicon.known.length(words, p) == 0 && plain(words, p, end)
                    && !PLACE_ENDINGS.contains(words.get(end - 1).key())) {
                return p;
            }
            k = p - 1;
        }
        return -1;
    }

    /** Capitalised words, no acronym, no known name inside: what a personal name is made of. */
    private boolean plain(List<Word> words, int from, int to) {
        for (int q = from; q < to; q++) {
            Word w = words.get(q);
            if (!w.letter() || !w.capitalised() || w.acronym()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code [k, end)} right after an administrative unit is a person rather than the unit's name: a family
     * name, a frequent middle name, no known place, no place ending ("HĐND tỉnh Đỗ Hữu Lộc" is the council of the
     * article's province and its chair).
     */
    private boolean unnamedUnit(List<Word> words, int k, int end) {
        return end - k == 3 && MIDDLE_NAMES.contains(words.get(k + 1).key()) && lexicon.known.length(words, k) == 0
                && !PLACE_ENDINGS.contains(words.get(end - 1).key());
    }

    /**
     * Whether the words before {@code k} are a lowercase administrative unit ("tỉnh", "thành phố"), which a body's
     * name ends with before the unit's own name.
     */
    static boolean headBefore(List<Word> words, int k) {
        return (k >= 1 && !words.get(k - 1).capitalised() && EntityRecognizer.ADMIN_UNITS.contains(words.get(k - 1).key()))
                || (k >= 2 && !words.get(k - 2).capitalised()
                    && EntityRecognizer.ADMIN_UNITS.contains(words.get(k - 2).key() + " " + words.get(k - 1).key()));
    }

    /**
     * A run shaped like a person's name: family name first and three or more words, "Thị"/"Văn", a name particle
     * ("van der"), a romanised Korean or Chinese given name, or foreign words only.
     */
    boolean personal(List<Word> words, int from, int to) {
        if (to - from >= 3 && lexicon.surnames.contains(words.get(from).key())) {
            return true;
        }
        if (unmistakable(words, from, to) || CapitalRun.hasParticle(words, from, to)) {
            return true;
        }
        for (int k = from; k < to; k++) {
            if (!NameShape.foreign(words.get(k))) {
                return false;
            }
        }
        return to > from;
    }

    /**
     * A run that only a person's name has the shape of, even where a place could stand ("vượt qua Kang Min-seok"):
     * "Thị"/"Văn" in the middle, or a family name then a given name of two syllables joined by a hyphen with the
     * second in lowercase, as Korean and Chinese names are romanised ("Choi Seung-woo", "Lin Chih-hao"), or a
     * Central Highlands given name ("Rơ Châm H'Nguyên"). (Name particles are not enough: "tại Rio de Janeiro".)
     */
    boolean unmistakable(List<Word> words, int from, int to) {
        return hasPersonalMiddle(words, from, to) || NameShape.anyHighlandGivenName(words, from, to)
                || to - from == 2 && !words.get(from).text().contains("-")
                    && NameShape.hyphenatedGivenName(words.get(from + 1));
    }

    boolean hasPersonalMiddle(List<Word> words, int from, int to) {
        return to - from >= 3 && PERSONAL_MIDDLES.contains(words.get(from + 1).key());
    }
}
