package io.thoisu.entity;

import io.thoisu.text.VietnameseNormalizer;
import java.util.List;

/**
 * Whether an acronym spells the initials of a name ("ĐBSCL" for "Đồng bằng sông Cửu Long", "TPHCM" for "Thành phố
 * Hồ Chí Minh"). A place or a person is rarely given an acronym in parentheses unless it spells its own words; one
 * that does not is the short name of a body.
 */
final class Acronyms {
    private Acronyms() {
    }

    /**
     * Whether the acronym's letters, in order, are the first letters of the name's words, or of its capitalised
     * words (diacritics folded, "Đ" kept apart from "D" and also accepted as "D").
     */
    static boolean initialsOf(String acronym, String name) {
        String letters = letters(acronym);
        StringBuilder all = new StringBuilder();
        StringBuilder capitals = new StringBuilder();
        for (String word : name.split("[\\s\\-.]+")) {
            if (word.isEmpty() || !Character.isLetter(word.charAt(0))) {
                continue;
            }
            String first = letters(word.substring(0, 1));
            all.append(first);
            if (Character.isUpperCase(word.charAt(0))) {
                capitals.append(first);
            }
        }
        return !letters.isEmpty() && (letters.contentEquals(all) || letters.contentEquals(capitals));
    }

    private static String letters(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : VietnameseNormalizer.fold(s).toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if (Character.isLetter(c)) {
                b.append(c == 'đ' ? 'd' : c);
            }
        }
        return b.toString();
    }

    /** Whether the acronym spells the words right before {@code j} ("Đồng bằng sông Cửu Long (ĐBSCL)"). */
    static boolean spelled(String text, List<Word> words, int j, String acronym) {
        int from = j;
        int letters = 0;
        while (from > 0 && letters < acronym.length() && words.get(from - 1).letter()) {
            from--;
            letters++;
        }
        return from < j && initialsOf(acronym, text.substring(words.get(from).start(), words.get(j - 1).end()));
    }

    static boolean anyAcronym(List<Word> words, int from, int to) {
        for (int k = from; k < to; k++) {
            if (words.get(k).acronym()) {
                return true;
            }
        }
        return false;
    }
}
