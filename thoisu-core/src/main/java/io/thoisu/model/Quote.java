package io.thoisu.model;

import java.util.Objects;
import java.util.Optional;

/** What someone said, directly (in quotation marks) or reported, with the speaker's canonical name if known. */
public record Quote(String text, Optional<String> speaker, boolean direct, int start, int end) implements Span {
    public Quote {
        Span.check(start, end, text);
        Objects.requireNonNull(speaker, "speaker");
    }
}
