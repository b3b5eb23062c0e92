package io.thoisu.cli;

import io.thoisu.fetch.FetchOutcome;
import io.thoisu.fetch.FetchRequest;
import io.thoisu.fetch.Fetcher;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How Ctrl-C reaches the watch loop and its fetching threads. Only waits may be cut short: a fetch (network, per-host
 * pace, back-off) and the sleep between rounds. Ingest is never interrupted, because an interrupt during Lucene's or the archive's file I/O
 * closes the channel under it; a stop asked for then takes effect at the next wait instead.
 */
final class StopSignal {
    /** A wait that a stop may cut short. */
    interface Wait<T> {
        T run() throws InterruptedException;
    }

    private final Set<Thread> waiting = new HashSet<>();
    private volatile boolean stopped;

    /** Asks the watch to stop: the threads that are waiting are interrupted now, the others at their next wait. */
    synchronized void stop() {
        stopped = true;
        waiting.forEach(Thread::interrupt);
    }

    boolean stopped() {
        return stopped;
    }

    /** Runs a wait on the calling thread; throws InterruptedException if a stop was or is asked for. */
    <T> T during(Wait<T> wait) throws InterruptedException {
        Thread self = Thread.currentThread();
        synchronized (this) {
            if (stopped) {
                throw new InterruptedException("stopped");
            }
            waiting.add(self);
        }
        try {
            return wait.run();
        } finally {
            synchronized (this) {
                waiting.remove(self);
                // An interrupt that lands after the wait ended must not reach the I/O that follows.
                Thread.interrupted();
            }
        }
    }

    /** The fetcher with each fetch made a wait of this signal. */
    Fetcher guard(Fetcher fetcher) {
        return new Fetcher() {
            @Override
            public FetchOutcome fetch(FetchRequest request) throws InterruptedException {
                return during(() -> fetcher.fetch(request));
            }

            @Override
            public Optional<Path> rollArchive() {
                return fetcher.rollArchive();
            }

            @Override
            public List<Path> rollArchives() {
                return fetcher.rollArchives();
            }

            @Override
            public void close() {
                fetcher.close();
            }
        };
    }
}
