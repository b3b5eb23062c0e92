package io.thoisu.watch;

import io.thoisu.source.Source;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides what {@code thoisu watch} fetches, and when; it does no I/O and reads time only from the injected clock,
 * so the whole schedule can be run on a test clock. State lives in the ledger (read through {@link FetchHistory}),
 * which is what lets a restarted watch carry on where it stopped.
 *
 * <p>A round: {@link #due} names the sources to poll now; {@link #startCycle} opens a {@link PollCycle} that plans
 * each due source's listing fetch, its child sitemaps and its article fetches, de-duplicated across the round;
 * {@link PollCycle#finish} gives the poll's record, with the next due time. {@link #nextWake} says how long to sleep.
 */
public final class PollPlanner {
    private final List<Source> sources;
    private final PollPolicy policy;
    private final Clock clock;

    public PollPlanner(List<Source> sources, PollPolicy policy, Clock clock) {
        this.sources = List.copyOf(sources);
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public List<Source> sources() {
        return sources;
    }

    public PollPolicy policy() {
        return policy;
    }

    /** Sources due now, most overdue first (never polled ones first, in file order). */
    public List<Source> due(FetchHistory history) {
        Instant now = clock.instant();
        List<Source> due = new ArrayList<>();
        for (Source s : sources) {
            if (!dueAt(s, history).isAfter(now)) {
                due.add(s);
            }
        }
        due.sort(Comparator.comparing(s -> dueAt(s, history))); // stable: file order among equals
        return due;
    }

    /** When the next source falls due (now or earlier when one is due already); empty without sources. */
    public Optional<Instant> nextWake(FetchHistory history) {
        return sources.stream().map(s -> dueAt(s, history)).min(Comparator.naturalOrder());
    }

    /**
     * When a source is due. A source never polled is due at once. After a good poll it is due one interval after
     * it (the shorter of the recorded due time and the current interval, so shortening {@code every} in the file
     * takes effect at once); after failures, at the recorded back-off.
     */
    Instant dueAt(Source s, FetchHistory history) {
        Optional<SourceState> state = history.source(s.name());
        if (state.isEmpty() || state.get().nextDue().isEmpty()) {
            return Instant.MIN;
        }
        Instant recorded = state.get().nextDue().get();
        if (state.get().failures() == 0 && state.get().lastPolled().isPresent()) {
            Instant byInterval = state.get().lastPolled().get().plus(s.every());
            return byInterval.isBefore(recorded) ? byInterval : recorded;
        }
        return recorded;
    }

    /** Opens a round: requests planned through it are never repeated within it, whichever source lists them. */
    public PollCycle startCycle() {
        return new PollCycle(this, clock.instant());
    }

    /**
     * The wait before the next poll of a source that has now failed {@code failures} times in a row: its interval
     * doubled per failure, up to the cap (or the interval itself when that is longer than the cap).
     */
    Duration sourceBackoff(Source s, int failures) {
        Duration limit = s.every().compareTo(policy.sourceBackoffCap()) > 0 ? s.every() : policy.sourceBackoffCap();
        return doubled(s.every(), failures, limit);
    }

    /** The wait before retrying an article that has failed {@code failures} times in a row. */
    Duration retryDelay(int failures) {
        return doubled(policy.retryBase(), Math.max(0, failures - 1), policy.retryCap());
    }

    private static Duration doubled(Duration base, int times, Duration limit) {
        Duration d = base;
        for (int i = 0; i < times && d.compareTo(limit) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(limit) > 0 ? limit : d;
    }
}
