package io.thoisu.model;

/** Kinds of tokens of the syllable tokenizer and the word segmenter. */
public enum TokenType { SYLLABLE, WORD, NUMBER, PUNCTUATION, SYMBOL, OTHER }
