package io.thoisu.fetch;

import java.time.Duration;

/**
 * Waits. The fetcher never calls {@link Thread#sleep} itself: pacing and back-off go through a sleeper so that tests
 * can pair it with a test clock that the sleep advances, and check the waits exactly instead of racing the wall.
 */
@FunctionalInterface
public interface Sleeper {
    Sleeper SYSTEM = d -> {
        if (!d.isZero() && !d.isNegative()) {
            Thread.sleep(d);
        }
    };

    void sleep(Duration duration) throws InterruptedException;
}
