package io.thoisu.text;

import java.text.Normalizer;

/**
 * What each precomposed Vietnamese letter is made of, computed once from the JDK's own decompositions: whether it
 * is a vowel and whether it carries a tone mark. Lets key computation skip the decompose–recompose round trip for
 * the syllables whose tone cannot move.
 */
final class VietnameseLetters {
    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";
    private static final int LIMIT = 0x1F00;
    private static final byte KNOWN = 1;
    private static final byte VOWEL = 2;
    private static final byte TONED = 4;
    private static final byte[] TABLE = build();

    private VietnameseLetters() {
    }

    private static byte[] build() {
        byte[] table = new byte[LIMIT];
        for (char c = 0; c < LIMIT; c++) {
            if (c < 0x80) {
                table[c] = (byte) (KNOWN | ("aeiouyAEIOUY".indexOf(c) >= 0 ? VOWEL : 0));
                continue;
            }
            if (!Character.isLetter(c)) {
                continue;
            }
            String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            char base = nfd.charAt(0);
            boolean vietnameseMarksOnly = base < 0x80 && Character.isLetter(base);
            boolean toned = false;
            for (int i = 1; i < nfd.length(); i++) {
                char mark = nfd.charAt(i);
                if (TONES.indexOf(mark) >= 0) {
                    toned = true;
                } else if ("\u0302\u0306\u031B".indexOf(mark) < 0) {
                    vietnameseMarksOnly = false;
                }
            }
            if (c == 'đ' || c == 'Đ') {
                table[c] = KNOWN;
            } else if (vietnameseMarksOnly && nfd.length() > 1) {
                boolean vowel = "aeiouyAEIOUY".indexOf(base) >= 0;
                table[c] = (byte) (KNOWN | (vowel ? VOWEL : 0) | (toned ? TONED : 0));
            }
        }
        return table;
    }

    /** ASCII, đ, and letters made of an ASCII letter with Vietnamese marks only. */
    static boolean known(char c) {
        return c < LIMIT && (TABLE[c] & KNOWN) != 0;
    }

    static boolean vowel(char c) {
        return c < LIMIT && (TABLE[c] & VOWEL) != 0;
    }

    static boolean toned(char c) {
        return c < LIMIT && (TABLE[c] & TONED) != 0;
    }
}
