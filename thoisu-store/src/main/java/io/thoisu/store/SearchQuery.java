package io.thoisu.store;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A search: free text (with or without diacritics), filters, sort, and a page. {@code cursor} is the opaque value
 * of the previous page's {@link SearchResult#nextCursor()}, so paging has no cap. {@code facets} false skips the
 * facet counts (the result's facets are then empty), which is most of the cost of a search over many matches; the
 * total is counted either way.
 */
public record SearchQuery(String text, Optional<String> outlet, Optional<String> entity, Optional<String> story,
                          Optional<LocalDate> from, Optional<LocalDate> to, Sort sort, int limit,
                          Optional<String> cursor, boolean facets) {
    public enum Sort { RELEVANCE, DATE }

    public SearchQuery {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
    }

    /** A search with facet counts (the form every caller used before facets became optional). */
    public SearchQuery(String text, Optional<String> outlet, Optional<String> entity, Optional<String> story,
                       Optional<LocalDate> from, Optional<LocalDate> to, Sort sort, int limit,
                       Optional<String> cursor) {
        this(text, outlet, entity, story, from, to, sort, limit, cursor, true);
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Sort.RELEVANCE, 20, Optional.empty());
    }

    public SearchQuery withFacets(boolean wanted) {
        return new SearchQuery(text, outlet, entity, story, from, to, sort, limit, cursor, wanted);
    }

    public SearchQuery withLimit(int pageSize) {
        return new SearchQuery(text, outlet, entity, story, from, to, sort, pageSize, cursor, facets);
    }

    public SearchQuery withCursor(Optional<String> next) {
        return new SearchQuery(text, outlet, entity, story, from, to, sort, limit, next, facets);
    }
}
