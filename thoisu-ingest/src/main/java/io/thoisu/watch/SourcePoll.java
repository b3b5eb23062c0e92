package io.thoisu.watch;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * One finished poll of a source, for the ledger (the fields of the store's {@code FetchLedger.Poll}).
 *
 * @param nextDue when the planner wants the source polled again (its interval, or a back-off after a failure)
 * @param error   why the listing could not be read; empty when it was (even if nothing was new)
 * @param found   articles the listing named
 * @param fresh   of which the ledger had never fetched nor tried
 * @param planned article fetches planned in this poll (at most the cap)
 */
public record SourcePoll(String source, URI url, Instant at, Instant nextDue, Optional<String> error, int found,
                         int fresh, int planned) {
}
