package io.thoisu.store;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A search: free text (with or without diacritics), filters, sort, and a page. {@code cursor} is the opaque value
 * of the previous page's {@link SearchResult#nextCursor()}, so paging has no cap.
 */
public record SearchQuery(String text, Optional<String> outlet, Optional<String> entity, Optional<String> story,
                          Optional<LocalDate> from, Optional<LocalDate> to, Sort sort, int limit,
                          Optional<String> cursor) {
    public enum Sort { RELEVANCE, DATE }

    public SearchQuery {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Sort.RELEVANCE, 20, Optional.empty());
    }
}
