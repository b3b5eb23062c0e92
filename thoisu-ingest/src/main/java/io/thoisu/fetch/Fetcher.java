package io.thoisu.fetch;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Fetches pages politely and archives each response before returning it. Implementations are thread-safe: the
 * caller may fetch from several threads and the fetcher keeps its own per-host pace.
 */
public interface Fetcher extends AutoCloseable {
    FetchOutcome fetch(FetchRequest request) throws InterruptedException;

    /**
     * Closes the WARC file being written, if anything was written to it since the last roll, and returns it: from
     * then on it is complete and may be ingested. The next fetch opens a new file.
     */
    Optional<Path> rollArchive();

    /**
     * Rolls the archive and returns every file completed since the last call, oldest first: the one just rolled,
     * files closed because they grew past the size limit, and files repaired after a crash. A polling loop ingests
     * these and only these.
     */
    List<Path> rollArchives();

    /** Rolls the archive and releases connections; fetching afterwards is an error. */
    @Override
    void close();
}
