package io.thoisu.model;

import java.util.List;

/** Claims of one story about the same thing whose values disagree beyond their qualifiers. */
public record Conflict(String about, List<Claim> values) {
    public Conflict {
        values = List.copyOf(values);
        if (values.size() < 2) {
            throw new IllegalArgumentException("a conflict needs two values or more");
        }
    }
}
