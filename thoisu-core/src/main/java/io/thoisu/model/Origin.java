package io.thoisu.model;

import java.util.Objects;

/**
 * Where a document came from: the file or URL, and the position inside it (a line of a JSONL file, the byte offset
 * of a WARC record, or empty for a whole file). Used in rejects and to make stable ids.
 */
public record Origin(String source, String position) {
    public Origin {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(position, "position");
    }

    public static Origin ofFile(String source) {
        return new Origin(source, "");
    }

    @Override
    public String toString() {
        return position.isEmpty() ? source : source + " (" + position + ")";
    }
}
