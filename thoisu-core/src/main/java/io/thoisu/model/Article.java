package io.thoisu.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One cleaned article: the body text that every offset of the analysis points into, and its metadata.
 * {@code text} keeps the source's spelling (NFC-normalised); paragraphs are separated by a blank line.
 */
public record Article(String id, Origin origin, Optional<String> url, Optional<String> title,
                      Optional<Published> published, Optional<String> outlet, List<String> authors,
                      String language, String text, List<Caption> captions, List<Removal> removed) {
    public Article {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("article id is blank");
        }
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
        authors = List.copyOf(authors);
        captions = List.copyOf(captions);
        removed = List.copyOf(removed);
    }
}
