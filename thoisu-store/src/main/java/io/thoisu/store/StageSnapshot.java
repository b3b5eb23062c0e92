package io.thoisu.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One corpus stage's saved state as the store keeps it: the stage's name, the format version of its snapshot, the
 * snapshot as JSON, how much it has been fed (articles, or documents for the furniture stage) and when it was saved.
 */
public record StageSnapshot(String stage, String formatVersion, String json, long fedCount, Instant updatedAt) {
    public StageSnapshot {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(formatVersion, "formatVersion");
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
