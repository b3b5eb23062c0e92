package io.thoisu.cli;

import io.thoisu.fetch.FetchPolicy;
import io.thoisu.fetch.Fetcher;
import io.thoisu.fetch.PoliteFetcher;
import io.thoisu.http.ApiServer;
import io.thoisu.pipeline.AnalysisOptions;
import io.thoisu.pipeline.Pipeline;
import io.thoisu.source.Source;
import io.thoisu.source.SourceList;
import io.thoisu.store.EmbeddedStore;
import io.thoisu.watch.PollPlanner;
import io.thoisu.watch.PollPolicy;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code watch SOURCES}: keeps the store current from feeds, sitemaps and section pages. Every page fetched is
 * archived under {@code DATA/warc} before it is analysed; Ctrl-C stops after the fetch in flight, with nothing
 * half-written, and the next start carries on from the fetch ledger.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Poll the sources of a sources file on schedule, fetch new articles politely, archive them "
                + "as WARC under DATA/warc and ingest them into --data.",
                "Sources file: one URL a line with options (outlet=…, every=15m, kind=rss|atom|sitemap|page, "
                        + "max=50, refetch=6h), or YAML/JSON; see README."})
final class WatchCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    Main main;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    AnalysisArgs analysis;

    @Parameters(paramLabel = "SOURCES", description = "The sources file (.txt, .yaml/.yml or .json).")
    Path sources;

    @Option(names = "--once", description = "Poll every source once, ingest, and exit.")
    boolean once;

    static final String DEFAULT_CONTACT = "https://github.com/thoisu/thoisu";

    @Option(names = "--contact", paramLabel = "EMAIL|URL", defaultValue = DEFAULT_CONTACT,
            description = "Contact put in the User-Agent so site owners can reach you (default: ${DEFAULT-VALUE}).")
    String contact;

    @Option(names = "--delay", paramLabel = "SECONDS", defaultValue = "5",
            description = "Least seconds between two requests to one host (robots.txt Crawl-delay may raise it; "
                    + "default: ${DEFAULT-VALUE}).")
    double delaySeconds;

    @Option(names = "--port", paramLabel = "PORT",
            description = "Also serve the web UI and REST API on 127.0.0.1:PORT while watching (the ingest "
                    + "counters are at /api/status).")
    Integer port;

    @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: cores, at most 4).")
    Integer threads;

    @Option(names = "--fetch-threads", paramLabel = "N", defaultValue = "4",
            description = "Hosts fetched side by side (each host is still asked one page at a time, at its pace; "
                    + "default: ${DEFAULT-VALUE}).")
    int fetchThreads;

    @Override
    public Integer call() throws InterruptedException, IOException {
        Console console = new Console(spec.commandLine().getOut(), spec.commandLine().getErr(), main.quiet);
        SourceList.Result file = SourceList.read(sources);
        file.problems().forEach(p -> console.err().println("thoisu: " + p.format()));
        if (file.sources().isEmpty()) {
            console.err().println("thoisu: no usable source in " + sources);
            return ExitCodes.USAGE;
        }
        var options = analysis.toOptions(spec.commandLine());
        int pool = threads != null ? threads : Math.min(4, Runtime.getRuntime().availableProcessors());
        FetchPolicy policy = FetchPolicy.defaults(contact)
                .withMinDelay(seconds(delaySeconds));
        Path archive = main.data.resolve("warc");
        StopSignal stop = new StopSignal();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.stop();
            try {
                finished.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "thoisu-watch-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try (EmbeddedStore store = EmbeddedStore.open(main.data);
             PoliteFetcher fetcher = PoliteFetcher.open(policy, archive)) {
            Optional<ApiServer> server = Optional.ofNullable(port).map(p -> ApiServer.start(store, "127.0.0.1", p));
            server.ifPresent(s -> console.note("thoisu is serving on http://127.0.0.1:" + s.port()));
            try {
                WatchRunner watch = runner(store, stop.guard(fetcher), file.sources(), options, pool, console,
                        archive, fetchThreads);
                watch.catchUp().ifPresent(caught -> console.note("archive left from an earlier run: "
                        + IngestCommand.summaryLine(caught)));
                console.note("watching " + file.sources().size() + " sources; archive in " + archive
                        + (once ? "" : "; Ctrl-C stops"));
                runRounds(watch, console, stop);
            } catch (InterruptedException e) {
                console.note("stopped; what was fetched is archived and will be ingested on the next start");
            } finally {
                server.ifPresent(ApiServer::close);
            }
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // The hook is running: it is waiting for the countDown above.
            }
        }
        return ExitCodes.OK;
    }

    static Duration seconds(double seconds) {
        return Duration.ofMillis(Math.round(Math.max(0, seconds) * 1000));
    }

    /** A watch over these sources that ingests into {@code store} what {@code fetcher} archives. */
    static WatchRunner runner(EmbeddedStore store, Fetcher fetcher, List<Source> sources,
                              AnalysisOptions options, int threads, Console console, Path archive,
                              int fetchThreads) {
        LedgerHistory ledger = new LedgerHistory(store.fetchLedger());
        PollPlanner planner = new PollPlanner(sources, PollPolicy.DEFAULT, Clock.systemUTC());
        IngestRunner ingest = new IngestRunner(store, Pipeline.standard(), options, threads);
        return new WatchRunner(planner, ledger, fetcher,
                warcs -> ingest.ingest(warcs, console::rejected, articles -> { }), archive, Clock.systemUTC(),
                fetchThreads);
    }

    private void runRounds(WatchRunner watch, Console console, StopSignal stop) throws InterruptedException {
        int round = 0;
        while (true) {
            WatchRunner.Round r = watch.round(once);
            round++;
            if (r.sources() > 0) {
                console.note("round " + round + ": " + r.line());
                r.errors().forEach(e -> console.err().println("thoisu: " + e));
            }
            if (once) {
                return;
            }
            Instant wake = watch.nextWake().orElse(Instant.now().plusSeconds(60));
            long millis = Math.max(1000, Duration.between(Instant.now(), wake).toMillis());
            stop.during(() -> {
                Thread.sleep(millis);
                return null;
            });
        }
    }
}
