package io.thoisu.model;

import java.util.Objects;

/**
 * A document as a reader produced it: decoded text, one block per line (HTML is flattened to one line per block),
 * plus whatever the format told us. Nothing is cleaned yet.
 */
public record RawDocument(Origin origin, String text, DocumentHints hints) {
    public RawDocument {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(hints, "hints");
    }

    public static RawDocument plain(Origin origin, String text) {
        return new RawDocument(origin, text, DocumentHints.NONE);
    }
}
