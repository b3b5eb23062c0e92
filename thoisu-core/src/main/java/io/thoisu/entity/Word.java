package io.thoisu.entity;

import io.thoisu.model.Token;
import io.thoisu.model.TokenType;
import io.thoisu.text.SyllableTokenizer;
import io.thoisu.text.VietnameseNormalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * A syllable, number or punctuation mark with what the name rules ask of it: its comparison key and whether it is
 * written with a capital. Offsets are into the article text.
 */
public record Word(String text, String key, int start, int end, boolean letter, boolean capitalised,
                   boolean acronym) {

    private static final SyllableTokenizer TOKENIZER = new SyllableTokenizer();

    /** The words of {@code text[from, to)}, offsets into {@code text}. */
    public static List<Word> scan(String text, int from, int to) {
        List<Token> tokens = TOKENIZER.tokenize(text.substring(from, to));
        List<Word> words = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            String s = t.text();
            boolean letter = t.type() == TokenType.SYLLABLE;
            boolean cap = letter && Character.isUpperCase(s.codePointAt(0));
            words.add(new Word(s, letter ? VietnameseNormalizer.key(s) : s, from + t.start(), from + t.end(),
                    letter, cap, letter && isAcronym(s)));
        }
        return words;
    }

    /** "CSTO", "TTXVN", "RIA": two or more letters, all capitals. */
    private static boolean isAcronym(String s) {
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    public boolean is(String punctuation) {
        return text.equals(punctuation);
    }
}
