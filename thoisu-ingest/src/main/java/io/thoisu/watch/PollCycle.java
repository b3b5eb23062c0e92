package io.thoisu.watch;

import io.thoisu.fetch.ContentKind;
import io.thoisu.fetch.FetchRequest;
import io.thoisu.source.Addresses;
import io.thoisu.source.Discovered;
import io.thoisu.source.Listing;
import io.thoisu.source.Source;
import io.thoisu.source.SourceKind;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One round of polling, planned at one instant. Not thread-safe: the watch loop drives it from one thread (the
 * fetches it plans may then run in parallel).
 */
public final class PollCycle {
    private final PollPlanner planner;
    private final Instant now;
    private final Set<URI> planned = new HashSet<>();
    private final Map<String, Tally> tallies = new HashMap<>();

    /** Per source: articles named, how many were fresh, how many fetches remain in the cap. */
    private static final class Tally {
        int found;
        int fresh;
        int planned;
        int budget;
        boolean pendingTaken;

        Tally(int budget) {
            this.budget = budget;
        }
    }

    PollCycle(PollPlanner planner, Instant now) {
        this.planner = planner;
        this.now = now;
    }

    public Instant now() {
        return now;
    }

    /**
     * The fetch of the source's own address. Feeds, sitemaps and seed pages are fetched every poll, conditionally
     * when an earlier fetch left validators: the server answers 304 when nothing changed.
     */
    public FetchRequest listing(Source source, FetchHistory history) {
        tally(source);
        URI uri = Addresses.canonical(source.uri()).orElse(source.uri());
        planned.add(uri);
        // A feed or sitemap is asked for as XML; a section page is an HTML page like the articles it links to.
        ContentKind kind = source.kind() == SourceKind.PAGE ? ContentKind.PAGE : ContentKind.FEED;
        return conditional(uri, source, history.url(uri).orElse(UrlState.UNSEEN), Optional.empty()).as(kind);
    }

    /**
     * The child sitemaps of a sitemap index to fetch in this poll: the most recently modified first, at most
     * {@link PollPolicy#maxChildSitemaps()}, each conditional.
     */
    public List<FetchRequest> childSitemaps(Source source, Listing index, FetchHistory history) {
        tally(source);
        List<Discovered> children = newestFirst(index.sitemaps());
        List<FetchRequest> out = new ArrayList<>();
        for (Discovered child : children) {
            if (out.size() >= planner.policy().maxChildSitemaps()) {
                break;
            }
            if (planned.add(child.uri())) {
                out.add(conditional(child.uri(), source, history.url(child.uri()).orElse(UrlState.UNSEEN),
                        Optional.empty()).as(ContentKind.FEED));
            }
        }
        return out;
    }

    /**
     * The article fetches for what a listing of this source named, plus what earlier polls listed but did not get
     * to (the ledger's pending items): new addresses only (or failed ones whose retry wait is over, or fetched ones
     * older than the source's {@code refetch}), newest first by listed date (undated ones after, in listing order),
     * never an address already planned in this round, at most the source's cap per poll (shared by all the calls
     * for one source in this round). Record the listed items as seen in the ledger before fetching.
     */
    public List<FetchRequest> articles(Source source, List<Discovered> items, FetchHistory history) {
        Tally tally = tally(source);
        Map<URI, Discovered> candidates = new LinkedHashMap<>();
        for (Discovered d : items) {
            URI uri = Addresses.canonical(d.uri()).orElse(d.uri());
            candidates.putIfAbsent(uri, d);
        }
        tally.found += candidates.size();
        Map<URI, UrlState> states = new HashMap<>();
        for (URI uri : candidates.keySet()) {
            UrlState state = history.url(uri).orElse(UrlState.UNSEEN);
            states.put(uri, state);
            if (state.lastAttempt().isEmpty()) {
                tally.fresh++;
            }
        }
        if (!tally.pendingTaken) {
            tally.pendingTaken = true;
            for (Discovered d : history.pending(source.name(), planner.policy().maxAttempts(), capOf(source))) {
                if (!candidates.containsKey(d.uri())) {
                    candidates.put(d.uri(), d);
                    states.put(d.uri(), history.url(d.uri()).orElse(UrlState.UNSEEN));
                }
            }
        }
        List<FetchRequest> out = new ArrayList<>();
        for (Discovered d : newestFirst(List.copyOf(candidates.values()))) {
            if (tally.budget <= 0) {
                break;
            }
            URI uri = Addresses.canonical(d.uri()).orElse(d.uri());
            UrlState state = states.get(uri);
            if (!wanted(source, state) || planned.contains(uri)) {
                continue;
            }
            planned.add(uri);
            tally.budget--;
            tally.planned++;
            out.add(conditional(uri, source, state, d.published()));
        }
        return out;
    }

    /**
     * Closes the source's poll: {@code error} empty when its listing was read (use {@link PollErrors}). The result
     * goes to the ledger; its {@code nextDue} is one interval on, or a back-off after a failure.
     */
    public SourcePoll finish(Source source, FetchHistory history, Optional<String> error) {
        return finish(source, history, error, Optional.empty());
    }

    /**
     * As {@link #finish(Source, FetchHistory, Optional)}, when the server asked not to be polled again for
     * {@code serverAsked} ({@code Retry-After} longer than the fetcher waits): the next poll is no sooner than that.
     */
    public SourcePoll finish(Source source, FetchHistory history, Optional<String> error,
                             Optional<Duration> serverAsked) {
        Tally tally = tally(source);
        Instant next;
        if (error.isEmpty()) {
            next = now.plus(source.every());
        } else {
            int failures = history.source(source.name()).map(SourceState::failures).orElse(0) + 1;
            next = now.plus(planner.sourceBackoff(source, failures));
        }
        Instant asked = now.plus(serverAsked.orElse(Duration.ZERO));
        if (asked.isAfter(next)) {
            next = asked;
        }
        return new SourcePoll(source.name(), source.uri(), now, next, error, tally.found, tally.fresh,
                tally.planned);
    }

    private boolean wanted(Source source, UrlState state) {
        if (state.lastAttempt().isEmpty()) {
            return true;
        }
        LastOutcome last = state.last().orElse(LastOutcome.FAILED);
        if (last == LastOutcome.SKIPPED) {
            return false; // robots.txt, size or type: asking again gives the same answer
        }
        if (state.everFetched()) {
            return source.refetchAfter()
                    .map(after -> !state.lastFetched().get().plus(after).isAfter(now)).orElse(false);
        }
        if (state.failures() >= planner.policy().maxAttempts()) {
            return false;
        }
        return !state.lastAttempt().get().plus(planner.retryDelay(state.failures())).isAfter(now);
    }

    private FetchRequest conditional(URI uri, Source source, UrlState state, Optional<Instant> listed) {
        boolean validators = state.everFetched();
        return new FetchRequest(uri, source.name(), validators ? state.etag() : Optional.empty(),
                validators ? state.lastModified() : Optional.empty(), listed, source.outlet());
    }

    private Tally tally(Source source) {
        return tallies.computeIfAbsent(source.name(), n -> new Tally(capOf(source)));
    }

    private int capOf(Source source) {
        return source.maxItems().orElse(planner.policy().maxItemsPerPoll());
    }

    /** Dated items newest first, then undated ones in the order they came (a page lists its newest on top). */
    static List<Discovered> newestFirst(List<Discovered> items) {
        List<Discovered> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing((Discovered d) -> d.published().isEmpty())
                .thenComparing(d -> d.published().orElse(Instant.EPOCH), Comparator.reverseOrder()));
        return sorted;
    }
}
