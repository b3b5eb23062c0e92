package io.thoisu.text;

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
