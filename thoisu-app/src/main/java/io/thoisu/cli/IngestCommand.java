package io.thoisu.cli;

import io.thoisu.fetch.FetchPolicy;
import io.thoisu.fetch.PoliteFetcher;
import io.thoisu.json.ContractJson;
import io.thoisu.source.SourceList;
import io.thoisu.pipeline.Pipeline;
import io.thoisu.store.ArticleStore;
import io.thoisu.store.EmbeddedStore;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ingest}: analyse and store; idempotent and resumable through the store's ledger. The corpus stages are fed
 * only the new articles, from the state earlier ingests saved; {@code --recluster} recomputes them from scratch.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true, description = {
        "Analyse files or folders into --data.",
        "Furniture, duplicates and stories are corpus stages whose state is kept in the store: each ingest feeds "
                + "them only the articles they have not seen, and rewrites only the stories that changed. A "
                + "state saved by another version is not read; the stages are then recomputed from scratch and the "
                + "summary says so.",
        "Documents already stored are skipped; those read again are cleaned again when what the store learned of "
                + "their outlet's furniture changed since, and stored again if their articles change."})
final class IngestCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    Main main;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    AnalysisArgs analysis;

    @Option(names = "--format", defaultValue = "text", description = "text (the default) or json for the summary.")
    OutputFormat format;

    @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: cores, at most 4).")
    Integer threads;

    @Option(names = "--recluster", description = "Forget the corpus stages' saved state and recompute furniture "
            + "(from the documents read now), duplicates and stories (over every stored article) from scratch: "
            + "after a model upgrade, or to undo the effect of the order in which articles arrived.")
    boolean recluster;

    @Option(names = "--feed", paramLabel = "URL", arity = "1..*",
            description = "RSS/Atom feeds, sitemaps or section pages to fetch once, politely, archiving every page "
                    + "under DATA/warc before it is ingested (what `watch --once` does; see `watch` for schedules).")
    List<String> feeds = List.of();

    @Option(names = "--delay", paramLabel = "SECONDS", defaultValue = "5",
            description = "With --feed: least seconds between two requests to one host (default: ${DEFAULT-VALUE}).")
    double delaySeconds;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or folders to ingest.")
    List<Path> paths = List.of();

    @Override
    public Integer call() throws InterruptedException {
        Console console = new Console(spec.commandLine().getOut(), spec.commandLine().getErr(), main.quiet);
        var options = analysis.toOptions(spec.commandLine());
        int pool = threads != null ? threads : Math.min(4, Runtime.getRuntime().availableProcessors());
        if (paths.isEmpty() && feeds.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give files or folders, or --feed URL");
        }
        if (!feeds.isEmpty()) {
            return ingestFeeds(options, pool, console);
        }
        try (ArticleStore store = EmbeddedStore.open(main.data)) {
            IngestRunner.Summary summary = run(store, options, pool, paths, console, recluster);
            print(summary, console);
            if (summary.documents() + summary.skipped() + summary.rejected() == 0) {
                console.err().println("thoisu: no documents found in " + paths);
            }
            return ExitCodes.of(summary.documents() + summary.skipped(), summary.rejected());
        }
    }

    /** {@code --feed}: one polite round over the given addresses, validated like the lines of a sources file. */
    private int ingestFeeds(io.thoisu.pipeline.AnalysisOptions options, int pool, Console console)
            throws InterruptedException {
        SourceList.Result given = SourceList.parse("--feed", String.join("\n", feeds));
        given.problems().forEach(p -> console.err().println("thoisu: " + p.format()));
        if (!given.ok() || given.sources().isEmpty()) {
            return ExitCodes.USAGE;
        }
        Path archive = main.data.resolve("warc");
        try (EmbeddedStore store = EmbeddedStore.open(main.data);
             PoliteFetcher fetcher = PoliteFetcher.open(FetchPolicy.defaults(WatchCommand.DEFAULT_CONTACT)
                     .withMinDelay(WatchCommand.seconds(delaySeconds)), archive)) {
            WatchRunner.Round round = WatchCommand.runner(store, fetcher, given.sources(), options, pool, console,
                    archive, 4).round(true);
            round.errors().forEach(e -> console.err().println("thoisu: " + e));
            console.note(round.line());
            round.ingested().ifPresent(s -> print(s, console));
            int stored = round.ingested().map(s -> s.documents() + s.skipped()).orElse(0);
            return round.errors().isEmpty() || stored > 0
                    ? ExitCodes.of(Math.max(stored, round.listings()), round.failed() + round.skipped())
                    : ExitCodes.NOTHING_PROCESSED;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot open the archive under " + archive, e);
        }
    }

    /** Runs an ingest with a progress bar on a terminal and nothing but the summary elsewhere; demo uses it too. */
    static IngestRunner.Summary run(ArticleStore store, io.thoisu.pipeline.AnalysisOptions options, int threads,
                                    List<Path> paths, Console console) throws InterruptedException {
        return run(store, options, threads, paths, console, false);
    }

    /** {@code recluster}: recompute the corpus stages from scratch instead of building on their saved state. */
    static IngestRunner.Summary run(ArticleStore store, io.thoisu.pipeline.AnalysisOptions options, int threads,
                                    List<Path> paths, Console console, boolean recluster) throws InterruptedException {
        IngestRunner runner = new IngestRunner(store, Pipeline.standard(), options, threads, recluster);
        if (System.console() == null || console.quiet()) {
            return runner.ingest(paths, console::rejected, articles -> { });
        }
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(-1)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" docs", 1).showSpeed().build()) {
            return runner.ingest(paths, console::rejected, articles -> bar.step());
        }
    }

    private void print(IngestRunner.Summary s, Console console) {
        if (format == OutputFormat.json) {
            var json = ContractJson.mapper().createObjectNode();
            json.put("documents", s.documents()).put("articles", s.articles()).put("skipped", s.skipped())
                    .put("rejected", s.rejected()).put("storedArticles", s.storedArticles())
                    .put("stories", s.stories()).put("fedToCorpus", s.fedToCorpus())
                    .put("corpusMillis", s.corpusMillis()).put("recleaned", s.recleaned())
                    .put("data", main.data.toString());
            var notes = json.putArray("notes");
            s.notes().forEach(notes::add);
            console.out().println(ContractJson.pretty(json));
        } else if (!main.quiet) {
            console.out().println(summaryLine(s));
        }
    }

    static String summaryLine(IngestRunner.Summary s) {
        return "ingested " + s.documents() + " documents (" + s.articles() + " articles), skipped " + s.skipped()
                + " already stored, rejected " + s.rejected() + "; the store holds " + s.storedArticles()
                + " articles in " + s.stories() + " stories"
                + (s.recleaned() == 0 ? "" : "; " + s.recleaned() + " documents cleaned again with the site "
                        + "furniture learned so far")
                + (s.notes().isEmpty() ? "" : "; " + String.join("; ", s.notes()));
    }
}
