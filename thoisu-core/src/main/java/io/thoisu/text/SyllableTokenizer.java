package io.thoisu.text;

import io.thoisu.model.Token;
import io.thoisu.model.TokenType;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into syllables, numbers and punctuation with exact offsets. Vietnamese writes one syllable per
 * space-separated unit, so the work is in the edges: combining marks stay with their letter, hyphenated foreign
 * names ("Kassym-Jomart") stay one token, numbers keep their grouping dots and decimal commas ("5.800", "7,5"),
 * and surrogate pairs are never cut.
 */
public final class SyllableTokenizer {

    public List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || isInvisible(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            TokenType type;
            if (Character.isDigit(cp)) {
                i = endOfNumber(text, i);
                type = TokenType.NUMBER;
            } else if (Character.isLetter(cp)) {
                i = endOfWord(text, i);
                type = TokenType.SYLLABLE;
            } else if (Character.getType(cp) == Character.NON_SPACING_MARK) {
                // a stray combining mark with no letter before it: keep it as a symbol of its own
                i += Character.charCount(cp);
                i = skipMarks(text, i);
                type = TokenType.SYMBOL;
            } else {
                i += Character.charCount(cp);
                i = skipMarks(text, i);
                type = isPunctuation(cp) ? TokenType.PUNCTUATION : TokenType.SYMBOL;
            }
            tokens.add(new Token(text.substring(start, i), type, start, i));
        }
        return tokens;
    }

    private static int endOfWord(String text, int i) {
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                    || Character.getType(cp) == Character.COMBINING_SPACING_MARK) {
                i += Character.charCount(cp);
            } else if ((cp == '-' || cp == '\'' || cp == '’') && i + 1 < n && Character.isLetter(text.codePointAt(i + 1))
                    && cp == '-' ) {
                i++; // "Kassym-Jomart", "Nur-Sultan": one name
            } else {
                break;
            }
        }
        return i;
    }

    private static int endOfNumber(String text, int i) {
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                i++;
            } else if ((c == '.' || c == ',') && i + 1 < n && Character.isDigit(text.charAt(i + 1))) {
                i++; // "5.800", "7,5"
            } else {
                break;
            }
        }
        return i;
    }

    private static int skipMarks(String text, int i) {
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (Character.getType(cp) != Character.NON_SPACING_MARK) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    static boolean isInvisible(int cp) {
        return cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0xFEFF || cp == 0x00AD || cp == 0x2060;
    }

    private static boolean isPunctuation(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }
}
