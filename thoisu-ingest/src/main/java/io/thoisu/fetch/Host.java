package io.thoisu.fetch;

import java.util.concurrent.locks.ReentrantLock;

/**
 * What the fetcher keeps per host (scheme, name and port): its pace, and its robots.txt as last found. The lock makes
 * one thread fetch robots.txt while the others wait for it.
 */
final class Host {
    final HostPace pace;
    final ReentrantLock robotsLock = new ReentrantLock();
    /** Guarded by {@link #robotsLock}; null until first fetched. */
    RobotsVerdict robots;

    Host(HostPace pace) {
        this.pace = pace;
    }
}
