package io.thoisu.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPInputStream;

/**
 * Reads response bodies within a size limit and a time limit. The size is checked while the bytes arrive, so a huge
 * body costs no more memory than the limit; the HTTP client's own timeout ends when the headers arrive, so a body
 * that stalls is cut off here by closing its stream from a watchdog thread.
 */
final class BodyReader implements AutoCloseable {
    private final Duration timeout;
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "thoisu-fetch-watchdog");
        t.setDaemon(true);
        return t;
    });

    BodyReader(Duration timeout) {
        this.timeout = timeout;
    }

    /** The body, or null when it is longer than {@code max}: reading stops there. */
    byte[] read(InputStream in, long max) throws IOException {
        return within(in, () -> readBounded(in, max));
    }

    /** The first {@code max} bytes of the body, the rest unread. */
    byte[] readPrefix(InputStream in, int max) throws IOException {
        return within(in, () -> in.readNBytes(max));
    }

    private interface Reading {
        byte[] read() throws IOException;
    }

    private byte[] within(InputStream in, Reading reading) throws IOException {
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> deadline = watchdog.schedule(() -> {
            expired.set(true);
            try {
                in.close();
            } catch (IOException ignored) {
                // the reading thread sees the stream closed either way
            }
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        try {
            return reading.read();
        } catch (IOException e) {
            if (expired.get()) {
                throw new HttpTimeoutException("body not received within " + timeout.toMillis() + " ms");
            }
            throw e;
        } finally {
            deadline.cancel(false);
        }
    }

    /** The stream's bytes, or null when there are more than {@code max}: nothing past the limit is read. */
    static byte[] readBounded(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[64 * 1024];
        long total = 0;
        while (true) {
            int want = (int) Math.min(chunk.length, max + 1 - total);
            int n = in.read(chunk, 0, want);
            if (n < 0) {
                return out.toByteArray();
            }
            total += n;
            if (total > max) {
                return null;
            }
            out.write(chunk, 0, n);
        }
    }

    /** Unpacked gzip, or null when it unpacks to more than {@code max} (a gzip bomb stops there). */
    static byte[] gunzip(byte[] packed, long max) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(packed))) {
            return readBounded(in, max);
        }
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
    }
}
