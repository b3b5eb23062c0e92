package io.thoisu.watch;

import java.time.Instant;
import java.util.Optional;

/**
 * What the ledger knows of one address.
 *
 * @param lastAttempt  last fetch tried, whatever came of it
 * @param lastFetched  last fetch that brought content or a 304
 * @param failures     consecutive failures since the last success
 */
public record UrlState(Optional<Instant> lastAttempt, Optional<Instant> lastFetched, Optional<LastOutcome> last,
                       Optional<String> etag, Optional<String> lastModified, int failures) {
    public static final UrlState UNSEEN = new UrlState(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), 0);

    public boolean everFetched() {
        return lastFetched.isPresent();
    }
}
