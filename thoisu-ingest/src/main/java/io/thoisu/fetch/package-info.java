/**
 * Fetching live pages politely and archiving them: the contract ({@link io.thoisu.fetch.Fetcher},
 * {@link io.thoisu.fetch.FetchRequest}, {@link io.thoisu.fetch.FetchOutcome}) and its implementation,
 * {@link io.thoisu.fetch.PoliteFetcher}, configured by a {@link io.thoisu.fetch.FetchPolicy}.
 *
 * <h2>Using it from a polling loop</h2>
 * <pre>{@code
 * FetchPolicy policy = FetchPolicy.defaults("ops@example.org");          // User-Agent thoisu/0.1 (+mailto:…)
 * try (PoliteFetcher fetcher = PoliteFetcher.open(policy, dataDir.resolve("warc"))) {
 *     for (each round) {
 *         FetchOutcome feed = fetcher.fetch(FetchRequest.feed(feedUri, sourceName)
 *                 .ifChangedSince(ledgerEtag, ledgerLastModified));
 *         FetchOutcome page = fetcher.fetch(FetchRequest.of(itemUri, sourceName)
 *                 .listedAs(Optional.of(pubDate), Optional.of(outletName)));
 *         ...
 *         for (Path warc : fetcher.rollArchives()) {                      // complete files only
 *             ingest(warc);                                                 // the normal WarcReader path
 *         }
 *     }
 * }
 * }</pre>
 * {@code fetch} may be called from several threads; each host keeps its own pace, so a pool of a few threads
 * fetches several outlets at once without hurrying any of them. {@code fetch} throws InterruptedException when the
 * thread is interrupted while waiting (pace, back-off, the network); nothing half-written is left in the archive.
 */
package io.thoisu.fetch;
