package io.thoisu.source;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One place to poll, as the sources file describes it.
 *
 * @param name         unique within the file; the ledger and the counters key on it
 * @param uri          the feed, sitemap or page address (http or https)
 * @param kind         what the address lists (given, or inferred from the address)
 * @param outlet       the outlet's display name, carried to every article found through this source
 * @param language     BCP 47 tag; "vi" unless the file says otherwise
 * @param every        how often to poll
 * @param maxItems     at most this many article fetches per poll (the planner's default applies when empty)
 * @param refetchAfter re-fetch an article page already fetched once when its last fetch is older than this;
 *                     empty (the default) fetches each article page once
 * @param line         where the source was declared (1-based line of the file), for messages
 */
public record Source(String name, URI uri, SourceKind kind, Optional<String> outlet, String language, Duration every,
                     OptionalInt maxItems, Optional<Duration> refetchAfter, int line) {
    public static final Duration DEFAULT_EVERY = Duration.ofMinutes(15);
    public static final String DEFAULT_LANGUAGE = "vi";

    public Source {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(every, "every");
        Objects.requireNonNull(maxItems, "maxItems");
        Objects.requireNonNull(refetchAfter, "refetchAfter");
        if (every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("poll interval must be positive: " + every);
        }
    }

    /** A source with every option at its default, for tests and programmatic use. */
    public static Source of(String name, URI uri) {
        return new Source(name, uri, SourceKind.inferredFrom(uri), Optional.empty(), DEFAULT_LANGUAGE, DEFAULT_EVERY,
                OptionalInt.empty(), Optional.empty(), 0);
    }

    public Source withEvery(Duration interval) {
        return new Source(name, uri, kind, outlet, language, interval, maxItems, refetchAfter, line);
    }

    public Source withOutlet(String outletName) {
        return new Source(name, uri, kind, Optional.of(outletName), language, every, maxItems, refetchAfter, line);
    }

    public Source withMaxItems(int max) {
        return new Source(name, uri, kind, outlet, language, every, OptionalInt.of(max), refetchAfter, line);
    }

    public Source withRefetchAfter(Duration after) {
        return new Source(name, uri, kind, outlet, language, every, maxItems, Optional.of(after), line);
    }
}
