package io.thoisu.watch;

import io.thoisu.fetch.FetchOutcome;
import io.thoisu.source.Listing;
import java.util.Optional;

/** Whether a listing fetch (and what was read from it) counts as a failed poll, and the message to keep. */
public final class PollErrors {
    private PollErrors() {
    }

    /** A 304 is a successful poll with nothing new; a skip (robots.txt, size) is a failure the user must see. */
    public static Optional<String> of(FetchOutcome listingOutcome) {
        return switch (listingOutcome) {
            case FetchOutcome.Fetched f -> Optional.empty();
            case FetchOutcome.NotModified n -> Optional.empty();
            case FetchOutcome.Skipped s -> Optional.of("skipped (" + s.reason() + ")"
                    + (s.detail().isBlank() ? "" : ": " + s.detail()));
            case FetchOutcome.Failed f -> Optional.of("failed" + (f.status() > 0 ? " (HTTP " + f.status() + ")" : "")
                    + " after " + f.attempts() + " attempt" + (f.attempts() == 1 ? "" : "s") + ": " + f.message());
        };
    }

    /** A listing that yielded nothing but problems (a malformed feed) fails the poll with its first problem. */
    public static Optional<String> of(Listing listing) {
        return listing.isMalformed() ? Optional.of(listing.problems().getFirst()) : Optional.empty();
    }
}
