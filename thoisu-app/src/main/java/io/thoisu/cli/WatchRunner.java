package io.thoisu.cli;

import io.thoisu.fetch.FetchOutcome;
import io.thoisu.fetch.FetchRequest;
import io.thoisu.fetch.Fetcher;
import io.thoisu.source.Discovered;
import io.thoisu.source.Listing;
import io.thoisu.source.ListingReader;
import io.thoisu.source.Source;
import io.thoisu.watch.AddressRole;
import io.thoisu.watch.LedgerUpdate;
import io.thoisu.watch.PollCycle;
import io.thoisu.watch.PollErrors;
import io.thoisu.watch.PollPlanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.Stream;

/**
 * The {@code watch} loop. A round polls the sources that are due, fetches the new articles they list (the fetcher
 * archives every page before handing it back), then ingests the WARC files the round completed through the same
 * reader and pipeline as {@code ingest}: a live run and a later {@code ingest} of its archive build the same store
 * by construction.
 *
 * <p>Which archive files were ingested is remembered in {@code .ingested} next to them, so a watch stopped between
 * fetching and ingesting (Ctrl-C, a crash) ingests the rest when it starts again; ingest itself is idempotent, so a
 * file ingested twice adds nothing.
 */
final class WatchRunner {
    /** What one round did. */
    record Round(int sources, int listings, int notModified, int fetched, int skipped, int failed,
                 List<String> errors, Optional<IngestRunner.Summary> ingested) {
        String line() {
            String polled = sources + (sources == 1 ? " source" : " sources") + " polled (" + listings
                    + " listings read, " + notModified + " unchanged)";
            return polled + "; pages fetched " + fetched + ", skipped " + skipped + ", failed " + failed
                    + "; " + ingested.map(IngestCommand::summaryLine).orElse("nothing new to ingest");
        }
    }

    /** Ingests closed WARC files into the store. */
    interface Ingest {
        IngestRunner.Summary ingest(List<Path> warcs) throws InterruptedException;
    }

    private static final String INGESTED = ".ingested";
    private static final int FETCHED = 0;
    private static final int SKIPPED = 1;
    private static final int FAILED = 2;

    private final PollPlanner planner;
    private final LedgerHistory ledger;
    private final Fetcher fetcher;
    private final Ingest ingest;
    private final Path archiveDir;
    private final Clock clock;
    private final int fetchThreads;

    WatchRunner(PollPlanner planner, LedgerHistory ledger, Fetcher fetcher, Ingest ingest, Path archiveDir,
                Clock clock, int fetchThreads) {
        this.fetchThreads = Math.max(1, fetchThreads);
        this.planner = planner;
        this.ledger = ledger;
        this.fetcher = fetcher;
        this.ingest = ingest;
        this.archiveDir = archiveDir;
        this.clock = clock;
    }

    /** Ingests archive files a previous watch completed but did not get to ingest; empty when there were none. */
    Optional<IngestRunner.Summary> catchUp() throws InterruptedException {
        Set<String> done = ingestedNames();
        List<Path> pending = new ArrayList<>();
        for (Path warc : fetcher.rollArchives()) {
            if (!done.contains(warc.getFileName().toString())) {
                pending.add(warc);
            }
        }
        try (Stream<Path> files = Files.list(archiveDir)) {
            files.filter(p -> p.getFileName().toString().matches("thoisu-.*\\.warc(\\.gz)?"))
                    .filter(p -> !done.contains(p.getFileName().toString()) && !pending.contains(p))
                    .sorted().forEach(pending::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + archiveDir, e);
        }
        return ingestAndMark(pending);
    }

    /**
     * One round: every due source (or every source, for {@code watch --once}) polled, its new articles fetched,
     * the completed archive ingested.
     */
    Round round(boolean everySource) throws InterruptedException {
        PollCycle cycle = planner.startCycle();
        int sources = 0;
        int listings = 0;
        int notModified = 0;
        List<String> errors = new ArrayList<>();
        Map<String, List<FetchRequest>> byHost = new LinkedHashMap<>();
        Map<Source, Optional<String>> polled = new LinkedHashMap<>();
        Map<Source, java.time.Duration> serverAsked = new HashMap<>();
        for (Source source : everySource ? planner.sources() : planner.due(ledger)) {
            sources++;
            List<Discovered> items = new ArrayList<>();
            FetchRequest request = cycle.listing(source, ledger);
            FetchOutcome outcome = fetcher.fetch(request);
            ledger.record(LedgerUpdate.of(request, outcome, AddressRole.LISTING, clock.instant()));
            var error = PollErrors.of(outcome);
            if (outcome instanceof FetchOutcome.NotModified) {
                notModified++;
            }
            if (outcome instanceof FetchOutcome.Fetched listing) {
                listings++;
                Listing read = ListingReader.read(source, listing.finalUri(), listing.body(), listing.text());
                error = error.or(() -> PollErrors.of(read));
                items.addAll(read.items());
                for (FetchRequest child : cycle.childSitemaps(source, read, ledger)) {
                    FetchOutcome got = fetcher.fetch(child);
                    ledger.record(LedgerUpdate.of(child, got, AddressRole.LISTING, clock.instant()));
                    if (got instanceof FetchOutcome.Fetched sitemap) {
                        listings++;
                        items.addAll(ListingReader.read(source, sitemap.finalUri(), sitemap.body(), sitemap.text())
                                .items());
                    }
                }
            }
            // Seen before planned: the ledger is the queue, so what the cap or a stop leaves out comes next time.
            ledger.seen(items, source.name(), clock.instant());
            for (FetchRequest article : cycle.articles(source, items, ledger)) {
                byHost.computeIfAbsent(article.uri().getAuthority(), h -> new ArrayList<>()).add(article);
            }
            polled.put(source, error);
            if (outcome instanceof FetchOutcome.Failed failed) {
                failed.retryAfter().ifPresent(wait -> serverAsked.put(source, wait));
            }
        }
        AtomicIntegerArray pages = fetchArticles(byHost.values());
        polled.forEach((source, error) -> {
            error.ifPresent(e -> errors.add(source.name() + ": " + e));
            ledger.record(cycle.finish(source, ledger, error, Optional.ofNullable(serverAsked.get(source))));
        });
        Optional<IngestRunner.Summary> ingested = ingestAndMark(fetcher.rollArchives());
        return new Round(sources, listings, notModified, pages.get(FETCHED), pages.get(SKIPPED), pages.get(FAILED),
                List.copyOf(errors), ingested);
    }

    /**
     * Fetches the planned articles, one task per host (its pages in planned order, newest first) on up to
     * {@code fetchThreads} threads: the fetcher keeps each host's pace, so hosts proceed side by side while no
     * host is asked faster than it allows. A stop interrupts the fetches (they are waits of the stop signal) and
     * ends the round with InterruptedException.
     */
    private AtomicIntegerArray fetchArticles(Collection<List<FetchRequest>> perHost) throws InterruptedException {
        AtomicIntegerArray pages = new AtomicIntegerArray(3);
        if (fetchThreads <= 1 || perHost.size() <= 1) {
            for (List<FetchRequest> requests : perHost) {
                fetchAll(requests, pages);
            }
            return pages;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(fetchThreads, perHost.size()), r -> {
            Thread t = new Thread(r, "thoisu-fetch");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Void>> tasks = new ArrayList<>();
            for (List<FetchRequest> requests : perHost) {
                tasks.add(pool.submit(() -> {
                    fetchAll(requests, pages);
                    return null;
                }));
            }
            for (Future<Void> task : tasks) {
                try {
                    task.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof InterruptedException stopped) {
                        throw stopped;
                    }
                    throw new IllegalStateException("fetching failed: " + e.getCause(), e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return pages;
    }

    private void fetchAll(List<FetchRequest> requests, AtomicIntegerArray pages) throws InterruptedException {
        for (FetchRequest article : requests) {
            FetchOutcome got = fetcher.fetch(article);
            ledger.record(LedgerUpdate.of(article, got, AddressRole.ARTICLE, clock.instant()));
            pages.incrementAndGet(switch (got) {
                case FetchOutcome.Fetched f -> FETCHED;
                case FetchOutcome.NotModified n -> FETCHED;
                case FetchOutcome.Skipped s -> SKIPPED;
                case FetchOutcome.Failed f -> FAILED;
            });
        }
    }

    /** When the next source falls due; the loop sleeps until then. */
    Optional<java.time.Instant> nextWake() {
        return planner.nextWake(ledger);
    }

    private Optional<IngestRunner.Summary> ingestAndMark(List<Path> warcs) throws InterruptedException {
        if (warcs.isEmpty()) {
            return Optional.empty();
        }
        IngestRunner.Summary summary = ingest.ingest(warcs);
        // Marked only once the ingest returned: a stop in between means the next start ingests them again, which
        // the document ledger makes harmless.
        StringBuilder names = new StringBuilder();
        for (Path warc : warcs) {
            names.append(warc.getFileName()).append('\n');
        }
        try {
            Files.writeString(archiveDir.resolve(INGESTED), names, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + archiveDir.resolve(INGESTED), e);
        }
        return Optional.of(summary);
    }

    private Set<String> ingestedNames() {
        Path marks = archiveDir.resolve(INGESTED);
        try {
            return Files.exists(marks) ? new HashSet<>(Files.readAllLines(marks, StandardCharsets.UTF_8)) : Set.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + marks, e);
        }
    }
}
