package io.thoisu.fetch;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;

/**
 * A clock that stands still until something sleeps on it: each sleep moves it on by exactly the time asked for. The
 * fetcher's pacing, back-off and Retry-After waits are then exact, repeatable numbers, with no wall time in them.
 */
final class SteppingClock implements InstantSource, Sleeper {
    private Instant now;
    private final List<Duration> sleeps = new ArrayList<>();

    SteppingClock(Instant start) {
        this.now = start;
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public synchronized void sleep(Duration duration) {
        sleeps.add(duration);
        now = now.plus(duration);
    }

    /** Time passing outside any fetch (between two polling rounds, say). */
    synchronized void advance(Duration duration) {
        now = now.plus(duration);
    }

    synchronized List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }
}
