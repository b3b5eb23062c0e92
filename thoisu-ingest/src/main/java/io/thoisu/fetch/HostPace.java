package io.thoisu.fetch;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.Semaphore;

/**
 * The pace of requests to one host: at most {@code concurrency} in flight, and the starts of two requests at least
 * {@code delay} apart. A slot is reserved under the lock and waited for outside it, so threads queue in order and
 * none sleeps holding the lock. A server that asks for a pause (Retry-After, or a failure being backed off from)
 * pushes the next slot of every thread, not only the one that was told.
 */
final class HostPace {
    private final Semaphore inFlight;
    private final InstantSource clock;
    private final Sleeper sleeper;
    private Duration delay;
    private Instant nextStart = Instant.MIN;

    HostPace(int concurrency, Duration delay, InstantSource clock, Sleeper sleeper) {
        this.inFlight = new Semaphore(concurrency, true);
        this.delay = delay;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    void enter() throws InterruptedException {
        inFlight.acquire();
    }

    void leave() {
        inFlight.release();
    }

    /** Waits until this host may be sent the next request, and claims that moment. */
    void awaitTurn() throws InterruptedException {
        Duration wait;
        synchronized (this) {
            Instant now = clock.instant();
            Instant start = nextStart.isAfter(now) ? nextStart : now;
            nextStart = start.plus(delay);
            wait = Duration.between(now, start);
        }
        if (!wait.isZero()) {
            sleeper.sleep(wait);
        }
    }

    /** No request to this host before {@code pause} from now. */
    synchronized void holdOff(Duration pause) {
        Instant until = clock.instant().plus(pause);
        if (until.isAfter(nextStart)) {
            nextStart = until;
        }
    }

    /** Raises the gap between requests (a robots.txt Crawl-delay); never lowers it below the policy's. */
    synchronized void atLeast(Duration gap) {
        if (gap.compareTo(delay) > 0) {
            delay = gap;
        }
    }

    synchronized Duration delay() {
        return delay;
    }
}
