package io.thoisu.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text keys for comparison and indexing. Displayed text keeps what the source wrote (only NFC); keys put the tone
 * mark where the new orthography puts it, so "hoà" and "hòa", "thuỷ" and "thủy" compare equal, and fold case
 * with {@link Locale#ROOT} so no default locale (Turkish dotless i) can change a key.
 */
public final class VietnameseNormalizer {
    private VietnameseNormalizer() {
    }

    /** NFC, the form every stored and displayed text has. */
    public static String nfc(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * Comparison key: NFC, canonical tone placement, lower case. Most syllables cannot have their tone moved (no tone,
     * or one vowel only); those are only lower-cased. The others, and any text with letters outside Vietnamese
     * orthography, go through {@link #slowKey}, the definition this method must agree with.
     */
    public static String key(String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c) ? !VietnameseLetters.known(c) : !plainSeparator(c)) {
                return slowKey(text);
            }
        }
        StringBuilder out = null;
        int i = 0;
        while (i < n) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int vowels = 0;
            boolean toned = false;
            while (i < n && Character.isLetter(text.charAt(i))) {
                char c = text.charAt(i);
                if (VietnameseLetters.vowel(c)) {
                    vowels++;
                }
                toned |= VietnameseLetters.toned(c);
                i++;
            }
            if (toned && vowels > 1) {
                if (out == null) {
                    out = new StringBuilder(n);
                    appendLower(out, text, 0, start);
                }
                String syllable = ToneMarks.composedSyllable(text, start, i);
                out.append(syllable != null ? syllable : slowKey(text.substring(start, i)));
            } else if (out != null) {
                appendLower(out, text, start, i);
            }
            if (out != null && i < n) {
                int next = i;
                while (next < n && !Character.isLetter(text.charAt(next))) {
                    next++;
                }
                appendLower(out, text, i, next);
                i = next;
            }
        }
        return out == null ? text.toLowerCase(Locale.ROOT) : out.toString();
    }

    /** The key by its definition: decompose, move tone marks, recompose. */
    static String slowKey(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return Normalizer.normalize(ToneMarks.canonicalise(decomposed), Normalizer.Form.NFC);
    }

    /** Characters between syllables that neither NFC nor lower-casing can change or join to a letter. */
    private static boolean plainSeparator(char c) {
        // U+2000 and U+2001 are left out: NFC maps them to U+2002 and U+2003
        return c < 0x80 || (c >= 0x2002 && c <= 0x206F) || c == 0x00A0;
    }

    private static void appendLower(StringBuilder out, String text, int from, int to) {
        for (int k = from; k < to; k++) {
            out.append(Character.toLowerCase(text.charAt(k)));
        }
    }

    /**
     * Accent-free key: "Đà Nẵng" → "da nang". Characters of the Latin blocks (and lone combining marks) fold one by
     * one through a table built from {@link #slowFold}, which also takes any text with a character outside them.
     */
    public static String fold(String text) {
        int n = text.length();
        StringBuilder out = null;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char f;
            if (c < 0x80) {
                f = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            } else {
                f = FoldTable.of(c);
                if (f == FoldTable.UNKNOWN) {
                    return slowFold(text);
                }
            }
            if (f != c && out == null) {
                out = new StringBuilder(n);
                out.append(text, 0, i);
            }
            if (out != null && f != FoldTable.DROP) {
                out.append(f);
            }
        }
        return out == null ? text : out.toString();
    }

    /** The fold by its definition: lower case, decompose, drop the non-spacing marks, đ → d. */
    static String slowFold(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            sb.append(c == 'đ' ? 'd' : c);
        }
        return sb.toString();
    }
}
