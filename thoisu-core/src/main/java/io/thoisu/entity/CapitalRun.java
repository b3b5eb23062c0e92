package io.thoisu.entity;

import java.util.List;
import java.util.Set;

/**
 * Runs of capitalised words, the unit every name rule reads: where a run ends (dots, apostrophes and ampersands
 * glued between capitals, initials, particles inside foreign names), and the small tests on words and numbers
 * that the rules share.
 */
final class CapitalRun {
    private CapitalRun() {
    }

    static String phrase(List<Word> words, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                sb.append(' ');
            }
            sb.append(words.get(k).key());
        }
        return sb.toString();
    }

    static boolean anyCapital(List<Word> words, int from, int to) {
        for (int k = from; k < to; k++) {
            if (words.get(k).capitalised()) {
                return true;
            }
        }
        return false;
    }

    static boolean nextCapital(List<Word> words, int j) {
        return j < words.size() && words.get(j).capitalised();
    }

    /**
     * End of the run of capitalised words from {@code j}; an apostrophe, dot or ampersand written with no space on
     * either side joins two capitalised words into one name ("H'Bia", "TP.HCM", "GD&ĐT").
     */
    static int capitalRun(List<Word> words, int j) {
        int end = capitalWords(words, j);
        // "anh H.V.K.": initials keep the dot after their last letter
        if (end - j >= 3 && end < words.size() && words.get(end).is(".") && words.get(end).start() == words.get(end - 1).end()
                && initials(words, j, end)) {
            end++;
        }
        return end;
    }

    /** Whether {@code [from, to)} is single capital letters joined by dots ("H.V.K"). */
    static boolean initials(List<Word> words, int from, int to) {
        for (int k = from; k < to; k++) {
            Word w = words.get(k);
            boolean ok = (k - from) % 2 == 0 ? w.letter() && w.text().length() == 1 : w.is(".");
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    static int capitalWords(List<Word> words, int j) {
        int end = j;
        while (end < words.size()) {
            Word w = words.get(end);
            if (w.capitalised()) {
                end++;
            } else if (end > j && end + 1 < words.size() && (w.is("'") || w.is("’") || w.is(".") || w.is("&"))
                    && w.start() == words.get(end - 1).end() && words.get(end + 1).start() == w.end()
                    && words.get(end + 1).capitalised()) {
                end += 2;
            } else if (end > j && end + 1 < words.size() && w.is("&") && words.get(end + 1).capitalised()) {
                end += 2; // "Harbor & Pine", "Johnson & Johnson": an ampersand joins two parts of one name
            } else {
                int particles = end > j ? particlesBetween(words, end) : 0;
                if (particles == 0) {
                    break;
                }
                end += particles;
            }
        }
        return end;
    }

    /**
     * Lower-case particles inside a foreign person's name ("Abdullah bin Zayed", "Ursula von der Leyen", "Charles de
     * Gaulle", "Daan van der Meer"): how many start at {@code k}, between two capitalised words; 0 when none. A
     * particle that is no Vietnamese word ("van", "von", "de", "der") needs one foreign-looking word beside it
     * ("Frédéric Van de Velde"); one that is also a Vietnamese syllable ("da", "di", "du") needs both.
     */
    static int particlesBetween(List<Word> words, int k) {
        int n = particles(words, k);
        if (n == 0 || k + n >= words.size() || !words.get(k + n).capitalised() || !words.get(k - 1).capitalised()) {
            return 0;
        }
        boolean before = NameShape.foreign(words.get(k - 1));
        boolean after = NameShape.foreign(words.get(k + n));
        boolean foreignOnly = true;
        for (int p = k; p < k + n; p++) {
            foreignOnly &= FOREIGN_PARTICLES.contains(words.get(p).text());
        }
        return (foreignOnly ? before || after : before && after) ? n : 0;
    }

    /** How many name particles (at most two) are written from {@code k}: "van der", "de", "von"; 0 when none. */
    static int particles(List<Word> words, int k) {
        int n = 0;
        while (k + n < words.size() && n < 2 && NAME_PARTICLES.contains(words.get(k + n).text())) {
            n++;
        }
        return n;
    }

    /**
     * "ông van den Bosch", "bà de La Rochère": a foreign person called by the surname, which keeps its lowercase
     * particles; the end of the name when particles that are no Vietnamese word start at {@code k} and a
     * capitalised word follows them, else {@code k}.
     */
    static int particleLedName(List<Word> words, int k) {
        int n = particles(words, k);
        for (int p = k; p < k + n; p++) {
            if (!FOREIGN_PARTICLES.contains(words.get(p).text())) {
                return k;
            }
        }
        if (n == 0 || !nextCapital(words, k + n) || words.get(k + n).acronym()) {
            return k;
        }
        return capitalRun(words, k + n);
    }

    /** Whether {@code [from, to)} has a lowercase particle inside it, which only a foreign person's name has. */
    static boolean hasParticle(List<Word> words, int from, int to) {
        for (int k = from + 1; k < to - 1; k++) {
            if (words.get(k).letter() && !words.get(k).capitalised() && NAME_PARTICLES.contains(words.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "bà María Quispe de la Cruz", "ông Pieter van der Berg": a surname particle (and "la", "los", "der" after it)
     * then capitalised words go on a person's name of two words or more; returns the new end, or {@code end}.
     */
    static int particleTail(List<Word> words, int from, int end) {
        if (end - from < 2 || end >= words.size() || !FOREIGN_PARTICLES.contains(words.get(end).text())) {
            return end;
        }
        int k = end + 1;
        if (k < words.size() && SECOND_PARTICLES.contains(words.get(k).text())) {
            k++;
        }
        return k < words.size() && words.get(k).capitalised() && !words.get(k).acronym() ? capitalRun(words, k) : end;
    }

    private static final Set<String> SECOND_PARTICLES = Set.of("la", "las", "los", "der", "den", "le");

    private static final Set<String> NAME_PARTICLES = Set.of("bin", "bint", "ibn", "al", "el", "von", "van", "der",
            "den", "de", "del", "della", "dos", "da", "di", "du");
    /** Particles that are not Vietnamese words, so they need less evidence that a foreign name surrounds them. */
    private static final Set<String> FOREIGN_PARTICLES = Set.of("bin", "bint", "ibn", "von", "van", "der", "den",
            "de", "del", "della", "dos");

    /** A small whole number written plainly ("8", "108"), as units and numbered bodies carry. */
    static boolean unitNumber(Word w) {
        String t = w.text();
        if (t.isEmpty() || t.length() > 3) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if (!Character.isDigit(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean number(Word w) {
        return !w.letter() && Character.isDigit(w.text().charAt(0));
    }

    /** Whether the words {@code [from, to)} are written with no space between them. */
    static boolean glued(List<Word> words, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (words.get(k).start() != words.get(k - 1).end()) {
                return false;
            }
        }
        return true;
    }

    /** "C04", "PC03", "A05": a police or army unit's code, capitals then digits, standing for its full name. */
    static boolean unitCode(Word w) {
        String t = w.text();
        int i = 0;
        while (i < t.length() && Character.isUpperCase(t.charAt(i))) {
            i++;
        }
        int letters = i;
        while (i < t.length() && Character.isDigit(t.charAt(i))) {
            i++;
        }
        return letters >= 1 && letters <= 3 && i == t.length() && i - letters >= 2 && i - letters <= 3;
    }
}
