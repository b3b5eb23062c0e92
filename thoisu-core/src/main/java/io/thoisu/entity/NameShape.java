package io.thoisu.entity;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a single word's spelling says about the name it belongs to: whether it is a Vietnamese syllable at all (a
 * word that is not is foreign, and a run of foreign words is more likely a person's name than a place's), and
 * whether it is written like a brand or an acronym ("VPBank", "HĐQT"), which names a body rather than a person.
 */
final class NameShape {
    private NameShape() {
    }

    /**
     * A Vietnamese syllable without its diacritics: optional onset, vowels, optional coda. A word that does not
     * fit is foreign, and a run of foreign words with no other cue is more likely a person than a place.
     */
    private static final Pattern VIETNAMESE_SYLLABLE = Pattern.compile(
            "(ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(ch|ng|nh|[cmnpt])?");

    /**
     * "CIA", "HĐQT", "VPBank", "PetroVietnam": all capitals, or a capital right after a lower-case letter inside the
     * word. Not a hyphenated or apostrophed name ("Karim-Aziz", "O'Neil") nor a surname prefix ("McKay", "DeLuca").
     */
    static boolean brandLike(Word w) {
        if (!w.letter() || !w.capitalised()) {
            return false;
        }
        if (w.acronym()) {
            return true;
        }
        String t = w.text();
        for (int i = 1; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '-' || c == '\'' || c == '\u2019') {
                return false;
            }
            if (Character.isUpperCase(c) && Character.isLowerCase(t.charAt(i - 1))) {
                return !SURNAME_PREFIXES.contains(t.substring(0, i));
            }
        }
        return false;
    }

    /** Prefixes of Western surnames written with an inner capital ("McKay", "MacLeod", "DeLuca", "LaForge"). */
    private static final Set<String> SURNAME_PREFIXES = Set.of("Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le",
            "Van", "Von", "Fitz");

    static boolean foreign(Word w) {
        return foreignKey(w.key());
    }

    /** The same on a word's comparison key. */
    static boolean foreignKey(String key) {
        // every non-ASCII letter of a Vietnamese word is a vowel with marks, or đ: map them to plain letters
        // instead of normalising, since this runs for every candidate run
        StringBuilder base = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '-') {
                if (!base.isEmpty() && !VIETNAMESE_SYLLABLE.matcher(base).matches()) {
                    return true;
                }
                base.setLength(0);
            } else if (c == 'đ') {
                base.append('d');
            } else if (c < 128) {
                base.append(c);
            } else if (Character.isLetter(c)) {
                base.append(Character.getType(c) == Character.NON_SPACING_MARK ? "" : "a");
            }
        }
        return !base.isEmpty() && !VIETNAMESE_SYLLABLE.matcher(base).matches();
    }

    /**
     * "Seung-woo", "Min-seok", "Chih-hao": a capitalised syllable, a hyphen, then lowercase letters, as Korean and
     * Chinese given names are romanised. Place names joined by a hyphen capitalise both parts ("Bà Rịa-Vũng Tàu").
     */
    /**
     * "H'Yim", "H'Xuân", "H'Nguyên": the prefix that opens the given names of Ê Đê, Gia Rai and other Central
     * Highlands women, an H and an apostrophe written against a capitalised syllable (three words to the
     * tokenizer). Places are rarely written so, and then after "Ia" (water), which opens the region's place names
     * ("huyện Ia H'Drai").
     */
    static boolean highlandGivenName(List<Word> words, int k) {
        if (k + 2 >= words.size()) {
            return false;
        }
        Word h = words.get(k);
        Word mark = words.get(k + 1);
        Word name = words.get(k + 2);
        return h.text().equals("H") && (k == 0 || !words.get(k - 1).key().equals("ia")) && (mark.is("'") || mark.is("\u2019")) && mark.start() == h.end()
                && name.start() == mark.end() && name.letter() && name.capitalised();
    }

    /** Whether a Central Highlands given name ({@link #highlandGivenName}) starts in {@code [from, to)}. */
    static boolean anyHighlandGivenName(List<Word> words, int from, int to) {
        for (int k = from; k < to; k++) {
            if (highlandGivenName(words, k)) {
                return true;
            }
        }
        return false;
    }

    static boolean hyphenatedGivenName(Word w) {
        String t = w.text();
        int dash = t.indexOf('-');
        if (!w.capitalised() || dash < 2 || dash + 2 > t.length() || t.indexOf('-', dash + 1) >= 0) {
            return false;
        }
        for (int i = dash + 1; i < t.length(); i++) {
            if (!Character.isLowerCase(t.charAt(i))) {
                return false;
            }
        }
        return Character.isLowerCase(t.charAt(dash - 1));
    }
}
