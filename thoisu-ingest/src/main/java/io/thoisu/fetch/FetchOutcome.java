package io.thoisu.fetch;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What became of one {@link FetchRequest}: every case names the URI asked for, so callers can keep a ledger. */
public sealed interface FetchOutcome {
    URI requested();

    /**
     * A page that arrived whole (status 2xx) and was archived before anyone looked at it.
     *
     * @param finalUri     the URI after redirects
     * @param redirects    the URIs passed through, in order (empty when none)
     * @param charset      the charset the body was decoded with: from the header, the page, or detected
     * @param text         the body decoded with {@code charset}
     * @param archive      where the response record was written
     */
    record Fetched(URI requested, URI finalUri, List<URI> redirects, int status, String contentType, String charset,
                   byte[] body, String text, Optional<String> etag, Optional<String> lastModified, Instant fetchedAt,
                   ArchivedAt archive) implements FetchOutcome {
        public Fetched {
            Objects.requireNonNull(requested, "requested");
            Objects.requireNonNull(finalUri, "finalUri");
            redirects = List.copyOf(redirects);
            Objects.requireNonNull(text, "text");
        }
    }

    /** The server said 304: the copy fetched before is still current. */
    record NotModified(URI requested, Instant fetchedAt) implements FetchOutcome {
    }

    /** Not fetched, or fetched and refused, for a reason that retrying will not change. */
    record Skipped(URI requested, SkipReason reason, String detail) implements FetchOutcome {
    }

    /**
     * Gave up after {@code attempts} tries. {@code status} is the last HTTP status, 0 when no response came
     * (timeout, refused connection). {@code retryAfter} is the wait the server asked for (429/503
     * {@code Retry-After}) when it was longer than the fetcher waits: a poller should not ask again before then.
     */
    record Failed(URI requested, int status, String message, int attempts, Optional<Duration> retryAfter)
            implements FetchOutcome {
        public Failed {
            Objects.requireNonNull(retryAfter, "retryAfter");
        }

        /** A failure without a wait asked by the server. */
        public Failed(URI requested, int status, String message, int attempts) {
            this(requested, status, message, attempts, Optional.empty());
        }
    }

    /** Why a page was not taken. */
    enum SkipReason {
        ROBOTS_DISALLOWED, TOO_LARGE, CONTENT_TYPE, TOO_MANY_REDIRECTS, REDIRECT_LOOP, NOT_FOUND, UNSUPPORTED_SCHEME
    }

    /** A record's place in the archive: the WARC file and the byte offset where the record starts. */
    record ArchivedAt(String file, long offset) {
    }
}
