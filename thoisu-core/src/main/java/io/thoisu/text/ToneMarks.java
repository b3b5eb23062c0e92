package io.thoisu.text;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Moves the tone mark of each syllable of an NFD, lower-cased string to the vowel the new-style orthography puts it
 * on. Vietnamese writes the same syllable two ways ("hoà"/"hòa", "thuỷ"/"thủy", "quý" stays "quý"); keys must not
 * depend on which one a source used.
 *
 * <p>Rule (new style): in a syllable's vowel cluster, the last vowel with a quality mark (ă â ê ô ơ ư) takes the tone; else
 * with a final consonant, the last vowel; else with two vowels, "oa", "oe", "uy" put it on the second and the others
 * ("ai", "ao", "ia", "ua" …) on the first; with three vowels, the middle one. "qu" and "gi" count their "u"/"i" as
 * part of the consonant.
 */
final class ToneMarks {
    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";
    private static final String QUALITY = "\u0302\u0306\u031B"; // circumflex, breve, horn
    private static final String VOWELS = "aeiouy";
    private static final int LIMIT = 0x1F00;
    /**
     * For each lower-case precomposed letter below {@link #LIMIT}: its base (ASCII) letter in the low byte, its
     * quality mark (index into QUALITY + 1) in bits 8–11 and its tone (index into TONES + 1) in bits 12–15; -1 for a
     * letter that is not an ASCII letter with at most one quality and one tone mark.
     */
    private static final int[] PARTS = new int[LIMIT];
    /** The precomposed letter for vowel × quality × tone, or 0 when NFC has no single letter for it. */
    private static final char[] COMPOSED = new char[VOWELS.length() * (QUALITY.length() + 1) * (TONES.length() + 1)];

    static {
        Arrays.fill(PARTS, -1);
        for (char c = 0; c < LIMIT; c++) {
            if (!Character.isLetter(c) || Character.toLowerCase(c) != c) {
                continue;
            }
            String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            char base = nfd.charAt(0);
            if (base >= 0x80 || !Character.isLetter(base) || nfd.length() > 3) {
                continue;
            }
            int quality = 0;
            int tone = 0;
            boolean ok = true;
            for (int i = 1; i < nfd.length() && ok; i++) {
                int q = QUALITY.indexOf(nfd.charAt(i));
                int t = TONES.indexOf(nfd.charAt(i));
                if (q >= 0 && quality == 0 && tone == 0) {
                    quality = q + 1;
                } else if (t >= 0 && tone == 0) {
                    tone = t + 1;
                } else {
                    ok = false;
                }
            }
            if (ok) {
                PARTS[c] = base | quality << 8 | tone << 12;
            }
        }
        for (int v = 0; v < VOWELS.length(); v++) {
            for (int q = 0; q <= QUALITY.length(); q++) {
                for (int t = 0; t <= TONES.length(); t++) {
                    String nfd = VOWELS.charAt(v) + (q == 0 ? "" : String.valueOf(QUALITY.charAt(q - 1)))
                            + (t == 0 ? "" : String.valueOf(TONES.charAt(t - 1)));
                    String nfc = Normalizer.normalize(nfd, Normalizer.Form.NFC);
                    COMPOSED[composedIndex(v, q, t)] = nfc.length() == 1 ? nfc.charAt(0) : 0;
                }
            }
        }
    }

    private ToneMarks() {
    }

    static String canonicalise(String nfdLower) {
        StringBuilder out = new StringBuilder(nfdLower.length());
        int i = 0;
        int n = nfdLower.length();
        while (i < n) {
            if (!isLetterish(nfdLower.charAt(i))) {
                out.append(nfdLower.charAt(i));
                i++;
                continue;
            }
            int j = i;
            while (j < n && isLetterish(nfdLower.charAt(j))) {
                j++;
            }
            out.append(syllable(nfdLower.substring(i, j)));
            i = j;
        }
        return out.toString();
    }

    private static boolean isLetterish(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static String syllable(String s) {
        char tone = 0;
        StringBuilder base = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (TONES.indexOf(c) >= 0) {
                if (tone != 0) {
                    return s; // two tones: not a Vietnamese syllable, leave it alone
                }
                tone = c;
            } else {
                base.append(c);
            }
        }
        if (tone == 0) {
            return s;
        }
        int target = toneVowel(base);
        if (target < 0) {
            return s;
        }
        // put the tone after the vowel and its quality mark, where NFC composition expects it
        int insert = target + 1;
        while (insert < base.length() && QUALITY.indexOf(base.charAt(insert)) >= 0) {
            insert++;
        }
        base.insert(insert, tone);
        return base.toString();
    }

    /**
     * The key of one syllable, {@code text[from, to)}, made of precomposed letters: what
     * {@code NFC(canonicalise(NFD(lower-case)))} gives, computed with tables instead of two passes of the
     * Normalizer (keys are made for every word the pipeline compares or indexes). Null when a letter falls outside
     * the tables (two tones, a mark on a consonant, a composition NFC does not have): the caller then takes the
     * definition's way.
     */
    static String composedSyllable(CharSequence text, int from, int to) {
        int n = to - from;
        char[] lower = new char[n];
        int[] parts = new int[n];
        StringBuilder nfd = new StringBuilder(n * 2);
        int[] letterAt = new int[n * 2];
        int tone = 0;
        for (int p = 0; p < n; p++) {
            char c = Character.toLowerCase(text.charAt(from + p));
            int part = c < LIMIT ? PARTS[c] : -1;
            if (part < 0) {
                return null;
            }
            char base = (char) (part & 0xFF);
            int quality = part >> 8 & 0xF;
            int t = part >> 12 & 0xF;
            boolean vowel = VOWELS.indexOf(base) >= 0;
            if ((t != 0 || quality != 0) && !vowel || t != 0 && tone != 0) {
                return null;
            }
            tone = t != 0 ? t : tone;
            lower[p] = c;
            parts[p] = part;
            letterAt[nfd.length()] = p;
            nfd.append(base);
            if (quality != 0) {
                letterAt[nfd.length()] = p;
                nfd.append(QUALITY.charAt(quality - 1));
            }
        }
        int target = tone == 0 ? -1 : toneVowel(nfd);
        if (target < 0) {
            return new String(lower); // no tone to place: the definition leaves the syllable as it is
        }
        int toneLetter = letterAt[target];
        for (int p = 0; p < n; p++) {
            int v = VOWELS.indexOf(parts[p] & 0xFF);
            if (v < 0) {
                continue;
            }
            char c = COMPOSED[composedIndex(v, parts[p] >> 8 & 0xF, p == toneLetter ? tone : 0)];
            if (c == 0) {
                return null;
            }
            lower[p] = c;
        }
        return new String(lower);
    }

    private static int composedIndex(int vowel, int quality, int tone) {
        return (vowel * (QUALITY.length() + 1) + quality) * (TONES.length() + 1) + tone;
    }

    /** Index in {@code base} (NFD, no tone) of the vowel that takes the tone, or -1. */
    private static int toneVowel(CharSequence base) {
        int[] vowels = new int[base.length()];
        int count = 0;
        int firstVowel = -1;
        for (int k = 0; k < base.length(); k++) {
            if (isVowel(base.charAt(k))) {
                if (firstVowel < 0) {
                    firstVowel = k;
                }
                vowels[count++] = k;
            } else if (firstVowel >= 0 && QUALITY.indexOf(base.charAt(k)) < 0) {
                break; // the vowel cluster ended
            }
        }
        if (count == 0) {
            return -1;
        }
        // "qu", "gi": the glide belongs to the consonant when another vowel follows
        if (count > 1 && firstVowel > 0) {
            char before = base.charAt(firstVowel - 1);
            char v = base.charAt(vowels[0]);
            if ((before == 'q' && v == 'u') || (before == 'g' && v == 'i' && !hasQuality(base, vowels[0]))) {
                System.arraycopy(vowels, 1, vowels, 0, --count);
            }
        }
        for (int k = count - 1; k >= 0; k--) {
            if (hasQuality(base, vowels[k])) {
                return vowels[k]; // "ươ" in "người": the last marked vowel
            }
        }
        int last = vowels[count - 1];
        boolean closed = last + 1 < base.length();
        if (count == 1 || closed) {
            return last;
        }
        if (count == 2) {
            char a = base.charAt(vowels[0]);
            char b = base.charAt(vowels[1]);
            boolean secondTakes = (a == 'o' && (b == 'a' || b == 'e')) || (a == 'u' && b == 'y');
            return secondTakes ? vowels[1] : vowels[0];
        }
        return vowels[1];
    }

    private static boolean hasQuality(CharSequence base, int vowelIndex) {
        return vowelIndex + 1 < base.length() && QUALITY.indexOf(base.charAt(vowelIndex + 1)) >= 0;
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }
}
