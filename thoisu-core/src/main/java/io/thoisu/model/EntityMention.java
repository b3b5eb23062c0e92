package io.thoisu.model;

import java.util.Objects;

/** A mention of a person, organisation, place or other named thing, with the canonical name it resolves to. */
public record EntityMention(String text, EntityType type, String canonical, int start, int end) implements Span {
    public EntityMention {
        Span.check(start, end, text);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(canonical, "canonical");
    }
}
