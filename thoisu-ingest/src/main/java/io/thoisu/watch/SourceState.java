package io.thoisu.watch;

import java.time.Instant;
import java.util.Optional;

/** What the ledger knows of one source's polling; {@code failures} counts consecutive failed polls. */
public record SourceState(Optional<Instant> lastPolled, Optional<Instant> nextDue, int failures) {
}
