package io.thoisu.model;

import java.util.Objects;

/** A syllable, a word or a punctuation mark; {@code type} tells which. */
public record Token(String text, TokenType type, int start, int end) implements Span {
    public Token {
        Span.check(start, end, text);
        Objects.requireNonNull(type, "type");
    }
}
