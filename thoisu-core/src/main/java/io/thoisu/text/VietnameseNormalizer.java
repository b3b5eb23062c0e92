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

    /** Comparison key: NFC, canonical tone placement, lower case. */
    public static String key(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return Normalizer.normalize(ToneMarks.canonicalise(decomposed), Normalizer.Form.NFC);
    }

    /** Accent-free key: "Đà Nẵng" → "da nang". */
    public static String fold(String text) {
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
