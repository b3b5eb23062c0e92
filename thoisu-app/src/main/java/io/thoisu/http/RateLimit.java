package io.thoisu.http;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client address on {@code /api/*}: each request takes a token, tokens come back at
 * {@code perSecond} up to {@code burst}. One request is one token however long it streams, so an export counts
 * once. Buckets of clients that have been idle long enough to be full again are dropped, so memory is bounded by
 * the clients active in the last {@code burst / perSecond} seconds.
 */
final class RateLimit {
    /** Generous for a person with a browser or a script paging through results; stops a runaway loop. */
    static final RateLimit DEFAULT = new RateLimit(50, 100, System::nanoTime);
    private static final int SWEEP_AT = 10_000;

    private final double perSecond;
    private final double burst;
    private final LongSupplier nanoClock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** The answer to one request: allowed, or refused with the whole seconds to wait before a token is back. */
    record Decision(boolean allowed, long retryAfterSeconds) {
    }

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }

    RateLimit(double perSecond, int burst, LongSupplier nanoClock) {
        if (!(perSecond > 0) || burst < 1) {
            throw new IllegalArgumentException("rate limit: perSecond > 0 and burst >= 1, got " + perSecond + "/" + burst);
        }
        this.perSecond = perSecond;
        this.burst = burst;
        this.nanoClock = nanoClock;
    }

    /**
     * Reads {@code RATE/BURST} (e.g. {@code 50/100}); {@code off} disables limiting (empty result), a blank value
     * gives the default.
     */
    static java.util.Optional<RateLimit> parse(String spec) {
        String s = spec == null ? "" : spec.strip().toLowerCase(Locale.ROOT);
        if (s.isEmpty()) {
            return java.util.Optional.of(DEFAULT);
        }
        if (s.equals("off")) {
            return java.util.Optional.empty();
        }
        String[] parts = s.split("/", 2);
        try {
            double rate = Double.parseDouble(parts[0]);
            int burst = parts.length > 1 ? Integer.parseInt(parts[1]) : (int) Math.max(1, Math.ceil(rate * 2));
            return java.util.Optional.of(new RateLimit(rate, burst, System::nanoTime));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("rate limit: RATE/BURST such as 50/100, or off; got " + spec, e);
        }
    }

    /**
     * {@code n} requests per minute per client: a bucket of {@code n} tokens refilled at {@code n} per minute, so a
     * client may spend its minute at once and then goes at the steady rate. {@code 0} turns limiting off.
     */
    static java.util.Optional<RateLimit> perMinute(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("rate limit: requests per minute, 0 for none; got " + n);
        }
        return n == 0 ? java.util.Optional.empty() : java.util.Optional.of(new RateLimit(n / 60.0, n, System::nanoTime));
    }

    Decision take(String client) {
        long now = nanoClock.getAsLong();
        if (buckets.size() > SWEEP_AT) {
            sweep(now);
        }
        Bucket b = buckets.computeIfAbsent(client, k -> new Bucket(burst, now));
        synchronized (b) {
            b.tokens = Math.min(burst, b.tokens + (now - b.at) / 1e9 * perSecond);
            b.at = now;
            if (b.tokens >= 1) {
                b.tokens -= 1;
                return new Decision(true, 0);
            }
            return new Decision(false, Math.max(1, (long) Math.ceil((1 - b.tokens) / perSecond)));
        }
    }

    private void sweep(long now) {
        buckets.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                return e.getValue().tokens + (now - e.getValue().at) / 1e9 * perSecond >= burst;
            }
        });
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s/s, burst %s", perSecond, (long) burst);
    }
}
