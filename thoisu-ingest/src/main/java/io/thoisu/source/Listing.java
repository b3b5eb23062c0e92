package io.thoisu.source;

import java.util.List;
import java.util.Objects;

/**
 * What one fetched feed, sitemap or page lists. Parsers never throw on bad input: what they could not read is a
 * problem in the list (a malformed feed gives no items and one problem; a bad item is skipped with a problem).
 *
 * @param items        article addresses in the listing's order
 * @param sitemaps     child sitemaps named by a sitemap index (to fetch as listings of the same source)
 * @param problems     human-readable descriptions, each naming the listing address
 */
public record Listing(List<Discovered> items, List<Discovered> sitemaps, List<String> problems) {
    public Listing {
        items = List.copyOf(items);
        sitemaps = List.copyOf(sitemaps);
        problems = List.copyOf(problems);
    }

    public static Listing failed(String problem) {
        return new Listing(List.of(), List.of(), List.of(Objects.requireNonNull(problem)));
    }

    public boolean isMalformed() {
        return items.isEmpty() && sitemaps.isEmpty() && !problems.isEmpty();
    }
}
