package io.thoisu.watch;

import io.thoisu.source.Discovered;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The planner's read-only view of the fetch ledger. In {@code thoisu watch} it is a thin adapter over the store's
 * {@code FetchLedger} (this module does not depend on the store); {@link MemoryHistory} is the in-memory
 * implementation that defines the expected behaviour.
 */
public interface FetchHistory {
    Optional<UrlState> url(URI uri);

    Optional<SourceState> source(String name);

    /**
     * Articles of this source that were listed but never fetched, not skipped and not given up on (fewer than
     * {@code maxFailures} consecutive failures), newest first by listed date (undated last). The planner takes
     * them even when the listing answers 304, so nothing listed once is lost to a cap or an interrupted poll.
     */
    List<Discovered> pending(String source, int maxFailures, int limit);
}
