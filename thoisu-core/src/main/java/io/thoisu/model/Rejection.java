package io.thoisu.model;

import java.util.Objects;

/** An input, or part of one, that could not be processed: where, in which stage, and why. */
public record Rejection(Origin origin, String stage, String reason) {
    public Rejection {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return origin + ": " + stage + ": " + reason;
    }
}
