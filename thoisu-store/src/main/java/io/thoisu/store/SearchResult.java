package io.thoisu.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A page of hits, the total, facet counts by dimension (outlet, entity, story, day) and the next page's cursor. */
public record SearchResult(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets,
                           Optional<String> nextCursor) {
    public record FacetCount(String value, long count) {
    }

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }
}
