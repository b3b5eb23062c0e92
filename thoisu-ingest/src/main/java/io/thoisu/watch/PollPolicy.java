package io.thoisu.watch;

import java.time.Duration;

/**
 * The planner's limits.
 *
 * @param maxItemsPerPoll   article fetches per source and poll unless the source sets its own {@code max}
 * @param maxChildSitemaps  child sitemaps of an index read per poll, newest {@code lastmod} first (indexes of news
 *                          sites list years of monthly archives; only the recent ones hold new articles)
 * @param maxAttempts       an article that failed this many times in a row is given up
 * @param retryBase         wait before retrying a failed article; doubles with each further failure
 * @param retryCap          longest wait between retries of an article
 * @param sourceBackoffCap  longest wait after failed polls of a source (the source's own interval if longer)
 */
public record PollPolicy(int maxItemsPerPoll, int maxChildSitemaps, int maxAttempts, Duration retryBase,
                         Duration retryCap, Duration sourceBackoffCap) {
    public static final PollPolicy DEFAULT = new PollPolicy(50, 3, 4, Duration.ofMinutes(10), Duration.ofHours(6),
            Duration.ofHours(6));

    public PollPolicy {
        if (maxItemsPerPoll < 1 || maxChildSitemaps < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("poll policy limits must be at least 1");
        }
        if (retryBase.isNegative() || retryBase.isZero() || retryCap.compareTo(retryBase) < 0
                || sourceBackoffCap.isNegative() || sourceBackoffCap.isZero()) {
            throw new IllegalArgumentException("poll policy waits must be positive, retryCap >= retryBase");
        }
    }

    public PollPolicy withMaxItemsPerPoll(int max) {
        return new PollPolicy(max, maxChildSitemaps, maxAttempts, retryBase, retryCap, sourceBackoffCap);
    }
}
