package io.thoisu.model;

import java.util.Objects;

/** A line the cleaner dropped from the body, kept so a user can audit what was removed and why. */
public record Removal(String text, RemovalKind kind) {
    public Removal {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
    }
}
