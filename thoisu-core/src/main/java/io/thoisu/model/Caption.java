package io.thoisu.model;

import java.util.Objects;
import java.util.Optional;

/** A photo caption taken out of the body, with its credit ("AFP/TTXVN", "Getty", "REUTERS") when it names one. */
public record Caption(String text, Optional<String> credit) {
    public Caption {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(credit, "credit");
    }
}
