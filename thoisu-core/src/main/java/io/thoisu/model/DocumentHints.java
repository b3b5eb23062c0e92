package io.thoisu.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Facts about a document that come with it rather than from its words: fields of a JSONL record (trusted), page
 * metadata of an HTML page ({@code article:published_time}, JSON-LD), the fetch time of a WARC record, and the
 * roles of lines that the page's structure reveals. Keys of {@code lineRoles} are 0-based line numbers of
 * {@link RawDocument#text()}.
 *
 * @param given true when the fields were given by the user (JSONL) and must win over what the text suggests
 */
public record DocumentHints(Optional<String> id, Optional<String> url, Optional<String> title,
                            Optional<String> published, Optional<String> outlet, List<String> authors,
                            Optional<Instant> fetched, Map<Integer, LineRole> lineRoles, boolean given) {
    public static final DocumentHints NONE = new DocumentHints(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Map.of(), false);

    public DocumentHints {
        authors = List.copyOf(authors);
        lineRoles = Map.copyOf(lineRoles);
    }

    public Optional<LineRole> roleOf(int line) {
        return Optional.ofNullable(lineRoles.get(line));
    }
}
