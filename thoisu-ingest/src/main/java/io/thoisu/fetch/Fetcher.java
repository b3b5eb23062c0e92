package io.thoisu.fetch;

/**
 * Fetches pages politely and archives each response before returning it. Implementations are thread-safe: the
 * caller may fetch from several threads and the fetcher keeps its own per-host pace.
 */
public interface Fetcher extends AutoCloseable {
    FetchOutcome fetch(FetchRequest request) throws InterruptedException;

    @Override
    void close();
}
