package io.thoisu.model;

/** A sentence of an article's text. */
public record Sentence(String text, int start, int end) implements Span {
    public Sentence {
        Span.check(start, end, text);
    }
}
